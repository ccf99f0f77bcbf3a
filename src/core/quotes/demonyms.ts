/**
 * The words for a country's people ("Ukrainian", "French", "Saudi"), so that
 * "the French president" is known to be someone else than a person the
 * article introduced as "Ukrainian President Volodymyr Zelensky".
 *
 * They come from the world-countries package (mledoze/countries), which keeps
 * an English demonym for every country and territory, irregular ones
 * ("Dutch", "Swiss", "Monegasque") included, so no list is kept here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** True when `word`, lower case ("ukrainian"), names the people of a country. */
export function isDemonym(word: string): boolean {
  return (demonyms ??= readDemonyms()).has(word);
}

let demonyms: ReadonlySet<string> | undefined;

// The file is read, not imported, so that only the words stay in memory
// rather than the whole 1.4 MB record of every country; and only once an
// article names a title with a country word in it.
function readDemonyms(): ReadonlySet<string> {
  const path = createRequire(import.meta.url).resolve('world-countries/countries.json');
  const countries = JSON.parse(readFileSync(path, 'utf8')) as { demonyms?: { eng?: { f: string; m: string } } }[];
  const words = new Set<string>();
  for (const country of countries) {
    const english = country.demonyms?.eng;
    if (english) for (const demonym of [english.m, english.f]) addWords(words, demonym);
  }
  return words;
}

// "Saudi Arabian", "North Korean", "Antiguan, Barbudan": news writes "Saudi"
// and "Korean" alone, so each word that reads as a demonym by its ending is
// one; "North", "Islander", "Cook" ("Cook Islander") or "Sri" are not.
function addWords(words: Set<string>, demonym: string): void {
  const parts = demonym.toLowerCase().split(/[\s,]+/).filter((w) => w !== '' && w !== 'or');
  if (parts.length === 1) words.add(parts[0]!);
  else for (const w of parts) if (w.length > 3 && DEMONYM_ENDING.test(w)) words.add(w);
}

const DEMONYM_ENDING = /(?:an|ese|ish|ch|i)$/;
