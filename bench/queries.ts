/**
 * Queries drawn from a built Library: for /who-said exact quotes, partial
 * quotes and partial quotes with typos; for /compare and /ask topics made of
 * content words of real passages. Seeded, so every run asks the same.
 */
import { seeded } from './random.ts';
import type { Library } from '../src/core/library.ts';

export interface QuerySet {
  whoSaid: string[];
  topics: string[];
  questions: string[];
}

export function drawQueries(library: Library, count: number, seed = 7): QuerySet {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const quotes = library.quotes.filter((q) => q.text.split(/\s+/).length >= 4);
  const whoSaid: string[] = [];
  for (let i = 0; quotes.length && whoSaid.length < count; i++) {
    const words = pick(quotes).text.split(/\s+/);
    const kind = i % 3;
    if (kind === 0) whoSaid.push(words.slice(0, 14).join(' '));
    else {
      const length = Math.min(words.length, 4 + Math.floor(random() * 5));
      const start = Math.floor(random() * (words.length - length + 1));
      const part = words.slice(start, start + length);
      whoSaid.push((kind === 2 ? withTypos(part, random) : part).join(' '));
    }
  }
  const topics: string[] = [];
  const questions: string[] = [];
  while (topics.length < count) {
    const content = pick(library.passages).text.split(/\s+/).map((w) => w.replace(/[^\p{L}-]/gu, '')).filter((w) => w.length >= 5);
    if (content.length < 3) continue;
    const start = Math.floor(random() * (content.length - 2));
    const size = 1 + Math.floor(random() * 3);
    topics.push(content.slice(start, start + size).join(' '));
    questions.push(`What did they say about ${content.slice(start, start + size + 1).join(' ')}?`);
  }
  return { whoSaid, topics, questions };
}

/** One or two words get a swapped or dropped letter, as a hurried user types them. */
function withTypos(words: string[], random: () => number): string[] {
  const out = [...words];
  const candidates = out.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 5);
  for (const [word, i] of candidates.slice(0, 1 + Math.floor(random() * 2))) {
    const at = 1 + Math.floor(random() * (word.length - 2));
    out[i] = random() < 0.5 ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word.slice(0, at) + word.slice(at + 1);
  }
  return out;
}

