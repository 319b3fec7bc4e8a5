// Entity decoder for fast-xml-parser that never expands DTD entities: only the 5 predefined ones and &#…; refs.

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(lt|gt|amp|quot|apos));/g;

/** Decodes predefined entities and character references in one pass; the output is never longer than the input. */
export function decodeXmlText(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(REFERENCE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return PREDEFINED[name] ?? whole;
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
    if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return whole;
    return String.fromCodePoint(code);
  });
}

/**
 * The decoder object fast-xml-parser calls. Entities declared in a DOCTYPE are handed to
 * addInputEntities and dropped, so a reference like &lol9; or &xxe; stays literal text.
 */
export function safeEntityDecoder() {
  return {
    setExternalEntities(): void {},
    addInputEntities(): void {},
    reset(): void {},
    setXmlVersion(): void {},
    decode: decodeXmlText,
  };
}
