/**
 * Where the project's files are, whether the code runs from its TypeScript
 * sources (src/, bench/) or compiled (dist/src/, dist/bench/): the nearest
 * folder above the running module that holds a package.json.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder above the module at `moduleUrl` (pass `import.meta.url`). */
export function packageRoot(moduleUrl: string): string {
  const start = dirname(fileURLToPath(moduleUrl));
  for (let at = start; ; at = dirname(at)) {
    if (existsSync(join(at, 'package.json'))) return at;
    if (dirname(at) === at) throw new Error(`quotebook: no package.json above ${start}`);
  }
}
