// Startup: `c21lab --help`, `--version` and `validate --help` against an
// empty ESM file run by the same node, side by side (see lib.mjs for how).
// Target: ≤ 1.25× in wall and CPU time.
// Also `completion bash`, a command that goes through main() and the command
// context but never validates: shown without a target, to see what loading
// main() costs (the validators must not load there: src/cli/context.ts).
// `node bench/startup.mjs [--quick] [--runs N]`.
import { join } from 'node:path';
import { writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BIN, OUT, benchArgs, machine, ratioVerdict, sideBySide, sideLines, warmUp } from './lib.mjs';

const TARGET = 1.25;

export async function benchStartup({ runs = 20 } = {}) {
  await mkdir(OUT, { recursive: true });
  const empty = join(OUT, 'empty.mjs');
  await writeFile(empty, '');
  const baseline = { script: empty, args: [] };
  let ok = true;
  console.log(`startup, ${runs} runs of each side, ABBA order, medians:`);
  for (const flag of ['--help', '--version', 'validate --help']) {
    const subject = { script: BIN, args: flag.split(' ') };
    await warmUp(subject, baseline);
    const r = await sideBySide(subject, baseline, runs);
    console.log(sideLines(r, `c21lab ${flag}`, 'empty node script'));
    ok = ratioVerdict(`startup ${flag} vs empty node script`, r, TARGET) && ok;
  }
  const viaMain = { script: BIN, args: ['completion', 'bash'] };
  await warmUp(viaMain, baseline);
  const r = await sideBySide(viaMain, baseline, runs);
  console.log(sideLines(r, 'c21lab completion bash', 'empty node script'));
  console.log(`INFO  startup through main() (completion bash) vs empty node script: wall ${r.ratio.wall.toFixed(2)}× · CPU ${r.ratio.cpu.toFixed(2)}× (no target)`);
  return ok;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { runs } = benchArgs(process.argv, { quick: 6, full: 20 });
  console.log(machine());
  await benchStartup({ runs });
}
