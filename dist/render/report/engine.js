// The nunjucks environment of the report. Without --template, the bundled
// templates run precompiled (src/generated/report-templates.ts, made by
// precompile.ts) on nunjucks' runtime-only build, so a report neither imports
// nunjucks' compiler nor lexes and compiles ten templates at every start
// (~35 ms).
// With --template DIR, or when a bundled template changed since it was
// precompiled (the hash below is checked at every run), templates are read
// and compiled from disk as before. Both paths give the same output: the
// golden-file test renders through the first, the --template tests through
// the second.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { TEMPLATES_DIR } from '../../core/paths.js';
import { textHash } from './hash.js';
import { loadNunjucksSlim } from './nunjucks-slim.js';
import { TEMPLATES, TEMPLATES_HASH } from '../../generated/report-templates.js';
export const BUNDLED_REPORT_TEMPLATES = join(TEMPLATES_DIR, 'report');
/** Options of every report environment; the lexer's (trimBlocks, lstripBlocks) are baked into src/generated/report-templates.ts. */
export const ENV_OPTIONS = { autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true };
const require = createRequire(import.meta.url);
/** Every file under the bundled template folder, by its name as templates include it ("partials/x.html.njk"), sorted. */
export function bundledTemplateSources(dir = BUNDLED_REPORT_TEMPLATES) {
    const names = readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => join(d.parentPath ?? d.path, d.name).slice(dir.length + 1).split('\\').join('/'))
        .sort();
    return names.map((name) => [name, readFileSync(join(dir, name), 'utf8')]);
}
export function templatesHash(sources) {
    return textHash(JSON.stringify(sources));
}
/** userDir: a folder of the user's own templates, searched first, file by file. bundledDir: for tests. */
export function reportEnvironment(userDir, bundledDir = BUNDLED_REPORT_TEMPLATES) {
    if (!userDir && TEMPLATES_HASH === templatesHash(bundledTemplateSources(bundledDir))) {
        const slim = loadNunjucksSlim();
        const loader = new slim.PrecompiledLoader(TEMPLATES);
        return { env: new slim.Environment(loader, ENV_OPTIONS), runtime: slim.runtime, precompiled: true };
    }
    const nunjucks = require('nunjucks');
    const paths = userDir ? [userDir, bundledDir] : [bundledDir];
    const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(paths, { noCache: false }), ENV_OPTIONS);
    return { env, runtime: nunjucks.runtime, precompiled: false };
}
