// CWE and CVE id extraction and normalization ("CWE-79", "CVE-2021-44228").

const CWE_IN_TEXT = /\bcwe[-_: ]?0*(\d{1,6})\b/i;
const CWE_BARE = /^0*(\d{1,6})$/;
const CVE_IN_TEXT = /\bCVE-(\d{4})-(\d{4,})/gi;

/** "CWE-79" from "CWE-79", "cwe-079", "external/cwe/cwe-79", "CWE:79", "79"; else undefined. */
export function normalizeCwe(value: unknown): string | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (text === '') return undefined;
  const m = CWE_BARE.exec(text) ?? CWE_IN_TEXT.exec(text);
  return m ? `CWE-${Number(m[1])}` : undefined;
}

/** Every CVE id in a text, upper-cased, in order, without repeats. */
export function cvesIn(text: string): string[] {
  if (text.length < 13 || !/cve-/i.test(text)) return [];
  const out: string[] = [];
  for (const m of text.matchAll(CVE_IN_TEXT)) {
    const id = `CVE-${m[1]}-${m[2]}`;
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

/** Adds ids to a list without repeats; returns the list. */
export function addUnique(list: string[], ids: Iterable<string | undefined>): string[] {
  for (const id of ids) if (id !== undefined && !list.includes(id)) list.push(id);
  return list;
}
