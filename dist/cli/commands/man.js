// `c21lab man`: the manual page in roff, generated from the command
// declarations (cli-model.ts), in the interface language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_OK } from '../../core/errors.js';
import { PACKAGE_ROOT } from '../../core/paths.js';
import { cliModel } from '../cli-model.js';
import { translateTerm } from '../commander-i18n.js';
import { manPage } from '../man.js';
export function packageVersion() {
    return JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version;
}
export async function run(ctx) {
    const lang = ctx.lang;
    ctx.io.stdout.write(manPage(await cliModel(lang), lang, packageVersion(), '', (s) => translateTerm(s, lang)));
    return EXIT_OK;
}
