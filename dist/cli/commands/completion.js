// `c21lab completion bash|zsh|fish`: the completion script, generated from
// the command declarations (cli-model.ts), in the interface language.
import { Argument } from 'commander';
import { defineCommand } from '../command.js';
import { shellMessages } from '../../i18n/shell.js';
import { EXIT_OK, UsageError } from '../../core/errors.js';
import { typedTranslator } from '../../i18n/define.js';
const options = [];
export const spec = defineCommand({
    name: 'completion',
    messages: shellMessages,
    describe: (cmd, t) => cmd
        .summary(t('completionSummary'))
        .description(t('completionSummary'))
        .addArgument(new Argument('<shell>', t('argShell')).choices(['bash', 'zsh', 'fish'])),
    options,
    run,
});
// Each script writer loads only when asked for.
const SHELLS = {
    bash: async () => (await import('../completion/bash.js')).bashCompletion,
    zsh: async () => (await import('../completion/zsh.js')).zshCompletion,
    fish: async () => (await import('../completion/fish.js')).fishCompletion,
};
export async function run(ctx, args) {
    const lang = ctx.lang;
    const shell = args[0];
    if (!(shell in SHELLS))
        throw new UsageError(typedTranslator(shellMessages, lang)('badShell', { shell: String(args[0]) }));
    // The model imports every command's declaration: loaded only here.
    const [{ cliModel }, { translateTerm }, script] = await Promise.all([import('../cli-model.js'), import('../commander-i18n.js'), SHELLS[shell]()]);
    // zsh shows value labels (`:fichier:`): worded as the help words them. bash and fish show none.
    ctx.io.stdout.write(script(await cliModel(lang), (name) => translateTerm(name, lang)));
    return EXIT_OK;
}
