// Issue 2 §7: `c21lab --help` and `--version` within 60 ms of a bare
// `node -e 0`, measured as the difference of medians over alternating runs.
import { join } from 'node:path';
import { writeFile, mkdir } from 'node:fs/promises';
import { BIN, OUT, fmt, sideBySide, verdict } from './lib.mjs';

export async function benchStartup({ runs = 15 } = {}) {
  await mkdir(OUT, { recursive: true });
  const empty = join(OUT, 'empty.mjs');
  await writeFile(empty, '');
  let ok = true;
  for (const flag of ['--help', '--version', 'validate --help']) {
    const r = await sideBySide({ script: BIN, args: flag.split(' ') }, { script: empty, args: [] }, runs);
    const extra = r.subject.ms - r.baseline.ms;
    console.log(`c21lab ${flag}: ${fmt(r.subject.ms)} · bare node ${fmt(r.baseline.ms)} · +${extra.toFixed(0)} ms`);
    ok = verdict(`startup ${flag}`, `+${extra.toFixed(0)} ms over bare node (target ≤ 60 ms)`, extra <= 60) && ok;
  }
  return ok;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchStartup();
