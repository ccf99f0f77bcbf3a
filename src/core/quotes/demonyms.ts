/**
 * The words for a country's people ("Ukrainian", "French", "Saudi") and the
 * countries they stand for, so that "the French president" is known to be
 * someone else than a person the article introduced as "Ukrainian President
 * Volodymyr Zelensky" or as "Ukraine's foreign minister".
 *
 * They come from the world-countries package (mledoze/countries), which keeps
 * an English demonym for every country and territory, irregular ones
 * ("Dutch", "Swiss", "Monegasque") included, so no list is kept here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The countries a lower-case word stands for, by their English names in
 * lower case: a demonym's ("polish" → poland; "korean" → north korea and
 * south korea) or a one-word country's own name ("ukraine", from "Ukraine's
 * foreign minister"). Undefined for any other word.
 */
export function countriesOf(word: string): ReadonlySet<string> | undefined {
  return (countryWords ??= readCountryWords()).get(word);
}

let countryWords: ReadonlyMap<string, ReadonlySet<string>> | undefined;

// The file is read, not imported, so that only the words stay in memory
// rather than the whole 1.4 MB record of every country; and only once an
// article names a title with a country word in it.
function readCountryWords(): ReadonlyMap<string, ReadonlySet<string>> {
  const path = createRequire(import.meta.url).resolve('world-countries/countries.json');
  const countries = JSON.parse(readFileSync(path, 'utf8')) as { name: { common: string }; demonyms?: { eng?: { f: string; m: string } } }[];
  const words = new Map<string, Set<string>>();
  const add = (word: string, country: string) => {
    const known = words.get(word);
    if (known) known.add(country);
    else words.set(word, new Set([country]));
  };
  for (const country of countries) {
    const name = country.name.common.toLowerCase();
    if (!name.includes(' ')) add(name, name);
    const english = country.demonyms?.eng;
    if (english) for (const demonym of [english.m, english.f]) for (const word of demonymWords(demonym)) add(word, name);
  }
  return words;
}

// "Saudi Arabian", "North Korean", "Antiguan, Barbudan": news writes "Saudi"
// and "Korean" alone, so each word that reads as a demonym by its ending is
// one; "North", "Islander", "Cook" ("Cook Islander") or "Sri" are not.
function demonymWords(demonym: string): string[] {
  const parts = demonym.toLowerCase().split(/[\s,]+/).filter((w) => w !== '' && w !== 'or');
  return parts.length === 1 ? parts : parts.filter((w) => w.length > 3 && DEMONYM_ENDING.test(w));
}

const DEMONYM_ENDING = /(?:an|ese|ish|ch|i)$/;
