/** `npm run deploy-commands`: registers the slash commands (guild when DISCORD_GUILD_ID is set, else global). */
import { readConfig } from '../src/config.ts';
import { deployCommands } from '../src/discord/deploy-commands.ts';

const config = readConfig();
if (!config.success) {
  console.error(config.error);
  process.exit(2);
}
const { DISCORD_TOKEN, DISCORD_API_URL, DISCORD_CLIENT_ID, DISCORD_GUILD_ID } = config.data;
if (!DISCORD_TOKEN) {
  console.error('quotebook: bad setting DISCORD_TOKEN: required to deploy commands (see .env.example)');
  process.exit(2);
}
try {
  const result = await deployCommands({ token: DISCORD_TOKEN, apiUrl: DISCORD_API_URL, clientId: DISCORD_CLIENT_ID, guildId: DISCORD_GUILD_ID });
  const where = result.scope === 'global' ? 'globally (may take up to an hour to appear)' : `to guild ${result.scope.guildId}`;
  console.log(`quotebook: deployed ${result.names.length} commands ${where}: ${result.names.map((n) => `/${n}`).join(', ')}`);
} catch (error) {
  // discord.js errors name the route and status, never the token.
  console.error(`quotebook: deploying commands failed: ${(error as Error).message}`);
  process.exit(1);
}
