/**
 * Quotation marks of other typographies, read as English curly ones.
 * Translated reports keep the source's marks: «…» (Russian, Ukrainian,
 * French), ‹…› for a quote inside one, and „…“ (Ukrainian, German, Polish
 * „…”). Every rule that finds quotes and speakers knows “…” and ‘…’; reading
 * the others as those, one character for one, keeps offsets exact, so the
 * words shown to users are still cut from the original text.
 *
 * @example
 * asCurlyMarks('«It failed,» he said'); // '“It failed,” he said'
 */

/**
 * `text` with «…» and „…“ written “…”, and ‹…› written ‘…’. Same length,
 * so offsets hold; only for reading the text, never for the words kept.
 * A „ is closed by the next “ or ”, whichever comes first, on its own line.
 */
export function asCurlyMarks(text: string): string {
  if (!OTHER_MARKS.test(text)) return text;
  let lowOpen = false;
  return text.replace(MARKS_TO_READ, (mark) => {
    if (mark === '\n') lowOpen = false;
    else if (mark === LOW_DOUBLE) lowOpen = true;
    else if (mark === LEFT_DOUBLE || mark === RIGHT_DOUBLE) {
      // The “ that closes „ is a closing mark; any other is what it looks like.
      const closes = lowOpen;
      lowOpen = false;
      return closes ? RIGHT_DOUBLE : mark;
    }
    return AS_CURLY.get(mark) ?? mark;
  });
}

const LOW_DOUBLE = '\u201E';
const LEFT_DOUBLE = '\u201C';
const RIGHT_DOUBLE = '\u201D';
const OTHER_MARKS = /[\u00AB\u00BB\u2039\u203A\u201E]/;
const MARKS_TO_READ = /[\u00AB\u00BB\u2039\u203A\u201E\u201C\u201D\n]/g;
const AS_CURLY: ReadonlyMap<string, string> = new Map([
  ['\u00AB', LEFT_DOUBLE],
  ['\u00BB', RIGHT_DOUBLE],
  ['\u2039', '\u2018'],
  ['\u203A', '\u2019'],
  [LOW_DOUBLE, LEFT_DOUBLE],
]);
