// The User-Agent sent by default: secwire/<version> (vendors such as Tenable ask integrations to identify themselves).
import { readFileSync } from 'node:fs';

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string }).version ?? '0';
  } catch {
    return '0';
  }
}

export const DEFAULT_USER_AGENT = `secwire/${version()}`;
