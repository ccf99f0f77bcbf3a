/**
 * The people and bodies one article mentions, in order, and the rules that
 * say whom a pronoun, a surname or a description refers to. Pronouns go to
 * the nearest earlier subject that fits ("he" a person, "they" a group);
 * descriptions go to the nearest earlier entity that carries every one of
 * their words, so "the Ukrainian Chief of Staff" never becomes a Russian one.
 */
import { isDictionaryWord } from '../nlp.ts';
import { DOCUMENT_NOUNS, GENDERED_NOUNS, OFFICES, ORGANISATION_WORDS, PERSON_TITLES } from './cues.ts';
import { countriesOf } from './demonyms.ts';
import { hasGivenNameShape, introducesSomeone, type Mention } from './mention.ts';
import { givenNameGender } from './given-names.ts';
import { nameKeys, phraseKey } from './name-key.ts';
import { COUNTRY_PLURALS, namesPeople, pluralNamesPeople } from './people-words.ts';
import { isPlaceName } from './places.ts';

/** A person, organisation or unresolved description within one article. */
export interface Entity {
  kind: 'person' | 'organisation' | 'description';
  /** The fullest name the article gives so far. */
  name: string;
  first: string | null;
  last: string;
  descriptors: Set<string>;
  /** From an honorific ("Mrs."), or else from the pronouns of sentences about this person alone. */
  gender: 'male' | 'female' | null;
  /** Sentences naming only this person that use "he/his" (positive) or "she/her" (negative). */
  genderVotes: number;
  person: boolean;
  group: boolean;
  /** Last word of the phrase, lower-cased: a group description resolves only to a group with the same head. */
  head: string;
  /** Body offsets, ascending, of the mentions that were a clause's subject or a quote's speaker. */
  subjects: number[];
  /** Introduced as family of someone else ("his wife, Jane Lee"): not who a bare "Lee" means. */
  relative: boolean;
  /** Written as where things happen ("in New Hampshire"): a place, whatever its two capitalised words suggest. */
  place: boolean;
  /** Has been a quote's speaker. */
  spoke: boolean;
  /** An unnamed person brought in with "a" or "one" (see introducesSomeone()). */
  newcomer: boolean;
  /** Written somewhere other than a sentence's first word, where any word has a capital ("Loyalty, he noted, …"). */
  writtenInside: boolean;
  /**
   * A surname with an honorific that could be either of two people the
   * article names ("Mr. Khan" after "Khizr and Ghazala Khan"): kept as
   * written, and never joined by a full name that comes later ("her son,
   * Humayun Khan"), who is someone else again.
   */
  either: boolean;
  /** A title as a main clause's subject that no one named was given ("the Ukrainian president accused …"): someone a "he" or "she" may mean. */
  epithet: boolean;
  /**
   * Roles an appositive gave with the body they are held in ("Dan Gross,
   * president of the Brady Campaign,"): a bare "the president" later is
   * his only when no one else holds the title (resolveDescription()).
   */
  bodyRoles: Set<string> | null;
}

/** Body offsets [from, to). */
export type OffsetRange = readonly [number, number];

interface MentionRecord {
  entity: Entity;
  at: number;
  /** Body offset of the sentence the mention is in. */
  sentence: number;
  salient: boolean;
  /** False for a subject inside a subordinate clause ("the event where Ann Lee spoke"). */
  main: boolean;
  /** Written out here (a name or phrase), not a pronoun's referent or a speaker marked again. */
  written: boolean;
  /**
   * The owner of a main clause's subject ("Zelenskiy's office did not
   * respond"): someone the sentence is about, though no pronoun's referent.
   */
  ownsSubject?: boolean;
}

// How far back a pronoun or description looks, in mentions; bounds the cost per lookup.
const LOOKBACK = 80;

// About two sentences of news prose, in characters: how recent a subject
// must be to count as the one just spoken of (a newcomer keeps a title from
// the person last given it; a namesake wins over the article's main one;
// "they" and "it" look no further).
const RECENT = 250;
/** How far back, in characters, a document's issuer stays the one "the statement" means: a few paragraphs. */
const ISSUER_REACH = 1500;

// A plural that points back at a group already named: "the officials", "those protesters".
const REFERS_BACK = /^(?:the|these|those|both|its|their|his|her|our)\s/i;

/**
 * A plural without a determiner ("People said …", "sources said"): it
 * speaks of a group the story has not named before, or of people at large,
 * so it is not joined to an earlier group; written as it stands, it says no
 * more than the text (after "200 people were killed", "People said" is not
 * the dead).
 */
function isBareGroup(m: Mention): boolean {
  return m.kind === 'description' && m.group && !REFERS_BACK.test(m.written);
}

// Which of two people named together each word points back at (pairMember()).
const PAIR_MEMBERS = new Map([['the former', 0], ['the latter', 1]]);

/** The entities of one article, filled in reading order. */
export class ArticleEntities {
  private readonly records: MentionRecord[] = [];
  private readonly byLast = new Map<string, Entity[]>();
  private readonly byFirst = new Map<string, Entity[]>();
  private readonly byPhrase = new Map<string, Entity>();
  // Someone brought in with "a", "one" or "another", by the offset that
  // brings them in: each is a new person ("“…,” the source said. Another
  // source, …, said" are two), however often that one mention is looked up.
  private readonly newcomerAt = new Map<number, Entity>();
  /** "the source" → the source last introduced with a qualifier ("a source familiar with …"). */
  private readonly byQualifiedHead = new Map<string, Entity>();
  /** Body offsets of two names that are one subject ("Tom Hale and Ben Cole met"), each to the other. */
  private readonly partners = new Map<number, number>();
  /** Body offsets of people described with no gender shown (addUngendered()): few, so a scan is cheap. */
  private readonly ungenderedAt: number[] = [];
  /** Body offsets of bodies described as subjects before they spoke (addSilentBody()). */
  private readonly silentBodyAt: number[] = [];
  /** Body offsets of subjects of a verb of speech in a subordinate clause ("which Ukraine denied"; addInnerSpeaker()). */
  private readonly innerSpeakerAt: number[] = [];
  /** Body offsets of subjects that held words back ("Ukraine did not comment"; addWithheld()). */
  private readonly withheldAt: number[] = [];
  /** Role nouns brought in again for someone new ("another milblogger"), with body offsets (addAnother()). */
  private readonly anotherAt: { head: string; at: number }[] = [];
  /** "statement" → who issued the one last introduced ("X, in a statement, said"), for a later "the statement said". */
  private readonly issuers = new Map<string, { entity: Entity | null; at: number }>();

  /**
   * Records a document called `noun` ("statement") introduced at body
   * offset `at`, and who issued it, or null when the text does not say.
   */
  noteDocument(noun: string, at: number, issuer: Entity | null): void {
    this.issuers.set(noun, { entity: issuer, at });
  }

  /**
   * Who issued the document introduced last before body offset `at`, if it
   * was introduced soon before and the text said who: "The ministry issued
   * a statement. “…,” it read."
   */
  lastIssuer(at: number): Entity | null {
    let last: { entity: Entity | null; at: number } | null = null;
    for (const issued of this.issuers.values()) if (issued.at < at && (!last || issued.at > last.at)) last = issued;
    return last && at - last.at < ISSUER_REACH ? last.entity : null;
  }

  /**
   * Records a mention at body offset `at` in the sentence starting at
   * `sentence`; `salient` when it is the subject of a clause, `main` unless
   * that clause is a subordinate one.
   */
  add(mention: Mention, at: number, sentence: number, salient: boolean, main = true, ownsSubject = false): Entity | null {
    const entity = this.entityFor(mention, at);
    if (entity) this.records.push({ entity, at, sentence, salient, main, written: true, ownsSubject });
    if (entity && at !== sentence) entity.writtenInside = true;
    if (entity && salient) addSubject(entity, at);
    return entity;
  }

  /**
   * Adds a person described, not named, as a main clause's subject ("The
   * army spokesman declined to answer."), so that a "he" after it means
   * that person rather than someone named further back. A description the
   * article already gave a named person ("the spokesman" after "Dmitry
   * Peskov, the Kremlin spokesman") is that person.
   */
  addDescribed(mention: Mention, at: number, sentence: number): void {
    const entity = this.resolveDescription(mention, at, 0) ?? this.entityFor(mention, at);
    if (entity) this.records.push({ entity, at, sentence, salient: true, main: true, written: true });
  }

  /**
   * Adds a role someone owns as a main clause's subject ("His platoon
   * commander, who asked not to be named, said"): someone other than the
   * owner, whom a "he" or "she" after it may mean.
   */
  addOwnedRole(mention: Mention, at: number, sentence: number): void {
    const entity = this.entityFor(mention, at);
    if (!entity) return;
    if (entity.kind === 'description') entity.epithet = true;
    this.records.push({ entity, at, sentence, salient: true, main: true, written: true });
  }

  /**
   * Adds the person a title as a main clause's subject refers to ("the
   * Ukrainian president accused Russia …" after "President Volodymyr
   * Zelenskiy"), so that a "he" after it means that person rather than
   * someone named since; or, when no one was given the title, the title
   * itself, whom a "he" may be as well. False when it adds neither.
   */
  addEpithet(mention: Mention, at: number, sentence: number): boolean {
    const entity = this.resolveDescription(mention, at, 0) ?? this.otherOfficeHolder(mention, at);
    if (entity) this.records.push({ entity, at, sentence, salient: true, main: true, written: true });
    return !!entity;
  }

  /**
   * Notes a person described as a subject at `at`, of a gender the text
   * does not show ("His Ukrainian counterpart dismissed the charge."), whom
   * a "he" or "she" after it may mean as well as anyone named before it:
   * the pronoun then goes to no one (resolvePronoun()). No candidate
   * itself: news writes "the Republican incumbent" of someone it has
   * named, whom the description stands for.
   */
  addUngendered(at: number): void {
    this.ungenderedAt.push(at);
  }

  /**
   * Notes a body the text only describes (its head noun `head`), as a main
   * subject at `at`, that has not spoken ("Kazakhstan's foreign ministry called for restraint."):
   * no candidate for "it" yet (canBeIt()), but an "it" after it may mean it
   * as well as a body or country before it, so the "it" goes to no one.
   */
  addSilentBody(at: number, head: string): void {
    // "The institute said Ukrainian forces were near Demidovka. It added …":
    // a body spoken of as many is never an "it".
    if (!PLURAL_BODIES.has(head)) this.silentBodyAt.push(at);
  }

  /**
   * Notes a subject at `at` that held words back ("Ukraine did not
   * comment.", "The ministry declined to give figures."): an "it" or "they"
   * right after is then as likely a body that spoke before it (resolvePronoun()).
   */
  addWithheld(at: number): void {
    this.withheldAt.push(at);
  }

  /**
   * Notes the subject at `at` of a verb of speech in a subordinate clause
   * ("Moscow accused Kyiv of shelling the plant, which Ukraine denied."): an
   * "it" or "they" after it may mean it as well as the main clause's subject.
   */
  addInnerSpeaker(at: number): void {
    this.innerSpeakerAt.push(at);
  }

  /**
   * Records `acronym` as another name of the body `entity` ("The Institute
   * for the Study of War (ISW)"), so that "the ISW wrote" is the institute.
   */
  addAlias(acronym: string, entity: Entity): void {
    const key = phraseKey(acronym);
    if (!this.byPhrase.has(key)) this.byPhrase.set(key, entity);
  }

  /**
   * Notes a second holder of a role brought in at `at` ("Another prominent
   * milblogger disputed this."): "the milblogger" after it may be either,
   * so it no longer stands for the one named before (resolveDescription()).
   */
  addAnother(head: string, at: number): void {
    this.anotherAt.push({ head, at });
  }

  // "Foreign Minister Ivan Sorokin said … The Ukrainian president accused
  // …": a title the article never gave anyone, when everyone the sentence
  // before made its subject holds another office, or one of another country
  // ("Ukrainian President Volodymyr Zelensky met Emmanuel Macron. The French
  // president said"), is someone else, whom the title alone describes; a
  // "he" after it is not the minister's or Zelensky's. Otherwise
  // the title may be anyone's the article named ("Bernie Sanders" … "the
  // Vermont senator"), and no guess is added.
  private otherOfficeHolder(m: Mention, at: number): Entity | null {
    // "She said Washington was working for peace": a place holds no office.
    const isSubject = (r: MentionRecord) => r.salient && r.main && r.entity.kind === 'person' && !r.entity.place;
    const last = this.nearestRecord(at, isSubject);
    if (!last || at - last.at >= RECENT) return null;
    const subjects = this.records.filter((r) => r.sentence === last.sentence && isSubject(r));
    if (!subjects.every((r) => holdsOtherOffice(r.entity, m) || ofOtherCountry(r.entity, m))) return null;
    const entity = this.entityFor(m, at);
    if (entity?.kind === 'description') entity.epithet = true;
    return entity;
  }

  /**
   * Adds what an appositive description says of a name ("Valery Gerasimov,
   * Russia's chief of staff"): its words, and, when it shows a person ("her
   * father, Tom,"), that the name is one, of the description's gender. A
   * first name alone is otherwise no evidence, and "he" would pass it by.
   */
  describe(entity: Entity, description: Mention, ofBody = false): void {
    addDescriptors(entity, description.descriptors);
    if (ofBody) (entity.bodyRoles ??= new Set()).add(description.head);
    if (entity.kind !== 'person' || !description.personEvidence) return;
    entity.person = true;
    entity.place = false;
    entity.gender ??= description.gender;
  }

  /**
   * Marks a name the article wrote as a place ("in Puerto Rico"): no "he" or
   * "she" means it. A person is sometimes written so too ("faith in Ann
   * Lee"), so a title, an honorific or a quote of their own outweighs it.
   */
  markPlace(entity: Entity): void {
    if (entity.kind === 'person' && !hasTitle(entity.descriptors) && entity.gender === null && !entity.spoke) entity.place = true;
  }

  /** Records that the names written at body offsets `a` and `b` are one subject ("Tom Hale and Ben Cole met"). */
  pair(a: number, b: number): void {
    this.partners.set(a, b);
    this.partners.set(b, a);
  }

  /** Marks a name the article shows to be a person by other means than a description ("Viktoria, 34,"). */
  markPerson(entity: Entity): void {
    if (entity.kind !== 'person') return;
    entity.person = true;
    entity.place = false;
  }

  /** Marks a person the article introduced as someone's family ("his wife, Jane Lee"). */
  markRelative(entity: Entity): void {
    entity.relative = true;
  }

  /**
   * Whom the mention at `at` refers to, or null when the article does not
   * say. A pronoun is never anyone named within `others`, body offsets
   * [from, to) that clause-subject.ts's notReferredTo() works out. `quoted`
   * is the length of a quote between the mention and what it may refer to
   * ("Ruiz got in on the game. “…,” the senator said"): quoted words are no
   * narrative, so they do not count toward how recent that is. `reported`
   * holds the words a closing "he said" reports (clause-subject.ts's
   * reportedBefore()).
   */
  resolve(mention: Mention, at: number, others: OffsetRange, quoted = 0, reported: OffsetRange | null = null): Entity | null {
    if (mention.kind === 'pronoun') {
      const entity = this.resolvePronoun(mention.name, at, others, quoted, reported);
      // "Kim Yo Jong issued a statement. She said …. He added …": the one a
      // "she" meant is a woman from then on, whom no later "he" can mean.
      if (entity?.kind === 'person' && (mention.name === 'he' || mention.name === 'she') && genderOf(entity) === null) this.voteGender(entity, mention.name === 'he' ? 'male' : 'female');
      return entity;
    }
    const issuer = this.issuerOf(mention, at);
    if (issuer) return issuer;
    if (mention.kind === 'description' && !this.isSurname(mention)) return this.resolveDescription(mention, at, quoted) ?? this.entityFor(mention, at);
    return this.entityFor(mention, at);
  }

  /**
   * "Merz and Starmer issued a statement. … The former said …": for "the
   * former" or "the latter" written at `at`, the first or second of the two
   * people named last as one subject. Null for other words, and when the
   * text's "the former" points at people this reader did not pair ("Putin
   * met Trump. The former said"): the speaker then stays unknown.
   */
  pairMember(written: string, at: number): Entity | null {
    const member = PAIR_MEMBERS.get(written.toLowerCase());
    if (member === undefined) return null;
    for (let i = this.records.length - 1, seen = 0; i >= 0 && seen < LOOKBACK; i--, seen++) {
      const r = this.records[i]!;
      const other = r.written ? this.partners.get(r.at) : undefined;
      if (other === undefined) continue;
      if (at - r.at > 2 * RECENT) return null;
      const wanted = member === 0 ? Math.min(r.at, other) : Math.max(r.at, other);
      return this.nearestRecord(wanted + 1, (x) => x.at === wanted && x.written && x.entity.kind === 'person')?.entity ?? null;
    }
    return null;
  }

  // "the statement said", soon after someone issued one: the issuer, as
  // "the General Staff statement" is. Only the bare noun ("a statement"
  // introduces another, whose issuer is unknown: see noteDocument()).
  private issuerOf(m: Mention, at: number): Entity | null {
    if (m.kind !== 'description' || m.descriptors.length !== 1) return null;
    const issued = this.issuers.get(m.head.replace(/s$/, ''));
    return issued?.entity && at - issued.at < ISSUER_REACH ? issued.entity : null;
  }

  private entityFor(m: Mention, at: number): Entity | null {
    if (m.kind === 'pronoun') return null;
    if (m.kind === 'name' || this.isSurname(m)) return this.person(m, at);
    const key = phraseKey(m.name);
    const newcomer = introducesSomeone(m);
    let entity = newcomer ? this.newcomerAt.get(at) : (!isBareGroup(m) && this.byQualifiedHead.get(key)) || this.byPhrase.get(key);
    if (!entity) {
      const kind = m.kind === 'organisation' ? 'organisation' : 'description';
      // "The United States" is a body ("it said") and a place: never "they".
      const place = kind === 'organisation' && isPlaceName(m.name);
      entity = { kind, name: m.name, first: null, last: key, descriptors: new Set(), gender: m.gender, genderVotes: 0, person: m.personEvidence, group: m.group, head: m.head, subjects: [], relative: false, place, spoke: false, newcomer, writtenInside: false, either: false, epithet: false, bodyRoles: null };
      this.byPhrase.set(key, entity);
      if (newcomer) this.newcomerAt.set(at, entity);
    }
    addDescriptors(entity, m.descriptors);
    // The source introduced last is the one "the source" means from now on,
    // and "the official" after "a U.S. law enforcement official familiar with …".
    if (m.qualified) this.byQualifiedHead.set(phraseKey(m.head), entity);
    return entity;
  }

  // A surname joins a person with that surname whose first name does not
  // conflict; "Bill Clinton" and "Hillary Clinton" stay apart. Of several,
  // the likeliest (see likeliest()): after "Jeb Bush said …" and "a seat
  // once held by George H.W. Bush", a bare "Bush" is still Jeb. A surname
  // alone passes over family introduced as such ("his wife, Jane Lee"), whom
  // news goes on to call by first name, and "Mrs. Lee" over the men. A single word that is no one's surname but the first name
  // of exactly one person named in full ("Megyn Kelly" … "Megyn said") is
  // that person; with two of that first name it is left as written.
  private person(m: Mention, at: number): Entity {
    const keys = nameKeys(m.name);
    const last = keys[keys.length - 1]!;
    const first = keys.length > 1 ? keys[0]! : null;
    let candidates = this.byLast.get(last);
    const called = !first && hasGivenNameShape(m.name) ? this.onlyOneCalled(last) : undefined;
    // "his two sons, Lachlan and James" … "James Murdoch" … "James has …": a
    // first name read alone before the full name came goes to the full name now.
    const onlyBare = !!called && !!candidates && candidates.every((e) => !e.first && !e.person);
    const found = !onlyBare && candidates ? namesake(candidates, m, first, at) : undefined;
    let entity = (found !== EITHER && found) || called;
    if (!entity) {
      // "Puerto Rico", "South Carolina": a country or state is a place however it is written.
      entity = { kind: 'person', name: m.name, first: null, last, descriptors: new Set(), gender: null, genderVotes: 0, person: false, group: false, head: last, subjects: [], relative: false, place: isPlaceName(m.name), spoke: false, newcomer: false, writtenInside: false, either: found === EITHER, epithet: false, bodyRoles: null };
      if (!candidates) this.byLast.set(last, (candidates = []));
      candidates.push(entity);
    }
    if (first && !entity.first) {
      entity.first = first;
      // "his wife, Heidi" … "a photo of Heidi Cruz": the full name is the
      // relative introduced by first name, whom a bare "Cruz" passes over.
      if (this.byLast.get(first)?.some((e) => !e.first && e.relative)) entity.relative = true;
      const called = this.byFirst.get(first);
      if (called) called.push(entity);
      else this.byFirst.set(first, [entity]);
    }
    if (m.name.length > entity.name.length && first === entity.first) entity.name = m.name;
    addDescriptors(entity, m.descriptors);
    entity.gender ??= m.gender;
    entity.person ||= m.personEvidence;
    if (m.gender || hasTitle(m.descriptors)) entity.place = false;
    return entity;
  }

  // "Sessions said", opening a sentence: the surname of the article's Jeff
  // Sessions, or else, being a plural in the dictionary, a group.
  private isSurname(m: Mention): boolean {
    return m.orSurname && this.byLast.has(nameKeys(m.name).at(-1)!);
  }

  // "at his desk in Trump Tower" … "Trump said": a place is no one's first name.
  private onlyOneCalled(firstName: string): Entity | undefined {
    const called = this.byFirst.get(firstName);
    return called?.length === 1 && !called[0]!.place ? called[0] : undefined;
  }

  private resolvePronoun(pronoun: string, at: number, others: OffsetRange, quoted: number, reported: OffsetRange | null): Entity | null {
    const ruledOut = this.namedWithin(others);
    const fits = (e: Entity) => {
      if (ruledOut.has(e)) return false;
      if (pronoun === 'they') return canBeThey(e);
      // "Ukraine denied it. “…,” it said": a country speaks as a body does.
      if (pronoun === 'it') return canBeIt(e);
      const wanted = pronoun === 'she' ? 'female' : 'male';
      return isSomeone(e) && (genderOf(e) ?? wanted) === wanted;
    };
    if (reported) this.ruleOutReportedNames(reported, ruledOut, fits);
    // "Ukraine lost 400 men, it said": a country named in the words is what
    // they are about; the "it" that says them is a body that speaks for one.
    if (reported && pronoun === 'it') for (const e of this.namedWithin(reported)) if (e.place) ruledOut.add(e);
    // "Unless countries develop more ambitious plans, they say, …": a group
    // described as the subject of a clause inside the words reported is
    // what they are about. Not a name: "Then a student, Ms. Olivieri found
    // …, she said" is Olivieri's.
    if (reported) for (const e of this.namedWithin(reported, (r) => !r.main && !r.entity.person && r.entity.kind === 'description')) ruledOut.add(e);
    const found = this.nearestRecord(at, (r) => r.salient && fits(r.entity));
    const nearest = found?.entity.newcomer ? this.pastNewcomer(found, at - quoted, (r) => r.entity.kind === 'person' && fits(r.entity)) : found;
    // "A campaign aide later clarified that Clinton misspoke. … her claim":
    // a description of no known gender is a weaker "she" than a woman just named.
    // "At a forum, one questioner claimed that …. “You’re right,” he said":
    // the one asked answers, a man or woman named just before. Only after a
    // questioner: "A Ukrainian soldier said his unit had left. “…,” he told
    // Reuters" is the soldier's, not the Kremlin spokesman's quoted just
    // before.
    if (nearest && (pronoun === 'he' || pronoun === 'she') && nearest.entity.kind === 'description' && ASKERS.has(nearest.entity.head) && genderOf(nearest.entity) === null) {
      const gendered = this.nearestRecord(at, (r) => r.salient && r.entity.kind === 'person' && genderOf(r.entity) !== null && fits(r.entity));
      if (gendered && nearest.at - gendered.at < RECENT) return gendered.entity;
    }
    if (!nearest) return pronoun === 'he' || pronoun === 'she' ? this.onlyUnknownName(at, quoted, ruledOut) : null;
    // "Gerasimov met Putin. Syrskyi visited troops. “…,” he said": a name the
    // article has not shown to be a person or not may be the "he"; passing
    // over its sentence to an earlier person is a guess. When it is the last
    // one written ("Putin nodded. “Good,” he said."), it is the one.
    // "Lavrov accused Kyiv, while his Ukrainian counterpart dismissed the
    // charge. “…,” he said": passing over a person of no known gender to
    // someone before is a guess too.
    if ((pronoun === 'he' || pronoun === 'she') && this.ungenderedAt.some((u) => u > nearest.at && u < at)) return null;
    // "Lukashenko said Belarus had warned Kyiv. Kazakhstan's foreign ministry called for restraint. It said …"
    if (pronoun === 'it' && this.silentBodyAt.some((u) => u > nearest.at && u < at)) return null;
    // "South Korea's Joint Chiefs of Staff said …. It said …": a capitalised
    // group that has spoken, read as many, may be a body the "it" means.
    if (pronoun === 'it' && this.records.some((r) => r.at > nearest.at && r.at < at && r.salient && r.main && isSpeakingNamedGroup(r.entity))) return null;
    const unknown = pronoun === 'he' || pronoun === 'she' ? this.unknownNameAfter(nearest, at, ruledOut, pronoun === 'she' ? 'female' : 'male') : null;
    if (unknown) return this.nearestRecord(at, (r) => r.salient && r.written) === unknown ? unknown.entity : null;
    // "they" and "it" reach back less far than "he" and "she": any plural or
    // body further back fits them ("things", "the United States"), and one a
    // paragraph away is more often a wrong guess than the right group.
    if ((pronoun === 'they' || pronoun === 'it') && at - quoted - nearest.at > RECENT) return null;
    const chosen = this.firstInSentence(nearest, (r) => r.salient && r.main && fits(r.entity));
    // "Moscow accused Kyiv of shelling the plant, which Ukraine denied. It
    // called the accusation “absurd.”": the main subject, or the body that
    // spoke in the clause after it. Not "he" or "she": news means the main
    // subject ("Ryan did not exude confidence when Tapper asked …. “…,” he said").
    if ((pronoun === 'it' || pronoun === 'they') && chosen !== nearest && chosen.entity !== nearest.entity && this.innerSpeakerAt.includes(nearest.at)) return null;
    if ((pronoun === 'he' || pronoun === 'she') && this.describedSpeakerSince(chosen, at)) return null;
    // "Russia said it had downed 20 drones. Ukraine did not comment. It said
    // …": either may be meant, the one that held back or the one that spoke.
    if ((pronoun === 'it' || pronoun === 'they') && this.spokeBeforeWithheld(chosen, fits)) return null;
    // "Tom Hale and Ben Cole met. He said …": either may be meant.
    const partner = this.partnerOf(chosen);
    return partner && partner.entity !== chosen.entity && fits(partner.entity) ? null : chosen.entity;
  }

  // The main subject, after `nearest`'s sentence, that is a bare name the
  // article never shows to be a person, body or place; null when there is
  // none, or when its sentence names `nearest` too ("Earhardt then asked
  // Rubio …").
  // "Zelensky praised the troops. “…,” he said.": with no one shown to be a
  // person before it, a name the article has not shown to be a person or not
  // is the "he", when it is the last subject written, and recent.
  // "“…?” a reporter asked Trump. “…,” the businessman replied. “…,” he
  // added": a description who spoke after `chosen`, of no gender shown, may
  // be the "he" as well as a described person before it. Not before a named
  // person, whom news means ("Ben Carson … the retired neurosurgeon said"),
  // nor after one described with the same noun ("A Ukrainian official said
  // …. “…,” the official said" is one).
  private describedSpeakerSince(chosen: MentionRecord, at: number): boolean {
    const e = chosen.entity;
    return e.kind === 'description' && this.records.some((r) => r.at > chosen.at && r.at < at && !r.written && r.entity.kind === 'description' && r.entity.head !== e.head && !r.entity.group && genderOf(r.entity) === null);
  }

  // True when `chosen` held words back, and someone else who fits had spoken
  // just before it.
  private spokeBeforeWithheld(chosen: MentionRecord, fits: (e: Entity) => boolean): boolean {
    if (!this.withheldAt.includes(chosen.at)) return false;
    const speaker = this.nearestRecord(chosen.at, (r) => !r.written && r.entity !== chosen.entity && fits(r.entity));
    return !!speaker && chosen.at - speaker.at < RECENT;
  }

  private onlyUnknownName(at: number, quoted: number, ruledOut: Set<Entity>): Entity | null {
    const last = this.nearestRecord(at, (r) => r.salient && r.written);
    // Only a name of no gender shown: a given name alone ("Irina, a small village, was shelled") may be a place.
    const fits = !!last && last.main && isUnknownName(last.entity, null) && !ruledOut.has(last.entity) && at - quoted - last.at < RECENT;
    return fits ? last.entity : null;
  }

  private unknownNameAfter(nearest: MentionRecord, at: number, ruledOut: Set<Entity>, wanted: 'male' | 'female'): MentionRecord | null {
    const unknown = this.nearestRecord(at, (r) => r.salient && r.main && r.written && r.at > nearest.at && r.sentence > nearest.sentence && isUnknownName(r.entity, wanted) && !ruledOut.has(r.entity));
    return unknown && !this.nearestRecord(at, (r) => r.entity === nearest.entity && r.sentence === unknown.sentence && r.salient) ? unknown : null;
  }

  private partnerOf(record: MentionRecord): MentionRecord | null {
    const at = record.written ? this.partners.get(record.at) : undefined;
    return at === undefined ? null : this.nearestRecord(at + 1, (r) => r.at === at && r.written);
  }

  // "Joseph Hunter said he will not vote for Trump. Also, Trump isn't a
  // conservative, he said.": when someone who fits was the subject of the
  // sentence before, with no one named since, a closing "he said" goes on
  // with that subject, and the words it reports name someone else; of Trump,
  // the writer would have written "Trump said". Otherwise news does write
  // "Grayson has introduced the bill, he said" of Grayson, and "… drew
  // Samantha Olivieri to skating. Then a student, Ms. Olivieri found …, she
  // said" of Olivieri, so the name stays a candidate.
  private ruleOutReportedNames(reported: OffsetRange, ruledOut: Set<Entity>, fits: (e: Entity) => boolean): void {
    const subject = this.nearestRecord(reported[0], (r) => r.salient && r.main && fits(r.entity));
    if (!subject || this.nearestRecord(reported[0], (r) => r.sentence > subject.sentence)) return;
    for (const e of this.namedWithin(reported)) if (e !== subject.entity) ruledOut.add(e);
  }

  // An unnamed newcomer ("A reporter for AFP called it chaos. “…,” he said")
  // is who "he" means only soon after, and only when no named person who
  // fits comes before it in its sentence: in "Clinton, a top aide said,
  // “…”, and she has often told …", "she" is Clinton; in "A representative
  // for Mr. Lee said …. He added", "he" is the representative. Far back it is
  // no one: news names a person it goes on speaking of.
  private pastNewcomer(newcomer: MentionRecord, at: number, named: (r: MentionRecord) => boolean): MentionRecord | null {
    if (at - newcomer.at > RECENT) return null;
    for (let i = this.records.length - 1, seen = 0; i >= 0 && seen < LOOKBACK; i--, seen++) {
      const r = this.records[i]!;
      if (r.written && r.sentence === newcomer.sentence && r.at < newcomer.at && named(r)) return r;
    }
    return newcomer;
  }

  // The entities named (as written, not a pronoun's referent: a later "he"
  // in the clause may well be the same person) within [from, to), in
  // records that pass `test`.
  private namedWithin([from, to]: OffsetRange, test: (r: MentionRecord) => boolean = () => true): Set<Entity> {
    const named = new Set<Entity>();
    for (let i = this.records.length - 1, seen = 0; i >= 0 && seen < LOOKBACK; i--, seen++) {
      const r = this.records[i]!;
      if (r.written && r.at >= from && r.at < to && test(r)) named.add(r.entity);
    }
    return named;
  }

  // Within the sentence that holds the nearest candidate, the main clause's
  // subject comes first: in "Clinton says it means Trump never paid", a later
  // "she" is more likely Clinton than Trump. A subject in a subordinate clause
  // before the main one ("At the event where Lee spoke, Ruiz said") is not it.
  private firstInSentence(nearest: MentionRecord, test: (r: MentionRecord) => boolean): MentionRecord {
    let first = nearest;
    for (let i = this.records.length - 1, seen = 0; i >= 0 && seen < LOOKBACK; i--, seen++) {
      const r = this.records[i]!;
      if (r.sentence === nearest.sentence && r.at < first.at && test(r)) first = r;
    }
    return first;
  }

  // A title or role names the person last given it ("Sen. Ann Lee … the
  // senator"), unless someone else named has just been a main clause's
  // subject, or owned it: news then uses the role for that newcomer ("Tom
  // Ruiz got in on the game. … the senator said", "Zelenskiy's office did
  // not respond. … the president said"), whose roles the article may never
  // have spelt out; a bare name counts unless it is a place. The
  // description then stays as written: true, if vague. So it
  // does when the sentence that names the nearest holder of the title names
  // another one ("Defence Minister Lee met Foreign Minister Ruiz. … the
  // minister said"): either may be meant.
  private resolveDescription(m: Mention, at: number, quoted: number): Entity | null {
    if (m.descriptors.length === 0) return null;
    if (isBareGroup(m)) return null;
    // "A reporter pointed out …" brings in someone new, never the reporter named before.
    if (INDEFINITE.test(m.written)) return null;
    // "Super PAC ad hits Trump" … "The ad concludes": the tagger made "ad
    // hits" words before the name, but a document is nobody's title; its
    // issuer, when known, comes from issuerOf().
    if (DOCUMENT_NOUNS.has(m.head)) return null;
    const fits = (e: Entity) =>
      (m.group ? e.group && (e.kind === 'organisation' || e.head === m.head) : e.kind === 'person') &&
      m.descriptors.every((w) => e.descriptors.has(w)) &&
      !datedOtherwise(e, m) &&
      // "President Bush", either of two Bushes, is no one a later "the former president" can be.
      !e.either;
    // "Dan Gross, president of the Brady Campaign, … quoted the president":
    // a bare title is first the one who holds it outright ("President Obama").
    const outright = (e: Entity) => fits(e) && (m.descriptors.length > 1 || !e.bodyRoles?.has(m.head));
    const holder = this.nearestRecord(at, (r) => outright(r.entity));
    const found = holder ?? this.nearestRecord(at, (r) => fits(r.entity));
    if (!found || m.group) return found?.entity ?? null;
    if (this.anotherAt.some((a) => a.head === m.head && a.at > found.at && a.at < at)) return null;
    const rival = holder ? outright : fits;
    if (this.nearestRecord(at, (r) => r.sentence === found.sentence && r.written && r.entity !== found.entity && rival(r.entity))) return null;
    const newcomer = this.nearestRecord(at, (r) => (r.salient || !!r.ownsSubject) && r.main && r.entity.kind === 'person' && (r.entity.person || !r.entity.place) && r.entity !== found.entity && !holdsOtherOffice(r.entity, m));
    return newcomer && newcomer.at > found.at && at - quoted - newcomer.at < RECENT ? null : found.entity;
  }

  /**
   * True when "he" or "she" may mean `entity`, which a "who" clause shows to
   * be a person ("the congressman who gained attention when he yelled"):
   * only a known gender, or being a body, rules it out.
   */
  mayBeHost(entity: Entity, pronoun: string): boolean {
    const wanted = pronoun === 'she' ? 'female' : 'male';
    return !entity.group && entity.kind !== 'organisation' && (genderOf(entity) ?? wanted) === wanted;
  }

  /** Counts a sentence that names only `entity` and refers to someone as "he" (male) or "she" (female). */
  voteGender(entity: Entity, gender: 'male' | 'female'): void {
    entity.genderVotes += gender === 'male' ? 1 : -1;
  }

  /**
   * Marks `entity` as the subject at `at` (a quote's speaker), so later
   * pronouns can find it; `main` unless it speaks in a subordinate clause
   * ("When Lee pointed out that …, Ruiz said").
   */
  markSpeaker(entity: Entity, at: number, sentence: number, main: boolean, salient = true): void {
    entity.spoke = true;
    if (entity.kind === 'person') entity.person = true;
    // "South Carolina says …" is the state speaking, and still no "she".
    entity.place = isPlaceName(entity.name);
    addSubject(entity, at);
    this.records.push({ entity, at, sentence, salient, main, written: false });
  }

  /** Marks a body the article only describes as having spoken ("the agency disputed the figure"): an "it" may mean it now (canBeIt()). */
  markSpoken(entity: Entity): void {
    entity.spoke = true;
  }

  /**
   * Marks `entity` as the subject at `at` that a pronoun names. Only later
   * pronouns look at it: a guess must not also make the entity the likelier
   * owner of a bare surname (see likeliest()).
   */
  markReference(entity: Entity, at: number, sentence: number): void {
    this.records.push({ entity, at, sentence, salient: true, main: true, written: false });
  }

  /**
   * True when a person or body other than `entity` is named as a main clause's
   * subject in a sentence after the last one to name `entity`, before body
   * offset `to`: in "“…,” Ebeling said. Betsy Ebeling shook her head. “…”"
   * the second quote no longer goes on with the first speaker. A name in
   * the speaker's own sentence ("said Cobb, who spent the weekend …") is
   * no such interruption.
   */
  namesOtherSubject(entity: Entity | null, to: number): boolean {
    if (!entity) return false;
    const own = this.nearestRecord(to, (r) => r.entity === entity);
    if (!own) return false;
    const other = this.nearestRecord(to, (r) => r.written && r.salient && r.main && r.entity !== entity && r.entity.kind !== 'description');
    return !!other && other.sentence > own.sentence;
  }

  // Records are appended passage by passage, and speakers after the passage's
  // names, so they are only nearly in order: take the closest one before `at`
  // among the last few.
  private nearestRecord(at: number, test: (r: MentionRecord) => boolean): MentionRecord | null {
    let best: MentionRecord | null = null;
    for (let i = this.records.length - 1, seen = 0; i >= 0 && seen < LOOKBACK; i--, seen++) {
      const r = this.records[i]!;
      if (r.at < at && (!best || r.at > best.at) && test(r)) best = r;
    }
    return best;
  }
}

const INDEFINITE = /^an?\s/i;

const EITHER = Symbol('either of two namesakes');

// The person a name with an existing surname refers to, in order of
// preference; undefined when it names someone new, EITHER when it could be
// either of two.
function namesake(candidates: Entity[], m: Mention, first: string | null, at: number): Entity | typeof EITHER | undefined {
  // "Mrs. Lee" and "the first lady, Michelle Obama" are never the "Mr. Lee" or "Mr. Obama" named before.
  const named = (e: Entity) => (!first || (!e.first && !e.either) || e.first === first) && !(m.gender && e.gender && e.gender !== m.gender);
  // "Mrs. Lee": the woman known to be one, else the one person of that
  // name not known to be a man. After "Khizr and Ghazala Khan", neither
  // known to be a man, "Mr. Khan" could be either, and is taken for neither.
  if (m.gender) {
    const known = likeliest(candidates, at, (e) => named(e) && genderOf(e) === m.gender);
    if (known) return known;
    const open = candidates.filter((e) => named(e) && genderOf(e) === null);
    if (open.length > 1) return EITHER;
    if (open.length === 1) return open[0];
  }
  // "President Bush" after "Jeb Bush" and "George W. Bush": the one known by
  // that title, and neither when neither is (the title must not go to a guess).
  if (!first && hasTitle(m.descriptors)) {
    const people = candidates.filter((e) => named(e) && e.first);
    if (people.length > 1) {
      const titled = people.filter((e) => m.descriptors.every((w) => e.descriptors.has(w)));
      return titled.length === 1 ? titled[0] : EITHER;
    }
  }
  // A bare surname only: with a title ("President Lee") the relative may well be meant.
  const notFamily = !m.gender && !first && m.descriptors.length === 0 && likeliest(candidates, at, (e) => named(e) && !e.relative);
  return notFamily || likeliest(candidates, at, named);
}

/**
 * Of the entities that pass `test`, the one a bare name most likely means at
 * `at`: the one most recently a subject when that was within about two
 * sentences ("Jeb Bush said …" then "Bush"), else the one most often a
 * subject so far, whom the article is about (Hillary Clinton, past a
 * paragraph on her husband); the last added when none has been a subject
 * (every mention of a name looks one up, so no copies). A passage's names are
 * all read before its quotes are attributed, so each entity keeps every
 * offset where it was a subject: one later in the passage must neither count
 * nor hide the earlier ones (the mention itself, read as a name first, does).
 */
function likeliest(entities: Entity[], at: number, test: (e: Entity) => boolean): Entity | undefined {
  let latest: Entity | undefined;
  let latestAt = -1;
  let most: Entity | undefined;
  let mostCount = 0;
  for (let i = entities.length - 1; i >= 0; i--) {
    const e = entities[i]!;
    if (!test(e)) continue;
    const subjectAt = subjectBefore(e, at);
    if (!latest || subjectAt > latestAt) {
      latest = e;
      latestAt = subjectAt;
    }
    const count = subjectCountBefore(e, at);
    if (count > mostCount) {
      most = e;
      mostCount = count;
    }
  }
  return most && at - latestAt > RECENT ? most : latest;
}

function subjectCountBefore(e: Entity, at: number): number {
  let n = 0;
  for (const offset of e.subjects) if (offset <= at) n++;
  return n;
}

// Offsets arrive nearly in order (a passage's speakers after its names), so
// the insertion is from the end.
function addSubject(e: Entity, at: number): void {
  const subjects = e.subjects;
  let i = subjects.length;
  while (i > 0 && subjects[i - 1]! > at) i--;
  if (subjects[i - 1] !== at) subjects.splice(i, 0, at);
}

/** The latest offset before or at `at` where `e` was a subject; -1 when none. */
function subjectBefore(e: Entity, at: number): number {
  const subjects = e.subjects;
  for (let i = subjects.length - 1; i >= 0; i--) if (subjects[i]! <= at) return subjects[i]!;
  return -1;
}

// A named person, or one the text describes without naming ("the woman, who
// asked not to be named"): a nearer unnamed speaker must not hand her "she"
// to a named person further back. A title is left out ("the Texas senator"):
// news uses one for a person it has named, so the name stays the better
// answer. A place is no one, however much its name looks like a person's.
// A bare name the article refers to as "he" or "she" ("Sanders kept his
// distance", "Putin praised what he called …") is someone too, unless it
// is a word the dictionary knows and only ever a sentence's first, whose
// capital may be grammar's ("Loyalty, he noted, …"), or a plural for
// people, whose capital is its own ("but Republicans seem confident they
// can override him": that "him" is Obama, and Republicans are no "he").
function isSomeone(e: Entity): boolean {
  if (e.kind === 'description' && (e.newcomer || e.epithet)) return true;
  if (e.kind === 'person' && !e.place && e.genderVotes !== 0 && (e.writtenInside || !isDictionaryWord(e.name.toLowerCase())) && !isPeoplePlural(e.name)) return true;
  return e.person && !e.place && (e.kind === 'person' || (e.kind === 'description' && !e.group && (GENDERED_NOUNS.has(e.head) || e.gender !== null)));
}

// A one-word name of someone or something the article never shows to be a
// person, a body or a place ("Syrskyi visited troops").
// "Oleh was less certain. He said …" after Serhiy spoke: a given name of
// the `wanted` gender, shown to be no person yet, is unknown too, so that
// "he" does not pass over it to Serhiy. With `wanted` null, only a name of
// no gender shown is.
function isUnknownName(e: Entity, wanted: 'male' | 'female' | null): boolean {
  const gender = genderOf(e);
  if (e.kind !== 'person' || e.person || e.place || e.group || (gender !== null && gender !== wanted)) return false;
  // A plain capitalised word no dictionary has: not "None", "AT&T" or
  // "Apple"; nor a plural ("Americans", "Mexicans") that is many people.
  return /^\p{Lu}\p{Ll}+$/u.test(e.name) && !e.name.endsWith('s') && !isDictionaryWord(e.name.toLowerCase());
}

function isPeoplePlural(name: string): boolean {
  const word = name.toLowerCase();
  return !word.includes(' ') && pluralNamesPeople(word) && isDictionaryWord(word);
}

// "Foreign Minister Ivan Sorokin" is no one "the Ukrainian president" means:
// an office the article gave the person that the title does not name, while
// the title names another. Other titles go together ("Democratic candidate
// Bernie Sanders" … "the Vermont senator").
function holdsOtherOffice(e: Entity, m: Mention): boolean {
  // "the secretary of state": the office is the word before "of", not the head the phrase reader gives.
  const office = OFFICES.has(m.head) ? m.head : m.descriptors.find((w) => OFFICES.has(w));
  if (!office || e.descriptors.has(office)) return false;
  for (const w of e.descriptors) if (OFFICES.has(w)) return true;
  return false;
}

// "Ukrainian President Volodymyr Zelensky" and "Ukraine's foreign minister"
// are not "the French president" or "the Polish minister": the title names
// another country than the one the person was given.
function ofOtherCountry(e: Entity, m: Mention): boolean {
  const own = countriesIn(m.descriptors);
  const theirs = own.size > 0 ? countriesIn(e.descriptors) : own;
  if (theirs.size === 0) return false;
  for (const country of theirs) if (own.has(country)) return false;
  return true;
}

function countriesIn(words: Iterable<string>): Set<string> {
  const countries = new Set<string>();
  for (const w of words) for (const country of countriesOf(w) ?? []) countries.add(country);
  return countries;
}

// "Lt. Col. Pavel Ivanov … “…,” the officer said": a rank says what the
// text may call the person later. Not "major" or "general", which are as
// often adjectives ("a major donor", "general counsel").
function addDescriptors(entity: Entity, words: readonly string[]): void {
  for (const w of words) {
    entity.descriptors.add(w);
    if (OFFICER_RANKS.has(w)) entity.descriptors.add('officer');
    if (HEADS_OF_STATE.has(w)) entity.descriptors.add('leader');
    if (DIPLOMATS.has(w)) entity.descriptors.add('diplomat');
  }
  // "Russia's deputy foreign minister, Sergei Ryabkov" … "the diplomat told RIA Novosti".
  if (entity.descriptors.has('foreign') && entity.descriptors.has('minister')) entity.descriptors.add('diplomat');
}

const OFFICER_RANKS = new Set(['lieutenant', 'colonel', 'captain', 'admiral']);
const HEADS_OF_STATE = new Set(['president', 'premier', 'chancellor', 'king', 'queen']);
const DIPLOMATS = new Set(['ambassador', 'envoy']);

function hasTitle(descriptors: Iterable<string>): boolean {
  for (const w of descriptors) if (PERSON_TITLES.has(w)) return true;
  return false;
}

// An honorific or a gendered description first, then what the first name
// shows (given-names.ts), then the article's own pronouns near the name,
// which are the weakest: in "Trump mocked his rival, saying she would be a
// bad president", the "she" is someone else.
function genderOf(e: Entity): 'male' | 'female' | null {
  if (e.gender) return e.gender;
  // "Melanie", never given a surname, is her own first name.
  const firstName = e.first ?? (e.name.includes(' ') ? null : e.last);
  const given = e.kind === 'person' && firstName ? givenNameGender(firstName) : null;
  if (given) return given;
  return e.genderVotes > 0 ? 'male' : e.genderVotes < 0 ? 'female' : null;
}

// "they said" is people or a body: "Other candidates said …, because those
// decisions should be left to states, they said" is the candidates'. Not a
// place ("The United States might have …, they argue") nor a law ("the
// Gramm-Leach-Bliley Act … what they called"), which are bodies by their capitals.
function canBeThey(e: Entity): boolean {
  if (!e.group || e.place) return false;
  if (e.kind === 'organisation') return !LAWS.has(e.head);
  // A pair of names ("Wilcox and Beruff") is a description shown to be people.
  return e.kind !== 'description' || e.person || namesPeople(e.head) || COUNTRY_PLURALS.has(e.head);
}

// "it said" is a body or a country, one of them: "The PACs, all of which
// have …, spent $890,000. … a company called Acme, which builds what it
// calls …" is no PAC's word. An acronym's plural ("PACs", "NGOs") is many
// bodies; a name ending in "s" is one ("The New York Times", "General Motors").
function canBeIt(e: Entity): boolean {
  if (e.kind === 'person') return isPlaceName(e.name);
  // "Russia's defence ministry said …. It added": a body the article only
  // describes, once it has spoken; before, an "it" is as likely the thing the
  // sentence is about ("a poll shows how hard it will be", "it indicates").
  if (e.kind === 'description') return e.spoke && e.group && ORGANISATION_WORDS.has(e.head) && !PLURAL_BODIES.has(e.head);
  return e.kind === 'organisation' && !ACRONYM_PLURAL.test(e.name);
}

// A group by a capitalised name ("Joint Chiefs", "Democrats"), not only
// capitalised to open a sentence ("Local officials"), that has spoken.
function isSpeakingNamedGroup(e: Entity): boolean {
  return e.kind === 'description' && e.group && e.spoke && /(?:^|\s)\p{Lu}\S*$/u.test(e.name);
}

// People whose words are questions put to someone else, who answers next.
const ASKERS = new Set(['questioner', 'interviewer', 'moderator', 'caller']);

// Bodies spoken of as many: "the forces … they said".
const PLURAL_BODIES = new Set(['forces', 'staff', 'police', 'media']);

const ACRONYM_PLURAL = /(?:^|\s)\p{Lu}{2,}s$/u;

const LAWS = new Set(['act', 'bill', 'law', 'amendment', 'treaty', 'accord', 'agreement', 'code']);

// "Clinton's 2008 campaign" … "Clinton's campaign responded": a year makes a
// description one dated thing (a past campaign, an earlier race), which a
// later mention without that year does not mean: in news it is the current one.
function datedOtherwise(e: Entity, m: Mention): boolean {
  for (const w of e.descriptors) if (YEAR.test(w) && !m.descriptors.includes(w)) return true;
  return false;
}

const YEAR = /^(?:1[89]|20)\d\d$/;
