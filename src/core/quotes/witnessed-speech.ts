/**
 * Speech someone else witnessed or relays: "Mitchell recalled the president
 * telling him …", "Lee heard a soldier shouting …", "Reuters quoted the
 * minister as saying …". The object of the witnessing verb is the one who
 * spoke, not its subject, who only remembers, heard or quotes the words.
 */
import { BE_FORMS, IMAGINING_VERBS, ISSUING_VERBS, TELLING_VERBS, WITNESSING_VERBS } from './cues.ts';
import { chunkLeft, chunkRight, endsInName, isNominalWord, ownedPhraseRight, skipFillers, wordBeforePhrase, type Range } from './noun-phrase.ts';
import { ownerOfModifier } from './modifier-owner.ts';
import { isReportingVerb } from './reporting-clause.ts';
import { unnamedOneEndingAt } from './unnamed-one.ts';
import { isTerminal, type TokenView } from './token-view.ts';

/**
 * For the -ing verb of speech at `k` ("telling", "saying"), the object of a
 * witnessing verb right before it ("recalled the president telling"); null
 * when the verb only imagines or acts out the speech ("imagined the
 * president telling"), which is then no one's; undefined when neither is
 * the shape.
 */
export function witnessedBefore(view: TokenView, k: number, lower: number): Range | null | undefined {
  if (!view.tokens[k]!.lower.endsWith('ing')) return undefined;
  const passive = witnessedInPassive(view, k, lower);
  if (passive) return passive;
  const as = view.tokens[k - 1]?.lower === 'as';
  const found = objectBefore(view, as ? k - 2 : k - 1, lower);
  if (!found) return undefined;
  const object = withPhraseBefore(view, found, lower);
  let v = wordBeforePhrase(view, object);
  if (v < lower) return undefined;
  // "told of a soldier saying", "spoke of her father telling her": a verb's "of" names whom the words are told of.
  const of = view.tokens[v]!.lower === 'of' && view.roles[v] === 'text';
  if (of) v--;
  if (v < lower || view.roles[v] !== 'text') return undefined;
  if (IMAGINING_VERBS.has(view.tokens[v]!.lower)) return null;
  if (of) return view.tokens[v]!.pos === 'VERB' ? object : undefined;
  return isWitnessing(view, v) ? object : undefined;
}

// "cited a source in the security services as saying", "quoted a
// spokesman for the ministry as saying": the object is the whole phrase,
// from the one before the preposition.
function withPhraseBefore(view: TokenView, object: Range, lower: number): Range {
  const p = object[0] - 1;
  if (p <= lower || view.roles[p] !== 'text' || !OBJECT_LINKS.has(view.tokens[p]!.lower)) return object;
  const head = chunkLeft(view, p - 1, lower);
  if (!head) return object;
  // "quoted Gerasimov in Moscow as saying": a name before the preposition is the one who spoke.
  return endsInName(view, head) ? head : [head[0], object[1]];
}

const OBJECT_LINKS = new Set(['in', 'at', 'with', 'from', 'for', 'of']);

// The object that ends at `j`; past an appositive between commas, the
// phrase it describes ("cited Apti Alaudinov, a Chechen commander, as
// saying").
function objectBefore(view: TokenView, j: number, lower: number): Range | null {
  // "The readout quoted him as calling …": the phrase reader takes no pronoun.
  if (j >= lower && view.roles[j] === 'text' && OBJECT_PRONOUNS.has(view.tokens[j]!.lower)) return [j, j];
  if (view.tokens[j]?.text !== ',' || view.roles[j] !== 'text') return chunkLeft(view, j, lower);
  const appositive = chunkLeft(view, j - 1, lower);
  if (!appositive || view.tokens[appositive[0] - 1]?.text !== ',') return null;
  const described = chunkLeft(view, appositive[0] - 2, lower);
  // "The head of military intelligence, Kyrylo Budanov, was quoted": the name, not the role.
  return described && !endsInName(view, described) && endsInName(view, appositive) ? appositive : described;
}

// "Lee was quoted as saying", "Gerasimov was quoted by TASS as saying",
// "Lee was heard telling": in the passive the subject is the one who spoke,
// and the one quoting or hearing, if named, follows "by".
function witnessedInPassive(view: TokenView, k: number, lower: number): Range | null {
  let v = view.tokens[k - 1]?.lower === 'as' ? k - 2 : k - 1;
  const agent = v > lower ? chunkLeft(view, v, lower) : null;
  if (agent && view.tokens[agent[0] - 1]?.lower === 'by') v = agent[0] - 2;
  // After "was" the participle is a verb whatever the tagger says ("was overheard" comes out a noun).
  const participle = view.tokens[v];
  if (v <= lower || view.roles[v] !== 'text' || !WITNESSING_VERBS.has(participle!.lower) || !participle!.lower.endsWith('ed') && !IRREGULAR_PARTICIPLES.has(participle!.lower)) return null;
  const be = skipFillers(view, v - 1, lower, -1);
  if (be <= lower || !BE_FORMS.has(view.tokens[be]!.lower)) return null;
  // "A soldier could be heard saying": past the modal before "be".
  const subjectEnd = view.tokens[be]!.lower === 'be' && MODALS.has(view.tokens[be - 1]?.lower ?? '') ? be - 2 : be - 1;
  // "Ann Lee, the acting governor, was quoted …": the name the appositive
  // describes; "A soldier in the video was heard …": the soldier, not the video.
  // "One of them could be heard …": "them" is no subject; the one of them is.
  if (OBJECT_PRONOUNS.has(view.tokens[subjectEnd]?.lower ?? '')) return unnamedOneEndingAt(view, subjectEnd);
  const subject = objectBefore(view, subjectEnd, lower);
  return subject && view.tokens[subjectEnd]?.text !== ',' ? ownerOfModifier(view, subject, lower) : subject;
}

const MODALS = new Set(['can', 'could', 'may', 'might', 'will', 'would', 'should', 'must']);

/**
 * "…,” Putin was quoted by TASS as saying.": in the words from `a` to `b`
 * after a quote, a passive witnessing verb and the -ing verb of speech it
 * takes; the subject, who spoke, and that verb, or null.
 */
export function passiveWitnessAfter(view: TokenView, a: number, b: number): { subject: Range; verb: number } | null {
  for (let k = a + 1; k <= b; k++) {
    if (!view.tokens[k]!.lower.endsWith('ing') || !isReportingVerb(view, k)) continue;
    const subject = witnessedInPassive(view, k, a);
    return subject ? { subject, verb: k } : null;
  }
  return null;
}

// Third person only: "quoted me as saying" names no one the text does.
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);

const IRREGULAR_PARTICIPLES = new Set(['heard', 'overheard', 'seen', 'caught', 'shown']);

/**
 * After the witnessing verb at `v` ("…,” Mitchell recalled the president
 * telling him."), the object that spoke, or null when no -ing verb of speech
 * follows it within `upper`.
 */
export function witnessedAfter(view: TokenView, v: number, upper: number): Range | null {
  if (!isWitnessing(view, v)) return null;
  const head = chunkRight(view, v + 1, upper);
  if (!head) return null;
  // "quoted a source in the security services as saying", as before the quote (withPhraseBefore()).
  const link = head[1] + 1;
  const tail = link < upper && OBJECT_LINKS.has(view.tokens[link]!.lower) ? chunkRight(view, link + 1, upper) : null;
  const object: Range = tail && !endsInName(view, head) ? [head[0], tail[1]] : head;
  const after = tail ? tail[1] : head[1];
  const next = view.tokens[after + 1]?.lower === 'as' ? after + 2 : after + 1;
  return next <= upper && view.tokens[next]!.lower.endsWith('ing') && isReportingVerb(view, next) ? object : null;
}

function isWitnessing(view: TokenView, v: number): boolean {
  const verb = view.tokens[v]!;
  return view.roles[v] === 'text' && WITNESSING_VERBS.has(verb.lower) && verb.pos === 'VERB' && !isNominalWord(verb);
}

/**
 * In a closing attribution with the reporting verb at `verb`, whose
 * speaker's phrase or verb ends at `last`: the one whose words the speaker
 * passes on. "…,” Lee said Hale told her." and "…,” the Post reported,
 * quoting an official." are Hale's and the official's. Null when the text
 * does not say whose they are ("…,” Lee said she was told."); undefined
 * when the speaker passes on nothing.
 */
export function relayedAfter(view: TokenView, verb: number, last: number, upper: number): Range | null | undefined {
  const next = view.tokens[last + 1];
  if (next?.text === ',') return quotedSource(view, verb, last + 2, upper);
  // "…,” Lee told AFP when asked": right after "told", the phrase is who listened.
  if (last === verb && TELLING_VERBS.has(view.tokens[verb]!.lower)) return undefined;
  return nestedTeller(view, last + 1, upper);
}

// ", quoting an official" after "said" or "reported" names whose words they
// are. A post or letter quoting someone ("Trump tweeted, quoting Comey's
// statement") is the writer's own text with the other's words inside it;
// and ", citing precedent" or ", citing low growth" gives reasons, not words.
function quotedSource(view: TokenView, verb: number, j: number, upper: number): Range | undefined {
  if (j > upper || view.tokens[j]!.lower !== 'quoting' || ISSUING_VERBS.has(view.tokens[verb]!.lower)) return undefined;
  return chunkRight(view, j + 1, upper) ?? undefined;
}

// "said Hale told her", "said the minister had promised": a clause with a
// verb of speech and nothing after it but a listener or a time. Passive
// ("said she was told") names no teller.
function nestedTeller(view: TokenView, j: number, upper: number): Range | null | undefined {
  if (view.tokens[j]?.lower === 'that') j++;
  // "said his commander told him" as much as "said Hale told her".
  const teller = j <= upper ? (chunkRight(view, j, upper) ?? ownedPhraseRight(view, j, upper)) : null;
  if (!teller) return undefined;
  let k = skipFillers(view, teller[1] + 1, upper, 1);
  // "said Lee when asked": a clause of its own, whose verb is no teller's.
  for (let m = teller[1] + 1; m < k; m++) if (CLAUSE_OPENERS.has(view.tokens[m]!.lower)) return undefined;
  const passive = BE_FORMS.has(view.tokens[k]?.lower ?? '');
  if (passive) k++;
  if (k > upper || !isReportingVerb(view, k) || view.tokens[k]!.lower.endsWith('ing')) return undefined;
  for (let m = k + 1; m <= upper; m++) {
    const t = view.tokens[m]!;
    if (view.roles[m] !== 'text' || m - k > 4 || t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') return undefined;
  }
  return passive ? null : teller;
}


/**
 * "Lee, quoting Gerasimov, said: “…”" and "Quoting Gerasimov, Lee said":
 * the one whose words the speaker at `subject` passes on before the
 * reporting verb at `verb`, as ", quoting an official" does after a quote
 * (quotedSource(), which also keeps a post quoting someone the writer's);
 * undefined when the clause quotes no one.
 */
export function relayedBefore(view: TokenView, subject: Range, verb: number, lower: number): Range | undefined {
  // ", quoting Gerasimov," between the subject and its verb.
  if (view.tokens[subject[1] + 1]?.text === ',' && view.tokens[verb - 1]?.text === ',') {
    const source = quotedSource(view, verb, subject[1] + 2, verb - 2);
    if (source) return source;
  }
  // "Quoting Gerasimov, Lee said": the phrase opens the clause.
  if (view.tokens[subject[0] - 1]?.text !== ',') return undefined;
  for (let j = subject[0] - 2; j >= Math.max(lower, subject[0] - OPENING_REACH); j--) {
    if (view.tokens[j]!.lower !== 'quoting') continue;
    const opens = j === lower || view.tokens[j - 1]!.text === ',' || isTerminal(view, j - 1);
    return opens ? quotedSource(view, verb, j, subject[0] - 2) : undefined;
  }
  return undefined;
}

const OPENING_REACH = 10;

const CLAUSE_OPENERS = new Set(['when', 'where', 'while', 'as', 'after', 'before', 'if', 'once', 'whenever']);
