/**
 * Shortens text to at most `max` characters at a sentence or word boundary,
 * with an ellipsis; never cuts inside a word or a surrogate pair.
 *
 * @example
 * shortenText('The Kiev regime has failed. Putin said so.', 30); // 'The Kiev regime has failed.…'
 */
export function shortenText(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, Math.max(0, max - 1));
  const sentence = room.match(/^[\s\S]*[.!?]["”’)]?(?=\s)/)?.[0];
  if (sentence && sentence.length >= room.length * 0.6) return `${sentence}…`;
  const space = room.search(/\s\S*$/);
  const cut = space > room.length / 3 ? room.slice(0, space) : room.replace(/[\uD800-\uDBFF]$/, '');
  return `${cut.replace(/[\s,;:–—-]+$/, '')}…`;
}
