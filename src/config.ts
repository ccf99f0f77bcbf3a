/**
 * Settings: the only module that reads `process.env`. dotenv fills the
 * environment from `.env`, zod validates it, and a bad setting is reported by
 * name. Every setting is documented in `.env.example`.
 *
 * @example
 * const result = readConfig();
 * if (!result.success) { console.error(result.error); process.exit(2); }
 */
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{15,25}$/, 'must be a Discord id (digits)');

const configSchema = z.object({
  DISCORD_TOKEN: z.string().trim().min(1).optional(),
  DISCORD_CLIENT_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z.url().default('https://discord.com/api'),
  CORPUS_DIR: z.string().trim().min(1).default('corpus'),
  MODERATOR_ROLE_IDS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((id) => id.trim()).filter(Boolean))
    .pipe(z.array(snowflake)),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  SHARD_COUNT: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(64)]).default('auto'),
  /** Slash commands one user may start per COOLDOWN_WINDOW_MS; 0 turns the cooldown off. */
  COOLDOWN_QUERIES: z.coerce.number().int().min(0).max(1000).default(3),
  COOLDOWN_WINDOW_MS: z.coerce.number().int().min(100).max(3_600_000).default(10_000),
  /** Slash commands handled at once (per shard) before new ones hear "the bot is busy". */
  MAX_CONCURRENT: z.coerce.number().int().min(1).max(1000).default(8),
  /** Folder for the index snapshot (empty, like every setting, means the default). */
  CACHE_DIR: z.string().trim().default('.quotebook-cache'),
});

export type Config = z.infer<typeof configSchema>;

export type ConfigResult = { success: true; data: Config } | { success: false; error: string };

/**
 * Reads and validates the settings. Empty strings count as unset, so a blank
 * line copied from `.env.example` means "use the default".
 */
export function readConfig(env: NodeJS.ProcessEnv = loadEnv()): ConfigResult {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(present);
  if (parsed.success) return { success: true, data: parsed.data };
  // Name the setting and the rule, never the value: a token must not reach a log.
  const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`);
  return { success: false, error: `quotebook: bad setting ${problems.join('; ')}` };
}

function loadEnv(): NodeJS.ProcessEnv {
  const fromFile: NodeJS.ProcessEnv = {};
  // quiet: dotenv 17+ otherwise prints a banner to stdout, which would break --json output.
  // processEnv: .env stays out of process.env, because discord.js's Client reads SHARD_COUNT
  // (and SHARDS) from there and would choke on SHARD_COUNT=auto in an unsharded `npm start`.
  loadDotenv({ quiet: true, processEnv: fromFile });
  // The real environment wins over .env, as dotenv does by default.
  return { ...fromFile, ...process.env };
}
