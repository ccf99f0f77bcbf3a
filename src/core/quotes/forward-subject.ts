/**
 * Pronouns whose referent their own sentence names. One may point forward:
 * in "In what he acknowledged as a “rant,” President Obama took a whack at
 * Trump", "he" is Obama, named after it, not the person the paragraph
 * before was about. Pronoun resolution looks only back; read-passage.ts
 * keeps what it finds only when it is that name, and otherwise leaves the
 * quote no one's rather than the wrong person's. One follows the topic the
 * sentence opens on: "As for Trump, he said …". One is the person a
 * "who" clause describes: "Rep. Joe Wilson, the congressman who gained
 * attention when he yelled …".
 */
import { chunkLeft, chunkRight, endsInName, skipFillers, type Range } from './noun-phrase.ts';
import { isFiniteVerb } from './bare-clause.ts';
import { type TokenView } from './token-view.ts';

/**
 * When the pronoun subject at `first` sits in a clause or phrase that opens
 * its sentence ("In what he …,", "When she …,", "As he …,") and a name is
 * the subject of the main clause after the comma: that name. Else null.
 */
export function forwardSubject(view: TokenView, [first, last]: Range): Range | null {
  const [start, end] = view.sentences[view.sentenceOf[first]!]!;
  if (!OPENERS.has(view.tokens[start]!.lower) || start === first) return null;
  for (let k = start; k < first; k++) if (view.tokens[k]!.text === ',' && view.roles[k] === 'text') return null;
  for (let k = last + 1; k < end; k++) {
    if (view.tokens[k]!.text !== ',') continue;
    let after = k + 1;
    while (after < end && view.roles[after] === 'mark') after++;
    const subject = chunkRight(view, after, end);
    if (!subject || !endsInName(view, subject)) return null;
    return isFiniteVerb(view.tokens[skipFillers(view, subject[1] + 1, end, 1)]) ? subject : null;
  }
  return null;
}

// Prepositions and subordinators that open a phrase or clause before the main one.
const OPENERS = new Set(['in', 'as', 'when', 'while', 'after', 'before', 'since', 'although', 'though', 'because', 'if', 'once', 'until', 'with', 'despite', 'for', 'whenever']);

/**
 * "As for Trump, he said he's not worried": the name the sentence opens on
 * as its topic, when the pronoun subject at `first` comes right after it
 * and its comma. Null otherwise.
 */
export function topicBefore(view: TokenView, [first]: Range): Range | null {
  const start = view.sentences[view.sentenceOf[first]!]![0];
  if (view.tokens[start]!.lower !== 'as' || view.tokens[start + 1]?.lower !== 'for' || view.tokens[first - 1]?.text !== ',') return null;
  const topic = chunkRight(view, start + 2, first - 2);
  return topic && topic[1] === first - 2 && endsInName(view, topic) ? topic : null;
}

/**
 * "Joe Wilson, the congressman who gained attention in 2009 when he yelled
 * “…”": for the pronoun subject at `first`, right after a subordinator in a
 * "who" clause, the phrase the clause hangs on, or the name an appositive
 * before it describes. Null when anything between "who" and the pronoun
 * could be whom it means (a name, another pronoun) or a comma parts them.
 */
export function relativeHost(view: TokenView, [first]: Range): Range | null {
  if (!SUBORDINATORS.has(view.tokens[first - 1]?.lower ?? '')) return null;
  const start = view.sentences[view.sentenceOf[first]!]![0];
  for (let k = first - 2; k > start; k--) {
    const t = view.tokens[k]!;
    if (view.roles[k] !== 'text' || t.text === ',' || t.pos === 'PROPN' || t.pos === 'PRON' && t.lower !== 'who') return null;
    if (t.lower !== 'who') continue;
    const host = chunkLeft(view, k - 1, start);
    if (!host || endsInName(view, host) || view.tokens[host[0] - 1]?.text !== ',') return host;
    // "Joe Wilson, the congressman who …": the name the description is set after.
    const named = chunkLeft(view, host[0] - 2, start);
    return named && endsInName(view, named) ? named : host;
  }
  return null;
}

const SUBORDINATORS = new Set(['when', 'as', 'after', 'before', 'because', 'while', 'since', 'until', 'once']);
