/**
 * Spelling-tolerant keys for names, so that transliterations and typing
 * variants of one name meet: "Zelensky", "Zelenskyy", "Zelenskiy" and
 * "Zelenskij" share a key, as do "Gerasimov" and "Gérasimov".
 *
 * @example
 * nameKey('Zelenskyy') === nameKey('Zelensky'); // true
 */

/** The key of one word of a name: no diacritics, case or doubled letters, and one form of the -y/-iy/-yy/-ij endings. */
export function nameKey(word: string): string {
  return remembered(wordKeys, word, keyOfWord);
}

/** Keys of every word of a name ("Gen. Valery Gerasimov" → ["gen", "valery", "gerasimov"]); shared, so never changed. */
export function nameKeys(name: string): readonly string[] {
  return remembered(namesKeys, name, keysOfName);
}

/** The normalised form of a whole phrase, for organisations and descriptions. */
export function phraseKey(phrase: string): string {
  return remembered(phraseKeys, phrase, keyOfPhrase);
}

// Every name and phrase an article mentions is keyed when it is read, and news
// names the same few people again and again; each key takes nine regular
// expressions, so keys are worked out once per word or phrase.
const wordKeys = new Map<string, string>();
const namesKeys = new Map<string, readonly string[]>();
const phraseKeys = new Map<string, string>();
// Bounds each memo on an endless stream of new names (a worker lives through a whole build).
const MAX_KEYS = 100_000;

function remembered<K>(memo: Map<string, K>, text: string, keyOf: (text: string) => K): K {
  let key = memo.get(text);
  if (key === undefined) {
    if (memo.size >= MAX_KEYS) memo.clear();
    key = keyOf(text);
    memo.set(text, key);
  }
  return key;
}

function keyOfWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/w/g, 'v')
    .replace(/ph/g, 'f')
    .replace(/(.)\1+/g, '$1')
    // One ending for -y, -iy, -ij and -i rather than none, so that a name
    // ending in a consonant stays apart from one with the vowel added ("Brad"
    // and "Brady" are two names).
    .replace(/(?<=..)(iy|yi|ij|y|i)$/, 'y');
}

function keysOfName(name: string): readonly string[] {
  return Object.freeze(name.split(/\s+/).map(nameKey).filter(Boolean));
}

function keyOfPhrase(phrase: string): string {
  return nameKeys(phrase.replace(/^(the|a|an)\s+/i, '')).join(' ');
}
