/**
 * The acknowledgement rule for one command run (Discord drops an interaction
 * not answered within 3 s): see the router's header for the whole policy.
 */
import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext, CommandModule, CommandResult } from '../../commands/command.ts';
import type { Logger } from './logger.ts';

/**
 * Runs the command; defers first if a promised answer is not ready within `deferAfterMs`.
 * A synchronous run cannot be deferred (it blocks the timers), so it is only timed.
 */
export async function runWithinAck(
  interaction: ChatInputCommandInteraction,
  command: CommandModule,
  context: CommandContext,
  text: string | null,
  deps: { log: Logger; deferAfterMs: number },
): Promise<CommandResult> {
  const started = performance.now();
  const outcome = command.run(context, text);
  if (!(outcome instanceof Promise)) {
    const took = performance.now() - started;
    // A synchronous run blocks the event loop, so no timer could defer for it; say so loudly if it gets slow.
    if (took > deps.deferAfterMs) deps.log.warn(`/${command.data.name} took ${Math.round(took)} ms synchronously; the 3 s acknowledgement is at risk`);
    return outcome;
  }
  if (interaction.deferred) return outcome;
  let timer: NodeJS.Timeout | undefined;
  const late = Symbol('late');
  const deadline = new Promise<typeof late>((resolve) => (timer = setTimeout(resolve, deps.deferAfterMs, late)));
  try {
    const first = await Promise.race([outcome, deadline]);
    if (first !== late) return first;
    await interaction.deferReply({ flags: command.ephemeral ? MessageFlags.Ephemeral : undefined });
    return await outcome;
  } finally {
    clearTimeout(timer);
  }
}

