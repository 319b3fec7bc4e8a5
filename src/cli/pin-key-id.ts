// Writes `keys.key_id` into a YAML config in place (comments and layout kept), so seal can refuse a swapped key.
import { readFile, writeFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';

/** Returns false when the config is not YAML (JSON, package.json): then the user pins by hand. */
export async function pinKeyId(configFile: string, keyId: string): Promise<boolean> {
  if (!/\.(ya?ml)$|\.secwirerc$/.test(configFile)) return false;
  const doc = parseDocument(await readFile(configFile, 'utf8'));
  if (doc.errors.length) return false;
  doc.setIn(['keys', 'key_id'], keyId);
  await writeFile(configFile, doc.toString());
  return true;
}
