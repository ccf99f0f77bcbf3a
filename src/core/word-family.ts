/**
 * Word families that Porter stemming leaves apart: "lost" and "losses" stem
 * to "lost" and "loss", "fought" to "fought" against "fight", "invasion" to
 * "invas" against "invade". A topic or a question about losses should find a
 * source that says "lost", so /compare and /ask look up a word's whole family.
 *
 * Two sources make the families:
 * - WordNet's irregular verb forms, as the wink-nlp model ships them;
 * - a short list of nouns whose verb Porter cannot reach (`DERIVED`).
 *
 * A family is wrong where a form is also a word of its own: "wound" is
 * WordNet's past of "wind", "ground" of "grind", "left" of "leave". Those
 * forms are left out (`HOMOGRAPHS`): a missed link costs a source a reader
 * can still find; a false one claims a source covers what it does not.
 *
 * @example
 * familyStems('loss'); // ['loss', 'lose', 'lost']
 */
import { irregularVerbForms, stemWord } from './nlp.ts';

/**
 * Nouns to their verb, where the two stem apart and name the same event.
 * Only pairs that stay one family in news text. Left out, with the reading
 * that breaks them: "flight" (fly or flee?), "commission" (commit?),
 * "tension" (tend), "speech" (any "spoke"), "belief" (any "I believe"),
 * "defense" and "offense" (the department, the crime), "division" (the
 * army's), "closure" ("a close race"), "admission" (tickets), "dead" ("a
 * dead heat").
 */
const DERIVED: Readonly<Record<string, string>> = {
  loss: 'lose',
  death: 'die',
  sale: 'sell',
  growth: 'grow',
  choice: 'choose',
  proof: 'prove',
  theft: 'steal',
  seizure: 'seize',
  failure: 'fail',
  departure: 'depart',
  pursuit: 'pursue',
  burial: 'bury',
  denial: 'deny',
  threat: 'threaten',
  response: 'respond',
  invasion: 'invade',
  decision: 'decide',
  explosion: 'explode',
  conclusion: 'conclude',
  collision: 'collide',
  persuasion: 'persuade',
  intrusion: 'intrude',
  exclusion: 'exclude',
  inclusion: 'include',
  erosion: 'erode',
  evasion: 'evade',
  submission: 'submit',
  omission: 'omit',
  transmission: 'transmit',
  extension: 'extend',
  expansion: 'expand',
  suspension: 'suspend',
  conversion: 'convert',
  diversion: 'divert',
};

/**
 * WordNet forms that are also everyday words of their own ("the left bank",
 * "ground forces", "a wound", "Rose"), or modals and auxiliaries, which search
 * leaves out anyway. Such a form joins no family.
 */
const HOMOGRAPHS = new Set([
  ...['am', 'are', 'is', 'was', 'were', 'been', 'had', 'has', 'did', 'does', 'could', 'would', 'might', 'canning'],
  ...['found', 'ground', 'left', 'lay', 'felt', 'rose', 'wound', 'bound', 'born', 'borne', 'bore', 'bit', 'rent', 'lent'],
  ...['dove', 'stove', 'clove', 'spat', 'rung', 'hung', 'slew', 'bent', 'fed', 'smelt', 'molten', 'clad', 'wrought', 'gilt'],
  ...['lit', 'pent', 'kent', 'gan', 'rove', 'graven', 'underlying', 'overlying', 'trafficking', 'trafficked', 'pasquil'],
]);

/** Families by every stem of theirs: a stem to the stems of its family (itself included). */
let families: Map<string, string[]> | undefined;

/**
 * The stems of the family of `stem` (a stem as the index holds it), `stem`
 * itself first; just `stem` when it has no family.
 */
export function familyStems(stem: string): readonly string[] {
  return (families ??= buildFamilies()).get(stem) ?? [stem];
}

function buildFamilies(): Map<string, string[]> {
  const irregular = irregularVerbForms();
  const members = new Map<string, Set<string>>();
  const join = (base: string, form: string) => {
    // A base that is itself another verb's form ("saw", of "see" and of
    // "sawn") would join two families through one ambiguous word.
    if (HOMOGRAPHS.has(form) || HOMOGRAPHS.has(base) || base in irregular) return;
    let words = members.get(base);
    if (!words) members.set(base, (words = new Set([base])));
    words.add(form);
  };
  // Regular forms need no entry: the stemmer already gives "dying", "died"
  // and "dies" the stem of "die".
  for (const [form, base] of Object.entries(irregular)) join(base, form);
  for (const [noun, verb] of Object.entries(DERIVED)) join(verb, noun);
  const byStem = new Map<string, string[]>();
  for (const words of members.values()) {
    const stems = [...new Set([...words].map(stemWord))];
    if (stems.length < 2) continue;
    for (const stem of stems) {
      // A stem in two families ("lie" of "lain" and of "lied") takes both.
      const known = byStem.get(stem);
      byStem.set(stem, known ? [...new Set([...known, ...stems])] : [stem, ...stems.filter((s) => s !== stem)]);
    }
  }
  return byStem;
}
