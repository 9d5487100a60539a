// The shape of one command. Each command is one file, src/cli/commands/NAME.ts
// (plus its catalog in src/i18n/): the declaration at the top (name,
// arguments, options as data, help text), the run below it. Help, "did you
// mean" and completion import every command file, so a command file's static
// imports stay light (the core it shares with main.ts, its catalog) and its
// heavy parts (render, vega, the template engine, the room server, inquirer…)
// are imported with `await import()` inside run; test/cli/command-imports
// .test.ts holds every command file to that.
//
//   const options = [ { flags: '--out-dir <dir>', help: 'optOutDir' } ] as const;
//   export type Options = OptionsOf<typeof options>;
//   export const spec = defineCommand({ name, messages, describe, options, run });
//   export async function run(ctx: CommandContext, args: string[], options: Options) { … }
import type { Command } from 'commander';
import type { Lang } from '../core/types.js';
import { translator, type Catalogs } from '../i18n/define.js';
import type { CommandContext } from './io.js';
import { addOptions, refuseEmptyArguments, type OptionDecl, type OptionsOf } from './options.js';

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
  /** The command itself, typed from the declared options (a hoisted function declared below the declaration). */
  run: CommandModule<OptionsOf<O>>['run'];
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
      refuseEmptyArguments(cmd, lang);
      addOptions(cmd, decl.options, t as (key: string) => string, lang);
    },
    load: async () => ({ run: decl.run }),
  };
}

/** The type of a declared command's run(), from its spec's `Options` (OptionsOf its declared list). */
export type Run<O> = CommandModule<O>['run'];
