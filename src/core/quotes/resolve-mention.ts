/**
 * The people and bodies one article mentions, in order, and the rules that
 * say whom a pronoun, a surname or a description refers to. Pronouns go to
 * the nearest earlier subject that fits ("he" a person, "they" a group);
 * descriptions go to the nearest earlier entity that carries every one of
 * their words, so "the Ukrainian Chief of Staff" never becomes a Russian one.
 */
import type { Mention } from './mention.ts';
import { nameKeys, phraseKey } from './name-key.ts';

/** A person, organisation or unresolved description within one article. */
export interface Entity {
  kind: 'person' | 'organisation' | 'description';
  /** The fullest name the article gives so far. */
  name: string;
  first: string | null;
  last: string;
  descriptors: Set<string>;
  gender: 'male' | 'female' | null;
  person: boolean;
  group: boolean;
  /** Last word of the phrase, lower-cased: a group description resolves only to a group with the same head. */
  head: string;
}

interface MentionRecord {
  entity: Entity;
  at: number;
  salient: boolean;
}

// How far back a pronoun or description looks, in mentions; bounds the cost per lookup.
const LOOKBACK = 80;

/** The entities of one article, filled in reading order. */
export class ArticleEntities {
  private readonly records: MentionRecord[] = [];
  private readonly byLast = new Map<string, Entity[]>();
  private readonly byPhrase = new Map<string, Entity>();

  /** Records a mention at body offset `at`; `salient` when it is the subject of a clause. */
  add(mention: Mention, at: number, salient: boolean): Entity | null {
    const entity = this.entityFor(mention);
    if (entity) this.records.push({ entity, at, salient });
    return entity;
  }

  /** Adds descriptors learnt from an appositive ("Valery Gerasimov, Russia's chief of staff"). */
  describe(entity: Entity, words: string[]): void {
    for (const w of words) entity.descriptors.add(w);
  }

  /** Whom the mention at `at` refers to, or null when the article does not say. */
  resolve(mention: Mention, at: number): Entity | null {
    if (mention.kind === 'pronoun') return this.resolvePronoun(mention.name, at);
    if (mention.kind === 'description') return this.resolveDescription(mention, at) ?? this.entityFor(mention);
    return this.entityFor(mention);
  }

  private entityFor(m: Mention): Entity | null {
    if (m.kind === 'pronoun') return null;
    if (m.kind === 'name') return this.person(m);
    const key = phraseKey(m.name);
    let entity = this.byPhrase.get(key);
    if (!entity) {
      const kind = m.kind === 'organisation' ? 'organisation' : 'description';
      entity = { kind, name: m.name, first: null, last: key, descriptors: new Set(), gender: m.gender, person: m.personEvidence, group: m.group, head: m.head };
      this.byPhrase.set(key, entity);
    }
    for (const w of m.descriptors) entity.descriptors.add(w);
    return entity;
  }

  // A surname joins the most recent person with that surname whose first name
  // does not conflict; "Bill Clinton" and "Hillary Clinton" stay apart.
  private person(m: Mention): Entity {
    const keys = nameKeys(m.name);
    const last = keys[keys.length - 1]!;
    const first = keys.length > 1 ? keys[0]! : null;
    const candidates = this.byLast.get(last) ?? [];
    let entity = [...candidates].reverse().find((e) => !first || !e.first || e.first === first);
    if (!entity) {
      entity = { kind: 'person', name: m.name, first, last, descriptors: new Set(), gender: null, person: false, group: false, head: last };
      this.byLast.set(last, [...candidates, entity]);
    }
    if (first && !entity.first) entity.first = first;
    if (m.name.length > entity.name.length && first === entity.first) entity.name = m.name;
    for (const w of m.descriptors) entity.descriptors.add(w);
    entity.gender ??= m.gender;
    entity.person ||= m.personEvidence;
    return entity;
  }

  private resolvePronoun(pronoun: string, at: number): Entity | null {
    const fits = (e: Entity) => {
      if (pronoun === 'they') return e.group;
      if (pronoun === 'it') return e.kind === 'organisation';
      const wanted = pronoun === 'she' ? 'female' : 'male';
      return e.kind === 'person' && e.person && (e.gender === null || e.gender === wanted);
    };
    return this.nearest(at, (r) => r.salient && fits(r.entity));
  }

  private resolveDescription(m: Mention, at: number): Entity | null {
    if (m.descriptors.length === 0) return null;
    const fits = (e: Entity) =>
      (m.group ? e.group && (e.kind === 'organisation' || e.head === m.head) : e.kind === 'person') &&
      m.descriptors.every((w) => e.descriptors.has(w));
    return this.nearest(at, (r) => fits(r.entity));
  }

  /** Marks `entity` as the subject at `at` (a quote's speaker), so later pronouns can find it. */
  markSpeaker(entity: Entity, at: number): void {
    if (entity.kind === 'person') entity.person = true;
    this.records.push({ entity, at, salient: true });
  }

  // Records are appended passage by passage, and speakers after the passage's
  // names, so they are only nearly in order: take the closest one before `at`
  // among the last few.
  private nearest(at: number, test: (r: MentionRecord) => boolean): Entity | null {
    let best: MentionRecord | null = null;
    for (let i = this.records.length - 1, seen = 0; i >= 0 && seen < LOOKBACK; i--, seen++) {
      const r = this.records[i]!;
      if (r.at < at && (!best || r.at > best.at) && test(r)) best = r;
    }
    return best?.entity ?? null;
  }
}
