// `npm run gen`: writes every generated file (./generators.ts) under
// src/generated/, and says which changed. `--check` writes nothing and
// exits 1 when any file is stale (for CI or a pre-commit hook).
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { PACKAGE_ROOT } from '../core/paths.js';
import { atomicWrite } from '../core/fs/atomic-write.js';
import { GENERATORS } from './generators.js';
const check = process.argv.includes('--check');
let stale = 0;
for (const g of GENERATORS) {
    const text = g.generate();
    let current;
    try {
        current = readFileSync(g.output, 'utf8');
    }
    catch {
        current = undefined;
    }
    const name = relative(PACKAGE_ROOT, g.output);
    if (current === text) {
        process.stdout.write(`unchanged  ${name}  (${g.what})\n`);
        continue;
    }
    stale++;
    if (check) {
        process.stdout.write(`STALE      ${name}  (${g.what})\n`);
    }
    else {
        await atomicWrite(g.output, text);
        process.stdout.write(`wrote      ${name}  (${g.what})\n`);
    }
}
if (check && stale > 0) {
    process.stdout.write(`${stale} generated file(s) stale: run npm run gen\n`);
    process.exitCode = 1;
}
