// Bundled frameworks without parsing and validating them at every run: the
// data src/generated/frameworks.ts holds (see ./generate.ts) is put into a
// validation context for each bundled file whose bytes, and whose schema,
// are still the ones validated. Anything else (an edited file, an edited
// schema, a missing entry) is left to the validator, which reads the file as
// before; either way the data is the same.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FRAMEWORKS, SCHEMA_HASH } from '../../generated/frameworks.js';
import { contentHash } from '../hash.js';
import { FRAMEWORKS_DIR } from '../paths.js';
import { schemaPath } from '../schemas.js';
/** Seeds `ctx` with every bundled framework that is unchanged since `npm run gen` validated it. */
export function seedBundledFrameworks(ctx) {
    try {
        if (contentHash(readFileSync(schemaPath('framework'))) !== SCHEMA_HASH)
            return;
    }
    catch {
        return;
    }
    for (const [id, entry] of Object.entries(FRAMEWORKS)) {
        const path = join(FRAMEWORKS_DIR, `${id}.yaml`);
        if (ctx.frameworks.has(path))
            continue;
        let bytes;
        try {
            bytes = readFileSync(path);
        }
        catch {
            continue;
        }
        if (contentHash(bytes) !== entry.hash)
            continue;
        // One object per process, as the validator would share one framework among a run's files.
        ctx.frameworks.set(path, { kind: 'framework', findings: [], framework: entry.data });
    }
}
