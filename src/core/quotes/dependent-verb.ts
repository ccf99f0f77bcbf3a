/**
 * Reporting verbs without a subject of their own, which take the subject of
 * the clause they hang on: a participle ("Gerasimov praised the troops,
 * saying …"), a second verb after "and" ("He adopted an accent and joked,
 * …"), or an infinitive ("She interrupted me to announce, …"). The main
 * clause is looked for across the whole sentence, over earlier quotes, since
 * a quote often sits between the subject and the verb ("Lena backs “A,”
 * opposes “B” and recalled: “C”").
 */
import { isNominalWord, skipFillers, subjectBefore, type Range } from './noun-phrase.ts';
import type { TokenView } from './token-view.ts';

// "asked reporters to say", "urged voters to tell": the one who speaks is the
// object, not the subject, of these verbs.
const OBJECT_CONTROL = /^(ask|tell|told|urg|invit|encourag|allow|forc|want|expect|order|persuad|convinc|get|got|pressur|challeng|dar|call|prompt|lead|led|caus|requir|push|press|beg|implor|remind)/;

// A clause opened by one of these is not the main clause: in "joined critics
// pouncing on news that the server had handled files, saying …" the one
// saying is the one who joined, not the server.
const SUBORDINATORS = new Set(['that', 'which', 'who', 'whom', 'because', 'if', 'when', 'whether', 'while', 'although', 'though', 'since', 'as', 'after', 'before', 'until', 'unless', 'where']);

/**
 * The subject of the clause the reporting verb at `k` hangs on: a range, null
 * when the text does not say, or `undefined` when the verb has its own subject.
 */
export function hangingSubject(view: TokenView, k: number): Range | null | undefined {
  const kind = dependency(view, k);
  if (!kind) return undefined;
  const sentenceStart = view.sentences[view.sentenceOf[k]!]![0];
  const main = mainClause(view, k, sentenceStart);
  if (!main) return null;
  return kind === 'infinitive' && OBJECT_CONTROL.test(view.tokens[main.verb]!.lower) ? null : main.subject;
}

/** The subject of the clause a participle hangs on: in "Gerasimov praised the troops, noting …" the one noting is the one praising. */
export function mainClauseSubject(view: TokenView, p: number, lower: number): Range | null {
  return mainClause(view, p, lower)?.subject ?? null;
}

/** True when the verb at `v` is a participle hanging on an earlier clause (", saying", "by claiming"). */
export function isParticiple(view: TokenView, v: number): boolean {
  const t = view.tokens[v]!;
  if (!t.lower.endsWith('ing')) return false;
  const prev = view.tokens[v - 1];
  return !prev || prev.text === ',' || ['by', 'while', 'after', 'before', 'when', 'in', 'and'].includes(prev.lower);
}

// The nearest finite verb to the left whose subject does not open a subordinate clause.
function mainClause(view: TokenView, p: number, lower: number): { verb: number; subject: Range } | null {
  for (let k = p - 1; k >= lower; k--) {
    const t = view.tokens[k]!;
    if (view.roles[k] !== 'text' || (t.pos !== 'VERB' && t.pos !== 'AUX') || t.lower.endsWith('ing') || isNominalWord(t)) continue;
    const subject = subjectBefore(view, k, lower);
    if (subject && !SUBORDINATORS.has(view.tokens[subject[0] - 1]?.lower ?? '')) return { verb: k, subject };
  }
  return null;
}

function dependency(view: TokenView, k: number): 'participle' | 'coordinate' | 'infinitive' | null {
  if (isParticiple(view, k)) return 'participle';
  const j = skipFillers(view, k - 1, 0, -1);
  const prev = view.tokens[j];
  if (!prev || view.roles[j] !== 'text') return null;
  const bare = !/(ed|s)$/.test(view.tokens[k]!.lower);
  if (prev.lower === 'to' && bare) return 'infinitive';
  if (prev.lower === 'and' || prev.lower === 'but') return 'coordinate';
  return null;
}
