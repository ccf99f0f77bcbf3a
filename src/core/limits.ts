/**
 * Limits on user input, shared by every front end so the command line and
 * Discord refuse the same things with the same words.
 */

/**
 * Longest query text accepted by who-said, compare and ask (Discord's option
 * max_length uses it too). Real news quotes run to about 900 characters, and a
 * user may paste a whole one into /who-said.
 */
export const MAX_QUERY_CHARS = 1000;

export type QueryError = { code: 'empty-input' | 'input-too-long' | 'invalid-input'; message: string };

export type QueryCheck = { success: true; data: string } | { success: false; error: QueryError };

/**
 * Validates a query: trims it, refuses empty or whitespace-only text and text
 * over MAX_QUERY_CHARS, and strips control characters that no search needs.
 */
export function checkQuery(raw: unknown, what = 'text'): QueryCheck {
  if (typeof raw !== 'string') {
    return { success: false, error: { code: 'invalid-input', message: `The ${what} must be text.` } };
  }
  // Control characters (NUL, escapes) and lone surrogates carry no words; drop them before judging length.
  const cleaned = raw
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, ' ')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .trim();
  if (cleaned === '') {
    return { success: false, error: { code: 'empty-input', message: `The ${what} is empty: type some words to look for.` } };
  }
  if ([...cleaned].length > MAX_QUERY_CHARS) {
    return {
      success: false,
      error: {
        code: 'input-too-long',
        message: `The ${what} is too long: ${[...cleaned].length} characters, the limit is ${MAX_QUERY_CHARS}.`,
      },
    };
  }
  return { success: true, data: cleaned };
}
