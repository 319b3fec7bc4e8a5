// Text helpers that never throw: JSON parse with the error's line, and line-by-line iteration (JSONL, lists).

export type JsonParse = { ok: true; value: unknown } | { ok: false; message: string; line: number | undefined };

/** 1-based line of a character offset. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** JSON.parse that reports failure (with the line of the error when V8 says where) instead of throwing. */
export function parseJson(text: string, lineBase = 1): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const lineCol = /\(line (\d+) column \d+\)/.exec(message);
    if (lineCol) return { ok: false, message, line: lineBase + Number(lineCol[1]) - 1 };
    const pos = /at position (\d+)/.exec(message);
    return { ok: false, message, line: pos ? lineBase + lineOfOffset(text, Number(pos[1])) - 1 : undefined };
  }
}

/** Calls `each` with every non-blank line (without its line break) and its 1-based number. */
export function forEachLine(text: string, each: (line: string, lineNo: number) => void): void {
  let start = 0;
  let lineNo = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let line = text.slice(start, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.trim() !== '') each(line, lineNo);
    start = end + 1;
    lineNo++;
  }
}
