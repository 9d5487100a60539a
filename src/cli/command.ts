// The shape of one command. Its spec (name, arguments, options, help text)
// is cheap and always loaded so `--help` can list it; its implementation is
// imported only when the command runs, so `--help` and `validate` never pull
// in vega, inquirer or the template engine.
import type { Command } from 'commander';
import type { Lang } from '../core/types.js';
import type { CommandContext } from './io.js';

export interface CommandModule {
  /** Returns the exit code. Throws C21Error subclasses for anything the user can fix. */
  run(ctx: CommandContext, args: string[], options: Record<string, unknown>): Promise<number>;
}

export interface CommandSpec {
  name: string;
  /** Adds arguments, options and help text; `lang` is the interface language for help. */
  configure(cmd: Command, lang: Lang): void;
  load(): Promise<CommandModule>;
}
