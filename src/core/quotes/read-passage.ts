/**
 * Reads one passage of an article in a single pass: its quoted spans, the
 * names it mentions, the speaker of each quote, and its reported speech. A
 * quote left open at the end of a paragraph continues when the next paragraph
 * reopens it; a quote standing alone at the start of a sentence continues the
 * speaker of the quote before it.
 */
import type { Analysis, Passage } from '../types.ts';
import { attributeSpan, hasUnreadAttribution } from './attribute-speaker.ts';
import { isNegativeSubject, notReferredTo, reportedBefore, subjectRole } from './clause-subject.ts';
import { colonLeadIn, continuedStatement, interviewLeadIn, previousSentenceLeadIn, type PassageStatements } from './continue-speaker.ts';
import { collectMentions, isUngenderedPerson, mentionAt, writtenAt } from './collect-mentions.ts';
import { type Draft, extendDraft, newDraft } from './draft.ts';
import { asCurlyMarks } from '../quote-marks.ts';
import { curlySingles, scanQuoteSpans, startsWithOpeningMark, type QuoteStyle } from './find-quote-spans.ts';
import { type DocumentMention, documentMentions, ISSUED_BY, openingIssuer } from './document-issuer.ts';
import { subjectBefore } from './subject-before.ts';
import { hedgeOf } from './hedge.ts';
import { isSingularUnnamed, isUnnamedOne } from './unnamed-one.ts';
import { chunkRight, whichAntecedent, type Range } from './noun-phrase.ts';
import { jointMention, jointSubject } from './joint-subject.ts';
import { isSignedQuote, signOffName } from './sign-off.ts';
import { findReportedSpeech } from './reported-speech.ts';
import { isQuestionLine, transcriptLine, type TranscriptLine } from './transcript-line.ts';
import { interviewLabel, intervieweePhrases, speaksOfInterview, type InterviewState } from './interview.ts';
import { isPlaceName } from './places.ts';
import { forwardSubject, relativeHost, topicBefore } from './forward-subject.ts';
import type { ArticleEntities, Entity } from './resolve-mention.ts';
import { buildTokenView, inHeadline, opensSentence, sentenceStartOf, type TokenView } from './token-view.ts';

/** What one article's reading carries from passage to passage. */
export interface ReaderState {
  entities: ArticleEntities;
  drafts: Draft[];
  /** A quote still open at the end of the last passage. */
  open: Draft | null;
  /** The style of that open quote, for a passage that continues the same paragraph. */
  carry: QuoteStyle | null;
  /** Whether the article writes its quotes in ‘…’ (usesSingleQuotes()). */
  singles: boolean;
  /** Its ‘…’ quotes are written with straight marks ('…'): see usesStraightSingleQuotes(). */
  straightSingles: boolean;
  /** The last statement of the previous passage, which a quote-only paragraph may continue. */
  previous: Draft | null;
  lastParagraph: number;
  /** The documents the current passage introduces ("a statement"), read once per passage. */
  documents: DocumentMention[];
  /** The transcript lines of the paragraphs just read, one per paragraph (readTranscriptLine()). */
  lines: Array<{ passage: Passage; view: TokenView; line: TranscriptLine; taken: boolean }>;
  /** The paragraph of the last "Question: …" line, which a run of transcript lines may pass over. */
  lastQuestion: number;
  /** The interview the article publishes as questions and answers, if any (interview.ts). */
  interview: InterviewState;
}

/** Reads `passage` into `state`. */
export function readPassage(state: ReaderState, passage: Passage, analysis: Analysis): void {
  const sameParagraph = passage.paragraph === state.lastParagraph;
  const text = asCurlyMarks(passage.text);
  const marked = state.straightSingles ? curlySingles(text) : text;
  if (state.open && !sameParagraph && !startsWithOpeningMark(marked, state.singles)) closeOpenQuote(state);
  const scan = scanQuoteSpans(marked, sameParagraph ? state.carry : null, state.singles);
  const view = buildTokenView(text, analysis, scan.spans);
  collectMentions(view, state.entities, passage.start);
  state.documents = documentMentions(view, 0, view.tokens.length - 1);
  noteDocuments(state, view, passage);
  const signed = signOffName(view);
  if (signed && isSignedQuote(state.previous)) attribute(state, state.previous, view, passage, signed, view.tokens[0]!.text);
  // Reported speech first, so that a quote after "Perez says women feel torn." can continue it.
  const reported = readReportedSpeech(state, passage, view);
  const said: PassageStatements = { spoken: reported.map(({ draft, sentence }) => ({ draft, sentence, direct: false })), leads: [] };
  const own: Draft[] = [];
  view.spans.forEach((span, s) => {
    if (!view.inner[s]) return;
    const draft = readSpan(state, passage, view, s, said);
    if (!draft) return;
    if (draft !== state.open && !own.includes(draft)) own.push(draft);
    if (span.closed && draft === state.open) closeOpenQuote(state);
    else if (!span.closed) state.open = draft;
    // "“…,” he said. “…”": a quote whose speaker the text does not make
    // plain still carries on, so the words after it are no earlier speaker's.
    if (draft.entity || draft.mention) said.spoken.push({ draft, sentence: view.sentenceOf[view.inner[s]![0]]!, direct: true });
  });
  for (const draft of own) if (draft !== state.open) state.drafts.push(draft);
  own.push(...readTranscriptLines(state, passage, view));
  readInterview(state, passage, view, sameParagraph);
  own.push(...reported.map((r) => r.draft));
  const last = own.sort((a, b) => a.pieces[0]!.start - b.pieces[0]!.start).at(-1) ?? null;
  state.previous = last && (last.kind === 'direct' || inLastSentence(view, passage, last)) ? last : null;
  const leadIn = colonLeadIn(view) ?? interviewLeadIn(view);
  if (leadIn) {
    // "The Times reports:" or "Karas spoke to The Kyiv Independent." ending a
    // paragraph: the next paragraph's quote is what it reports.
    const draft = newDraft(passage, 'direct', passage.end, passage.end);
    attribute(state, draft, view, passage, leadIn.subject, leadIn.cue);
    if (draft.entity) state.previous = draft;
  }
  state.carry = scan.openAtEnd;
  state.lastParagraph = passage.paragraph;
}

// Every document the passage introduces, with its issuer when a verb says
// so ("The ministry issued a statement"); attribute() adds the issuer of
// one a speaker said something in ("…, in a statement, said").
function noteDocuments(state: ReaderState, view: TokenView, passage: Passage): void {
  for (const d of state.documents) {
    const at = passage.start + view.tokens[d.at]!.start;
    // "a statement from the Kremlin", "a letter by 200 Republicans": the body after "from" or "by".
    const source = ISSUED_BY.has(view.tokens[d.at + 1]?.lower ?? '') ? chunkRight(view, d.at + 2, view.tokens.length - 1) : null;
    const subject = d.verb >= 0 ? subjectBefore(view, d.verb, view.sentences[view.sentenceOf[d.verb]!]![0]) : (source ?? openingIssuer(view, d));
    const mention = subject && mentionAt(view, subject);
    // "Goodlatte and Gowdy sent a letter": a document several issued is no one's alone.
    const issuer = mention && !jointSubject(view, subject, mention, mentionAt) ? state.entities.resolve(mention, passage.start + view.tokens[subject[0]]!.start, [at, at]) : null;
    state.entities.noteDocument(d.noun, at, issuer);
    // "The ministry released a statement. It added that …": a body that put out a statement has spoken.
    if (issuer && d.verb >= 0) state.entities.markSpoken(issuer);
  }
}


// Reported speech that the passage's own sentences follow ("Clinton said
// she would consider it. But her ideas were not accepted.") does not hand on
// to a paragraph that is only a quote: the writer has moved on, and a
// sign-off under that quote ("- Sanders.") may name someone else.
function inLastSentence(view: TokenView, passage: Passage, draft: Draft): boolean {
  const offset = draft.pieces.at(-1)!.start - passage.start;
  let i = 0;
  while (i < view.tokens.length && view.tokens[i]!.end <= offset) i++;
  return i >= view.tokens.length || view.sentenceOf[i] === view.sentences.length - 1;
}

function closeOpenQuote(state: ReaderState): void {
  if (state.open) state.drafts.push(state.open);
  state.open = null;
}

function readSpan(state: ReaderState, passage: Passage, view: TokenView, s: number, said: PassageStatements): Draft | null {
  const span = view.spans[s]!;
  const words = view.text.slice(span.start, span.end);
  // « Nous partons », French style, sets its marks apart with spaces, which are not part of the words.
  const start = passage.start + span.start + (words.length - words.trimStart().length);
  // The comma before a closing mark belongs to the sentence around the quote, not to the speech.
  const end = passage.start + span.start + words.replace(/[\s,]+$/, '').length;
  const attribution = attributeSpan(view, s);
  const draft = newDraft(passage, 'direct', start, end);
  // After the quote, its words lie between the speaker and whom a title or
  // pronoun refers to, and count for nothing in how recent that is.
  if (attribution) attribute(state, draft, view, passage, attribution.subject, attribution.cue, attribution.position === 'after' ? end - start : 0);
  if (attribution?.position === 'before' && draft.entity) said.leads.push({ draft, sentence: view.sentenceOf[view.inner[s]![0]]!, span: s });
  if (s === 0 && state.open) {
    const open = state.open;
    // A reopened quote attributed to someone else is a new quote: the previous
    // paragraph's closing mark was missing, not its speaker's words continuing.
    // Carried on within one paragraph (a long paragraph is read in pieces), it
    // is the same quote, and its own attribution beats a speaker the open part
    // only took over from the quote before it (“…?” he asked. “No, … I don't
    // know,” Trump said.).
    const guessed = !open.entity || (span.continued && open.cue === null);
    if (!attribution || guessed || draft.entity === open.entity) {
      extendDraft(open, passage.paragraph, start, end);
      if (guessed && attribution) Object.assign(open, { entity: draft.entity, mention: draft.mention, cue: draft.cue, hedge: draft.hedge });
      return open;
    }
    closeOpenQuote(state);
  }
  // A name in quotes is skipped unless the quote is followed by its speaker
  // (“Absolutely,” she said) and is no title in a phrase of its own ("on
  // ABC's “This Week,” Rubio said", "the “Avatar” star posted").
  if (isNameLike(view.text.slice(span.start, span.end)) && (attribution?.position !== 'after' || isTitleInPhrase(view, s))) return null;
  if (attribution || hasUnreadAttribution(view, s)) return draft;
  const found = continuedStatement(view, s, start, said, state.previous);
  // Someone else named as a subject since that statement may be the one now
  // speaking, and a new question after an answer may be either's.
  const asks = view.text.charAt(end - passage.start - 1) === '?';
  const continued = found && !state.entities.namesOtherSubject(found.entity, start) && !(asks && found === state.previous && answersQuestion(state, found)) ? found : null;
  if (continued) continueSpeaker(draft, continued);
  const leadIn = continued ? null : previousSentenceLeadIn(view, s);
  if (leadIn) attribute(state, draft, view, passage, leadIn.subject, leadIn.cue);
  // "Lavrov told CBS that Moscow was “ready to reach a deal” but that “some
  // elements” needed to be fine-tuned": quoted words that open a second
  // "that" clause of a reported statement are its speaker's, however far
  // back the verb stands. Not any quote inside one: in "said that voters
  // will say “no”" or "a sign which read, “…”" the words are someone else's.
  const opensThat = view.tokens[markBefore(view, s)]?.lower === 'that';
  const around = continued || leadIn || !opensThat ? null : said.spoken.find((d) => !d.direct && d.draft.pieces[0]!.start <= start && end <= d.draft.pieces.at(-1)!.end);
  if (around) continueSpeaker(draft, around.draft);
  return draft;
}

// The token before span `s`'s opening mark.
function markBefore(view: TokenView, s: number): number {
  let k = view.inner[s]![0] - 1;
  while (k >= 0 && view.roles[k] === 'mark') k--;
  return k;
}

/** Sets the draft's speaker from the subject phrase `subject`. */
function attribute(state: ReaderState, draft: Draft, view: TokenView, passage: Passage, subject: Range, cue: string, quoted = 0, salient = true): void {
  draft.cue = cue;
  draft.hedge = hedgeOf(view, subject, cue);
  // "None of the officials said “…”": the words are someone's, but no one's the text names.
  if (isNegativeSubject(view, subject)) return;
  // "“…,” another said": someone the text does not name, and not whoever spoke before.
  if (isUnnamedOne(view, subject)) {
    draft.mention = writtenAt(view, subject);
    const at = passage.start + view.tokens[subject[0]]!.start;
    // "The former said": one of two people the text named together.
    draft.entity = state.entities.pairMember(draft.mention, at);
    if (draft.entity) state.entities.markSpeaker(draft.entity, at, passage.start + sentenceStartOf(view, subject[0]), subjectRole(view, subject).main, salient);
    else if (isSingularUnnamed(view, subject)) state.entities.addUngendered(at);
    return;
  }
  // In a headline every word is capitalised, so where a name starts is a guess
  // ("Judge Frees Hacker Guccifer"), unless it opens the line ("Cecile
  // Richards: ‘I’m Sick Of …’"); the cue after it marks where it ends.
  if (inHeadline(view, subject[0]) && !opensSentence(view, subject[0])) return;
  const own = mentionAt(view, subject);
  const joint = own && jointSubject(view, subject, own, mentionAt);
  const written = joint ? jointMention(writtenAt(view, joint.range)) : own;
  if (!written) return;
  draft.mention = written.written;
  // "He and Lee said": the list is the speaker, and a pronoun in it is someone this sentence does not name.
  if (joint && !joint.named) return;
  // "Acme Data, which builds what it calls “mood” profiles": "it" is the name the clause hangs on.
  const antecedent = written.name === 'it' ? whichAntecedent(view, subject[0]) : null;
  const speaker = antecedent ?? joint?.range ?? subject;
  const mention = antecedent ? mentionAt(view, antecedent) : written;
  if (!mention) return;
  const at = passage.start + view.tokens[speaker[0]]!.start;
  // "“…,” it read.": a document reads, and the words are its issuer's.
  if (mention.name === 'it' && DOCUMENT_VERBS.has(cue.toLowerCase())) {
    draft.entity = state.entities.lastIssuer(at);
    return;
  }
  // Only a pronoun looks past the names in the words it reports (see reportedBefore()).
  const reported = mention.kind === 'pronoun' ? reportedBefore(view, speaker, passage.start) : null;
  draft.entity = state.entities.resolve(mention, at, notReferredTo(view, speaker, passage.start), quoted, reported);
  // "In what he called a “rant,” Obama took …": "he" may be the one named
  // after it; unless that is whom it resolves to, the text does not say who.
  const forward = mention.kind === 'pronoun' ? forwardSubject(view, speaker) : null;
  if (forward && draft.entity && namedEntity(state, view, forward, passage.start) !== draft.entity) draft.entity = null;
  // "As for Trump, he said …": the topic the sentence opens on.
  const topic = mention.kind === 'pronoun' ? topicBefore(view, speaker) : null;
  if (topic) draft.entity = namedEntity(state, view, topic, passage.start);
  // "Joe Wilson, the congressman who gained attention when he yelled …": the
  // one the clause describes, or no one if "he" cannot be that person.
  const host = mention.name === 'he' || mention.name === 'she' ? relativeHost(view, speaker) : null;
  if (host) {
    const entity = namedEntity(state, view, host, passage.start);
    draft.entity = entity && state.entities.mayBeHost(entity, mention.name) ? entity : null;
  }
  const sentence = passage.start + sentenceStartOf(view, speaker[0]);
  if (!draft.entity) return;
  state.entities.markSpeaker(draft.entity, at, sentence, subjectRole(view, speaker).main, salient);
  // "His unit commander, a major who …, said …. “…,” he said": a "he" after
  // a described subject of no known gender goes to no one
  // (collect-mentions.ts), unless a comma follows it, in case the words
  // after it name the person. When they do not, and it is the speaker, it
  // blocks as well.
  const appositive = view.tokens[speaker[1] + 1]?.text === ',';
  if (appositive && mention.kind === 'description' && draft.entity.kind === 'description' && isUngenderedPerson(mention)) state.entities.addUngendered(at);
  const [first, last] = view.sentences[view.sentenceOf[speaker[0]]!]!;
  for (const d of state.documents) if (d.issued && d.at >= first && d.at <= last) state.entities.noteDocument(d.noun, passage.start + view.tokens[d.at]!.start, draft.entity);
}

// "Vladimir Putin: Thank you. I congratulate all the personnel.": a line of
// a transcript (transcript-line.ts), taken as one only in a run of them: three
// paragraphs in a row, or two of a few words each. A "Ted Cruz: Just hang
// on." under a subhead list is a writer's summary, and "Marco Rubio: I'm Not
// Interested" a headline's paraphrase; neither is anyone's words as said.
// Returns the lines taken now.
function readTranscriptLines(state: ReaderState, passage: Passage, view: TokenView): Draft[] {
  const line = state.open || inHeadline(view, 0) ? null : transcriptLine(view);
  if (!line) {
    // "Question: …" between a spokeswoman's answers, as briefings are
    // published: no one's words, and no end to her run of lines.
    if (isQuestionLine(view)) state.lastQuestion = passage.paragraph;
    else state.lines = [];
    return [];
  }
  const previous = state.lines.at(-1)?.passage.paragraph;
  const adjacent = previous === passage.paragraph - 1 || (previous === passage.paragraph - 2 && state.lastQuestion === passage.paragraph - 1);
  if (!adjacent) state.lines = [];
  state.lines.push({ passage, view, line, taken: false });
  const run = state.lines;
  const wordy = run.length === 2 && run.every((l) => l.line.words >= PAIR_WORDS);
  if (run.length < 3 && !wordy) return [];
  const taken: Draft[] = [];
  for (const l of run) {
    if (l.taken) continue;
    l.taken = true;
    const draft = takeTranscriptLine(state, l.passage, l.view, l.line);
    if (draft) taken.push(draft);
  }
  return taken;
}

// Words after the colon each line of a run of two must have.
const PAIR_WORDS = 4;

// The line's words as its speaker's, when the label is someone the article
// shows to be a person, and no place ("NEW YORK: …").
function takeTranscriptLine(state: ReaderState, passage: Passage, view: TokenView, line: TranscriptLine): Draft | null {
  const mention = mentionAt(view, line.label);
  if (mention?.kind !== 'name') return null;
  const at = passage.start + view.tokens[line.label[0]]!.start;
  const entity = state.entities.resolve(mention, at, [at, at]);
  if (entity?.kind !== 'person' || !entity.person || entity.place || isPlaceName(entity.name)) return null;
  const end = passage.start + passage.text.trimEnd().length;
  const draft = newDraft(passage, 'direct', passage.start + view.tokens[line.first]!.start, end);
  attribute(state, draft, view, passage, line.label, ':');
  if (!draft.entity) return null;
  state.drafts.push(draft);
  return draft;
}

// "Q: Is the operation over? / A: No. …": an answer is the words of the one
// person the introduction says was interviewed (interview.ts), when it
// answers the question just before it.
function readInterview(state: ReaderState, passage: Passage, view: TokenView, sameParagraph: boolean): void {
  const interview = state.interview;
  if (sameParagraph && interview.answer) {
    extendDraft(interview.answer, passage.paragraph, passage.start, passage.start + passage.text.trimEnd().length);
    return;
  }
  interview.answer = null;
  const labelled = interviewLabel(view);
  if (interview.question < 0 && labelled?.label !== 'question') {
    interview.spoken ||= speaksOfInterview(view);
    for (const range of intervieweePhrases(view)) {
      const entity = namedEntity(state, view, range, passage.start);
      if (entity?.kind === 'person' && entity.person && !interview.people.includes(entity)) interview.people.push(entity);
    }
    return;
  }
  if (labelled?.label === 'question') interview.question = passage.paragraph;
  if (labelled?.label !== 'answer' || interview.question !== passage.paragraph - 1) return;
  const [person, ...others] = interview.people;
  if (!interview.spoken || !person || others.length > 0 || !view.tokens[labelled.first]) return;
  const draft = newDraft(passage, 'direct', passage.start + view.tokens[labelled.first]!.start, passage.start + passage.text.trimEnd().length);
  draft.entity = person;
  draft.cue = ':';
  state.drafts.push(draft);
  interview.answer = draft;
}

const DOCUMENT_VERBS = new Set(['read', 'reads']);

// The entity the name at `range` stands for.
function namedEntity(state: ReaderState, view: TokenView, range: Range, offset: number): Entity | null {
  const mention = mentionAt(view, range);
  const at = offset + view.tokens[range[0]]!.start;
  return mention ? state.entities.resolve(mention, at, [at, at]) : null;
}

// "“Is the army ready?” Lee asked. / “Yes,” Ruiz said. / “When will it
// move?”": when the statement before a question standing alone answered
// another speaker's question in the paragraph before it, the question is
// likely the next turn of an exchange, not the answer going on. (A
// statement standing alone there is mostly the answer going on: PolNeAR
// train has Trump's answer to Boyle's question carried on so.)
function answersQuestion(state: ReaderState, answer: Draft): boolean {
  const first = answer.pieces[0]!.start;
  let question: Draft | undefined;
  for (const d of state.drafts) if (d.kind === 'direct' && d !== answer && d.pieces[0]!.start < first && (!question || d.pieces[0]!.start > question.pieces[0]!.start)) question = d;
  if (!question?.entity || question.entity === answer.entity || question.paragraphs.at(-1) !== answer.paragraphs[0]! - 1) return false;
  const end = question.pieces.at(-1)!.end;
  return question.passage.text.charAt(end - question.passage.start - 1) === '?';
}

// The quote is the same speaker's as the statement it continues (continue-speaker.ts says which).
function continueSpeaker(draft: Draft, source: Draft | null): void {
  if (!source?.entity && !source?.mention) return;
  draft.entity = source.entity;
  draft.mention = source.mention;
  draft.cue = null;
  // "Lee reportedly said, “…” … “…”": the words that go on are hedged as the statement is.
  draft.hedge = source.hedge;
}

// A quoted name after a possessive, a preposition or a determiner ("MSNBC's
// “Morning Joe”", "in “Scandal”", "the “Today” show"), or right before a
// lower-case noun ("“Ted Cruz” campaign pins"), names a show, a book or a
// slogan inside a phrase; nobody says it. So does one after a word that
// gives it as a name ("the call sign “Magyar”", "nicknamed “Lynx”").
function isTitleInPhrase(view: TokenView, s: number): boolean {
  const [first, last] = view.inner[s]!;
  let before = first - 1;
  while (before >= 0 && view.roles[before] === 'mark') before--;
  let after = last + 1;
  while (after < view.tokens.length && view.roles[after] === 'mark') after++;
  const prev = view.tokens[before];
  const next = view.tokens[after];
  if (prev && (prev.pos === 'ADP' || prev.pos === 'DET' || /^['’]s$/.test(prev.text) || NAME_GIVING_WORDS.has(prev.lower))) return true;
  return !!next && next.pos === 'NOUN' && next.text === next.lower;
}

const NAME_GIVING_WORDS = new Set(['sign', 'nicknamed', 'codenamed', 'dubbed', 'nickname', 'alias', 'pseudonym', 'handle', 'moniker']);

const SMALL_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'with', 'by', 'from', '&']);

/** A short title-case span ("Kursk", "Fox News Sunday"): a name in quotes, not something said. */
function isNameLike(text: string): boolean {
  const words = text.trim().replace(/[,.;:!?]+$/, '').split(/\s+/);
  if (words.length === 0 || words.length > 6 || !/^[\p{Lu}\d]/u.test(words[0]!)) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || SMALL_WORDS.has(w.toLowerCase()));
}

function readReportedSpeech(state: ReaderState, passage: Passage, view: TokenView): Array<{ draft: Draft; sentence: number }> {
  const drafts: Array<{ draft: Draft; sentence: number }> = [];
  for (const found of findReportedSpeech(view)) {
    const text = view.text.slice(found.start, found.end);
    const trimmed = trimStatement(text);
    if (trimmed.length < 8 || mostlyQuoted(view, found.start, found.end)) continue;
    const draft = newDraft(passage, 'reported', passage.start + found.start, passage.start + found.start + trimmed.length);
    attribute(state, draft, view, passage, found.subject, found.cue, 0, !found.unnamedWitness);
    // A disowned clause is kept only as who spoke, for the pronouns after it.
    // One with no speaker is most often a misread, unless the text says
    // plainly that someone unnamed spoke ("Another said the claim was premature").
    if ((!draft.entity && !isUnnamedOne(view, found.subject)) || found.disowned) continue;
    drafts.push({ draft, sentence: view.sentenceOf[found.subject[0]]! });
    state.drafts.push(draft);
  }
  return drafts;
}

// A statement ends without its sentence's punctuation, but keeps a closing
// quotation mark for one it opened: "called him “a liar.”" stays whole
// rather than "called him “a liar".
function trimStatement(text: string): string {
  const trimmed = text.replace(/[\s"“”'’.,;:]+$/, '');
  const open = openMark(trimmed);
  if (!open) return trimmed;
  const closing = open.exec(text.slice(trimmed.length));
  return closing ? trimmed + closing[0] : trimmed;
}

// The closing marks (after any punctuation) that would close a quotation
// mark `text` leaves open, or null when none is open. A single mark opens a
// quote after a space and before a word ("was 'completely liberated'",
// British style) and closes one after a word; one inside a word
// ("Russia's") is an apostrophe.
function openMark(text: string): RegExp | null {
  const count = (mark: RegExp) => (text.match(mark) ?? []).length;
  if (count(/''/g) % 2 === 1) return /^[.,;:!?]*''/;
  if (count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1) return /^[.,;:!?]*(”|")/;
  const single = count(/(?:^|[\s(])['‘](?=\p{L})/gu) > count(/(?<=[\p{L}.,!?])['’](?!\p{L})/gu);
  return single ? /^[.,;:!?]*(’|')/ : null;
}

// "Zakharova added that Russia “will never forget Korean friends.”": the
// direct quote already says it; a second, reported copy would be a duplicate.
function mostlyQuoted(view: TokenView, start: number, end: number): boolean {
  let quoted = 0;
  for (const span of view.spans) quoted += Math.max(0, Math.min(end, span.end) - Math.max(start, span.start));
  return quoted > (end - start) / 2;
}
