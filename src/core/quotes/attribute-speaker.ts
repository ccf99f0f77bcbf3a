/**
 * Finds who a quoted span is attributed to, from the words around it in its
 * sentence: after it ("…,” said Kenneth Baer" / "…,” the president said" /
 * "…” ― Name (@handle)"), or before it ("Gerasimov said: “…" / "He commended
 * the “heroism”" / "…, saying, “…" / "According to X, “…"). It returns the
 * subject phrase as written; resolving pronouns is left to the caller.
 */
import { ASIDE_DASHES, ATTACKING_VERBS, BE_FORMS, DASHES, DENYING_VERBS, INVERTING_VERBS, NAMING_VERBS, OBJECT_FIRST_VERBS, PERSON_TITLES, RELATIVE_WORDS, RELAYING_WORDS, REPORTING_VERBS, WHO_OR_WHICH } from './cues.ts';
import { followsPreposition, isDenied, isFalselyReported, isSupposedSubject } from './clause-subject.ts';
import { hangingSubject, isComplementSubject, isGerund, mainClauseSubject, SUBORDINATORS } from './dependent-verb.ts';
import { afterAffiliation, chunkLeft, chunkRight, endsInName, headIndex, isNominalWord, isPossessive, ownedPhraseRight, POSSESSIVE_DETERMINERS, skipFillers, wordBeforePhrase, type Range } from './noun-phrase.ts';
import { lastMember } from './joint-subject.ts';
import { claimClauseContent, claimOwnerAfter, claimWording, inContentClause, ownedNounContent, speechNounOwner } from './speech-noun.ts';
import { nameGivenBy, skipParenthesis, subjectBefore } from './subject-before.ts';
import { closingAttribution, embeddedAttribution, hasReportingVerb, isReportingVerb, isWeakVerb, perSource, verbPastRelative } from './reporting-clause.ts';
import { afterSpan, hasVerb, isCapitalised, isTerminal, type TokenView } from './token-view.ts';
import { isWordless, namesPeople } from './people-words.ts';
import { runOnAttribution, runsOn } from './run-on-quote.ts';
import { appositiveName, documentSource, howSaid, namesClaimOf, pastModifier, roleWithBody } from './closing-subject.ts';
import { sourceAt } from './according-to.ts';
import { passiveWitnessAfter, relayedAfter, relayedBefore, witnessedAfter } from './witnessed-speech.ts';
import { answerOwner, hasOwnLeadVerb, isNegated, issuedDocumentLeadIn, mannerLeadIn, questionPut, runsIntoQuote, saidNotToBeSaid, toldInPassive, topicLabel } from './lead-in.ts';
import { hearsayVerbAfter } from './hedge.ts';
import { shareOfPeopleAt, unnamedOneAt } from './unnamed-one.ts';

export interface Attribution {
  /** The subject phrase, or null for a cue whose subject the text leaves out. */
  subject: Range;
  /** The reporting verb or cue as written ("said", "according to", "―", ":"). */
  cue: string;
  position: 'before' | 'after';
}

// Weak verbs ("reads", "called") count only this close to the quote.
const WEAK_REACH = 3;

/** The attribution of span `s` of the view, or null when its sentence names no speaker. */
export function attributeSpan(view: TokenView, s: number): Attribution | null {
  const found = sharedAttribution(view, s, attributionOf(view, s));
  // "The Kremlin said that Zelensky had told troops to “hold Kursk at any
  // cost”, a claim Kyiv denied": the words are Zelensky's only by the
  // Kremlin's account, which the sentence says is disputed.
  if (found?.position === 'before' && isComplementSubject(view, found.subject) && disputedAfter(view, s)) return null;
  if (!found || !isWordless(view, found.subject)) return found;
  // "Lee said that footage suggested a “messy” withdrawal": footage shows,
  // and the words are those of whoever reports what it shows, if anyone.
  const [before0] = beforeContext(view, s);
  return found.position === 'before' && found.subject[0] > before0 ? attributeBefore(view, before0, found.subject[0] - 1) : null;
}

// A comma after span `s`, in its sentence, that opens words disputing what
// came before (", a claim Kyiv denied", ", which Ukraine rejected").
function disputedAfter(view: TokenView, s: number): boolean {
  const last = view.sentences[view.sentenceOf[view.inner[s]![1]]!]![1];
  for (let k = afterSpan(view, s); k < last; k++) {
    if (view.tokens[k]!.text !== ',' || view.roles[k] !== 'text') continue;
    for (let j = k + 1; j <= last && j - k <= DISPUTE_REACH; j++) if (view.roles[j] === 'text' && ATTACKING_VERBS.has(view.tokens[j]!.lower)) return true;
  }
  return false;
}

const DISPUTE_REACH = 5;

// "“Russia's claims,” said Syrskyi's spokesman, Dmytro Lykhovyi, “are
// designed for …”": the words between two parts of one quote attribute both,
// and the first part, read from after, found the name the description gives;
// the second, read from before, would stop at the description.
function sharedAttribution(view: TokenView, s: number, found: Attribution | null): Attribution | null {
  if (s === 0 || found?.position !== 'before' || view.spans[s]!.continued) return found;
  const [before0, before1] = beforeContext(view, s);
  const [after0, after1] = afterContext(view, s - 1);
  if (before0 !== after0 || before1 !== after1) return found;
  const previous = attributionOf(view, s - 1);
  if (previous?.position !== 'after' || previous.cue !== found.cue || previous.subject[0] < before0 || previous.subject[1] > before1) return found;
  // Only when the attribution is all there is between them: not "“…,” Trump
  // said, after Becky Quick said he had called Rubio the “…”".
  for (let k = previous.subject[1] + 1; k <= before1; k++) if (view.tokens[k]!.pos !== 'PUNCT') return found;
  return { subject: previous.subject, cue: found.cue, position: 'before' };
}

function attributionOf(view: TokenView, s: number): Attribution | null {
  const named = namedBefore(view, s) ?? namedInPassive(view, s) ?? dashedAfterName(view, s);
  if (named) return named;
  const [before0, before1] = beforeContext(view, s);
  if (saidNotToBeSaid(view, before0, before1)) return null;
  // A null owner is an answer ("no one"), not a shape to look past.
  const owned = before0 < before1 ? ownedNounContent(view, s, before0, before1) : undefined;
  const wording = owned !== undefined || before0 > before1 ? owned : claimWording(view, s, before0, before1);
  const content = wording !== undefined || before0 > before1 ? wording : claimClauseContent(view, before0, before1);
  if (content !== undefined) return content && { subject: content.subject, cue: view.tokens[content.noun]!.text, position: 'before' };
  const asker = questionPut(view, before0, before1);
  if (asker !== undefined) return ownedBySpeechNoun(view, s, before0, before1) ?? (asker && { subject: asker, cue: 'asked', position: 'before' });
  const [after, afterEnd] = afterContext(view, s);
  const signed = after <= afterEnd ? epigraphByline(view, s, after, afterEnd) : null;
  if (signed) return signed;
  const leadsNext = after <= afterEnd && (introducesNext(view, after, afterEnd) || (runsIntoQuote(view, after, afterEnd) && hasOwnLeadVerb(view, before0, before1)));
  const runOn = after <= afterEnd && !leadsNext && runsOn(view, s, after) ? runOnAttribution(view, after, afterEnd) : undefined;
  if (runOn) return runOn;
  const fromAfter = after <= afterEnd && !leadsNext && runOn === undefined ? attributeAfter(view, after, afterEnd) : null;
  // "Francis said those who thought so should “look for a psychiatrist,”
  // according to Reuters": the source reports what the speaker before said.
  // So does an attribution closing the clause the quote sits inside: "Kim
  // said Pyongyang would “unconditionally support” Moscow, state media
  // reported."
  const sourced = fromAfter?.cue === 'according to' || fromAfter?.cue === 'per' || (!!fromAfter && insideClause(view, s, after));
  // "Kremlin says Kursk “fully liberated”, Kyiv denies": a closing verb that
  // disputes what comes before it; only a quote with nothing before it
  // ("“Nonsense,” Kyiv scoffed") is the disputer's own.
  const disputed = !!fromAfter && ATTACKING_VERBS.has(fromAfter.cue.toLowerCase()) && before0 <= before1;
  if ((sourced || disputed) && before0 <= before1) {
    const inner = attributeBefore(view, before0, before1);
    if (inner || disputed) return inner;
  }
  // "When Mia Ruiz declared “victory,” the council said it would wait": in
  // a clause that opens the sentence, a verb of speech right before the
  // quote governs it; the attribution after is the main clause's.
  if (fromAfter && before0 <= before1 && SUBORDINATORS.has(view.tokens[before0]!.lower) && governedBefore(view, before0, before1)) return attributeBefore(view, before0, before1);
  if (fromAfter && !(endsOwnSentence(view, s) && handsOnToQuote(view, afterEnd))) return fromAfter;
  if (fromAfter && !leadsIn(view, before1)) return fromAfter;
  const fromBefore = before0 <= before1 ? attributeBefore(view, before0, before1) : null;
  const fromAs = after <= afterEnd ? reportedAs(view, after, afterEnd) : null;
  // "“Hooray,” the crowd cheered" names the crowd; "as Lee went on about
  // “…” and “our own citizens,” the crowd cheered" does not: the quote is
  // the words of the clause before it.
  const tagged = after <= afterEnd && before0 > before1 ? dialogueTag(view, s, after, afterEnd) : null;
  return fromBefore ?? fromAfter ?? fromAs ?? tagged ?? ownedBySpeechNoun(view, s, before0, before1);
}

// The words go on past span `s` before its sentence's closing attribution:
// no punctuation closes the quote ("“…,” Ruiz said" is Ruiz's, however
// the words before it run), and a word follows it that joins no other
// clause ("…” and Lee, she said, …"): "“…” Moscow, state media reported".
function insideClause(view: TokenView, s: number, after: number): boolean {
  const next = view.tokens[after];
  if (!next || /^[,.?!;:]$/.test(view.tokens[view.inner[s]![1]]!.text) || !/\p{L}/u.test(next.text)) return false;
  return next.pos !== 'CCONJ';
}

// "the race “is a dead heat right now,” as Cruz said on Monday": an "as"
// clause right after the quote reports it, when nothing before the quote
// does. "He said the plan was “dead,” as Lee predicted" stays his: the verb
// before governs the words, and Lee only foresaw them. Only straight after
// the quote: in "The “reform” failed, as Lee said it would" Lee foresaw
// the failure, not the word.
function reportedAs(view: TokenView, a: number, b: number): Attribution | null {
  let k = a;
  if (view.tokens[k]!.text === ',') k++;
  if (view.tokens[k]?.text !== 'as' || k >= b) return null;
  const subject = chunkRight(view, k + 1, b);
  if (!subject) return null;
  const v = skipFillers(view, subject[1] + 1, b, 1);
  if (v > b) return null;
  const verb = view.tokens[v]!.lower;
  if (verb === 'put' && view.tokens[v + 1]?.lower === 'it') return { subject, cue: 'put it', position: 'after' };
  return REPORTING_VERBS.has(verb) ? { subject, cue: view.tokens[v]!.text, position: 'after' } : null;
}

// "her claim that she “never sent” it": the owner of a noun of speech, when no verb reports the quote.
function ownedBySpeechNoun(view: TokenView, s: number, b0: number, b1: number): Attribution | null {
  const found = b0 <= b1 ? speechNounOwner(view, s, b0, b1) : null;
  return found && { subject: found.subject, cue: view.tokens[found.noun]!.text, position: 'before' };
}

// "under what Mr. Hedge called “the prior economy model,” the club charged
// …": a term that a naming verb right before it introduces is the namer's,
// whatever the clause after it does.
function namedBefore(view: TokenView, s: number): Attribution | null {
  const [b0, b1] = beforeContext(view, s);
  if (b0 > b1 || !NAMING_VERBS.has(view.tokens[b1]!.lower)) return null;
  // "could be termed “…”" names no namer: the usual reading decides.
  if (BE_FORMS.has(view.tokens[b1 - 1]?.lower ?? '')) return null;
  return attributeBefore(view, b0, b1);
}

const OWN_SUBJECTS = new Set(['her', 'him', 'them', 'me', 'us', 'which', 'who']);

// "A chorus of Republicans has said the same, including Mitt Romney --
// ''It is disqualifying …'' -- and Fred Goldberg": a statement set between
// dashes right after a name is that person's, whoever the sentence's
// subject is. Only a statement, with a verb and not opening on "the" or
// "a": "Ann Lee -- “the queen of mean” -- arrived" quotes what others call her.
function dashedAfterName(view: TokenView, s: number): Attribution | null {
  const [b0, b1] = beforeContext(view, s);
  const close = afterSpan(view, s);
  if (b1 - 1 < b0 || !ASIDE_DASHES.has(view.tokens[b1]!.text) || view.tokens[close]?.text !== view.tokens[b1]!.text) return null;
  const [i0, i1] = view.inner[s]!;
  if (i1 - i0 < MIN_DASHED_WORDS || view.tokens[i0]!.pos === 'DET' || !hasVerb(view, i0, i1)) return null;
  const name = chunkLeft(view, b1 - 1, b0);
  return name && name[1] === b1 - 1 && endsInName(view, name) ? { subject: name, cue: view.tokens[b1]!.text, position: 'before' } : null;
}

const MIN_DASHED_WORDS = 4;

// "Hale was called “a hero” by Lee", "was described as “a hero” by Lee",
// "was described by Lee as “a hero”": in the passive the namer is the agent
// after "by", not the subject. With no agent the usual reading decides
// (namesWithoutNamer()).
function namedInPassive(view: TokenView, s: number): Attribution | null {
  const [b0, b1] = beforeContext(view, s);
  if (b0 > b1) return null;
  const last = view.tokens[b1]!.lower;
  // "was described by Lee as": the agent stands before "as".
  if (last === 'as') {
    const by = agentBefore(view, b0, b1 - 1);
    if (by) return by;
  }
  const k = last === 'as' ? b1 - 1 : b1;
  const verb = view.tokens[k]!.lower;
  const naming = last === 'as' ? AS_PARTICIPLES.has(verb) : NAMING_VERBS.has(verb);
  if (!naming || k - 1 < b0 || !BE_FORMS.has(view.tokens[k - 1]!.lower)) return null;
  const [a, b] = afterContext(view, s);
  if (a > b || view.tokens[a]!.lower !== 'by') return null;
  const agent = chunkRight(view, a + 1, b);
  // "by the mayor, Ann Lee": the name after a description.
  return agent && { subject: appositiveName(view, agent, b + 1, true) ?? agent, cue: view.tokens[k]!.text, position: 'after' };
}

// "was described by Lee": a passive participle of naming, "by" and its agent ending at `end`.
function agentBefore(view: TokenView, a: number, end: number): Attribution | null {
  for (let by = end - 1; by - 2 >= a && end - by <= AGENT_REACH; by--) {
    if (view.tokens[by]!.lower !== 'by') continue;
    const verb = view.tokens[by - 1]!;
    if (!AS_PARTICIPLES.has(verb.lower) || !BE_FORMS.has(view.tokens[by - 2]!.lower)) return null;
    const agent = chunkRight(view, by + 1, end);
    return agent && agent[1] === end ? { subject: agent, cue: verb.text, position: 'before' } : null;
  }
  return null;
}

const AGENT_REACH = 6;


// "Ruiz asked, “Why now?” Lee wrote back, “You look cute.”": the tagger
// does not end a sentence after a question or exclamation inside quotation
// marks, so Lee's verb stands right after Ruiz's question. A quote that ends
// its own sentence, introduced by a lead-in ending in a comma or colon, is
// the lead-in's; an attribution after it that hands on to another quote
// introduces that one. Without a lead-in ("“Why now?” Lee said, “…”") the
// words after it are all the text gives.
function endsOwnSentence(view: TokenView, s: number): boolean {
  return SENTENCE_ENDS.has(view.tokens[view.inner[s]![1]]!.text);
}

const SENTENCE_ENDS = new Set(['?', '!']);

function handsOnToQuote(view: TokenView, last: number): boolean {
  const t = view.tokens[last]!.text;
  return (t === ',' || t === ':') && view.roles[last + 1] === 'mark';
}

function leadsIn(view: TokenView, before1: number): boolean {
  const t = view.tokens[before1]?.text;
  return (t === ',' || t === ':') && view.roles[before1] === 'text';
}

/**
 * True when span `s` hands on with a comma, a question mark or an
 * exclamation mark to words that report it, though no speaker could be read
 * from them ("…,” experts Ann Lee and Tom Hale of the institute wrote.",
 * "…?” a staffer standing by the back wall wondered."): the quote is
 * someone's, only not whose, and must not carry on the previous speaker's
 * words.
 */
export function hasUnreadAttribution(view: TokenView, s: number): boolean {
  const [a, b] = afterContext(view, s);
  if (a > b || (!HANDING_ON.has(view.tokens[view.inner[s]![1]]!.text) && view.tokens[a]!.text !== ',')) return false;
  // "…,” and contrasted …" / "…,” while Lee suggested …": another clause, not the quote's attribution.
  const first = view.tokens[view.tokens[a]!.text === ',' ? a + 1 : a];
  if (!first || first.pos === 'CCONJ' || first.pos === 'SCONJ') return false;
  for (let k = a; k <= b; k++) if (isReportingVerb(view, k) && !isGerund(view, k)) return true;
  return false;
}

const HANDING_ON = new Set([',', '?', '!']);

// "…,” said one, a 58-year-old pensioner.", "…,” said another, Ivan
// Petrov.": "one" of the people the text spoke of, whom the words after
// the comma name or describe.
function describedOne(view: TokenView, j: number, b: number): Range | null {
  if (!ONE_OF_THEM.has(view.tokens[j]?.lower ?? '') || view.tokens[j + 1]?.text !== ',') return null;
  const who = chunkRight(view, j + 2, b);
  return who && (endsInName(view, who) || namesPeople(view.tokens[who[1]]!.lower)) ? who : null;
}

const ONE_OF_THEM = new Set(['one', 'another']);

// "…at “less advanced schools,” Trump said: “I don't like it.”": a bare
// subject and verb ending in a colon before another quote introduce that
// one. With more between them ("…,” Lee said, adding: “…”, "…,” Lee said
// as a heckler yelled: “…”) the first verb still closes the quote before.
function introducesNext(view: TokenView, a: number, last: number): boolean {
  // "…no mention of “Crooked Hillary”; he called his rival “Senator Cruz”":
  // a clause after a semicolon that runs into the next quote is that quote's.
  if (view.tokens[a]!.text === ';' && view.roles[last + 1] === 'mark') return true;
  if (view.tokens[last]!.text !== ':' || view.roles[last + 1] !== 'mark') return false;
  let verbs = 0;
  for (let k = a; k < last; k++) {
    const t = view.tokens[k]!;
    if (t.text === ',' && k > a) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') verbs++;
  }
  return verbs === 1;
}

/** Token range [first, last] of the plain text between span `s` and the sentence start or the previous quote. */
export function beforeContext(view: TokenView, s: number): [number, number] {
  let b1 = view.inner[s]![0] - 1;
  while (b1 >= 0 && view.spanOf[b1] === s) b1--;
  let b0 = b1;
  while (b0 >= 0 && view.roles[b0] === 'text' && !isTerminal(view, b0)) b0--;
  return [b0 + 1, b1];
}

function afterContext(view: TokenView, s: number): [number, number] {
  const a = afterSpan(view, s);
  const dash = DASHES.has(view.tokens[a]?.text ?? '');
  // A quote that ended its sentence ("…failed.” Putin left.", "…now!” The farmer
  // agreed.") has no words after it, unless a tweet byline follows.
  if (!dash && a < view.tokens.length && view.sentenceOf[a] !== view.sentenceOf[a - 1]) return [a, a - 1];
  let b = a;
  while (b < view.tokens.length && view.roles[b] === 'text' && !isTerminal(view, b)) b++;
  return [a, b - 1];
}

function attributeAfter(view: TokenView, a: number, b: number): Attribution | null {
  const first = view.tokens[a]!;
  if (first.text === '―' || (DASHES.has(first.text) && view.tokens[a + 2]?.text === '(')) return byline(view, a, b);
  if (first.text === ':') return headlineSpeaker(view, a, b);
  let k = a;
  while (k <= b && (/^[,;]$/.test(view.tokens[k]!.text) || DASHES.has(view.tokens[k]!.text))) k++;
  if (k > b) return null;
  // "…,” reportedly said Lee", "…,” later added Lee": the verb past its adverbs.
  const verb = skipFillers(view, k, b, 1);
  if (verb > k && verb <= b && REPORTING_VERBS.has(view.tokens[verb]!.lower)) k = verb;
  if (view.tokens[k]!.lower === 'according' && view.tokens[k + 1]?.lower === 'to') {
    const subject = sourceAt(view, k + 2, b);
    return subject ? { subject, cue: 'according to', position: 'after' } : null;
  }
  const source = perSource(view, k, b);
  if (source) return { subject: source, cue: 'per', position: 'after' };
  const described = howSaid(view, k, b);
  if (described) return { subject: described.subject, cue: described.cue, position: 'after' };
  // "…,” State spokesman Ann Lee said": a capital makes the verb a name's first word.
  if ((isReportingVerb(view, k) || REPORTING_VERBS.has(view.tokens[k]!.lower)) && !isCapitalised(view.tokens[k]!)) {
    if (isGerund(view, k) || answersOtherwise(view, k)) return null;
    const first = skipFillers(view, k + 1, b, 1);
    const found = describedOne(view, first, b) ?? shareOfPeopleAt(view, first, b) ?? chunkRight(view, first, b) ?? ownedPhraseRight(view, first, b) ?? unnamedOneAt(view, first, b);
    const subject = found && titlesJoined(view, found, b);
    if (!subject || !isInvertedSubject(view, k, subject)) return null;
    // "…was “fully liberated,” said the Kremlin “has been lying …”": the
    // phrase runs into the next quote as its subject, so "said" reports that
    // quote, not this one.
    if (subject[1] === b && opensQuotedPredicate(view, b)) return null;
    const relayed = relayedAfter(view, k, subject[1], b);
    return relayed === null ? null : { subject: relayed ?? appositiveName(view, subject, b + 1, true) ?? nameGivenAfter(view, subject, b) ?? roleWithBody(view, subject, b + 1) ?? subject, cue: view.tokens[k]!.text, position: 'after' };
  }
  // "…,” one of them said": the chunker would stop at "of".
  const subject = shareOfPeopleAt(view, k, b) ?? chunkRight(view, k, b) ?? ownedPhraseRight(view, k, b) ?? unnamedOneAt(view, k, b);
  if (subject && namesClaimOf(view, subject)) return null;
  const v = subject ? (verbPastRelative(view, subject, b) ?? verbAfterSubject(view, pastModifier(view, subject, b), b)) : -1;
  if (v >= 0 && answersOtherwise(view, v)) return null;
  const relayed = subject && v >= 0 ? relayedAfter(view, v, v, b) : undefined;
  if (relayed === null) return null;
  if (subject && v >= 0) return { subject: relayed ?? witnessedAfter(view, v, b) ?? nameGivenBy(view, subject[1] + 1, v - 1) ?? appositiveName(view, subject, v) ?? documentSource(view, subject, v) ?? roleWithBody(view, subject, v) ?? subject, cue: view.tokens[v]!.text, position: 'after' };
  // "…,” the Kremlin quoted Putin as saying.": a witnessing verb that is no
  // verb of speech ("quoted", "recalled") names the one who spoke after it.
  const witness = subject ? skipFillers(view, subject[1] + 1, b, 1) : -1;
  const witnessed = witness >= 0 && witness <= b ? witnessedAfter(view, witness, b) : null;
  if (witnessed) return { subject: witnessed, cue: view.tokens[witness]!.text, position: 'after' };
  // "…,” Putin was quoted by TASS as saying.": in the passive, the subject.
  const passive = subject ? passiveWitnessAfter(view, a, b) : null;
  if (passive) return { subject: passive.subject, cue: view.tokens[passive.verb]!.text, position: 'after' };
  // "…,” Ann Lee and Bob Stone said": the verb follows the list's last
  // member, which read-passage.ts widens to the whole list (joint-subject.ts).
  const last = subject && lastMember(view, subject, b);
  const lastVerb = last ? verbAfterSubject(view, afterAffiliation(view, last, b), b) : -1;
  if (last && lastVerb >= 0) return { subject: last, cue: view.tokens[lastVerb]!.text, position: 'after' };
  // "…,” Conway notes.": the tagger reads the verb as a plural noun ending the name.
  if (subject && subject[1] === b && subject[0] < b && isReportingVerb(view, b) && !isCapitalised(view.tokens[b]!)) {
    return { subject: [subject[0], b - 1], cue: view.tokens[b]!.text, position: 'after' };
  }
  // "''I admire the mechanics'' of the plan, Mr. Holtz-Eakin said."
  const closing = closingAttribution(view, a, b) ?? embeddedAttribution(view, a, b);
  return closing ? { subject: closing.subject, cue: closing.cue, position: 'after' } : appositiveSpeaker(view, a, b);
}

// "‘We are still there’: Ukrainian troops deny retreat": a headline's
// quote, then a colon and the one who says it, with their verb of speech.
// Anything else after the colon ("“…”: a soldier's story") names no one.
function headlineSpeaker(view: TokenView, a: number, b: number): Attribution | null {
  const subject = chunkRight(view, a + 1, b);
  const verb = subject && subject[0] === a + 1 ? skipFillers(view, subject[1] + 1, b, 1) : -1;
  return verb >= 0 && verb <= b && isReportingVerb(view, verb) ? { subject: subject!, cue: view.tokens[verb]!.text, position: 'after' } : null;
}

// "To quote one Ukrainian commander, “…”", "In the words of a Russian war
// blogger, the offensive was “…”": a phrase opening the sentence, or set
// between commas ("The situation, in the words of Gen. Ivan Sorokin, is
// “…”"), names whose words the rest of it gives. So does "In Sorokin's
// words," or "in his own words,".
function framingSource(view: TokenView, a: number, b: number): { subject: Range; cue: string } | null {
  const first = view.sentences[view.sentenceOf[a]!]![0];
  for (let k = a; k <= b; k++) {
    if (k !== first && view.tokens[k - 1]!.text !== ',') continue;
    // "In his own words, Putin said, …": the verb's subject speaks.
    const owned = ownerOfWords(view, k, b);
    if (owned) return hasReportingVerb(view, owned[1] + 1, b) ? null : { subject: owned, cue: 'words' };
    const frame = FRAMES.find(({ words }) => words.every((w, i) => view.tokens[k + i]?.lower === w));
    if (!frame) continue;
    const start = k + frame.words.length;
    const source = start <= b ? chunkRight(view, start, b) : null;
    return source && source[0] === start && view.tokens[source[1] + 1]?.text === ',' ? { subject: source, cue: frame.cue } : null;
  }
  return null;
}

const FRAMES = [
  { words: ['to', 'quote'], cue: 'quote' },
  { words: ['in', 'the', 'words', 'of'], cue: 'words' },
];

// "in Sorokin's words,", "in his own words,": the owner, up to the
// possessive (or the possessive pronoun alone), when "words" and a comma follow.
function ownerOfWords(view: TokenView, k: number, b: number): Range | null {
  if (view.tokens[k]!.lower !== 'in') return null;
  let words = -1;
  for (let j = k + 2; j <= Math.min(b, k + MAX_OWNER_WORDS + 2); j++) {
    if (view.tokens[j]!.lower === 'words') {
      words = j;
      break;
    }
  }
  if (words < 0 || view.tokens[words + 1]?.text !== ',') return null;
  const own = view.tokens[words - 1]!.lower === 'own' ? words - 1 : words;
  if (POSSESSIVE_DETERMINERS.has(view.tokens[own - 1]!.lower) && own - 1 === k + 1) return [k + 1, k + 1];
  if (!isPossessive(view.tokens[own - 1]!.text) || own - 2 <= k) return null;
  const owner = chunkRight(view, k + 1, own - 2);
  return owner && owner[0] === k + 1 && owner[1] === own - 2 ? owner : null;
}

const MAX_OWNER_WORDS = 6;

// "Dmitry Peskov, Kremlin spokesman: “…”", as a roundup of reactions
// lists them: the whole lead-in is a name, a comma and the role of the one
// named.
function describedLabel(view: TokenView, a: number, role: Range): Range | null {
  if (role[0] - 2 < a || view.tokens[role[0] - 1]!.text !== ',' || !namesPeople(view.tokens[headIndex(view, role)]!.lower)) return null;
  const name = chunkLeft(view, role[0] - 2, a);
  return name && name[0] === a && endsInName(view, name) ? name : null;
}

// "…,” a soldier who gave only his first name, Ivan, told the BBC.", "…,” as
// Eric Garner, gasping on a sidewalk, said before he died": a subject
// opening the words after the quote, with a modifier of its own and a name
// between commas, then the verb, read as it would be before a quote
// (subject-before.ts). Not a phrase after another word ("''Buffett rule''
// after Warren E. Buffett, the investor, complained", "(She claimed to
// ''retire.'') Then DuPont, …, announced").
function appositiveSpeaker(view: TokenView, a: number, b: number): Attribution | null {
  let opens = view.tokens[a]!.text === ',' ? a + 1 : a;
  if (view.tokens[opens]?.lower === 'as') opens++;
  if (!chunkRight(view, opens, b)) return null;
  for (let v = opens + 1; v <= b; v++) {
    if (view.tokens[v - 1]!.text !== ',' || !isReportingVerb(view, v) || isWeakVerb(view, v) || isGerund(view, v)) continue;
    const subject = subjectBefore(view, v, opens);
    return subject && endsInName(view, subject) ? { subject, cue: view.tokens[v]!.text, position: 'after' } : null;
  }
  return null;
}

// "…,” said a woman (in Sudzha) who identified herself only as Tatyana.":
// the name a "who" clause on the subject gives, past a short phrase.
function nameGivenAfter(view: TokenView, subject: Range, b: number): Range | null {
  for (let who = subject[1] + 1; who <= b && who - subject[1] <= NAME_CLAUSE_REACH; who++) {
    if (view.tokens[who]!.lower === 'who') return nameGivenBy(view, who, b);
  }
  return null;
}

const NAME_CLAUSE_REACH = 5;

// "…,” said former Pennsylvania Gov. and party Chairman Ed Rendell", "said
// former governor and party chairman Ann Lee": two titles joined by "and"
// before one name; the phrase runs to the name. A title with no
// determiner, not "the governor and Ann Lee", who are two people.
function titlesJoined(view: TokenView, phrase: Range, b: number): Range {
  const last = view.tokens[phrase[1]]!;
  const title = PERSON_TITLES.has(last.lower.replace(/\.$/, '')) && view.tokens[phrase[0]]!.pos !== 'DET' && (isCapitalised(last) || !isCapitalised(view.tokens[phrase[0]]!));
  if (view.tokens[phrase[1] + 1]?.lower !== 'and' || !title) return phrase;
  const named = chunkRight(view, phrase[1] + 2, b);
  return named && endsInName(view, named) ? [phrase[0], named[1]] : phrase;
}

// "Asked if she agreed that “…,” Lee said no.", "“…,” Lee said nothing.":
// the verb's object is the answer, and the quote is not what it reports.
function answersOtherwise(view: TokenView, v: number): boolean {
  return ANSWERS.has(view.tokens[v + 1]?.lower.replace(/\.$/, '') ?? '');
}

const ANSWERS = new Set(['no', 'yes', 'nothing', 'little', 'otherwise']);

// "…,” said the spokesman" names who spoke, but the words after the verb may
// be what it governs instead:
// - a clause: in "…,” said the vote would pass" the phrase has a finite verb
//   of its own ("the chief known as Bob" has only a participle);
// - an object: in "…,” described the damage" or "…,” described it as …".
// A verb that takes an object inverts only before a name, and "as" after
// the phrase says what it was called; "said Lee as he left" and "said the
// host as …" keep their subject, since "say" and its kind seldom take one.
function isInvertedSubject(view: TokenView, k: number, subject: Range): boolean {
  const verb = view.tokens[k]!.lower;
  const next = view.tokens[subject[1] + 1];
  if (next && (next.pos === 'AUX' || (next.pos === 'VERB' && /[^s]s$/.test(next.lower)))) return false;
  if (endsInName(view, subject)) return true;
  if (OBJECT_FIRST_VERBS.has(verb)) return false;
  return next?.lower !== 'as' || INVERTING_VERBS.has(verb);
}

// "“It will fall within a year,” an angry Tom Hale retaliated.": a quote
// that hands on with a comma to a subject and a verb that close the sentence
// is dialogue, whatever the verb. No list of reporting verbs holds every
// "retaliated", "shrugged" or "fired back", and without this the quote would
// carry on the previous speaker's statement. Tried last: in "shouting “…,”
// she stopped" the verb before the quote says who spoke.
function dialogueTag(view: TokenView, s: number, a: number, b: number): Attribution | null {
  const handsOn = view.tokens[view.inner[s]![1]]!.text === ',' || view.tokens[a]!.text === ',';
  const subject = handsOn ? chunkRight(view, view.tokens[a]!.text === ',' ? a + 1 : a, b) : null;
  if (!subject) return null;
  const v = subject[1] + 1;
  const verb = view.tokens[v];
  if (!verb || v > b || verb.pos !== 'VERB' || isGerund(view, v) || isNominalWord(verb)) return null;
  // One particle may follow ("fired back"), nothing else: "…,” Ann sighed, then left.
  const end = v < b && PARTICLES.has(view.tokens[v + 1]!.lower) ? v + 1 : v;
  return end === b ? { subject, cue: verb.text, position: 'after' } : null;
}

const PARTICLES = new Set(['back', 'out', 'up', 'on', 'off', 'again']);

// The verb after "Scott Pruitt", directly or past appositives between commas
// or brackets ("Scott Pruitt, the attorney general of Oklahoma, one of the
// states suing the EPA, said").
function verbAfterSubject(view: TokenView, j: number, b: number): number {
  const v = skipFillers(view, j, b, 1);
  if (v <= b && REPORTING_VERBS.has(view.tokens[v]!.lower)) return isPassive(view, v) ? -1 : v;
  const hearsay = hearsayVerbAfter(view, v, b);
  if (hearsay >= 0) return hearsay;
  const open = view.tokens[j]?.text;
  if (open !== ',' && open !== '(' && !ASIDE_DASHES.has(open ?? '')) return -1;
  if (insertsSpeaker(view, skipFillers(view, j + 1, b, 1), b)) return -1;
  // "…,” Ann Lee — who leads the party — said": the aside closes as it opened.
  const closers = ASIDE_DASHES.has(open!) ? ASIDE_DASHES : APPOSITIVE_CLOSERS;
  for (let k = j + 1; k <= b && k - j < 40; k++) {
    if (!isReportingVerb(view, k)) continue;
    const before = skipFillers(view, k - 1, j, -1);
    if (closers.has(view.tokens[before]?.text ?? '')) return k;
    return -1;
  }
  return -1;
}

const APPOSITIVE_CLOSERS = new Set([',', ')']);

// "Any “cleareyed” reading of the deal, said Tom Ruiz, would show …": a
// reporting verb right after the comma, then its subject and a comma, is
// an inserted "said X", and X spoke; "Ann Lee, said to be the favourite,
// told" is Lee's.
function insertsSpeaker(view: TokenView, k: number, b: number): boolean {
  if (k > b || !isReportingVerb(view, k)) return false;
  const speaker = chunkRight(view, k + 1, b);
  const after = view.tokens[speaker ? speaker[1] + 1 : -1]?.text;
  return !!speaker && (after === ',' || after === '.') && isInvertedSubject(view, k, speaker);
}

// "Tom Hale tweeted back at Lee pointing out …: “…”", "Ann Lee responded on
// Facebook writing, “…”": an -ing verb after the object of a preposition
// hangs on the main clause, whose subject is the speaker. After "with" or
// "of", there or inside the phrase, the object is the one speaking ("with
// Lee yelling", "cuts to footage of Lee saying"). Undefined when that is
// not the shape.
function ingSubject(view: TokenView, k: number, a: number): Range | null | undefined {
  if (!isGerund(view, k)) return undefined;
  const before = subjectBefore(view, k, a);
  if (!before || !followsPreposition(view, before[0]) || DOER_PREPOSITIONS.has(view.tokens[before[0] - 1]!.lower)) return undefined;
  for (let j = before[0]; j <= before[1]; j++) if (DOER_PREPOSITIONS.has(view.tokens[j]!.lower)) return undefined;
  return mainClauseSubject(view, k, a);
}

const DOER_PREPOSITIONS = new Set(['with', 'of', 'like', 'without']);


// "“Trump Revealed,” a biography written by the editor …": a passive verb's
// subject is what was written, and its agent follows "by" ("said by
// telephone" is no agent).
function isPassive(view: TokenView, v: number): boolean {
  const agent = view.tokens[v + 2];
  return view.tokens[v + 1]?.lower === 'by' && !!agent && (agent.pos === 'DET' || agent.pos === 'PROPN');
}

// "“The operation has fulfilled its task” — Volodymyr Zelensky, April 28": a
// quote that opens its sentence, signed after a dash with a name alone,
// then nothing or a comma and no clause, as an epigraph or pull quote is.
// Not "“…” — that was the message", nor a description ("— a senior
// official"), which may be a gloss on the words.
function epigraphByline(view: TokenView, s: number, a: number, b: number): Attribution | null {
  const open = view.inner[s]![0] - 1;
  if (!ASIDE_DASHES.has(view.tokens[a]!.text) || open < 0 || view.roles[open] !== 'mark') return null;
  // A list of key quotes sets a bullet before each ("- “…” — Donald Trump").
  const first = view.sentences[view.sentenceOf[open]!]![0];
  if (first !== open && !(first === open - 1 && BULLETS.has(view.tokens[first]!.text))) return null;
  const name = chunkRight(view, a + 1, b);
  // A name, or a body's name in capitals ("— Ukraine's General Staff").
  if (!name || name[0] !== a + 1 || !(endsInName(view, name) || isCapitalised(view.tokens[name[1]]!)) || view.tokens[name[0]]!.pos === 'DET') return null;
  // After the comma a date or a role ("chief of the General Staff"), one
  // phrase to the end, not a clause ("— Ruiz, of course, disputes it").
  const role = name[1] < b && view.tokens[name[1] + 1]!.text === ',' ? chunkRight(view, name[1] + 2, b) : null;
  const signs = name[1] === b || (!!role && (role[1] === b || pastModifier(view, role, b) === b + 1) && !hasVerb(view, name[1] + 2, b));
  return signs ? { subject: name, cue: view.tokens[a]!.text, position: 'after' } : null;
}

const BULLETS = new Set(['-', '•', '*', '–', '—']);

// "“…” ― Pamela Padilla (@handle) September 27, 2016": an embedded post's byline.
function byline(view: TokenView, a: number, b: number): Attribution | null {
  const subject = chunkRight(view, a + 1, b);
  return subject ? { subject, cue: view.tokens[a]!.text, position: 'after' } : null;
}

/** The attribution in tokens `a`..`b` before a quote ("Gerasimov said:", "According to X,"). */
export function attributeSpanBefore(view: TokenView, a: number, b: number): Attribution | null {
  return attributeBefore(view, a, b);
}

function attributeBefore(view: TokenView, a: number, b: number): Attribution | null {
  // The tagger sometimes glues the bracket to the colon ("(D-Ohio):").
  const colon = view.tokens[b]!.text === ':' || view.tokens[b]!.text === '):';
  if (colon && b - 1 >= a && !REPORTING_VERBS.has(view.tokens[b - 1]!.lower)) {
    // "PENCE: …", "Gerasimov:" or "Rep. Ann Lee (D-Ohio):" — a label, only when the label is the whole lead-in.
    const close = view.tokens[b]!.text === '):' ? b : view.tokens[b - 1]!.text === ')' ? b - 1 : -1;
    const end = close < 0 ? b - 1 : skipParenthesis(view, close, a);
    const label = end >= a && end !== close ? chunkLeft(view, end, a) : null;
    if (label && label[0] === a) {
      // "Q: “…”" and "A: “…”" mark an interview's turns, not a speaker's name.
      if (label[0] === label[1] && /^\p{Lu}\.?$/u.test(view.tokens[a]!.text)) return null;
      const owner = answerOwner(view, label);
      return owner === null ? null : { subject: owner ?? label, cue: ':', position: 'before' };
    }
    const described = label && describedLabel(view, a, label);
    if (described) return { subject: described, cue: ':', position: 'before' };
    const topical = topicLabel(view, a, b - 1);
    if (topical) return { subject: topical, cue: ':', position: 'before' };
    const manner = mannerLeadIn(view, a, b) ?? issuedDocumentLeadIn(view, a, b);
    if (manner) return { ...manner, position: 'before' };
  }
  const framed = framingSource(view, a, b);
  if (framed) return { ...framed, position: 'before' };
  let restricted = false;
  for (let k = b; k >= a; k--) {
    const t = view.tokens[k]!;
    if (namesWithoutNamer(view, k, a, b)) return null;
    const according = t.lower === 'according' && view.tokens[k + 1]?.lower === 'to';
    const per = !according && (k === a || view.tokens[k - 1]!.text === ',') ? perSource(view, k, b) : null;
    if (according || per) {
      // "Hale said, according to Lee, “…”": Lee is the source of the report,
      // Hale the speaker. In "Hale said that, according to Lee, “…”" the
      // phrase is inside what Hale reports, and the words are Lee's.
      const source = per ?? sourceAt(view, k + 2, b);
      const parenthetical = view.tokens[k - 1]?.text === ',' && (isReportingVerb(view, k - 2) || (view.tokens[k - 2]?.lower !== 'that' && closesBeforeReport(view, source, b)));
      const reporter = parenthetical ? attributeBefore(view, a, k - 1) : null;
      if (reporter) return reporter;
      const subject = source;
      if (subject) return { subject, cue: per ? 'per' : 'according to', position: 'before' };
    }
    // "As Ann Berg put it, “…”": the idiom reports speech though "put" does not.
    if (t.lower === 'put' && view.tokens[k + 1]?.lower === 'it' && view.roles[k] === 'text') {
      const subject = subjectBefore(view, k, a);
      if (subject) return { subject, cue: 'put it', position: 'before' };
    }
    // "asking Clinton to repudiate the support of a general who suggested
    // that the US should “segregate” …": past a relative clause's verb and
    // an infinitive, the quote is no longer what the earlier verb reports.
    if (restricted && t.pos === 'VERB' && view.tokens[k - 1]?.lower === 'to' && !isReportingVerb(view, k)) return null;
    if (!isReportingVerb(view, k) || (isWeakVerb(view, k) && ((b - k > WEAK_REACH && !namesObjectAs(view, k, b) && !accusesOf(view, k, b)) || isAspectual(view, k, b)))) continue;
    if (REFERS.has(t.lower) && !refersToAs(view, k, b)) continue;
    if (inClosedAside(view, k, b)) continue;
    if (inRestrictiveClause(view, k)) {
      if (governsDirectly(view, k, b)) return null;
      restricted = true;
      continue;
    }
    if (isHypothetical(view, k) || isNegated(view, k, a)) return null;
    // "rejected Hale's claim that “…”", "said in response to Hale's claim that it was “…”": the claim's words are its owner's.
    const claim = claimOwnerAfter(view, k, b);
    const attacking = ATTACKING_VERBS.has(t.lower);
    if (claim && (attacking || inContentClause(view, claim.noun, b))) return { subject: claim.subject, cue: view.tokens[claim.noun]!.text, position: 'before' };
    if (claim === undefined && attacking) return null;
    // "Lee denied that “…”": the words Lee denies are no one's the text names
    // ("dismissed that suggestion as “…”" has a determiner, not a clause).
    if (DENYING_VERBS.has(t.lower) && view.tokens[k + 1]?.lower === 'that' && view.tokens[k + 2]?.pos !== 'NOUN' && view.tokens[k + 2]?.pos !== 'ADJ') return null;
    // A verb next to the quote governs it: when it hangs on a clause whose
    // subject is unclear ("asked them to say, “…”"), an earlier verb would be a guess.
    const hanging = hangingSubject(view, k);
    if (hanging === null && b - k <= WEAK_REACH) return null;
    if (hanging === null) continue;
    // "She had been told by Hale that “…”": the subject of a passive verb of telling heard the words.
    const told = toldInPassive(view, k, b);
    if (told !== undefined) return told && { subject: told, cue: t.text, position: 'before' };
    const subject = hanging ?? ingSubject(view, k, a) ?? subjectBefore(view, k, a) ?? inverted(view, k, a, b) ?? subjectPastQuotedAside(view, k, a);
    if (subject) return isSupposedSubject(view, subject, a) || isFalselyReported(view, subject, 0) || isDenied(view, subject, 0) ? null : { subject: relayedBefore(view, subject, k, a) ?? subject, cue: t.text, position: 'before' };
    // "only to have her ask, “…”", "a sign …, which read, “…”", "Smith said
    // his mother told him “…”": the verb right before the quote has a
    // subject of its own, one we cannot name; the quote is still not an
    // earlier verb's.
    if (b - k <= 1 && OWN_SUBJECTS.has(view.tokens[k - 1]?.lower ?? '')) return null;
    if ((b === k || (b - k === 1 && LISTENERS.has(view.tokens[b]!.lower))) && ownsUnreadSubject(view, k)) return null;
  }
  return null;
}

// "Peskov told reporters, according to RIA, that “…”": an aside that
// closes right before "that" or the quote sits between a reporting clause
// and what it reports.
function closesBeforeReport(view: TokenView, source: Range | null, b: number): boolean {
  if (!source || view.tokens[source[1] + 1]?.text !== ',') return false;
  const next = source[1] + 2;
  return next > b || (next === b && view.tokens[next]!.lower === 'that');
}

// "Tom Hale, described as a “rising star,”", "the man known as “the
// Fox”": a participle with no object before "as" is passive, and nobody the
// sentence names gave the quote. An earlier verb ("Lee said the man, known
// as “…”") did not report it either. "which Lee described as “…”" and "a
// plan Lee described as “…”" have their describer before the verb.
function namesWithoutNamer(view: TokenView, k: number, a: number, b: number): boolean {
  const verb = view.tokens[k]!;
  if (!AS_PARTICIPLES.has(verb.lower) || view.tokens[k + 1]?.lower !== 'as' || b - k > AS_REACH) return false;
  // Only the words of what it was described as stand before the quote ("as one of the region's").
  for (let j = k + 2; j <= b; j++) if (CLAUSE_TAGS.has(view.tokens[j]!.pos)) return false;
  const prev = view.tokens[k - 1];
  if (!prev || k - 1 < a) return false;
  if (prev.text === ',') return true;
  if (prev.pos !== 'NOUN' || isCapitalised(prev)) return false;
  const phrase = chunkLeft(view, k - 1, a);
  return !phrase || !RELATIVE_WORDS.has(view.tokens[wordBeforePhrase(view, phrase)]?.lower ?? '');
}

// Verbs that take an object before "as"; "acted as" and "served as" take none.
const AS_PARTICIPLES = new Set([
  'described', 'known', 'seen', 'viewed', 'regarded', 'billed', 'dubbed', 'labeled', 'labelled', 'branded',
  'characterized', 'characterised', 'portrayed', 'depicted', 'touted', 'hailed', 'derided', 'identified',
  'pegged', 'pitched', 'marketed', 'presented', 'perceived', 'painted', 'cast', 'styled', 'advertised',
]);
const AS_REACH = 8;
const CLAUSE_TAGS = new Set(['VERB', 'AUX', 'PUNCT', 'SCONJ', 'CCONJ']);

// "Comey called Clinton's use of private email servers “extremely
// careless”": a verb of naming reaches past its object to the name it gives
// it, however long the object. Not "called for" or "called on", and only
// over a plain phrase: an auxiliary or a verb outside a relative clause
// starts another clause.
function namesObjectAs(view: TokenView, k: number, b: number): boolean {
  const verb = view.tokens[k]!.lower;
  if (!NAMING_STEMS.some((stem) => verb.startsWith(stem)) || b - k > NAMING_REACH) return false;
  const next = view.tokens[k + 1]!;
  // "referred to X as" is checked by refersToAs(); its "to" is no "called for".
  if (!REFERS.has(verb) && (next.pos === 'ADP' || next.pos === 'PART' || next.pos === 'ADV')) return false;
  // "called Clinton's assertion of a “claim of right” over her emails “…”":
  // after a preposition the quote is inside the object, not the name given it.
  const before = view.tokens[b]!.pos === 'DET' ? view.tokens[b - 1]! : view.tokens[b]!;
  if (before.pos === 'ADP' && before.lower !== 'than' && before.lower !== 'as') return false;
  let relative = false;
  for (let j = k + 1; j <= b; j++) {
    const t = view.tokens[j]!;
    if (view.roles[j] !== 'text' || t.text === ';' || t.text === ':' || isTerminal(view, j) || t.pos === 'AUX') return false;
    if (RELATIVE_WORDS.has(t.lower)) relative = true;
    else if (t.pos === 'VERB' && !relative && !isNominalWord(t) && !inObjectPhrase(view, j, b)) return false;
  }
  return true;
}

const NAMING_STEMS = ['call', 'brand', 'label', 'dub', 'refer'];

// "accused Western media on Thursday of “covering up …”": "accuse" reaches
// past its object and a time to the "of" right before the quote, over a
// plain phrase with no verb or comma of its own.
function accusesOf(view: TokenView, k: number, b: number): boolean {
  if (!ACCUSING.has(view.tokens[k]!.lower) || view.tokens[b]!.lower !== 'of' || b - k > ACCUSING_REACH) return false;
  for (let j = k + 1; j < b; j++) {
    const t = view.tokens[j]!;
    if (view.roles[j] !== 'text' || t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || isTerminal(view, j)) return false;
  }
  return true;
}

const ACCUSING = new Set(['accuse', 'accused', 'accuses', 'accusing']);
// Words from "accused" to "of": "accused the Kyiv regime's Western backers on Thursday of".
const ACCUSING_REACH = 10;

// "called the reports of continued fighting “fakes”": a participle before a
// noun or gerund describes it, and a gerund right before the quote is the
// object's own noun; neither is a verb of a clause.
function inObjectPhrase(view: TokenView, j: number, b: number): boolean {
  const t = view.tokens[j]!;
  const next = view.tokens[j + 1];
  if (j === b) return t.lower.endsWith('ing');
  return /(?:ed|ing)$/.test(t.lower) && !!next && (next.pos === 'NOUN' || (next.pos === 'VERB' && next.lower.endsWith('ing')));
}
// Tokens between a verb of naming and the quote: "called the 12-nation TPP pact", up to a long possessive phrase.
const NAMING_REACH = 14;

// "Bush referred to Rubio as “a bright leader”": "refer" names only with "to"
// and "as"; "referred to the “loophole”" only mentions a term.
function refersToAs(view: TokenView, k: number, b: number): boolean {
  return view.tokens[k + 1]?.lower === 'to' && view.tokens[b]!.lower === 'as';
}

const REFERS = new Set(['refer', 'refers', 'referred', 'referring']);

// "Lee will continue to be “a champion …”", "Japan agrees to “renounce
// war”", "said its troops continued “to hold positions”": a weak verb
// before "to", inside the quote or not, only says that the next verb goes
// on, starts or is agreed; it reports nothing itself.
// So is "would continue “active operations”", or "would continue its
// ammunition initiative “as long as it is needed”": with no comma or colon
// before the quote (`b` is the word before it), nor "that" after the verb,
// the verb goes on with a deed, and the quote is no speech of its. "He
// continued: “…”", "Continued Stone: “…”" and "The narrator continues
// that …" are speech.
function isAspectual(view: TokenView, k: number, b: number): boolean {
  const spoken = view.tokens[b]!.text === ',' || view.tokens[b]!.text === ':' || view.tokens[k + 1]?.lower === 'that';
  if (ASPECT_VERBS.has(view.tokens[k]!.lower) && !spoken) return true;
  let j = k + 1;
  while (view.roles[j] === 'mark') j++;
  return view.tokens[j]?.lower === 'to' && !REFERS.has(view.tokens[k]!.lower);
}

// "Syrskyi told Zelensky, who had asked for a full briefing, that “…”": a
// verb in a "who" or "which" clause set between commas, which closed before
// the "that" that opens the quote's clause, does not report the quote; the
// verb before the clause does. `b` is the token before the quote.
function inClosedAside(view: TokenView, k: number, b: number): boolean {
  let open = k - 1;
  while (open > 0 && view.roles[open] === 'text' && view.tokens[open]!.text !== ',' && !WHO_OR_WHICH.has(view.tokens[open]!.lower)) open--;
  if (!WHO_OR_WHICH.has(view.tokens[open]?.lower ?? '') || view.tokens[open - 1]?.text !== ',') return false;
  for (let c = k + 1; c < b; c++) {
    if (view.roles[c] !== 'text') return false;
    if (view.tokens[c]!.text === ',') return view.tokens[c + 1]?.lower === 'that';
  }
  return false;
}

const ASPECT_VERBS = new Set(['continue', 'continues', 'continued', 'continuing', 'begin', 'begins', 'began', 'begun', 'beginning']);

// "his eyes gleaming, as if to say, “…”", "as if saying “…”": words someone
// seemed to mean are not words anyone said.
function isHypothetical(view: TokenView, k: number): boolean {
  const prev = view.tokens[k - 1]?.lower === 'to' ? k - 2 : k - 1;
  return view.tokens[prev]?.lower === 'if' && view.tokens[prev - 1]?.lower === 'as';
}

// "the story of a soldier who told her “…”", "a voice that said “…”": a
// verb of speech right before the quote, or before only its listener,
// governs it, and whoever the clause describes spoke; the sentence's
// subject did not. Not a weak verb ("a platform that calls for “…”", "the
// caption, which reads, “…”") nor one with more object ("a candidate who
// promised mass deportation: “…”"): the quote is still the subject's.
function governsDirectly(view: TokenView, k: number, b: number): boolean {
  if (isWeakVerb(view, k)) return false;
  let j = k + 1;
  if (LISTENERS.has(view.tokens[j]?.lower ?? '')) j++;
  if (j <= b && (view.tokens[j]!.text === ',' || view.tokens[j]!.text === ':')) j++;
  return j > b;
}

const LISTENERS = new Set(['me', 'us', 'him', 'her', 'them', 'you']);

// A reporting verb that the quote follows directly, or past its listener or a comma.
function governedBefore(view: TokenView, a: number, b: number): boolean {
  let k = b;
  if (view.tokens[k]!.text === ',' || view.tokens[k]!.text === ':') k--;
  if (k >= a && LISTENERS.has(view.tokens[k]!.lower)) k--;
  return k >= a && isReportingVerb(view, k) && governsDirectly(view, k, b);
}

// A finite verb right after a noun ("his mother told him") has that
// noun's phrase as its subject, even one the phrase reader does not take.
function ownsUnreadSubject(view: TokenView, k: number): boolean {
  const verb = view.tokens[k]!;
  return !isGerund(view, k) && verb.pos === 'VERB' && /ed$|^(told|said|wrote)$/.test(verb.lower) && view.tokens[k - 1]?.pos === 'NOUN';
}

// "told a young woman who suggested that “…”": the quote is what was told, not what she suggested.
function inRestrictiveClause(view: TokenView, k: number): boolean {
  const prev = view.tokens[k - 1]?.lower ?? '';
  return ['who', 'which', 'that'].includes(prev) && view.tokens[k - 2]?.text !== ',';
}

// "Ann Lee, who called the plan “a disaster,” said, “…”": a verb right after
// an earlier quote, with no subject between, has the subject that opens the
// sentence, before the aside that holds that quote (a relative clause or a
// participle: "whom Ruiz called “…”", "known as “…”", "responding to …").
function subjectPastQuotedAside(view: TokenView, k: number, a: number): Range | null {
  if (skipFillers(view, a, k, 1) !== k || view.roles[a - 1] !== 'mark') return null;
  const start = view.sentences[view.sentenceOf[k]!]![0];
  let open = a - 1;
  while (open > start && view.roles[open] !== 'text') open--;
  for (let c = open; c > start; c--) {
    if (view.roles[c] !== 'text') return null;
    if (view.tokens[c]!.text !== ',' || !opensAside(view, c + 1)) continue;
    // The subject opens the sentence or follows an opening phrase ("In Kyiv, Ann Lee, who …"), never a verb.
    const subject = chunkLeft(view, c - 1, start);
    return subject && (subject[0] === start || view.tokens[subject[0] - 1]!.text === ',') ? subject : null;
  }
  return null;
}

const ASIDE_OPENERS = new Set(['who', 'whom', 'whose', 'which', 'known', 'dubbed', 'nicknamed', 'described', 'called', 'once', 'long']);

// "Podolyak, responding to Peskov's claim that it was “…,” said": an -ing participle opens an aside too.
function opensAside(view: TokenView, k: number): boolean {
  const t = view.tokens[k];
  return !!t && (ASIDE_OPENERS.has(t.lower) || (t.pos === 'VERB' && t.lower.endsWith('ing')));
}

// "Says Trump: “…”" and "Added the spokesman, “…”": only a verb that opens
// its clause; in "put out a statement saying the U.S. “…”" the words after
// the verb are what was said.
function inverted(view: TokenView, k: number, a: number, b: number): Range | null {
  const before = skipFillers(view, k - 1, a, -1);
  if (before >= a && !/^(,|;|and|but)$/.test(view.tokens[before]!.lower)) return null;
  const subject = chunkRight(view, k + 1, b);
  if (!subject || !isInvertedSubject(view, k, subject)) return null;
  if (subject[1] === b && opensQuotedPredicate(view, b)) return null;
  return subject[1] >= b - 1 || isAside(view, subject[1] + 1, b) ? subject : null;
}

// "said the Kremlin “has been lying …”": a phrase that a quote opening with
// a verb follows, with no comma or colon between, is that quote's subject.
function opensQuotedPredicate(view: TokenView, end: number): boolean {
  let k = end + 1;
  if (view.roles[k] !== 'mark') return false;
  while (view.roles[k] === 'mark') k++;
  const first = view.tokens[k];
  return !!first && !isCapitalised(first) && (first.pos === 'VERB' || first.pos === 'AUX');
}

// "“…,” said Ann Lee, a pastor, “…”" and "said Lee, speaking of politicians,
// “…”": words between commas after the speaker describe the speaker or the
// moment, and the quote after them is still the speaker's. Only words
// that start no clause: a finite verb ("said Lee, and Hale agreed, “…”"),
// another reporting verb, or one that passes on someone else's words
// ("said Lee, quoting Lincoln, “…”") could hand the quote to someone else.
function isAside(view: TokenView, c: number, b: number): boolean {
  if (view.tokens[c]!.text !== ',' || view.tokens[b]!.text !== ',' || c + 1 >= b) return false;
  for (let j = c + 1; j < b; j++) {
    const t = view.tokens[j]!;
    if (view.roles[j] !== 'text' || t.pos === 'PUNCT' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return false;
    if (isReportingVerb(view, j) || RELAYING_WORDS.has(t.lower) || (t.pos === 'VERB' && !isGerund(view, j) && !isCapitalised(t))) return false;
  }
  return true;
}
