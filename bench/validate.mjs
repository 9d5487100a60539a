// Issue 2 §7: `c21lab validate` on 1,000 generated assessments against
// ajv-cli on the same files and schema, side by side. Targets: wall time
// ratio ≤ 1.0 and peak memory ≤ 200 MB.
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { BIN, OUT, ROOT, fmt, sideBySide, verdict } from './lib.mjs';
import { generate } from './generate.mjs';

const require = createRequire(import.meta.url);

export async function benchValidate({ count = 1000, runs = 3 } = {}) {
  const dir = await generate(join(OUT, 'validate'), count);
  const ajvCli = require.resolve('ajv-cli/dist/index.js');
  const schema = join(ROOT, 'schemas', 'assessment.schema.json');
  const r = await sideBySide(
    { script: BIN, args: ['validate', dir] },
    { script: ajvCli, args: ['validate', '--spec=draft2020', '-c', 'ajv-formats', '-s', schema, '-d', `${dir}/*.yaml`] },
    runs,
  );
  const ratio = r.subject.ms / r.baseline.ms;
  console.log(`validate ${count} files: c21lab ${fmt(r.subject.ms)} (peak ${r.subject.peakMB.toFixed(0)} MB, exit ${r.subject.codes})` +
    ` · ajv-cli ${fmt(r.baseline.ms)} (peak ${r.baseline.peakMB.toFixed(0)} MB, exit ${r.baseline.codes}) · ratio ${ratio.toFixed(2)}`);
  const ok1 = verdict('validate wall time vs ajv-cli', `${ratio.toFixed(2)}× (target ≤ 1.00×)`, ratio <= 1);
  const ok2 = verdict('validate peak memory', `${r.subject.peakMB.toFixed(0)} MB (target ≤ 200 MB)`, r.subject.peakMB <= 200);
  const ok3 = verdict('both validators accept the generated files', `c21lab exit ${r.subject.codes}, ajv-cli exit ${r.baseline.codes}`,
    r.subject.codes.join() === '0' && r.baseline.codes.join() === '0');
  return ok1 && ok2 && ok3;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchValidate();
