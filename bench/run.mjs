// `npm run bench`: every speed target of the project, each measured as a
// ratio or difference against a baseline run side by side on this machine.
// Exits 0 even when a target is missed: the figures are the result.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchStartup } from './startup.mjs';
import { benchValidate } from './validate.mjs';

const quick = process.argv.includes('--quick');
console.log(`c21lab bench on node ${process.version}, ${(await import('node:os')).cpus().length} cores${quick ? ' (quick)' : ''}\n`);
await benchStartup({ runs: quick ? 5 : 15 });
console.log();
await benchValidate({ count: quick ? 200 : 1000, runs: quick ? 1 : 3 });
for (const name of ['radar', 'report', 'set']) {
  const script = fileURLToPath(new URL(`./${name}.mjs`, import.meta.url));
  if (!existsSync(script)) continue;
  console.log();
  spawnSync(process.execPath, [script, ...(quick ? ['--quick'] : [])], { stdio: 'inherit' });
}
