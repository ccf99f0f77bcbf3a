/** `/ask` as embeds: the best-matching passages, each with its source. */
import type { APIEmbed } from 'discord.js';
import type { AskAnswer } from '../core/answers.ts';
import { fitEscaped, quoteBlock } from './markdown.ts';
import { renderNotFound } from './render-not-found.ts';
import { Colors, describeSource, paginate, type Rendered } from './render-shared.ts';

const ANSWERS_PER_PAGE = 3;
const PASSAGE_MAX = 1800;

/** Renders an ask answer; no passage gives the ephemeral "nothing found" with suggestions. */
export function renderAsk(answer: AskAnswer): Rendered {
  if (answer.answers.length === 0) return renderNotFound('ask', answer.question, answer.suggestions, answer.unusedWords);
  const content = `“${fitEscaped(answer.question, 300)}” — the passages that answer it best:`;
  const embeds: APIEmbed[] = answer.answers.map((a) => ({
    color: Colors.answer,
    description: quoteBlock(a.passage, a.highlights, PASSAGE_MAX),
    fields: [{ name: 'Source', value: describeSource(a.source) }],
  }));
  return { pages: paginate(embeds, ANSWERS_PER_PAGE, content), ephemeral: false };
}
