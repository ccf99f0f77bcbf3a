/**
 * An inverted index held in typed arrays: for every term, the ids of the
 * documents that hold it (ascending) and how often. Queries are scored with
 * the same BM25+ as minisearch, but into a dense accumulator with a top-k cut
 * and with AND queries narrowed from their rarest term, because minisearch
 * builds a result object for every posting of every term it is given: at 100k
 * passages one common word costs tens of milliseconds that way. Typed arrays
 * also make the index small (a few bytes per posting) and quick to snapshot.
 *
 * Term ids come from a dictionary shared by several Postings
 * (`search-index.ts`); a term a Postings never saw simply has no postings.
 *
 * @example
 * const builder = createPostingsBuilder();
 * builder.add(0, [3, 7, 7]);
 * const postings = builder.finish(8);
 * searchPostings(postings, [{ terms: [{ id: 7, weight: 1 }] }], 'AND', 10); // [{ id: 0, score, groups: [0] }]
 */
import { runSteps } from './steps.ts';

export interface Postings {
  readonly documentCount: number;
  /** Mean of `lengths`, BM25's average field length. */
  readonly averageLength: number;
  /** Term t's postings are `docs[offsets[t]]` up to `docs[offsets[t + 1]]`. */
  readonly offsets: Uint32Array;
  readonly docs: Uint32Array;
  /** How often each posting's term occurs in its document (capped at 65,535). */
  readonly freqs: Uint16Array;
  /** Distinct terms of each document, as minisearch counts a field's length. */
  readonly lengths: Uint16Array;
}

/** One query term: the index terms that count as it (itself, variants, typo or prefix expansions), each with its weight. */
export interface TermGroup {
  terms: ReadonlyArray<{ id: number; weight: number }>;
}

export interface PostingsHit {
  id: number;
  score: number;
  /** Indexes into the query's groups that this document matched. */
  groups: number[];
}

export interface PostingsBuilder {
  /** Adds a document; ids must come in ascending order (so postings stay sorted without a sort). */
  add(id: number, termIds: readonly number[]): void;
  /** Packs the postings; `termCount` is the dictionary's size, so every term id has a (maybe empty) range. */
  finish(termCount: number): Postings;
  /** `finish` in steps that pause every few ms, for a caller that must keep its event loop free. */
  finishSteps(termCount: number): Generator<void, Postings>;
}

// minisearch's defaults, so scores rank as they did when minisearch scored them.
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
// Postings packed between pauses: about 5 ms of work, so a build on the main thread never holds its event loop long.
const STEP = 200_000;

export function createPostingsBuilder(): PostingsBuilder {
  // Postings arrive document by document; they are kept as one flat stream of
  // (term, doc, freq) and sorted by term at the end, which needs a fraction of
  // the memory of one growing array per term.
  let terms = new Uint32Array(1 << 16);
  let docs = new Uint32Array(1 << 16);
  let freqs = new Uint16Array(1 << 16);
  let size = 0;
  const lengths: number[] = [];
  const counts = new Map<number, number>();
  const grow = () => {
    const bigger = <T extends Uint32Array | Uint16Array>(a: T, make: (n: number) => T): T => {
      const b = make(a.length * 2);
      b.set(a);
      return b;
    };
    terms = bigger(terms, (n) => new Uint32Array(n));
    docs = bigger(docs, (n) => new Uint32Array(n));
    freqs = bigger(freqs, (n) => new Uint16Array(n));
  };
  function* finishSteps(termCount: number): Generator<void, Postings> {
    const offsets = new Uint32Array(termCount + 1);
    for (let i = 0; i < size; i++) {
      offsets[terms[i]! + 1]!++;
      if (i % STEP === STEP - 1) yield;
    }
    for (let t = 0; t < termCount; t++) offsets[t + 1]! += offsets[t]!;
    const next = offsets.slice(0, termCount);
    const packedDocs = new Uint32Array(size);
    const packedFreqs = new Uint16Array(size);
    for (let i = 0; i < size; i++) {
      const at = next[terms[i]!]!++;
      packedDocs[at] = docs[i]!;
      packedFreqs[at] = freqs[i]!;
      if (i % STEP === STEP - 1) yield;
    }
    const packedLengths = Uint16Array.from(lengths, (n) => Math.min(n, 65_535));
    const total = lengths.reduce((sum, n) => sum + n, 0);
    return {
      documentCount: lengths.length,
      averageLength: lengths.length ? total / lengths.length : 0,
      offsets,
      docs: packedDocs,
      freqs: packedFreqs,
      lengths: packedLengths,
    };
  }
  return {
    add(id, termIds) {
      if (id !== lengths.length) throw new Error(`postings: document ${id} added out of order (expected ${lengths.length})`);
      counts.clear();
      for (const t of termIds) counts.set(t, (counts.get(t) ?? 0) + 1);
      lengths.push(counts.size);
      for (const [t, n] of counts) {
        if (size === terms.length) grow();
        terms[size] = t;
        docs[size] = id;
        freqs[size] = Math.min(n, 65_535);
        size++;
      }
    },
    finish(termCount) {
      return runSteps(finishSteps(termCount));
    },
    finishSteps,
  };
}

/** How many documents hold term `id`. */
export function documentFrequency(postings: Postings, id: number): number {
  return id + 1 < postings.offsets.length ? postings.offsets[id + 1]! - postings.offsets[id]! : 0;
}

/** Whether document `doc` holds term `id` (binary search in its postings). */
export function holds(postings: Postings, id: number, doc: number): boolean {
  return positionOf(postings, id, doc) >= 0;
}

/**
 * The best `limit` documents for the query, best first. 'AND' needs a term of
 * every group, 'OR' of any. A document's score is the sum of its terms' BM25+
 * scores (each times its weight), times the number of groups it matched, as
 * in minisearch; ties go to the lower id. With `perKey`, `limit` is per key
 * instead: the best `limit` documents of every key that has any, so that a
 * caller sees every key (every source), however common the terms.
 */
export function searchPostings(
  postings: Postings,
  groups: readonly TermGroup[],
  combineWith: 'AND' | 'OR',
  limit: number,
  perKey?: (doc: number) => string,
): PostingsHit[] {
  if (groups.length === 0 || limit <= 0) return [];
  const scratch = scratchOf(postings);
  const search = ++scratch.stamp;
  const touched: number[] = [];
  // AND starts from the rarest group: only its documents can qualify, and later groups are then looked up, not scanned.
  const order = groups.map((_, g) => g);
  if (combineWith === 'AND') order.sort((a, b) => size(postings, groups[a]!) - size(postings, groups[b]!));
  for (let step = 0; step < order.length; step++) {
    const group = groups[order[step]!]!;
    const stamp = ++scratch.stamp;
    if (combineWith === 'AND' && step > 0) {
      if (touched.length === 0) return [];
      narrow(postings, scratch, group, touched, step, stamp);
      continue;
    }
    for (const { id, weight } of group.terms) {
      const start = postings.offsets[id] ?? 0;
      const end = id + 1 < postings.offsets.length ? postings.offsets[id + 1]! : start;
      const idf = inverseFrequency(postings, end - start);
      for (let i = start; i < end; i++) {
        const doc = postings.docs[i]!;
        if (scratch.seen[doc] !== search) {
          scratch.seen[doc] = search;
          scratch.scores[doc] = 0;
          scratch.matched[doc] = 0;
          touched.push(doc);
        }
        scratch.scores[doc]! += weight * bm25(postings, idf, postings.freqs[i]!, doc);
        if (scratch.group[doc] !== stamp) {
          scratch.group[doc] = stamp;
          scratch.matched[doc]!++;
        }
      }
    }
  }
  const needed = combineWith === 'AND' ? groups.length : 1;
  const scoreOf = (doc: number) => (scratch.matched[doc]! >= needed ? scratch.scores[doc]! * scratch.matched[doc]! : -1);
  const best = perKey ? topPerKey(touched, limit, perKey, scoreOf) : topK(touched, limit, scoreOf);
  return best.map(({ doc, score }) => ({ id: doc, score, groups: groupsHeld(postings, groups, doc) }));
}

/** AND after the first group: each surviving document looks the group's terms up instead of scanning their postings. */
function narrow(postings: Postings, scratch: Scratch, group: TermGroup, touched: number[], step: number, stamp: number): void {
  for (const { id, weight } of group.terms) {
    const idf = inverseFrequency(postings, documentFrequency(postings, id));
    for (const doc of touched) {
      if (scratch.matched[doc] !== step && scratch.group[doc] !== stamp) continue;
      const at = positionOf(postings, id, doc);
      if (at < 0) continue;
      scratch.scores[doc]! += weight * bm25(postings, idf, postings.freqs[at]!, doc);
      if (scratch.group[doc] !== stamp) {
        scratch.group[doc] = stamp;
        scratch.matched[doc]!++;
      }
    }
  }
  // Documents that missed this group can never qualify; dropping them keeps later lookups few.
  let kept = 0;
  for (const doc of touched) if (scratch.matched[doc] === step + 1) touched[kept++] = doc;
  touched.length = kept;
}

function groupsHeld(postings: Postings, groups: readonly TermGroup[], doc: number): number[] {
  const held: number[] = [];
  groups.forEach((group, g) => {
    if (group.terms.some(({ id }) => holds(postings, id, doc))) held.push(g);
  });
  return held;
}

function size(postings: Postings, group: TermGroup): number {
  return group.terms.reduce((sum, { id }) => sum + documentFrequency(postings, id), 0);
}

function inverseFrequency(postings: Postings, matching: number): number {
  return Math.log(1 + (postings.documentCount - matching + 0.5) / (matching + 0.5));
}

function bm25(postings: Postings, idf: number, freq: number, doc: number): number {
  const { k, b, d } = BM25;
  const norm = postings.averageLength ? postings.lengths[doc]! / postings.averageLength : 1;
  return idf * (d + (freq * (k + 1)) / (freq + k * (1 - b + b * norm)));
}

function positionOf(postings: Postings, id: number, doc: number): number {
  if (id + 1 >= postings.offsets.length) return -1;
  let low = postings.offsets[id]!;
  let high = postings.offsets[id + 1]! - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = postings.docs[mid]!;
    if (at === doc) return mid;
    if (at < doc) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** The `limit` best-scoring documents (score < 0 means left out), best first, ties to the lower id; a small heap, not a full sort. */
function topK(docs: readonly number[], limit: number, scoreOf: (doc: number) => number): Array<{ doc: number; score: number }> {
  const heap: Array<{ doc: number; score: number }> = [];
  // `worse(a, b)`: a ranks below b.
  const worse = (a: { doc: number; score: number }, b: { doc: number; score: number }) => a.score < b.score || (a.score === b.score && a.doc > b.doc);
  for (const doc of docs) {
    const score = scoreOf(doc);
    if (score < 0) continue;
    const item = { doc, score };
    if (heap.length < limit) {
      heap.push(item);
      siftUp(heap, heap.length - 1, worse);
    } else if (worse(heap[0]!, item)) {
      heap[0] = item;
      siftDown(heap, 0, worse);
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}

/** The best `limit` documents of each key, best first overall. */
function topPerKey(docs: readonly number[], limit: number, keyOf: (doc: number) => string, scoreOf: (doc: number) => number): Array<{ doc: number; score: number }> {
  const byKey = new Map<string, number[]>();
  for (const doc of docs) {
    if (scoreOf(doc) < 0) continue;
    const key = keyOf(doc);
    const docsOfKey = byKey.get(key);
    if (docsOfKey) docsOfKey.push(doc);
    else byKey.set(key, [doc]);
  }
  const best: number[] = [];
  for (const docsOfKey of byKey.values()) for (const { doc } of topK(docsOfKey, limit, scoreOf)) best.push(doc);
  return topK(best, best.length, scoreOf);
}

function siftUp<T>(heap: T[], at: number, worse: (a: T, b: T) => boolean): void {
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (!worse(heap[at]!, heap[parent]!)) return;
    [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
    at = parent;
  }
}

function siftDown<T>(heap: T[], at: number, worse: (a: T, b: T) => boolean): void {
  for (;;) {
    const left = 2 * at + 1;
    const right = left + 1;
    let least = at;
    if (left < heap.length && worse(heap[left]!, heap[least]!)) least = left;
    if (right < heap.length && worse(heap[right]!, heap[least]!)) least = right;
    if (least === at) return;
    [heap[at], heap[least]] = [heap[least]!, heap[at]!];
    at = least;
  }
}

/**
 * Per-index work arrays, reused by every query: stamps say which entries
 * belong to the current query, so nothing is cleared between queries. Queries
 * run one at a time (JavaScript is single-threaded and a search never awaits).
 */
interface Scratch {
  stamp: number;
  seen: Uint32Array;
  group: Uint32Array;
  matched: Uint16Array;
  scores: Float64Array;
}

const scratches = new WeakMap<Postings, Scratch>();

function scratchOf(postings: Postings): Scratch {
  let scratch = scratches.get(postings);
  if (!scratch || scratch.stamp > 0xffff_0000) {
    const n = postings.documentCount;
    scratch = { stamp: 0, seen: new Uint32Array(n), group: new Uint32Array(n), matched: new Uint16Array(n), scores: new Float64Array(n) };
    scratches.set(postings, scratch);
  }
  return scratch;
}
