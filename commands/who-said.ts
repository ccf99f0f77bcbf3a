/** `/who-said quote:<words>`: who said this, where, and who else carries it. */
import { suggestQuotes } from '../src/core/autocomplete.ts';
import { whoSaid } from '../src/core/who-said.ts';
import { defineQueryCommand } from './query-command.ts';

export const whoSaidCommand = defineQueryCommand({
  name: 'who-said',
  description: 'Who said this? The speaker, the exact quote and its source.',
  option: 'quote',
  optionDescription: 'Words from the quote (a few are enough)',
  answer: (library, text) => ({ command: 'who-said', answer: whoSaid(library, text) }),
  autocomplete: (context, partial) => suggestQuotes(context.store.current(), partial),
});
