/**
 * Checks a message as sent to Discord against Discord's documented limits,
 * independently of the bot's own fitting code. Returns the broken rules.
 */
interface SentEmbed {
  title?: string;
  description?: string;
  footer?: { text: string };
  author?: { name: string };
  fields?: Array<{ name: string; value: string }>;
}

export function limitViolations(message: { content?: unknown; embeds?: unknown }): string[] {
  const problems: string[] = [];
  const check = (what: string, text: string | undefined, max: number) => {
    if (text !== undefined && text.length > max) problems.push(`${what} is ${text.length} > ${max}`);
  };
  if (typeof message.content === 'string') check('content', message.content, 2000);
  const embeds = (message.embeds ?? []) as SentEmbed[];
  if (embeds.length > 10) problems.push(`${embeds.length} embeds > 10`);
  let total = 0;
  embeds.forEach((e, i) => {
    check(`embed ${i} title`, e.title, 256);
    check(`embed ${i} description`, e.description, 4096);
    check(`embed ${i} footer`, e.footer?.text, 2048);
    check(`embed ${i} author`, e.author?.name, 256);
    if ((e.fields?.length ?? 0) > 25) problems.push(`embed ${i} has ${e.fields!.length} fields > 25`);
    for (const [j, f] of (e.fields ?? []).entries()) {
      check(`embed ${i} field ${j} name`, f.name, 256);
      check(`embed ${i} field ${j} value`, f.value, 1024);
      if (!f.name || !f.value) problems.push(`embed ${i} field ${j} is empty`);
    }
    total += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
    total += (e.fields ?? []).reduce((s, f) => s + f.name.length + f.value.length, 0);
  });
  if (total > 6000) problems.push(`embeds total ${total} > 6000`);
  if (embeds.length === 0 && !message.content) problems.push('empty message');
  return problems;
}
