/**
 * Where a reported statement ends when the writer adds words of their own
 * after it: "Moscow says it has liberated the region, a claim Kyiv
 * denies", "…, though Kyiv disputes this", "…, which Ukraine denied", "…,
 * while Kyiv says its troops remain", "…, according to TASS", "…, Ruiz
 * reported", "…; Kyiv disagreed", "… (Kyiv disputes this)". Those words
 * are not Moscow's, and a statement that ran on to the end of the
 * sentence would put them in Moscow's mouth.
 */
import { isFiniteVerb } from './bare-clause.ts';
import { ARTICLES, ASIDE_DASHES, ATTACKING_VERBS, NAMING_VERBS, RELATIVE_WORDS, STATEMENT_VERBS, SUBJECT_PRONOUNS, WRITERS_LINKS } from './cues.ts';
import { isReportingVerb } from './reporting-clause.ts';
import { occasionEnd } from './occasion.ts';
import { SPEECH_NOUNS } from './speech-noun.ts';
import { chunkRight, POSSESSIVE_DETERMINERS, skipFillers, type Range } from './noun-phrase.ts';
import { hasVerb, isCapitalised, isTaggedPast, isTerminal, whoClauseClose, type TokenView } from './token-view.ts';
import { LONE_WORDS } from './unnamed-one.ts';

/**
 * The last token of the statement in tokens `from`..`last`: before the
 * writer's tail, or `last` when it has none. `reported` when a verb before
 * the statement reports it, so that an attribution set into it is another
 * source's ("told Putin that … had fallen, the Kremlin said, though …");
 * otherwise that attribution may be the statement's own, which the caller
 * reads.
 */
export function beforeWritersTail(view: TokenView, from: number, to: number, reported = false): number {
  // "…, adding that small units remained": the speaker's next statement, read on its own.
  const next = nextStatementComma(view, from, to);
  const last = next > 0 ? next - 1 : to;
  const isTail = (k: number) => (reported && passesOnBeforeComma(view, k, last)) || isWritersTail(view, k, last);
  for (let c = from + 1; c < last; c++) {
    // "…was “dead,” a claim Ruiz rejects": the comma before a closing mark ends the quoted words and the clause.
    if (view.roles[c] === 'mark' && view.tokens[c - 1]?.text === ',' && view.roles[c + 1] === 'text' && isTail(c + 1)) return c;
    if (view.roles[c] !== 'text') continue;
    const mark = view.tokens[c]!.text;
    // "…; Kyiv disagreed", "… (Kyiv disputes this)": a clause of its own, or an aside to the end.
    if (mark === ';' || (mark === '(' && closesAtEnd(view, c, last))) return pastPunctuation(view, from, c - 1);
    if ((mark === ',' || ASIDE_DASHES.has(mark)) && isTail(c + 1)) return c - 1;
    // "Lee said she wants peace and Ruiz said he wants war": Ruiz's statement
    // is his own; "Lee said Russia was lying and called the claim
    // propaganda": the second verb is Lee's, and no part of what Russia did.
    if (JOINERS.has(view.tokens[c]!.lower) && endsClause(view, from, c) && (opensStatement(view, c + 1, last) || isStatementVerb(view, c + 1))) return pastPunctuation(view, from, c - 1);
  }
  return closesOutsideBracket(view, from, last) ? last - 1 : last;
}

// A clause in brackets from `open` to `last`, the writer's aside: not "Sen.
// Ted Cruz (R-TX) and Sen. Marco Rubio (R-FL)", whose first bracket closes
// early, nor a label ("(R-FL)", "(90 percent)"), which is the speaker's.
// The tagger reads "disputes" in "(Kyiv disputes this)" as a noun, so a
// clause is a verb or three words with one in lower case.
function closesAtEnd(view: TokenView, open: number, last: number): boolean {
  if (view.tokens[last]!.text !== ')') return false;
  let words = 0;
  let lower = false;
  for (let j = open + 1; j < last; j++) {
    const t = view.tokens[j]!;
    if (t.text === ')') return false;
    if (/^\p{L}/u.test(t.text)) words++;
    if (/^\p{Ll}/u.test(t.text)) lower = true;
  }
  return hasVerb(view, open + 1, last - 1) || (words >= 3 && lower);
}

// "(Democrats suggest such rates would spur the economy.)": the bracket
// that closes a sentence written inside brackets is no part of what was said.
function closesOutsideBracket(view: TokenView, from: number, last: number): boolean {
  if (view.tokens[last]!.text !== ')' || last <= from) return false;
  for (let j = from; j < last; j++) if (view.tokens[j]!.text === '(') return false;
  return true;
}

const JOINERS = new Set(['and', 'but']);
const EFFECT_PARTICIPLES = new Set(['prompting', 'sparking', 'throwing', 'drawing', 'dealing', 'fueling', 'fuelling', 'triggering', 'underscoring', 'reversing', 'defying', 'stoking']);
const SOURCING = new Set(['citing', 'quoting']);

// A subject and a verb of speech of its own at `k`: "Ruiz said", "the
// ministry has claimed".
function opensStatement(view: TokenView, k: number, last: number): boolean {
  // ", his office said": the phrase reader leaves the possessive out.
  // "and one, who …, posted", "but others wrote": a word that stands for
  // people alone is no phrase the phrase reader gives.
  const lone: Range | null = LONE_WORDS.has(view.tokens[k]!.lower) ? [k, k] : null;
  const subject = chunkRight(view, POSSESSIVE_DETERMINERS.has(view.tokens[k]!.lower) ? k + 1 : k, last) ?? lone;
  if (!subject) return false;
  const verb = skipFillers(view, pastWhoClause(view, subject[1] + 1, last), last, 1);
  return verb <= last && STATEMENT_VERBS.has(view.tokens[verb]!.lower) && isReportingVerb(view, verb);
}

// "and one, who writes under the name Stanislav, posted": past a "who"
// clause between commas after the subject, to the token after it; `k`
// itself when there is none.
function pastWhoClause(view: TokenView, k: number, last: number): number {
  if (view.tokens[k]?.text !== ',' || view.tokens[k + 1]?.lower !== 'who') return k;
  const close = whoClauseClose(view, k + 1, Math.min(last - 1, k + WHO_CLAUSE_REACH));
  return close > 0 && view.tokens[close]!.text === ',' ? close + 1 : k;
}

const WHO_CLAUSE_REACH = 12;

// "Although in September she said her decision was a mistake, at the town
// hall this week she said …": a phrase of time or place, then a new
// subject and verb of speech, opens the main clause's own statement.
function opensStatementPastPhrase(view: TokenView, k: number, last: number): boolean {
  if (view.tokens[k]!.pos !== 'ADP') return false;
  for (let j = k + 1; j <= last && j - k <= PHRASE_REACH; j++) {
    const t = view.tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || view.roles[j] !== 'text') return false;
    if ((SUBJECT_PRONOUNS.has(t.lower) || (t.pos === 'PROPN' && isCapitalised(t))) && opensStatement(view, j, last)) return true;
  }
  return false;
}

const PHRASE_REACH = 8;

// A subject and its verb of speech at `k`, then a comma and more of the
// writer's own: an attribution set into the sentence, after which the
// writer goes on.
function passesOnBeforeComma(view: TokenView, k: number, last: number): boolean {
  const subject = chunkRight(view, POSSESSIVE_DETERMINERS.has(view.tokens[k]!.lower) ? k + 1 : k, last);
  if (!subject) return false;
  const verb = skipFillers(view, subject[1] + 1, last, 1);
  if (verb >= last - 1 || view.tokens[verb + 1]!.text !== ',' || !STATEMENT_VERBS.has(view.tokens[verb]!.lower) || !isReportingVerb(view, verb)) return false;
  // Not "… — no different, he said, from Bush calling …": the statement goes on after it.
  return isWritersTail(view, verb + 2, last);
}

// The comma before a verb of speech in -ing that opens a "that" clause or
// a quote of its own (", adding that …", ", noting that …", ", adding:
// “…”"), or -1.
function nextStatementComma(view: TokenView, from: number, to: number): number {
  for (let c = from + 1; c < to - 1; c++) {
    const t = view.tokens[c + 1]!;
    const opens = view.tokens[c + 2]?.lower === 'that' || view.tokens[c + 2]?.text === ':';
    if (view.tokens[c]!.text === ',' && view.roles[c] === 'text' && t.lower.endsWith('ing') && STATEMENT_VERBS.has(t.lower) && opens && isReportingVerb(view, c + 1)) return c;
  }
  return -1;
}

function isStatementVerb(view: TokenView, k: number): boolean {
  const word = view.tokens[k]?.lower ?? '';
  // "noted that Saturday would have been Reagan's birthday and quoted
  // Reagan's “eleventh commandment”": passing on another's words is the
  // speaker's own act, no part of the statement.
  if (PASSING_ON.has(word) && view.tokens[k]?.pos === 'VERB') return true;
  return (STATEMENT_VERBS.has(word) || SECOND_NAMING_VERBS.has(word)) && !word.endsWith('ing') && isReportingVerb(view, k);
}

const PASSING_ON = new Set(['quoted', 'cited', 'quotes', 'cites']);

// "… and calls her “an extremely intelligent woman”": the present tense too.
const SECOND_NAMING_VERBS = new Set([...NAMING_VERBS, 'calls']);

// The words before the "and" at `c` close a clause: a verb stands since
// the last comma or subordinator. Not so in a list or a joint subject
// ("that Tapper, Bash and Blitzer had mentioned", "because Congress and
// President Obama agreed").
function endsClause(view: TokenView, from: number, c: number): boolean {
  // "stated that “the operation continues,” and Syrskyi reiterated": the quote's own comma ends no clause.
  let end = c - 1;
  while (end > from && view.roles[end] === 'mark') end--;
  if (end < c - 1) while (end > from && view.tokens[end]!.pos === 'PUNCT') end--;
  for (let j = pastPunctuation(view, from, end); j >= from; j--) {
    const t = view.tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || isTaggedPast(view, j)) return true;
    if (t.text === ',' || t.pos === 'SCONJ' || t.lower === 'that') return false;
  }
  return false;
}

// Only a last phrase, running to the statement's end: in "said that the
// bill, which critics attacked, would pass" the aside is inside it.
function isWritersTail(view: TokenView, k: number, last: number): boolean {
  for (let j = k; j <= last; j++) if ((view.tokens[j]!.text === ',' || ASIDE_DASHES.has(view.tokens[j]!.text)) && view.roles[j] === 'text') return false;
  const first = view.tokens[k]!.lower;
  // "…stated that fighting continued, however.": the writer's link to what came before.
  if (WRITERS_LINKS.has(first) && pastPunctuation(view, k, last) === k) return true;
  // ", according to TASS": who reports it, not what was said; ", Ruiz
  // reported": who passes it on; ", contradicting Kyiv": what saying it did.
  if (first === 'according' && view.tokens[k + 1]?.lower === 'to') return true;
  if (opensStatement(view, k, last) || ATTACKING_VERBS.has(first) || first === 'contradicting') return true;
  // ", throwing a wrench in …", ", prompting a rebuke from …": the writer on
  // what saying it did.
  if (EFFECT_PARTICIPLES.has(first)) return true;
  if (opensStatementPastPhrase(view, k, last)) return true;
  // ", citing a source in the security services": where the speaker had it
  // from, not part of what was said.
  if (SOURCING.has(first)) return true;
  // ", in an interview with CBS", ", in a televised address": where it was said, not what.
  if (first === 'in' && occasionEnd(view, k + 1, last) >= 0) return true;
  // ", without providing evidence", ", without elaborating": the writer on how it was said.
  if (first === 'without' && WITHHOLDING.has(view.tokens[k + 1]?.lower ?? '')) return true;
  // ", but he gave no numbers", ", but she declined to say …", ", but
  // declined to give numbers": the writer on what the speaker held back.
  if (first === 'but' && SUBJECT_PRONOUNS.has(view.tokens[k + 1]?.lower ?? '') && withholds(view, k + 2)) return true;
  if (first === 'but' && withholds(view, k + 1, true)) return true;
  // ", a claim Kyiv denies", ", an assertion …", ", his first
  // acknowledgment that …": the writer naming the statement; not a clause
  // whose subject the noun is (", the comment had made it plain …").
  let j = k;
  if (ARTICLES.has(view.tokens[j]!.lower) || POSSESSIVE_DETERMINERS.has(view.tokens[j]!.lower)) j++;
  while (j < last && view.tokens[j]!.pos === 'ADJ') j++;
  if (j > k && SPEECH_NOUNS.has(view.tokens[j]!.lower)) return !isFiniteVerb(view.tokens[j + 1]);
  // ", a figure that could not be verified", ", a number Kyiv disputes", ", a
  // figure he has repeated for weeks": the writer sizing up a claim.
  if (j > k && FIGURE_NOUNS.has(view.tokens[j]!.lower)) {
    const next = view.tokens[j + 1]!;
    return j === last || RELATIVE_THAT.has(next.lower) || isCapitalised(next) || SUBJECT_PRONOUNS.has(next.lower);
  }
  // ", a significant development eight months after …", ", a move that …":
  // a phrase opened by "a" after a whole clause is the writer's comment on it.
  if (INDEFINITE.has(view.tokens[k]!.lower)) return !closesAppositive(view, k - 1) && isCommentPhrase(view, k + 1, last);
  // ", remarks that were featured on state television": a plural needs no article.
  if (SPEECH_NOUNS.has(first) && RELATIVE_THAT.has(view.tokens[k + 1]?.lower ?? '')) return true;
  // ", which Ukraine denied", ", though Kyiv disputes this": a clause that
  // contests it; ", while Kyiv says …", ", but Ukraine insists …": another
  // statement set against it, which is Kyiv's, not the speaker's.
  if (!CONTESTING_OPENERS.has(first)) return false;
  for (let v = k + 1; v <= last; v++) {
    const word = view.tokens[v]!.lower;
    if (view.roles[v] === 'text' && (ATTACKING_VERBS.has(word) || (isReportingVerb(view, v) && !inRelativeClause(view, v)))) return true;
  }
  return false;
}


// A noun phrase that is no clause's subject: "significant development eight
// months after Ukraine launched …", "move that could trigger …", not
// "spokesman said" or "recount of the vote could not be done". Past a
// relative word or a subordinator, or a subject right after the noun, a
// verb is the phrase's own clause's.
function isCommentPhrase(view: TokenView, from: number, last: number): boolean {
  let j = from;
  while (j <= last && (COMMENT_MODIFIERS.has(view.tokens[j]!.pos) || isNationality(view, j))) j++;
  if (j === from || view.tokens[j - 1]!.pos !== 'NOUN') return false;
  // "a proposal he has raised", "an issue Democrats have struggled with": a clause on the noun.
  if (j <= last && (view.tokens[j]!.pos === 'PRON' || view.tokens[j]!.pos === 'PROPN')) return true;
  for (; j <= last; j++) {
    const t = view.tokens[j]!;
    if (PHRASE_CLAUSE_OPENERS.has(t.lower)) return true;
    // "a Ukrainian idiom for invented figures": after a preposition, a participle describes the noun after it.
    const describes = PREPOSITION_TAGS.has(view.tokens[j - 1]!.pos) && view.tokens[j + 1]?.pos === 'NOUN';
    if (isFiniteVerb(t) && !describes) return false;
  }
  return true;
}

// "denied Merrick Garland, President Obama's nominee, a hearing": the comma
// at `comma` closes an appositive (words with no verb since the comma
// before), so the phrase after it may be the verb's object.
function closesAppositive(view: TokenView, comma: number): boolean {
  for (let j = comma - 1; j >= 0 && view.roles[j] === 'text'; j--) {
    const t = view.tokens[j]!;
    if (t.text === ',') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || isTerminal(view, j)) return false;
  }
  return false;
}

const INDEFINITE = new Set(['a', 'an']);
const COMMENT_MODIFIERS = new Set(['ADJ', 'NOUN', 'ADV', 'NUM']);

// "a Ukrainian idiom": the tagger reads a nationality as a name; one
// before a noun describes it. "an issue Democrats have struggled with" is
// a clause on the noun.
function isNationality(view: TokenView, j: number): boolean {
  return view.tokens[j]!.pos === 'PROPN' && view.tokens[j + 1]?.pos === 'NOUN';
}
// The tagger reads "for" as a subordinator as often as a preposition.
const PREPOSITION_TAGS = new Set(['ADP', 'SCONJ']);
const PHRASE_CLAUSE_OPENERS = new Set([...RELATIVE_WORDS, 'when', 'where', 'after', 'before', 'since', 'while', 'as', 'because', 'if', 'until', 'to']);

// "… but also hungry for what she calls “real solutions”": a verb of
// speech in a relative clause names the speaker's words, and is no
// statement set against them.
function inRelativeClause(view: TokenView, v: number): boolean {
  const subject = view.tokens[v - 1];
  return subject?.pos === 'PRON' && RELATIVE_WORDS.has(view.tokens[v - 2]?.lower ?? '');
}

/**
 * True when the verb at `v` holds words back: "gave no numbers", "offered
 * few details", "declined to say", "did not elaborate", "did not respond";
 * `bare` when no subject stands before the verb (", but declined to give numbers").
 */
export function withholds(view: TokenView, v: number, bare = false): boolean {
  const verb = view.tokens[v]?.lower ?? '';
  const next = view.tokens[v + 1]?.lower ?? '';
  if (GIVING_VERBS.has(verb)) return next === 'no' || next === 'few';
  // With no subject, "but declined by 0.2%" goes on with what was said: only "declined to …" holds back.
  if (REFUSING_VERBS.has(verb)) return !bare || next === 'to';
  return AUXILIARIES.has(verb) && (next === 'not' || next === "n't") && WITHHELD.has(view.tokens[v + 2]?.lower ?? '');
}

const GIVING_VERBS = new Set(['gave', 'gives', 'offered', 'offers', 'provided', 'provides', 'presented', 'cited', 'showed', 'named']);
const REFUSING_VERBS = new Set(['declined', 'declines', 'refused', 'refuses']);
const AUXILIARIES = new Set(['did', 'would', 'could', 'does', 'will']);
const WITHHELD = new Set(['provide', 'give', 'offer', 'cite', 'present', 'show', 'elaborate', 'specify', 'explain', 'name', 'identify', 'disclose', 'reveal', 'detail', 'say', 'comment', 'respond', 'reply']);

const WITHHOLDING = new Set(['providing', 'giving', 'offering', 'citing', 'presenting', 'producing', 'showing', 'elaborating', 'specifying', 'explaining', 'naming', 'identifying', 'disclosing', 'revealing', 'detailing', 'saying']);
const RELATIVE_THAT = new Set(['that', 'which']);
const FIGURE_NOUNS = new Set(['figure', 'figures', 'number', 'numbers', 'estimate', 'estimates', 'tally', 'toll', 'count', 'account', 'version']);
const CONTESTING_OPENERS = new Set(['which', 'though', 'although', 'but', 'while', 'whereas', 'something', 'as']);

// Back from `j` over a comma or dash the statement would otherwise end on ("… with the FBI -").
function pastPunctuation(view: TokenView, from: number, j: number): number {
  while (j > from && view.tokens[j]!.pos === 'PUNCT' && view.roles[j] === 'text') j--;
  return j;
}
