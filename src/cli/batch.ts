/**
 * Batch mode: one `{"command","text"}` JSON object per input line, one answer
 * object per output line, each written as soon as its line arrives so the
 * command works as a pipe. A bad line gets `{"error": "..."}` and the batch goes on.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import type { CommandContext } from '../../commands/command.ts';
import { runCommand } from './run-command.ts';

const lineSchema = z.object({
  command: z.string(),
  text: z.string().optional(),
});

export async function runBatch(context: CommandContext, input: Readable, output: Writable): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const answer = await answerLine(context, line);
    if (!output.write(`${JSON.stringify(answer)}\n`)) await new Promise((resolve) => output.once('drain', resolve));
  }
  return 0;
}

async function answerLine(context: CommandContext, line: string): Promise<unknown> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { error: 'quotebook: the line is not valid JSON' };
  }
  const parsed = lineSchema.safeParse(json);
  if (!parsed.success) return { error: 'quotebook: each line needs {"command": string, "text"?: string}' };
  if (parsed.data.command === 'reload') return { error: 'quotebook: reload is not available in batch mode' };
  const result = await runCommand(context, parsed.data.command, parsed.data.text ?? null);
  return result.ok ? result.value.answer : { error: `quotebook: ${result.error.message}` };
}
