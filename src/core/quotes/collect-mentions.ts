/**
 * Reads the names, organisations and group descriptions of one passage into
 * the article's entities, in one left-to-right walk, so that pronouns and
 * descriptions later in the article have something to refer to.
 */
import { mayBePresentVerb } from '../nlp.ts';
import { isAccordingTo } from './according-to.ts';
import { countriesOf } from './demonyms.ts';
import { notReferredTo, reportedBefore, subjectRole, verbOfSubject } from './clause-subject.ts';
import { isFiniteVerb } from './bare-clause.ts';
import { BE_FORMS, CONTESTING_VERBS, DENYING_VERBS, DOCUMENT_NOUNS, INVERTING_VERBS, ISSUING_VERBS, KIN_NOUNS, NAMING_PARTICIPLES, ORGANISATION_WORDS, PERSON_TITLES } from './cues.ts';
import { givenNameGender } from './given-names.ts';
import { nameKey } from './name-key.ts';
import { isReportingVerb, isWeakVerb } from './reporting-clause.ts';
import { jointMention, withSharedSurname } from './joint-subject.ts';
import { TARGET_PREPOSITIONS } from './modifier-owner.ts';
import { describeMention, introducesSomeone, relationOf, withSourceQualifier, type Mention } from './mention.ts';
import { pastModifier } from './closing-subject.ts';
import { chunkLeft, chunkRight, endsInName, isIntensifier, isPossessive, roleLinkIn, skipFillers, type Range } from './noun-phrase.ts';
import { isPersonNoun, namesPeople, PERSON_NOUNS } from './people-words.ts';
import type { Token } from '../types.ts';
import type { ArticleEntities, Entity } from './resolve-mention.ts';
import { withholds } from './statement-end.ts';
import { nameGivenBy, subjectBefore } from './subject-before.ts';
import { datelineDash, inHeadline, isCapitalised, isTerminal, opensSentence, sentenceStartOf, WHO_CLAUSE_WORDS, whoClauseClose, type TokenView } from './token-view.ts';

/** Adds every mention outside quotes in `view` to `entities`; `offset` turns passage offsets into body offsets. */
export function collectMentions(view: TokenView, entities: ArticleEntities, offset: number): void {
  // A description and a comma, waiting for a name: "Her father, Tom, …".
  let pending: { description: Mention; kin: boolean; start: number } | null = null;
  // Set once a clause that gives the pending description's name has been passed ("A woman who gave her name as").
  let namedInClause = false;
  const votes = new GenderVotes(entities);
  const pronounSubjects: { range: Range; pronoun: Mention }[] = [];
  for (let i = 0; i < view.tokens.length; i++) {
    votes.atSentence(view.sentenceOf[i]!);
    // A headline's capitals would make "Jeb Bush Hits Marco Rubio" one name.
    if (view.roles[i] !== 'text' || inHeadline(view, i)) continue;
    if (!isNamedSubjectsObject(view, i)) votes.countPronoun(view.tokens[i]!.lower, view.tokens[i - 1]?.pos === 'ADP');
    const given = pending ? nameGivenAfter(view, i) : -1;
    if (given > i) {
      namedInClause = true;
      i = given - 1;
      continue;
    }
    const range = chunkRight(view, i, view.tokens.length - 1);
    if (!range) {
      // The comma after "Her father", or "named" after "A man", keeps the description for the name after it.
      if (view.tokens[i]!.text !== ',' && !NAMING_PARTICIPLES.has(view.tokens[i]!.lower)) pending = null;
      continue;
    }
    const mention = mentionAt(view, range);
    // "fans of Donald Trump": the name after a relation is read on its own too
    // (not as a subject: it follows "of"), so the article still learns it.
    // So is the one a role serves ("a prosecutor for David Petraeus").
    const of = mention?.kind === 'description' ? relationOf(view.tokens.slice(range[0], range[1] + 1)) : -1;
    const link = mention?.kind === 'description' && of < 0 ? roleLinkIn(view, range) : -1;
    i = of > 0 ? range[0] + of : link > 0 ? link : range[1];
    if (mention?.kind === 'pronoun') pronounSubjects.push({ range, pronoun: mention });
    if (!mention || mention.kind === 'pronoun') continue;
    if (mention.kind === 'description') {
      if (ANOTHER.test(mention.written)) entities.addAnother(mention.head, offset + view.tokens[range[0]]!.start);
      // "Mark Lee's son, Tom,": Mark Lee is read, and the son is what describes Tom.
      const owned = addPossessor(view, entities, offset, range);
      const described = owned > 0 ? withOwnersCountry(view, range[0], owned, mentionAt(view, [owned, range[1]])) : mention;
      // Only one that shows a person: "In the city, Trump said" says nothing
      // of Trump; "A local doctor, Ivan Petrenko," does, as the appositive
      // after a name does (describeFromAppositive()).
      const waits = described?.kind === 'description' && !described.group && (described.personEvidence || isPersonNoun(described.head) || namesPeople(described.head)) && beforeName(view, range[1] + 1) && !isPredicate(view, range[0]);
      pending = waits ? { description: described, kin: KIN_NOUNS.has(described.head) && (owned > 0 || ownedBySomeone(view, range[0])), start: range[0] } : null;
      if (isNameBeforeVerbAsNoun(view, range)) entities.addUngendered(offset + view.tokens[range[0]]!.start);
      if (!mention.group) {
        // "Syrskyi’s spokesman": the gender is the role's.
        const person = mention.gender || !described?.gender ? mention : { ...mention, gender: described.gender };
        const at = offset + view.tokens[range[0]]!.start;
        const sentence = offset + sentenceStartOf(view, range[0]);
        if (isDescribedSubject(view, range, person) || contestsAsNewcomer(view, range, person)) entities.addDescribed(person, at, sentence);
        else if (isOwnedRoleSubject(view, range, person)) entities.addOwnedRole(person, at, sentence);
        else {
          // "The official dismissed the charge": a title no one was given is still someone of no known gender.
          const epithet = isEpithetSubject(view, range, mention) && entities.addEpithet(mention, at, sentence);
          if (!epithet && (isUngenderedSubject(view, range, person) || isSilentNewcomer(view, range, person))) entities.addUngendered(at);
        }
        continue;
      }
    }
    const sentence = offset + sentenceStartOf(view, range[0]);
    // "Tom Hale and Ben Cole met": the first name is as much the subject as the second.
    const partner = mention.kind === 'name' ? pairedName(view, range) : null;
    // "A man named Viktor, 70, was sitting …": the name is the subject the description opened.
    const namedBy = !!pending && (namedInClause || NAMING_PARTICIPLES.has(view.tokens[range[0] - 1]?.lower ?? ''));
    // "Senior officials in Kyiv have disputed …": a group's role, past where its people are.
    const own = mention.kind === 'description' ? [range[0], pastModifier(view, range, view.tokens.length - 1) - 1] as Range : range;
    const role = subjectRole(view, partner ? [range[0], partner[1]] : namedBy ? [pending!.start, range[1]] : pastRelativeClause(view, own));
    // "Ann Lee asked Ben Cole whether it was over. “No,” he said.": the one a question is put to answers it.
    const asked = isAskedPerson(view, range[0], mention) || answersBack(view, range, mention);
    // "…, according to the party chairs. But they maintained": a group given
    // as the source is whom "they" may mean next. Only a group of people:
    // every source made so gave ProPublica a "she" (session 45).
    const sourced = mention.group && mention.kind === 'description' && isAccordingTo(view, range[0] - 2);
    const met = mention.kind === 'name' && metByWriter(view, range[0]);
    const salient = role.salient || asked || sourced || met;
    const main = role.main || asked || sourced || met;
    const described = pending && (view.tokens[range[0] - 1]?.text === ',' || namedBy) ? pending.description : null;
    const named = partner ? withSharedSurname(view, range, mentionAt(view, partner), mention) : mention;
    const entity = entities.add(firstNamedPerson(view, range, withGenderOf(named, described), described, namedBy), offset + view.tokens[range[0]]!.start, sentence, salient, main);
    if (entity?.kind === 'person') votes.addPerson(entity, salient && main && view.tokens[range[0] - 1]?.text === ',');
    if (entity && met) entities.markPerson(entity);
    const verb = entity && salient ? verbOfSubject(view, range) : -1;
    if (main && withholds(view, verb)) entities.addWithheld(offset + view.tokens[range[0]]!.start);
    if (!main && verb >= 0 && (isReportingVerb(view, verb) || DENYING_VERBS.has(view.tokens[verb]!.lower))) entities.addInnerSpeaker(offset + view.tokens[range[0]]!.start);
    if (entity?.kind === 'description' && main && speaksNext(view, range)) entities.markSpoken(entity);
    else if (entity?.kind === 'description' && main && salient && isBody(mention)) entities.addSilentBody(offset + view.tokens[range[0]]!.start, mention.head);
    if (entity && (isPlace(view, range, mention) || isDateline(view, range))) entities.markPlace(entity);
    // "Russia's military Chief of Staff, Valery Gerasimov": the description before the comma is his.
    if (entity && described) {
      entities.describe(entity, described);
      if (pending!.kin) entities.markRelative(entity);
    }
    if (entity?.kind === 'person') describeFromAppositive(view, entities, entity, range[1] + 1);
    if (entity?.kind === 'person' && (isAskedInPassive(view, range[1] + 1) || opensWhoClause(view, range[1] + 1))) entities.markPerson(entity);
    if (entity?.kind === 'organisation') {
      const acronym = bracketedInitials(view, range);
      if (acronym) entities.addAlias(acronym, entity);
    }
    if (partner && salient) addPair(view, entities, offset, range, partner, sentence, main);
    // "Tom Hale asked Ben Cole whether …. “No,” he said.": the asker or the asked may be meant.
    if (asked) pairWithAsker(view, entities, offset, range[0]);
    pending = null;
    namedInClause = false;
  }
  votes.atSentence(-1);
  // After the passage's names, which may rule some out (see notReferredTo()).
  for (const { range, pronoun } of pronounSubjects) addPronounSubject(view, entities, offset, range, pronoun);
}

// "another milblogger", "a second official": someone new in a role the
// article has already given someone.
const ANOTHER = /^(?:another|a (?:second|third|fourth|different|fellow))\s/i;

// "The Institute for the Study of War (ISW)": an acronym in brackets right
// after a body's name, made of the initials of its capitalised words.
function bracketedInitials(view: TokenView, [a, b]: Range): string | null {
  if (view.tokens[b + 1]?.text !== '(' || view.tokens[b + 3]?.text !== ')') return null;
  const acronym = view.tokens[b + 2]!.text;
  if (!/^\p{Lu}{2,}$/u.test(acronym)) return null;
  let initials = '';
  for (let k = a; k <= b; k++) if (isCapitalised(view.tokens[k]!) && view.tokens[k]!.pos !== 'DET') initials += view.tokens[k]!.text[0];
  return initials === acronym ? acronym : null;
}

// One body, by its head word: "the foreign ministry", not "the ministries".
function isBody(mention: Mention): boolean {
  return mention.group && ORGANISATION_WORDS.has(mention.head);
}

// "Ukraine's military intelligence agency disputed the figure. “…,” it
// said": a body that is the subject of a verb of speech has spoken, though
// no statement of its own was read there. So has one that put out words or
// figures: "The ministry released new figures. They showed …, it said."
function speaksNext(view: TokenView, [, last]: Range): boolean {
  const v = skipFillers(view, last + 1, view.tokens.length - 1, 1);
  if (v <= last || v >= view.tokens.length) return false;
  if (isReportingVerb(view, v) && !isWeakVerb(view, v)) return true;
  if (!ISSUING_VERBS.has(view.tokens[v]!.lower)) return false;
  for (let j = v + 1; j <= Math.min(v + RELEASE_REACH, view.tokens.length - 1); j++) if (RELEASED.has(view.tokens[j]!.lower) || DOCUMENT_NOUNS.has(view.tokens[j]!.lower)) return true;
  return false;
}

// Words from "released" to what was released: "released new casualty figures".
const RELEASE_REACH = 4;
const RELEASED = new Set(['figures', 'data', 'numbers', 'statistics', 'estimates', 'estimate', 'tally', 'findings', 'assessment', 'footage', 'map', 'maps']);

// "The army spokesman declined to answer. He said only …": one person the
// text describes, of a gender it shows, as the subject of a main clause.
function isDescribedSubject(view: TokenView, range: Range, mention: Mention): boolean {
  if (!mention.personEvidence || mention.gender === null || !DESCRIBED_PEOPLE.has(view.tokens[range[1]]!.lower)) return false;
  // "A Twitter spokesman, Christopher Abboud, said", "A man named Viktor
  // said": the name after the comma, or after "named", is who it is.
  if (namedNext(view, range[1] + 1)) return false;
  const role = roleWithModifier(view, range);
  return role.salient && role.main;
}

// "But a soldier in the 47th Brigade disputed that account. “We were
// abandoned,” he said": someone brought in, unnamed, to contest or attack
// what was said has spoken as much as one brought in by "said", and a "he"
// soon after is that newcomer (resolve-mention.ts's pastNewcomer()).
function contestsAsNewcomer(view: TokenView, range: Range, mention: Mention): boolean {
  // "A spokesman, Andriy Kovalenko, dismissed the claim": the name is the one who contests.
  if (!introducesSomeone(mention) || namedNext(view, range[1] + 1)) return false;
  const end = view.tokens.length - 1;
  // "a soldier in the 47th Brigade disputed": the verb and the role are the whole phrase's.
  const after = pastModifier(view, range, end);
  // "Another milblogger, who often criticizes the ministry, disputed this."
  const aside = view.tokens[after]?.text === ',' ? verbOfSubject(view, [range[0], after - 1]) : after;
  const verb = aside < 0 ? -1 : skipFillers(view, aside, end, 1);
  const role = subjectRole(view, [range[0], after - 1]);
  return CONTESTING_VERBS.has(view.tokens[verb]?.lower ?? '') && role.salient && role.main;
}

// "His Ukrainian counterpart dismissed the charge. “…,” he said": a person
// described, of a gender the text does not show, as a subject: no "he"
// or "she" may pass over them to someone named before.
function isUngenderedSubject(view: TokenView, range: Range, mention: Mention): boolean {
  if (!isUngenderedPerson(mention)) return false;
  if (view.tokens[range[1] + 1]?.text === ',' || view.roles[range[0] - 1] === 'mark') return false;
  // "saying the person would …": the subject of what someone said, who need
  // not be there; "Lavrov, whose spokesperson declined to comment, said":
  // a clause on a name, who stays the one spoken of.
  const before = view.tokens[range[0] - 1];
  const whose = view.tokens[range[0]]!.lower === 'whose' || before?.lower === 'whose';
  if (before?.pos === 'VERB' || before?.lower === 'that' || whose) return false;
  return roleWithModifier(view, range).salient;
}

// "Viktor Lesko lives alone now. “…,” he said": wink-nlp read "lives" as a
// plural noun, and Viktor Lesko as words before it (nlp.ts mends that only
// before what follows a verb alone). Opening a sentence, a name led by a
// common given name with one such word after it may be that person, who
// is then a subject a "he" may mean as well as anyone named before.
function isNameBeforeVerbAsNoun(view: TokenView, [a, b]: Range): boolean {
  if (b === a || !mayBePresentVerb(view.tokens[b]!) || !opensSentence(view, a)) return false;
  for (let k = a; k < b; k++) if (view.tokens[k]!.pos !== 'PROPN') return false;
  return givenNameGender(nameKey(view.tokens[a]!.text)) !== null;
}

// "His platoon commander, who asked not to be named, said …. “…,” he said":
// a role someone named owns ("his commander", "her lawyer") is someone else
// than the owner, brought in as a main clause's subject, whom a "he" or
// "she" after may mean. Not family ("his wife"), whom news goes on to name,
// nor a role a name follows.
function isOwnedRoleSubject(view: TokenView, range: Range, mention: Mention): boolean {
  if (!ownedBySomeone(view, range[0]) || KIN_NOUNS.has(mention.head) || !(UNNAMED_ROLES.has(mention.head) || PERSON_TITLES.has(mention.head))) return false;
  // "His unit commander, Maj. Ben Ruiz, said": the name is who it is.
  if (namedNext(view, range[1] + 1)) return false;
  const role = roleWithModifier(view, range);
  return role.salient && role.main;
}

// "I met Natalia in a shelter. She fled Sudzha …": the one the writer met or
// spoke to opens the story as a subject would; the writer's "I" is never
// the "she" after. A name right after the writer's verb ("I met", "we
// spoke to", "I asked"), the verb opening its sentence after "I" or "we".
function metByWriter(view: TokenView, first: number): boolean {
  let v = first - 1;
  if (view.tokens[v]?.pos === 'ADP') v--;
  if (view.tokens[v]?.pos !== 'VERB' || view.roles[v] !== 'text') return false;
  const writer = view.tokens[v - 1];
  return (writer?.lower === 'i' || writer?.lower === 'we') && view.sentences[view.sentenceOf[v - 1]!]![0] === v - 1;
}

// "Residents who stayed through the occupation described …": the subject
// runs past a "who" clause with no comma, to just before the verb after
// the clause's own verb group. The phrase itself when no such verb follows.
function pastRelativeClause(view: TokenView, range: Range): Range {
  const who = range[1] + 1;
  if (view.tokens[who]?.lower !== 'who' || view.roles[who] !== 'text') return range;
  let own = false;
  for (let k = who + 1; k < view.tokens.length && view.roles[k] === 'text'; k++) {
    const t = view.tokens[k]!;
    if (t.text === ',' || isTerminal(view, k) || t.lower === 'that' || t.lower === 'and') return range;
    if (!isFiniteVerb(t)) continue;
    if (own) return [range[0], k - 1];
    own = true;
    // "who have long stayed": the clause's verb group, auxiliaries and all.
    while (VERB_GROUP.has(view.tokens[k + 1]?.pos ?? '')) k++;
  }
  return range;
}

const VERB_GROUP = new Set(['AUX', 'VERB', 'ADV', 'PART']);

// "The commander of the Akhmat unit posted a video": the subject's role,
// read past the phrase that says whose or where it is, to the verb.
function roleWithModifier(view: TokenView, range: Range): { salient: boolean; main: boolean } {
  return subjectRole(view, [range[0], pastModifier(view, range, view.tokens.length - 1) - 1]);
}

// "A soldier posted a video from the village. “We did it,” he said.": someone
// brought in unnamed, of no known gender, as a main clause's subject. The
// "he" is likely the soldier, but may be someone else ("A soldier was
// killed"); it is surely not anyone named before the soldier.
function isSilentNewcomer(view: TokenView, range: Range, mention: Mention): boolean {
  // Only a noun that surely names a person: "a demographic corner" or "a
  // national organization" introduces no one a "he" could mean.
  if (!introducesSomeone(mention) || mention.gender !== null || !(isPersonNoun(mention.head) || UNNAMED_ROLES.has(mention.head)) || view.roles[range[0] - 1] === 'mark') return false;
  // "Maryam Violet, an Iranian journalist visiting Nice, told": an appositive,
  // and "told a voter passing by": an object, no subject.
  const before = view.tokens[range[0] - 1];
  if (before?.text === ',' || before?.pos === 'VERB') return false;
  // Not a title: "A president who authorized the raid … will hand his
  // successor a war" is the writer's way to speak of the president named.
  if (opensSentence(view, range[0]) && !PERSON_TITLES.has(mention.head) && describedNext(view, pastModifier(view, range, view.tokens.length - 1))) return true;
  if (view.tokens[range[1] + 1]?.text === ',') return false;
  const role = roleWithModifier(view, range);
  return role.salient && role.main;
}

// "A soldier who fought in Sudzha described …", "A soldier, speaking on
// condition of anonymity, said …": after the one a sentence opens with, a
// "who" clause or an aside that describes them. Both put off the main verb,
// where subjectRole() looks, but leave the newcomer the sentence's subject.
function describedNext(view: TokenView, next: number): boolean {
  const t = view.tokens[next];
  const after = view.tokens[next + 1];
  if (!t || !after) return false;
  if (t.lower === 'who') return after.pos === 'VERB' || after.pos === 'AUX' || after.pos === 'ADV';
  return t.text === ',' && after.pos === 'VERB' && /(?:ing|ed)$/.test(after.lower);
}

/** True for a description of one person the text has not introduced as new ("his counterpart", "the official"), of no gender it shows. */
export function isUngenderedPerson(mention: Mention): boolean {
  return (PERSON_NOUNS.has(mention.head) || UNNAMED_ROLES.has(mention.head)) && !COLLECTIVES.has(mention.head) && mention.gender === null && !introducesSomeone(mention);
}

const COLLECTIVES = new Set(['crowd', 'audience']);
// Roles news gives people it does not name, which seldom stand for someone it has.
const UNNAMED_ROLES = new Set(['official', 'officer', 'commander', 'soldier', 'spokesperson', 'aide', 'adviser', 'advisor', 'analyst', 'lawmaker', 'diplomat']);

// "The Ukrainian president accused Russia …": a title, with "the", as the
// subject of a main clause, which may be someone the article has named.
function isEpithetSubject(view: TokenView, range: Range, mention: Mention): boolean {
  if (view.tokens[range[0]]!.lower !== 'the' || !PERSON_TITLES.has(mention.head)) return false;
  // "Tom Ruiz, the presumptive nominee, who …": an appositive, no subject.
  if (view.tokens[range[1] + 1]?.text === ',') return false;
  // "“…,” the former president said": the quote's speaker, whom attribution resolves.
  if (view.roles[range[0] - 1] === 'mark') return false;
  const role = roleWithModifier(view, range);
  return role.salient && role.main;
}

// Nouns for one person of a known gender that name no one's family: "his
// wife" is most often a relative the article names ("Trump's wife" … "she"
// is Melania).
const DESCRIBED_PEOPLE = new Set(['spokesman', 'spokeswoman', 'chairman', 'chairwoman', 'congressman', 'congresswoman', 'councilman', 'councilwoman', 'woman', 'man', 'girl', 'boy']);

// "“…,” said Sergei, a resident of Sudzha. He added …", "Tom said: …", "His
// neighbour, Viktor, agreed": war reporting often gives a speaker only a
// first name. A common given name shows a person when it is a verb of
// speech's subject or when the text calls it one ("his brother Viktor", "a
// neighbour, Viktor,"); "but Kevin was drifting off" does not.
function firstNamedPerson(view: TokenView, [a, b]: Range, mention: Mention, described: Mention | null, namedBy: boolean): Mention {
  if (mention.kind !== 'name' || mention.personEvidence || mention.name.includes(' ')) return mention;
  // "A soldier named Tomas", "a soldier identified only as Tomas": the
  // text gives a person their name, however rare the name.
  if (namedBy && described && isPersonNoun(described.head)) return { ...mention, personEvidence: true };
  if (!givenNameGender(nameKey(view.tokens[b]!.text))) return mention;
  const calledPerson = !!described || mention.descriptors.some(isPersonNoun);
  const speaks = isReportingVerb(view, b + 1) || (a > 0 && INVERTING_VERBS.has(view.tokens[a - 1]!.lower));
  return calledPerson || speaks ? { ...mention, personEvidence: true } : mention;
}

// "the president and the first lady, Michelle Obama": the description's
// gender goes with the name before it is looked up, so that she does not
// join the "Mr. Obama" the article named first.
function withGenderOf(mention: Mention, description: Mention | null): Mention {
  return mention.kind === 'name' && !mention.gender && description?.gender ? { ...mention, gender: description.gender } : mention;
}

// "She appeared to imply that Trump could …": a "he" or "she" that is a main
// clause's subject refers to someone named before, who stays the one spoken
// of. Without it, a name in a clause after the pronoun would look like the
// last subject, and the next "she said" would go to it.
function addPronounSubject(view: TokenView, entities: ArticleEntities, offset: number, range: Range, pronoun: Mention): void {
  if (pronoun.name !== 'he' && pronoun.name !== 'she') return;
  const { salient, main } = subjectRole(view, range);
  if (!salient || !main) return;
  const at = offset + view.tokens[range[0]]!.start;
  const sentence = offset + sentenceStartOf(view, range[0]);
  const entity = entities.resolve(pronoun, at, notReferredTo(view, range, offset), 0, reportedBefore(view, range, offset));
  if (entity) entities.markReference(entity, at, sentence);
}

// "Rubio's rival in New Hampshire", "ads across South Carolina": a name
// written as where things happen is a place, though its two capitalised words
// look like a person's and a later "he said" could go to it. Only a name with
// nothing else of a person (no title, no honorific).
function isPlace(view: TokenView, [a, b]: Range, mention: Mention): boolean {
  return mention.kind === 'name' && PLACE_LEADS.has(view.tokens[a - 1]?.lower ?? '') && !isPossessive(view.tokens[b + 1]?.text ?? '') &&
    mention.descriptors.length === 0 && mention.gender === null && mention.name.includes(' ');
}

const PLACE_LEADS = new Set(['in', 'across', 'throughout']);

// A person named right after a verb of asking: "asked Ben Cole whether …".
function isAskedPerson(view: TokenView, first: number, mention: Mention): boolean {
  const verb = view.tokens[first - 1];
  return mention.kind === 'name' && !!verb && verb.pos === 'VERB' && ASKING_VERBS.has(verb.lower) && view.roles[first - 1] === 'text';
}

function pairWithAsker(view: TokenView, entities: ArticleEntities, offset: number, first: number): void {
  const asker = subjectBefore(view, verbOfObject(view, first), view.sentences[view.sentenceOf[first]!]![0]);
  if (asker && mentionAt(view, asker)?.kind === 'name') entities.pair(offset + view.tokens[asker[0]]!.start, offset + view.tokens[first]!.start);
}

const ASKING_VERBS = new Set(['asked', 'asks', 'questioned', 'pressed', 'interviewed']);

// "Natalia, who fled Sudzha,", "Natalia, whose husband is missing,": "who"
// is said of people, as "whose" before a word for family is; "the firm,
// whose shares fell" is no one.
function opensWhoClause(view: TokenView, comma: number): boolean {
  if (view.tokens[comma]?.text !== ',' || view.roles[comma + 1] !== 'text') return false;
  const word = view.tokens[comma + 1]?.lower;
  return word === 'who' || (word === 'whose' && KIN_NOUNS.has(view.tokens[comma + 2]?.lower ?? ''));
}

// "Peskov was asked whether …": one a question is put to is a person, whom
// "he" may mean, as one who speaks is.
function isAskedInPassive(view: TokenView, k: number): boolean {
  const be = skipFillers(view, k, view.tokens.length - 1, 1);
  if (!BE_FORMS.has(view.tokens[be]?.lower ?? '') || view.roles[be] !== 'text') return false;
  const verb = skipFillers(view, be + 1, view.tokens.length - 1, 1);
  return ASKING_VERBS.has(view.tokens[verb]?.lower ?? '') && view.roles[verb] === 'text';
}

// "Gerasimov reported to Putin, who thanked him. “…,” he said": the one a
// subject turns to, who answers back in a clause of their own, may be the
// "he" as well as the subject, as the one asked is.
function answersBack(view: TokenView, [first, last]: Range, mention: Mention): boolean {
  if (mention.kind !== 'name' || view.tokens[last + 1]?.text !== ',' || view.tokens[last + 2]?.lower !== 'who') return false;
  const before = verbOfObject(view, first);
  if (view.tokens[before]?.pos !== 'VERB' || view.roles[before] !== 'text') return false;
  const verb = skipFillers(view, last + 3, view.tokens.length - 1, 1);
  return view.tokens[verb]?.pos === 'VERB' && BACK_OBJECTS.has(view.tokens[verb + 1]?.lower ?? '');
}

const BACK_OBJECTS = new Set(['him', 'her']);

// Where the verb whose object opens at `first` stands: right before it, or
// before its preposition ("reported to Putin").
function verbOfObject(view: TokenView, first: number): number {
  return view.tokens[first - 1]?.pos === 'ADP' ? first - 2 : first - 1;
}

// "MEXICO CITY - The rise of …": a paragraph that opens on capitals and a
// dash opens on the dateline, a place, which a later "he" never means.
function isDateline(view: TokenView, [, b]: Range): boolean {
  return b < datelineDash(view);
}


/** The name joined to the name at `range` by "and" ("Tom Hale and Ben Cole"), or null. */
function pairedName(view: TokenView, [, last]: Range): Range | null {
  if (view.tokens[last + 1]?.lower !== 'and') return null;
  const second = chunkRight(view, last + 2, view.tokens.length - 1);
  return second && mentionAt(view, second)?.kind === 'name' ? second : null;
}

// "Professors Foner and Alba suggest …. In the United States, they write,
// “…”": two names joined by "and" that are a clause's subject are a group
// that a later "they" can find, named as the text names them. Each is also
// the other's partner: a "he" that fits both is either (resolve-mention.ts).
function addPair(view: TokenView, entities: ArticleEntities, offset: number, [first]: Range, second: Range, sentence: number, main: boolean): void {
  entities.add(jointMention(writtenAt(view, [first, second[1]])), offset + view.tokens[first]!.start, sentence, true, main);
  entities.pair(offset + view.tokens[first]!.start, offset + view.tokens[second[0]]!.start);
}

// "whether she is fit to be president, Lee on Monday said": after a form of
// "be", the description is what someone is, ending a clause, not an
// appositive for the name after the comma.
function isPredicate(view: TokenView, first: number): boolean {
  return COPULAS.has(view.tokens[first - 1]?.lower ?? '');
}

const COPULAS = new Set(['be', 'is', 'was', 'were', 'are', 'been', 'being', 'become', 'became', 'becomes', 'remain', 'remains', 'remained']);

// "Mark Lee's son, Tom," / "Ann Lee's campaign": the description is someone
// else, but its possessor is a name the article gives, which a later bare
// "Lee" or "he" must be able to find. Read as no subject: it is not one.
// Returns the first token after the possessive, or -1 when no name owns the phrase.
function addPossessor(view: TokenView, entities: ArticleEntities, offset: number, [first, last]: Range): number {
  let mark = first + 1;
  while (mark < last && !isPossessive(view.tokens[mark]!.text)) mark++;
  // "(See Lee's timeline below.)": a verb opening the sentence is no part of the name.
  let start = first;
  while (start < mark && view.tokens[start]!.pos === 'VERB') start++;
  if (mark >= last || start === mark) return -1;
  const owner = mentionAt(view, [start, mark - 1]);
  if (owner?.kind !== 'name') return -1;
  const sentence = offset + sentenceStartOf(view, start);
  // "Lee's article attacked Ruiz. He calls …": the author of a work that is
  // the sentence's subject is who the sentence is about. So is the one whose
  // office issued it ("A statement from Zelensky's office quoted him as …").
  const issuer = issuesSubject(view, [first, last]);
  const mainSubject = issuer || isMainSubject(view, [first, last]);
  const authored = (AUTHORED_WORKS.has(view.tokens[last]!.lower) && mainSubject) || issuer;
  entities.add(owner, offset + view.tokens[start]!.start, sentence, authored, true, mainSubject);
  return mark + 1;
}

// "Ukraine's foreign minister, Andrii Sybiha,": a country that owns a role
// is part of what describes the one named ("ukraine"), so that "the Polish
// minister" is known to be someone else (resolve-mention.ts).
function withOwnersCountry(view: TokenView, first: number, owned: number, role: Mention | null): Mention | null {
  const owner = view.tokens[owned - 2]!;
  if (!role || owned - 2 !== first || !countriesOf(owner.lower)) return role;
  return { ...role, descriptors: [...role.descriptors, owner.lower] };
}

// "Sybiha's reply came hours later. “…,” he wrote": so is the one whose words it names.
const AUTHORED_WORKS = new Set([
  'article', 'essay', 'column', 'op-ed', 'editorial', 'book', 'speech', 'remarks',
  'reply', 'response', 'answer', 'message', 'statement', 'letter', 'post', 'tweet', 'comments',
]);

// "A statement from …": the phrase `first`..`last` follows "from" after a
// document, and the whole is the sentence's subject.
function issuesSubject(view: TokenView, [first, last]: Range): boolean {
  if (view.tokens[first - 1]?.lower !== 'from') return false;
  const document = chunkLeft(view, first - 2, 0);
  return !!document && DOCUMENT_NOUNS.has(view.tokens[document[1]]!.lower) && isMainSubject(view, [document[0], last]);
}

function isMainSubject(view: TokenView, range: Range): boolean {
  const { salient, main } = subjectRole(view, range);
  return salient && main;
}

// "his wife, Jane Lee," / "whose husband, Ty Lee,": family of someone the
// article is about. The tagger reads "whose" as a determiner, so it may open
// the phrase; "his" and "her" stand before it.
function ownedBySomeone(view: TokenView, first: number): boolean {
  return view.tokens[first]!.lower === 'whose' || OWNERS.has(view.tokens[first - 1]?.lower ?? '');
}

const OWNERS = new Set(['his', 'her', 'their', 'whose']);

// "Ann Lee, a Democratic senator, said": the description between commas is
// hers, so "the senator" later in the article can find her.
function describeFromAppositive(view: TokenView, entities: ArticleEntities, entity: Entity, comma: number): void {
  if (view.tokens[comma]?.text !== ',') return;
  // "Viktoria, 34, fled Sudzha": an age between commas is said of a person only.
  if (isAge(view.tokens[comma + 1]) && view.tokens[comma + 2]?.text === ',') entities.markPerson(entity);
  const chunk = chunkRight(view, comma + 1, view.tokens.length - 1);
  // "Valery Gerasimov, the chief of the General Staff, said": a role's phrase is part of what he is.
  const range: Range | null = chunk && [chunk[0], pastModifier(view, chunk, view.tokens.length - 1) - 1];
  // "the city of Sumy, the president said": a description followed by a
  // verb is the next clause's subject. "a fighter who declined to give his
  // surname," closes after its "who" clause.
  if (!range || !/^[,;.]$/.test(view.tokens[appositiveEnd(view, range)]?.text ?? '')) return;
  // "Dora Lee, whose husband, …" opens a relative clause about someone else.
  if (view.tokens[range[0]]!.lower === 'whose') return;
  // "in Jupiter, Fla., the campaign manager, Corey Lewandowski, yanked …":
  // a description that a comma and a name follow is that name's.
  if (view.tokens[range[1] + 1]!.text === ',' && namedAt(view, range[1] + 2)) return;
  const mention = mentionAt(view, range);
  if (mention?.kind !== 'description' || mention.group) return;
  // "Ben Carson, a retired neurosurgeon,": a role noun, not only a title, says what "the neurosurgeon" means later.
  if (mention.personEvidence || namesPeople(mention.head)) entities.describe(entity, mention, range[1] > chunk![1]);
  // "Dmitry, a Russian volunteer fighter, spent six months …": a given
  // name the text calls a person is one, as "a fighter, Dmitry," is
  // (firstNamedPerson()), and a "he" may mean him.
  if (isPersonNoun(mention.head) && givenNameGender(nameKey(entity.name)) !== null) entities.markPerson(entity);
}

// Where the appositive phrase `range` ends: the token after it, or past a
// "who" clause on it, the clause's closing comma or full stop (-1 when
// that is not near).
function appositiveEnd(view: TokenView, [, b]: Range): number {
  const next = b + 1;
  if (view.tokens[next]?.lower !== 'who' || view.roles[next] !== 'text') return next;
  return whoClauseClose(view, next, next + WHO_CLAUSE_WORDS - 1);
}

// A whole number a person's age may be: not a year ("May 9, 1945,").
function isAge(token: Token | undefined): boolean {
  return !!token && /^[1-9]\d?$|^1[01]\d$/.test(token.text);
}

// A comma after a description, where a name may follow ("Her father, Tom,"),
// or "named" or "called" and a name that a comma or the verb follows ("A man
// named Viktor, 70, was sitting"; not "one lawmaker called Trump “…”").
// A name at `k` that a description before it gives ("A spokesman, Tom
// Abbot, said", "A man named Viktor said"): after a comma, only when a
// name does follow it ("A … woman, meanwhile, received" names no one).
function namedNext(view: TokenView, k: number): boolean {
  return beforeName(view, k) && (view.tokens[k]?.text !== ',' || namedAt(view, k + 1));
}

function beforeName(view: TokenView, k: number): boolean {
  const t = view.tokens[k];
  if (t?.text === ',' || nameGivenAfter(view, k) > k) return true;
  if (!t || !NAMING_PARTICIPLES.has(t.lower) || !isCapitalised(view.tokens[k + 1] ?? t)) return false;
  const name = chunkRight(view, k + 1, view.tokens.length - 1);
  const after = name && view.tokens[name[1] + 1];
  return !!after && view.roles[name![1] + 1] === 'text' && (after.text === ',' || after.pos === 'VERB' || after.pos === 'AUX');
}

// "A woman who gave her name as Lyudmila stood …", "a soldier identified
// only as Andriy": war reporting names people it may not name in full so.
// The first token of the name such a clause at `k` gives; -1 when there is
// none.
function nameGivenAfter(view: TokenView, k: number): number {
  const t = view.tokens[k];
  if (t?.lower === 'identified') {
    const as = view.tokens[k + 1]?.lower === 'only' ? k + 2 : k + 1;
    const name = view.tokens[as]?.lower === 'as' ? chunkRight(view, as + 1, view.tokens.length - 1) : null;
    return name && name[0] === as + 1 && endsInName(view, name) ? as + 1 : -1;
  }
  if (t?.lower !== 'who' || view.roles[k] !== 'text') return -1;
  let as = k + 2;
  while (as < Math.min(view.tokens.length, k + NAME_CLAUSE_REACH) && view.tokens[as]!.lower !== 'as') as++;
  const name = view.tokens[as]?.lower === 'as' ? chunkRight(view, as + 1, view.tokens.length - 1) : null;
  return name && name[0] === as + 1 && nameGivenBy(view, k, name[1]) ? as + 1 : -1;
}

// "who asked to be identified only as": the longest such clause up to "as".
const NAME_CLAUSE_REACH = 9;

function namedAt(view: TokenView, first: number): boolean {
  const range = chunkRight(view, first, view.tokens.length - 1);
  return !!range && range[0] === first && mentionAt(view, range)?.kind === 'name';
}

// "Tom Hale attacked her": the object of a verb is someone other than the
// verb's subject (who would be "himself"), so when that subject is a name it
// says nothing of its gender. In "Lee spoke, and critics attacked him" it
// still says Lee's. "her" before a noun is a possessive ("defended her
// plan"), which may well be the subject's own.
// So is the object of a preposition that points at someone else ("Lee filed
// reports against him", "wrote to him"); not "with him" or "behind him",
// which may be the subject's own company, nor "criticism of him".
function isNamedSubjectsObject(view: TokenView, i: number): boolean {
  const word = view.tokens[i]!.lower;
  if (word !== 'him' && word !== 'her') return false;
  const next = view.tokens[i + 1];
  if (word === 'her' && next && POSSESSED.has(next.pos)) return false;
  const verb = view.tokens[i - 1]?.pos === 'VERB' ? i - 1 : OTHER_PREPOSITIONS.has(view.tokens[i - 1]?.lower ?? '') ? verbBefore(view, i - 2) : -1;
  if (verb < 0) return false;
  const subject = subjectBefore(view, verb, view.sentences[view.sentenceOf[i]!]![0]);
  return !!subject && endsInName(view, subject);
}

const POSSESSED = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const OTHER_PREPOSITIONS = new Set([...TARGET_PREPOSITIONS, 'from']);

// The verb whose object phrase ends at `j` ("filed four reports"), within a
// few words and no punctuation; -1 when there is none.
function verbBefore(view: TokenView, j: number): number {
  for (let k = j; k >= 0 && j - k < 6; k--) {
    const t = view.tokens[k]!;
    if (t.pos === 'VERB') return k;
    if (t.pos === 'PUNCT' || view.roles[k] !== 'text') return -1;
  }
  return -1;
}

const MALE = new Set(['he', 'his', 'him', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);

// A sentence that names one person and says "he" or "his" (and never "she")
// is weak evidence of that person's gender; summed over the article it lets
// "she said" skip past the men.
class GenderVotes {
  private readonly people = new Set<Entity>();
  private sentence = -1;
  private male = 0;
  private female = 0;
  /** "his" or "her" before anyone is named in the sentence. */
  private early: string[] = [];

  constructor(private readonly entities: ArticleEntities) {}

  // Only pronouns after the name count: in "She says Trump lied", "she" is
  // someone else. A possessive in a phrase a preposition opens before it is
  // kept for addPerson(); one on a description of the name is its owner's
  // ("Her Ukrainian counterpart, Heorhii Tykhyi," is a man).
  countPronoun(word: string, afterPreposition = false): void {
    if (this.people.size === 0) {
      if ((word === 'his' || word === 'her') && afterPreposition) this.early.push(word);
      return;
    }
    if (MALE.has(word)) this.male++;
    else if (FEMALE.has(word)) this.female++;
  }

  // "In his evening address, Zelenskiy struck a defiant tone": a possessive
  // in the phrase that opens the sentence is the subject's after it.
  addPerson(entity: Entity, subjectAfterOpening: boolean): void {
    const first = this.people.size === 0;
    this.people.add(entity);
    if (first && subjectAfterOpening) for (const word of this.early) this.countPronoun(word);
  }

  atSentence(sentence: number): void {
    if (sentence === this.sentence) return;
    const [only] = this.people;
    if (this.people.size === 1 && only && (this.male > 0) !== (this.female > 0)) {
      this.entities.voteGender(only, this.male > 0 ? 'male' : 'female');
    }
    this.people.clear();
    this.male = this.female = 0;
    this.early = [];
    this.sentence = sentence;
  }
}

/** The mention the tokens in `range` make, with a source's qualifier after them ("people familiar with the talks"). */
export function mentionAt(view: TokenView, range: Range): Mention | null {
  const qualified = withSourceQualifier(view, range);
  const mention = qualified ? describeRange(view, qualified) : null;
  if (mention?.qualified) return mention;
  const own = describeRange(view, range);
  // "Lashkar-e-Taiba" read from its lower-case middle on is "-Taiba": a piece of a word, no name.
  return own?.kind === 'name' && !/^\p{L}/u.test(own.name) ? null : withIntensifierGender(view, range, own);
}

// "Clinton herself signaled …": the reflexive says which Clinton, in an
// article that names Bill and Hillary both.
function withIntensifierGender(view: TokenView, range: Range, mention: Mention | null): Mention | null {
  const gender = REFLEXIVE_GENDERS.get(view.tokens[range[1] + 1]?.text ?? '');
  if (mention?.kind !== 'name' || mention.gender || !gender || !isIntensifier(view, range[1] + 1)) return mention;
  return { ...mention, gender, personEvidence: true };
}

const REFLEXIVE_GENDERS = new Map<string, 'male' | 'female'>([['himself', 'male'], ['herself', 'female']]);

function describeRange(view: TokenView, [a, b]: Range): Mention | null {
  return describeMention(view.tokens.slice(a, b + 1), writtenAt(view, [a, b]), opensSentence(view, a));
}

/** The phrase `range` as written, on one line: a hard-wrapped name ("harbour master\nIngrid Solberg") is still one name. */
export function writtenAt(view: TokenView, [a, b]: Range): string {
  const text = view.text.slice(view.tokens[a]!.start, view.tokens[b]!.end);
  return UNUSUAL_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
}

// Space other than single plain spaces: only then has the phrase anything to collapse (testing is cheaper than replacing).
const UNUSUAL_SPACE = /\s\s|[^\S ]/;
