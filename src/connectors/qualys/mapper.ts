// Pure Qualys → secwire mapping: the few fields of /msp/about.php read from its XML, and the connection result.
// The XML is read with anchored regular expressions on the raw text: no DTD is loaded and no entity is expanded
// (only the five predefined ones are decoded), so a hostile answer cannot make secwire fetch or expand anything.
import type { ConnectionTestResult } from '../../catalog/runtime.js';

export interface QualysAbout {
  readonly apiVersion?: string;
  readonly webVersion?: string;
  readonly scannerVersion?: string;
  readonly vulnsigsVersion?: string;
  /** From the trailing comment `Generated for username="…"`. */
  readonly username?: string;
  /** A SIMPLE_RETURN answered instead (Qualys sends an expired account's CODE 2001 with HTTP 200). */
  readonly returnCode?: string;
  readonly returnText?: string;
}

/** Largest answer parsed; about.php is a few hundred bytes. */
const MAX_XML = 64 * 1024;

export function parseAbout(xml: string): QualysAbout {
  const text = xml.slice(0, MAX_XML);
  const api = /<API-VERSION\b([^>]*)\/?>/.exec(text)?.[1];
  const major = api && /\bMAJOR="([^"<>]*)"/.exec(api)?.[1];
  const minor = api && /\bMINOR="([^"<>]*)"/.exec(api)?.[1];
  const about: Record<string, string> = {};
  if (major) about.apiVersion = minor ? `${decode(major)}.${decode(minor)}` : decode(major);
  const web = element(text, 'WEB-VERSION');
  if (web) about.webVersion = web;
  const scanner = element(text, 'SCANNER-VERSION');
  if (scanner) about.scannerVersion = scanner;
  const vulnsigs = element(text, 'VULNSIGS-VERSION');
  if (vulnsigs) about.vulnsigsVersion = vulnsigs;
  const user = /<!--\s*Generated for username="([^"<>]{1,200})"/.exec(text)?.[1];
  if (user) about.username = decode(user);
  if (/<SIMPLE_RETURN>/.test(text)) {
    const code = element(text, 'CODE');
    if (code) about.returnCode = code;
    const message = element(text, 'TEXT');
    if (message) about.returnText = message;
  }
  return about;
}

export function connectionResult(about: QualysAbout, username: string, latencyMs: number): ConnectionTestResult {
  const warnings: string[] = [];
  if (about.returnText || about.returnCode) warnings.push(`GET /msp/about.php answered Qualys code ${about.returnCode ?? 'unknown'} instead of the versions: ${about.returnText ?? 'no text'}`);
  else if (!about.webVersion && !about.apiVersion) warnings.push('GET /msp/about.php answered without version fields: check that base_url is the API server of your platform (Help > About)');
  const details = [
    about.apiVersion ? `API ${about.apiVersion}` : undefined,
    about.scannerVersion ? `scanner ${about.scannerVersion}` : undefined,
    about.vulnsigsVersion ? `signatures ${about.vulnsigsVersion}` : undefined,
  ].filter(Boolean);
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    vendor_version: [about.webVersion, details.length ? `(${details.join(', ')})` : undefined].filter(Boolean).join(' ') || 'unknown',
    user: about.username || username || 'unknown',
    warnings,
  };
}

function element(text: string, name: string): string | undefined {
  const value = new RegExp(`<${name}>([^<]{0,200})</${name}>`).exec(text)?.[1]?.trim();
  return value ? decode(value) : undefined;
}

function decode(value: string): string {
  return value.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}
