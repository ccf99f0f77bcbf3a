import { randomBytes } from 'node:crypto';

const DISCORD_EPOCH = 1_420_070_400_000n;
/** Divisible by every shard count from 1 to 16, so guild i lands on shard i % count. */
const GUILD_EPOCH_OFFSET = 720_720n * 400_000n;

let increment = 0n;

/** A Discord-shaped snowflake for "now" (timestamp in the top 42 bits), unique within this process. */
export function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  const ms = BigInt(Date.now()) - DISCORD_EPOCH;
  return ((ms << 22n) | (1n << 17n) | increment).toString();
}

/** The id of the index-th guild; consecutive timestamps spread guilds evenly over any shard count. */
export function guildSnowflake(index: number): string {
  return (((GUILD_EPOCH_OFFSET + BigInt(index)) << 22n) | BigInt(index)).toString();
}

/** Which shard owns a guild, by Discord's formula `(guild_id >> 22) % shard_count`. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A token with the shape of a real one (base64 id, timestamp, hmac); it only has to be unguessable here. */
export function fakeToken(userId: string): string {
  const id = Buffer.from(userId).toString('base64url');
  return `${id}.${randomBytes(4).toString('base64url')}.${randomBytes(27).toString('base64url')}`;
}

/** A random interaction token. */
export function interactionToken(): string {
  return `aW50ZXJhY3Rpb24${randomBytes(48).toString('base64url')}`;
}
