// Output streams and colour: colour only on a TTY, never with NO_COLOR; every write passes the redactor.
import { styleText } from 'node:util';
import { redact } from './redaction.js';

type Style = Parameters<typeof styleText>[0];

export interface Terminal {
  out(text: string): void;
  err(text: string): void;
  readonly color: boolean;
  readonly isTTY: boolean;
  style(style: Style, text: string): string;
}

export function useColor(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR === '1') return true;
  return Boolean(stream.isTTY);
}

export function processTerminal(): Terminal {
  const color = useColor(process.stdout);
  return {
    color,
    isTTY: Boolean(process.stdout.isTTY),
    out: (text) => void process.stdout.write(redact(text)),
    err: (text) => void process.stderr.write(redact(text)),
    style: (style, text) => (color ? styleText(style, text) : text),
  };
}
