/**
 * `/who-said` as embeds: one per matching quote, the speaker in bold, the
 * quote as a block quote with the matched words marked, where it was
 * published, and every other source that carries it.
 */
import type { APIEmbed } from 'discord.js';
import type { QuoteSighting, WhoSaidAnswer, WhoSaidMatch } from '../core/answers.ts';
import { hedgeNote, QUOTED_WITHIN_NOTE } from '../core/who-said.ts';
import { DiscordLimits } from './limits.ts';
import { escapeText, fitEscaped, quoteBlock } from './markdown.ts';
import { renderNotFound } from './render-not-found.ts';
import { Colors, describeSource, listWithin, paginate, shortSource, type Rendered } from './render-shared.ts';

/** Quotes per page: three keep a page readable on a phone. */
const MATCHES_PER_PAGE = 3;
const QUOTE_MAX = 1500;

/** Renders a who-said answer; no match gives the ephemeral "nothing found" with suggestions. */
export function renderWhoSaid(answer: WhoSaidAnswer): Rendered {
  if (answer.matches.length === 0) return renderNotFound('who-said', answer.query, answer.suggestions);
  const count = answer.matches.length;
  const content = `Who said “${fitEscaped(answer.query, 300)}”? ${count} ${count === 1 ? 'quote' : 'quotes'} found.`;
  return { pages: paginate(answer.matches.map(matchEmbed), MATCHES_PER_PAGE, content), ephemeral: false };
}

function matchEmbed(match: WhoSaidMatch): APIEmbed {
  const fields = [{ name: 'Source', value: describeSource(match.source) }];
  if (match.alsoIn.length > 0) {
    fields.push({ name: `Also in ${match.alsoIn.length} other ${match.alsoIn.length === 1 ? 'source' : 'sources'}`, value: listWithin(match.alsoIn.map(sightingLine), DiscordLimits.fieldValue) });
  }
  return {
    color: Colors.answer,
    description: `${speakerLine(match)}${match.quotedWithin ? ` — ${QUOTED_WITHIN_NOTE}` : ''}\n${quoteBlock(match.quote, match.highlights, QUOTE_MAX)}`,
    fields,
  };
}

/** "**Valery Gerasimov** (as “Gen. Gerasimov”)", or an honest "Speaker not named". */
function speakerLine(sighting: QuoteSighting): string {
  const name = sighting.speaker ? `**${fitEscaped(sighting.speaker, 200)}**` : '**Speaker not named**';
  const mention =
    sighting.mention && sighting.mention !== sighting.speaker ? ` (as “${fitEscaped(sighting.mention, 100)}”)` : '';
  const kind = sighting.kind === 'reported' ? ' — reported speech, in the article’s words, not a direct quote' : '';
  const hedge = sighting.hedge ? ` — ${hedgeNote(sighting.hedge)}` : '';
  return `${name}${mention}${kind}${hedge}`;
}

// Another source may only report what this one quotes: say so, or the line
// reads as that source quoting the speaker.
function sightingLine(sighting: QuoteSighting): string {
  const who = sighting.speaker ? ` — ${escapeText(sighting.speaker)}${sighting.hedge ? `, ${sighting.hedge}` : ''}` : '';
  const kind = sighting.kind === 'reported' ? ' (reported speech)' : '';
  return `• ${shortSource(sighting.source)}${who}${kind}`;
}
