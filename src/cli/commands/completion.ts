// `c21lab completion bash|zsh|fish`: the completion script, generated from
// the command declarations (cli-model.ts), in the interface language.
import { EXIT_OK, UsageError } from '../../core/errors.js';
import { typedTranslator } from '../../i18n/define.js';
import { shellMessages } from '../../i18n/shell.js';
import { cliModel } from '../cli-model.js';
import { bashCompletion } from '../completion/bash.js';
import { fishCompletion } from '../completion/fish.js';
import { zshCompletion } from '../completion/zsh.js';
import type { CommandContext } from '../io.js';

const SHELLS = { bash: bashCompletion, zsh: zshCompletion, fish: fishCompletion };

export async function run(ctx: CommandContext, args: string[]): Promise<number> {
  const lang = ctx.lang;
  const shell = args[0] as keyof typeof SHELLS;
  if (!(shell in SHELLS)) throw new UsageError(typedTranslator(shellMessages, lang)('badShell', { shell: String(args[0]) }));
  ctx.io.stdout.write(SHELLS[shell](await cliModel(lang)));
  return EXIT_OK;
}
