// Fits Markdown into one pull-request comment: GitHub refuses bodies over 65 536 characters.
export const COMMENT_LIMIT = 65_536;

/**
 * The body itself when it fits; else cut at a line end with room for `note`, closing an open ``` fence and
 * <details> block so the rest still renders, then the note. Never longer than `limit`.
 */
export function fitComment(body: string, note: string, limit: number = COMMENT_LIMIT): { body: string; truncated: boolean } {
  if (body.length <= limit) return { body, truncated: false };
  const tail = `\n\n> [!NOTE]\n> ${note}\n`;
  // Room for the tail and the closers ("```\n" and "</details>\n").
  const room = limit - tail.length - 32;
  let cut = body.lastIndexOf('\n', room);
  if (cut <= 0) cut = room;
  let head = body.slice(0, cut);
  const lines = head.split('\n');
  const fences = lines.filter((l) => l.trimStart().startsWith('```')).length;
  if (fences % 2 === 1) head += '\n```';
  const opened = (head.match(/<details[\s>]/g) ?? []).length;
  const closed = (head.match(/<\/details>/g) ?? []).length;
  for (let i = closed; i < opened; i++) head += '\n\n</details>';
  return { body: `${head}${tail}`, truncated: true };
}
