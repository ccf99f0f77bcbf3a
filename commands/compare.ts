/** `/compare topic:<words>`: how each source covers a topic, and where they differ. */
import { compare } from '../src/core/compare.ts';
import { defineQueryCommand } from './query-command.ts';

export const compareCommand = defineQueryCommand({
  name: 'compare',
  description: 'How do the sources cover a topic? Where do they agree and differ?',
  option: 'topic',
  optionDescription: 'A topic: a name, place or subject',
  answer: (library, text) => ({ command: 'compare', answer: compare(library, text) }),
});
