/**
 * Spelling-tolerant keys for names, so that transliterations and typing
 * variants of one name meet: "Zelensky", "Zelenskyy", "Zelenskiy" and
 * "Zelenskij" share a key, as do "Gerasimov" and "Gérasimov".
 *
 * @example
 * nameKey('Zelenskyy') === nameKey('Zelensky'); // true
 */

/** The key of one word of a name: no diacritics, case, doubled letters or -y/-iy/-yy/-ij endings. */
export function nameKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/w/g, 'v')
    .replace(/ph/g, 'f')
    .replace(/(.)\1+/g, '$1')
    .replace(/(?<=..)(iy|yi|ij|y|i)$/, '');
}

/** Keys of every word of a name ("Gen. Valery Gerasimov" → ["gen", "valer", "gerasimov"]). */
export function nameKeys(name: string): string[] {
  return name.split(/\s+/).map(nameKey).filter(Boolean);
}

/** The normalised form of a whole phrase, for organisations and descriptions. */
export function phraseKey(phrase: string): string {
  return nameKeys(phrase.replace(/^(the|a|an)\s+/i, '')).join(' ');
}
