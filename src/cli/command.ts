// The shape of one command. Its spec (name, arguments, options, help text)
// is cheap and always loaded so `--help` can list it; its implementation is
// imported only when the command runs, so `--help` and `validate` never pull
// in vega, inquirer or the template engine.
//
// A spec made with defineCommand() declares its options as data
// (./options.ts); its implementation is typed from that declaration:
//   export const run: Run<Options> = async (ctx, args, options) => …
// (the spec exports `type Options = OptionsOf<typeof options>`).
import type { Command } from 'commander';
import type { Lang } from '../core/types.js';
import { translator, type Catalogs } from '../i18n/define.js';
import type { CommandContext } from './io.js';
import { addOptions, type OptionDecl, type OptionsOf } from './options.js';

export interface CommandModule<O = Record<string, unknown>> {
  /** Returns the exit code. Throws C21Error subclasses for anything the user can fix. */
  run(ctx: CommandContext, args: string[], options: O): Promise<number>;
}

export interface CommandSpec<O = Record<string, unknown>> {
  name: string;
  /** Adds arguments, options and help text; `lang` is the interface language for help. */
  configure(cmd: Command, lang: Lang): void;
  load(): Promise<CommandModule<O>>;
  /** The declared options, when the spec was made with defineCommand (test/cli/options.test.ts reads them). */
  readonly options?: readonly OptionDecl[];
}

/** A command declared once: its catalog, its arguments and help text, and its options as data. */
export interface CommandDeclaration<K extends string, O extends readonly (OptionDecl & { help?: K })[]> {
  name: string;
  messages: Catalogs<K>;
  /** Summary, description, arguments, extra help: everything but the options. */
  describe(cmd: Command, t: (key: K) => string, lang: Lang): void;
  options: O;
  load(): Promise<CommandModule<OptionsOf<O>>>;
}

export interface DeclaredSpec<O extends readonly OptionDecl[]> extends CommandSpec<OptionsOf<O>> {
  readonly options: O;
}

export function defineCommand<K extends string, const O extends readonly (OptionDecl & { help?: K })[]>(
  decl: CommandDeclaration<K, O>,
): DeclaredSpec<O> {
  return {
    name: decl.name,
    options: decl.options,
    configure(cmd, lang) {
      const t = translator(decl.messages, lang);
      decl.describe(cmd, t, lang);
      addOptions(cmd, decl.options, t as (key: string) => string);
    },
    load: decl.load,
  };
}

/** The type of a declared command's run(), from its spec's `Options` (OptionsOf its declared list). */
export type Run<O> = CommandModule<O>['run'];
