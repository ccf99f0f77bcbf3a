/**
 * `/compare` as embeds: a summary first (what the sources agree on, where
 * their figures differ, which sources are silent), then one section per
 * source with its passages on the topic.
 */
import type { APIEmbed } from 'discord.js';
import type { CompareAnswer, Figure } from '../core/answers.ts';
import { DiscordLimits } from './limits.ts';
import { escapeText, fitEscaped, isLink, quoteBlock } from './markdown.ts';
import { renderNotFound } from './render-not-found.ts';
import { Colors, listWithin, paginate, shortSource, type Rendered } from './render-shared.ts';

/** Source sections per page after the summary. */
const SECTIONS_PER_PAGE = 3;
/**
 * Sources shown with their passages: ten pages. A common topic is covered by
 * hundreds of sources; paging through them all is no use to a reader, and
 * the page store would hold megabytes per answer. The rest are named, best
 * first, on a last page.
 */
const MAX_SECTIONS = 30;
const PASSAGE_MAX = 700;
const PASSAGES_PER_SECTION = 3;

/** Renders a compare answer; a topic no source covers gives the ephemeral "nothing found". */
export function renderCompare(answer: CompareAnswer): Rendered {
  if (answer.covered.length === 0) return renderNotFound('compare', answer.topic, answer.suggestions, answer.unusedWords);
  const content = `How the sources cover “${fitEscaped(answer.topic, 300)}”: ${answer.covered.length} of ${answer.covered.length + answer.missing.length} sources.`;
  const sections = answer.covered.slice(0, MAX_SECTIONS).map(sectionEmbed);
  const rest = answer.covered.slice(MAX_SECTIONS);
  if (rest.length > 0) sections.push(otherSourcesEmbed(rest));
  return { pages: paginate(sections, SECTIONS_PER_PAGE, content, [summaryEmbed(answer)]), ephemeral: false };
}

/** The sources past the shown sections, named so that none is left out unsaid. */
function otherSourcesEmbed(rest: CompareAnswer['covered']): APIEmbed {
  return {
    color: Colors.compare,
    title: `${rest.length} more ${rest.length === 1 ? 'source covers' : 'sources cover'} this topic`,
    description: listWithin(
      rest.map((c) => `• ${shortSource(c.source)}`),
      DiscordLimits.embedDescription,
    ),
    footer: { text: 'A narrower topic shows their passages.' },
  };
}

function summaryEmbed(answer: CompareAnswer): APIEmbed {
  const fields: APIEmbed['fields'] = [];
  const add = (name: string, lines: string[]) => {
    if (lines.length > 0) fields.push({ name, value: listWithin(lines, DiscordLimits.fieldValue) });
  };
  add('Where they differ', answer.differences.map((d) => `• ${escapeText(d)}`));
  add('What they agree on', answer.agreements.map((a) => `• ${escapeText(a)}`));
  add('Figures', answer.figures.map((f) => figureLine(f, answer)));
  add('Silent sources', answer.missing.map((m) => `• ${shortSource(m)}`));
  return {
    color: Colors.compare,
    title: fitEscaped(`Compare: ${answer.topic}`, DiscordLimits.embedTitle),
    description: answer.summary ? fitEscaped(answer.summary, 2000) : 'The sources below cover this topic.',
    fields,
  };
}

/**
 * "**10,000–12,000** troops, November 2024 — Kyiv Independent ¶5" (the noun
 * only when the figure's text lacks it; the date when its sentence dates what
 * it counts).
 */
function figureLine(figure: Figure, answer: CompareAnswer): string {
  const article = answer.covered.find((c) => c.source.file === figure.file)?.source;
  const where = article ? fitEscaped(article.source ?? article.title, 80) : `\`${figure.file.replace(/`/g, "'")}\``;
  // The figure's text often names what it counts already ("10,000 troops"); say the noun once.
  const about = figure.text.toLowerCase().includes(figure.about.toLowerCase()) ? '' : ` ${fitEscaped(figure.about, 80)}`;
  const when = figure.when ? `, ${fitEscaped(figure.when, 40)}` : '';
  return `• **${fitEscaped(figure.text, 100)}**${about}${when} — ${where} ¶${figure.paragraph}`;
}

function sectionEmbed(section: CompareAnswer['covered'][number]): APIEmbed {
  const shown = section.passages.slice(0, PASSAGES_PER_SECTION);
  const body = shown.map((p) => `¶${p.paragraph}\n${quoteBlock(p.text, p.highlights, PASSAGE_MAX)}`).join('\n');
  const more = section.passages.length - shown.length;
  const { source } = section;
  const details = [source.source, source.date].filter((x): x is string => Boolean(x)).map(escapeText);
  details.push(`\`${source.file.replace(/`/g, "'")}\``);
  return {
    color: Colors.compare,
    title: fitEscaped(source.title, DiscordLimits.embedTitle),
    ...(isLink(source.url) ? { url: source.url } : {}),
    description: `${details.join(' · ')}\n${body}${more > 0 ? `\n…and ${more} more passages` : ''}`,
  };
}
