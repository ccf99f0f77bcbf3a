/**
 * One speaker, one identity: merges the names the articles use for the same
 * person or body ("Gerasimov", "Gen. Valery Gerasimov"; "Zelensky",
 * "Zelenskyy") across the whole corpus.
 *
 * People meet on their surname key (name-key.ts), and a surname alone joins
 * the one person with that surname whom its own article or several others
 * quote in full; two different first names ("Bill Clinton", "Hillary
 * Clinton") stay two people, and a bare surname shared by both stays apart
 * rather than being guessed into either. Organisations meet
 * on their whole name. Descriptions the articles never resolved ("Ukrainian
 * Chief of Staff") are never merged into a named person, nor across articles.
 *
 * @example
 * const { speakers, idFor } = buildSpeakers([{ file: 'a.txt', quotes }]);
 * idFor('Gerasimov') === idFor('Valery Gerasimov'); // true when one Valery Gerasimov is quoted
 */
import { runSteps } from '../steps.ts';
import type { Speaker } from '../types.ts';
import { GENDER_HONORIFICS, ORGANISATION_WORDS, PERSON_TITLES, SUBJECT_PRONOUNS } from './cues.ts';
import type { ExtractedQuote } from './extract-quotes.ts';
import { nameKey, phraseKey } from './name-key.ts';

export interface SpeakerDirectory {
  speakers: Speaker[];
  /** The `Speaker.id` for a `speakerName` that appeared in the input, in `file` (which a description needs). */
  idFor(speakerName: string, file?: string): string;
  /** The `Speaker.id` of an input quote, or null when it has none or its "he" or "she" cannot be that speaker (see pronounFits()). */
  speakerOf(q: ExtractedQuote): string | null;
}

interface Cluster {
  names: Map<string, number>;
  aliases: Set<string>;
  /** The articles that show the speaker to be a man, and a woman (ExtractedQuote.speakerGender). */
  male: Set<string>;
  female: Set<string>;
  /** Quotes, and of them those whose mention is "he", and "she". */
  quotes: number;
  he: number;
  she: number;
}

/** Merges the speakers of every article into one directory. */
export function buildSpeakers(perArticle: Array<{ file: string; quotes: ExtractedQuote[] }>): SpeakerDirectory {
  return runSteps(speakerSteps(perArticle));
}

/**
 * `buildSpeakers` as a generator that pauses every few hundred quotes, so a
 * build on the main thread can yield to the event loop between steps; the
 * directory is the generator's return value.
 */
export function* speakerSteps(perArticle: Array<{ file: string; quotes: ExtractedQuote[] }>): Generator<void, SpeakerDirectory> {
  const clusters = new Map<string, Cluster>();
  const clusterOf = new Map<string, string>();
  const people = yield* collectPeople(perArticle);
  let n = 0;
  for (const article of perArticle) {
    for (const q of article.quotes) {
      if (++n % STEP === 0) yield;
      if (!q.speakerName) continue;
      const cacheKey = cacheKeyOf(q);
      const key = clusterOf.get(cacheKey) ?? clusterKey(q, people);
      clusterOf.set(cacheKey, key);
      const cluster = clusters.get(key) ?? { names: new Map(), aliases: new Set(), male: new Set(), female: new Set(), quotes: 0, he: 0, she: 0 };
      cluster.names.set(q.speakerName, (cluster.names.get(q.speakerName) ?? 0) + 1);
      cluster.aliases.add(q.speakerName);
      const pronoun = q.mention ? SUBJECT_PRONOUNS.get(q.mention.toLowerCase()) : undefined;
      if (q.mention && !pronoun) cluster.aliases.add(q.mention);
      tally(cluster, q, pronoun);
      clusters.set(key, cluster);
    }
  }
  const ids = new Map<string, string>();
  // The ids given so far (the values of `ids`), kept beside it rather than rebuilt per cluster.
  const taken = new Set<string>();
  const speakers: Speaker[] = [];
  // By cluster key: a cluster dropped below has no id, and its quotes no speaker.
  const genders = new Map<string, 'male' | 'female'>();
  for (const [key, cluster] of clusters) {
    if (speakers.length % STEP === 0) yield;
    const gender = clusterGender(cluster);
    if (gender) genders.set(key, gender);
    // Only contradicted pronouns named it: the speaker no quote is left to.
    if (cluster.quotes === (gender === 'male' ? cluster.she : gender === 'female' ? cluster.he : 0)) continue;
    const kind = key.slice(0, key.indexOf(':')) as Speaker['kind'];
    const marked = key.indexOf(GENDER_MARK);
    const plain = canonicalName(cluster, kind === 'person');
    const name = marked < 0 ? plain : honorificName(cluster, plain, key.slice(marked + 1));
    const id = uniqueId(slug(name), speakers.length, taken);
    ids.set(key, id);
    taken.add(id);
    speakers.push({ id, name, kind, aliases: [...cluster.aliases].sort() });
  }
  const idFor = (speakerName: string, file?: string) => {
    const key = (file !== undefined ? clusterOf.get(describedIn(file, speakerName)) : undefined) ?? clusterOf.get(speakerName) ?? clusterOf.get(gendered(speakerName, 'male')) ?? clusterOf.get(gendered(speakerName, 'female'));
    return (key && ids.get(key)) ?? slug(speakerName);
  };
  const speakerOf = (q: ExtractedQuote) => {
    if (!q.speakerName) return null;
    // Every input quote with a speaker was given a cluster above.
    const key = clusterOf.get(cacheKeyOf(q))!;
    return pronounFits(q.mention, genders.get(key)) ? (ids.get(key) ?? null) : null;
  };
  return { speakers, idFor, speakerOf };
}

function tally(cluster: Cluster, q: ExtractedQuote, pronoun: string | undefined): void {
  cluster.quotes++;
  if (q.speakerGender === 'male') cluster.male.add(q.file);
  if (q.speakerGender === 'female') cluster.female.add(q.file);
  if (pronoun === 'male') cluster.he++;
  if (pronoun === 'female') cluster.she++;
}

// A speaker whom several articles show to be a man, and none a woman, or
// the reverse. One article is not enough: within it a "Mr. Obama" may have
// joined "the first lady, Michelle Obama".
function clusterGender(cluster: Cluster): 'male' | 'female' | null {
  if (cluster.male.size >= MIN_GENDER_ARTICLES && cluster.female.size === 0) return 'male';
  if (cluster.female.size >= MIN_GENDER_ARTICLES && cluster.male.size === 0) return 'female';
  return null;
}

const MIN_GENDER_ARTICLES = 2;

// "…,” she wrote", resolved in an article that never showed Jeb Bush to be a
// man, to Jeb Bush: the corpus calls him "Mr. Bush" elsewhere, so the "she"
// was someone else, whom the text gave no better clue to. A quote whose
// pronoun the speaker's corpus-wide gender contradicts has no speaker.
function pronounFits(mention: string | null, gender: 'male' | 'female' | undefined): boolean {
  if (!gender || !mention) return true;
  const pronoun = SUBJECT_PRONOUNS.get(mention.toLowerCase());
  return !(pronoun === 'male' || pronoun === 'female') || pronoun === gender;
}

// Quotes that share this key share a cluster. "Mrs. Clinton" and "Mr.
// Clinton", both read as "Clinton", may not (see clusterKey()).
function cacheKeyOf(q: ExtractedQuote): string {
  if (kindOf(q) === 'description') return describedIn(q.file, q.speakerName!);
  if (reportsLikeOutlet(q)) return `${q.speakerName!}\u0002reported`;
  return q.speakerGender ? gendered(q.speakerName!, q.speakerGender) : q.speakerName!;
}

// "Bloomberg reported …" in an article that never names a Bloomberg in
// full: a news organisation named after its founder as likely as the
// founder, so the surname joins no one the corpus names in full.
function reportsLikeOutlet(q: ExtractedQuote): boolean {
  return !!q.cue && OUTLET_CUES.has(q.cue.toLowerCase()) && !/\s/.test(q.speakerName!.trim());
}

const OUTLET_CUES = new Set(['reported', 'reports', 'reporting']);

function gendered(name: string, gender: 'male' | 'female'): string {
  return `${name}\u0001${gender}`;
}

// A description ("the spokesman", "officials") names no one beyond its own
// article: the spokesman of one story is not the spokesman of the next.
function describedIn(file: string, name: string): string {
  return `${file}\u0000${name}`;
}

// Quotes or clusters handled between two pauses of `speakerSteps`.
const STEP = 500;

/** Who the corpus's full names say exists. */
interface People {
  /** The first-name keys known for each surname key. */
  firsts: Map<string, Set<string>>;
  /** For each "first last" key, the middle initials the corpus writes with it. */
  middles: Map<string, Set<string>>;
  /** For each "first last" key, the files that quote the person under that full name. */
  files: Map<string, Set<string>>;
  /** For each "first last" key, the genders its articles show (ExtractedQuote.speakerGender). */
  genders: Map<string, Set<string>>;
  /** For each surname key, the genders shown by quotes given to the surname alone ("Mr. Khan", "Ms. Khan"). */
  surnameGenders: Map<string, Set<string>>;
}

function* collectPeople(perArticle: Array<{ quotes: ExtractedQuote[] }>): Generator<void, People> {
  const people: People = { firsts: new Map(), middles: new Map(), files: new Map(), genders: new Map(), surnameGenders: new Map() };
  let n = 0;
  for (const q of perArticle.flatMap((a) => a.quotes)) {
    if (++n % STEP === 0) yield;
    if (!q.speakerName || kindOf(q) !== 'person') continue;
    const keys = personKeys(q.speakerName);
    if (keys.length === 1 && q.speakerGender) addTo(people.surnameGenders, keys[0]!, q.speakerGender);
    if (keys.length < 2) continue;
    const last = keys[keys.length - 1]!;
    addTo(people.firsts, last, keys[0]!);
    addTo(people.files, `${keys[0]} ${last}`, q.file);
    if (q.speakerGender) addTo(people.genders, `${keys[0]} ${last}`, q.speakerGender);
    const middle = middleInitials(keys);
    if (middle) addTo(people.middles, `${keys[0]} ${last}`, middle);
  }
  return people;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

// "Hillary Rodham Clinton" is Hillary Clinton and "Donald J. Trump" is
// Donald Trump, but "George H.W. Bush" and "George W. Bush" are two people:
// names that share first name and surname meet unless the corpus writes them
// with different middle initials; then each keeps its own, and the name
// without one (or the surname alone) is not guessed into either.
function clusterKey(q: ExtractedQuote, people: People): string {
  const kind = kindOf(q);
  if (kind === 'description') return `description:${describedIn(q.file, phraseKey(q.speakerName!))}`;
  if (kind !== 'person') return `${kind}:${phraseKey(q.speakerName!)}`;
  const keys = personKeys(q.speakerName!);
  const last = keys[keys.length - 1] ?? '';
  if (keys.length >= 2) {
    const base = `${keys[0]} ${last}`;
    const middle = middleInitials(keys);
    return middle && (people.middles.get(base)?.size ?? 0) > 1 ? `person:${keys[0]} ${middle} ${last}` : `person:${base}`;
  }
  // A surname alone joins the only person with that surname, and no one when there are several.
  if (reportsLikeOutlet(q)) return `person:${last}`;
  const firsts = people.firsts.get(last);
  if (firsts?.size !== 1) return surnameKey(q, last, people);
  const first = [...firsts][0]!;
  if ((people.middles.get(`${first} ${last}`)?.size ?? 0) > 1) return surnameKey(q, last, people);
  // "Mrs. Clinton" is not the one Clinton the corpus names in full when that one is shown to be a man.
  const shown = people.genders.get(`${first} ${last}`);
  if (q.speakerGender && shown && !shown.has(q.speakerGender)) return surnameKey(q, last, people);
  return isKnownFor(people.files.get(`${first} ${last}`), q.file) ? `person:${first} ${last}` : surnameKey(q, last, people);
}

// A surname that joins no full name. "Mr. Khan" and "Ms. Khan", both read
// as "Khan", are two people: where the corpus gives the surname alone to
// both a man and a woman, each gender is a speaker of its own, and a "Khan"
// of no known gender is neither.
function surnameKey(q: ExtractedQuote, last: string, people: People): string {
  const split = q.speakerGender && (people.surnameGenders.get(last)?.size ?? 0) > 1;
  return split ? `person:${last}${GENDER_MARK}${q.speakerGender}` : `person:${last}`;
}

const GENDER_MARK = '\u0001';

// The name of a speaker split off by surnameKey(): "Khan" as the articles
// write it with its honorific ("Ms. Khan"), which tells the two apart.
function honorificName(cluster: Cluster, name: string, gender: string): string {
  const written = [...cluster.aliases].filter((a) => a.endsWith(` ${name}`) && GENDER_HONORIFICS.get(a.slice(0, -name.length - 1).toLowerCase().replace(/\.$/, '')) === gender).sort();
  return written[0] ?? `${gender === 'male' ? 'Mr.' : 'Ms.'} ${name}`;
}

// An article that never gives the first name leaves the surname to the
// reader's knowledge: that is a public figure only when the corpus quotes the
// person in full in its own article or in several others. One other article
// is too little: "Frank writes" (an author) is not the Barney Frank another
// article quotes, nor "Hale said" the Andrew Hale of an unrelated story.
function isKnownFor(files: Set<string> | undefined, file: string): boolean {
  if (!files) return false;
  return files.has(file) || files.size >= MIN_ARTICLES_FOR_A_SURNAME;
}

// Articles other than the surname's own that must quote the full name.
const MIN_ARTICLES_FOR_A_SURNAME = 2;

// The first letter of each key between the first name and the surname:
// "J." and "John" meet; "H.W." and "W." do not.
function middleInitials(keys: readonly string[]): string {
  let initials = '';
  for (let i = 1; i < keys.length - 1; i++) initials += keys[i]![0];
  return initials;
}

function kindOf(q: ExtractedQuote): 'person' | 'organisation' | 'description' {
  if (q.speakerKind) return q.speakerKind;
  const words = q.speakerName!.split(/\s+/);
  const named = words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w));
  if (!named) return 'description';
  return words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase())) ? 'organisation' : 'person';
}

// Titles are dropped before keys are taken, so "Gen. Valery Gerasimov" meets "Valery Gerasimov".
function personKeys(name: string): string[] {
  return name
    .split(/\s+/)
    .filter((w) => !PERSON_TITLES.has(w.toLowerCase().replace(/\.$/, '')))
    .map(nameKey)
    .filter(Boolean);
}

// The fullest form without titles wins ("Valery Gerasimov" over "Gerasimov"
// and "Gen. Valery Gerasimov"); among equals, the most used. Only people lose
// titles: in an organisation's name "General" is part of it ("General Staff").
function canonicalName(cluster: Cluster, isPerson: boolean): string {
  const counts = new Map<string, number>();
  for (const [name, n] of cluster.names) {
    const bare = isPerson ? withoutTitles(name) : name;
    counts.set(bare, (counts.get(bare) ?? 0) + n);
  }
  const ranked = [...counts].sort(([a, na], [b, nb]) => b.split(/\s+/).length - a.split(/\s+/).length || nb - na || a.localeCompare(b));
  return ranked[0]![0];
}

function withoutTitles(name: string): string {
  const words = name.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && PERSON_TITLES.has(words[i]!.toLowerCase().replace(/\.$/, ''))) i++;
  return words.slice(i).join(' ');
}

function slug(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}

function uniqueId(base: string, n: number, taken: Set<string>): string {
  return taken.has(base) ? `${base}-${n}` : base;
}
