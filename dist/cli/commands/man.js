// `c21lab man`: the manual page in roff, generated from the command
// declarations (cli-model.ts), in the interface language.
import { defineCommand } from '../command.js';
import { shellMessages } from '../../i18n/shell.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_OK } from '../../core/errors.js';
import { PACKAGE_ROOT } from '../../core/paths.js';
const options = [];
export const spec = defineCommand({
    name: 'man',
    messages: shellMessages,
    describe: (cmd, t) => cmd.summary(t('manSummary')).description(t('manSummary')),
    options,
    run,
});
export function packageVersion() {
    return JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version;
}
export async function run(ctx) {
    const lang = ctx.lang;
    const [{ cliModel }, { translateTerm }, { manPage }] = await Promise.all([import('../cli-model.js'), import('../commander-i18n.js'), import('../man.js')]);
    ctx.io.stdout.write(manPage(await cliModel(lang), lang, packageVersion(), '', (s) => translateTerm(s, lang)));
    return EXIT_OK;
}
