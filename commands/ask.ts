/** `/ask question:<words>`: the passages that best answer a plain question. */
import { ask } from '../src/core/ask.ts';
import { defineQueryCommand } from './query-command.ts';

export const askCommand = defineQueryCommand({
  name: 'ask',
  description: 'Ask a question; get the best-matching passages with their sources.',
  option: 'question',
  optionDescription: 'Your question in plain words',
  answer: (library, text) => ({ command: 'ask', answer: ask(library, text) }),
});
