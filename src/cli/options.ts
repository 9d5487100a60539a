// Options declared once, as data, and typed from that declaration (in the
// manner of vitest's CLIOptions<Config>): the flags string says the key
// (`--out-dir <dir>` → outDir), whether it takes a value (`<…>` a string,
// none a boolean), `repeat` makes it a list and `choices` a union. The
// command's implementation receives exactly that type; the one cast from
// commander's untyped opts() is in main.ts.
//
// A value is read here, once for every command, before any command runs: an
// option that names a file, a folder, a path, an id or a Git revision refuses
// an empty value (`--benchmark ""`, an unset `$BENCH` in CI) as a usage error,
// exit 2, rather than reading it as "not given"; so does a positional path
// (`validate ""`). An option declared with `integer` is read by the one parser
// of typed whole numbers (core/values.ts) and reaches the command as a number.
import { Option, type Argument, type Command } from 'commander';
import { UsageError } from '../core/errors.js';
import type { Lang } from '../core/types.js';
import { parseTypedInteger } from '../core/values.js';
import { cliMessages } from '../i18n/cli.js';
import { translator } from '../i18n/define.js';
import { integerMessage } from '../i18n/values.js';

/** What an option's value or an argument names, when an empty one cannot mean anything: worded as `what_KIND`. */
export type ValueKind = 'file' | 'folder' | 'fileOrFolder' | 'path' | 'id' | 'idOrFile' | 'ref';

/**
 * The kind of an option's value, from its placeholder (`<file>`, `<id-or-file>`…), when the declaration does
 * not say it. A placeholder not listed here is free text (`<text>`, `<name>`, `<address>`…), where an empty
 * value is the command’s to judge. test/cli/option-values.test.ts holds every declared placeholder to this table.
 */
export const PLACEHOLDER_KINDS: Readonly<Record<string, ValueKind>> = {
  file: 'file', 'out.svg': 'file', 'file.csv': 'file', dir: 'folder', path: 'path', id: 'id', ref: 'ref',
  'id|path': 'idOrFile', 'id-or-path': 'idOrFile', 'id|file': 'idOrFile', 'id-or-file': 'idOrFile',
};

/** The kind of a positional argument, by its declared name (`<files...>` → files); other arguments are the command's. */
export const ARGUMENT_KINDS: Readonly<Record<string, ValueKind>> = {
  file: 'file', files: 'file', assessment: 'file', dir: 'folder', paths: 'fileOrFolder',
};

export interface OptionDecl {
  /** commander's flags: `-f, --format <format>`, `--votes`, `--no-open`. */
  readonly flags: string;
  /** The catalog key of its help line; without one the option is hidden from help (an old spelling). */
  readonly help?: string;
  /** A number only for an `integer` option, which receives numbers. */
  readonly default?: string | boolean | number;
  readonly choices?: readonly string[];
  /** Given many times, kept as a list in order. */
  readonly repeat?: true;
  /** What the value names, when its placeholder does not say it (PLACEHOLDER_KINDS); `text` for a free text. */
  readonly value?: ValueKind | 'text';
  /** A whole number in this range, read by core/values.ts parseTypedInteger: the command receives a number. */
  readonly integer?: { readonly min: number; readonly max: number };
}

type Camel<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
type Long<F extends string> = F extends `${string}--${infer R}` ? R : F;
type Name<F extends string> = Long<F> extends `${infer N} ${string}` ? N : Long<F>;
/** The key commander stores an option under: `--out-dir` → outDir, `--no-open` → open. */
export type OptionKey<F extends string> = Name<F> extends `no-${infer N}` ? Camel<N> : Camel<Name<F>>;
type Value<D extends OptionDecl> =
  D extends { repeat: true } ? string[]
  : D extends { integer: object } ? number
  : D extends { choices: readonly (infer C)[] } ? C
  : D['flags'] extends `${string}<${string}` ? string
  : D['flags'] extends `${string}[${string}` ? string | true
  : boolean;

/** The options a command receives, from its declared list: an option with a default is always there. */
export type OptionsOf<O extends readonly OptionDecl[]> = {
  [D in O[number] as D extends { default: unknown } ? OptionKey<D['flags']> : never]: Value<D>;
} & {
  [D in O[number] as D extends { default: unknown } ? never : OptionKey<D['flags']>]?: Value<D>;
};

/** The placeholder of an option's value: `--out-dir <dir>` → `dir`; undefined for a flag. */
function placeholder(flags: string): string | undefined {
  return /<([^>]+)>/.exec(flags)?.[1];
}

/** The long name an option is refused by: `-b, --benchmark <id-or-file>` → `--benchmark`. */
function longName(flags: string): string {
  return /--[A-Za-z0-9-]+/.exec(flags)?.[0] ?? flags;
}

/** The kind of a declared option's value that refuses an empty one, or undefined when an empty value is the command's to judge. */
export function valueKind(d: OptionDecl): ValueKind | undefined {
  if (d.value === 'text') return undefined;
  const ph = placeholder(d.flags);
  return ph === undefined ? undefined : (d.value ?? PLACEHOLDER_KINDS[ph]);
}

function emptyRefusal(kind: ValueKind, said: string, lang: Lang): UsageError {
  const t = translator(cliMessages, lang);
  const hint = kind === 'folder' || kind === 'fileOrFolder' ? t('emptyFolderHint') : undefined;
  return new UsageError(said, hint);
}

/** The parser of one declared option: refuses what cannot be read, or returns what the command receives. */
function parserOf(d: OptionDecl, lang: Lang): ((value: string, previous?: unknown) => unknown) | undefined {
  const name = longName(d.flags);
  const t = translator(cliMessages, lang);
  const kind = valueKind(d);
  const range = d.integer;
  if (!kind && !range && !d.repeat) return undefined;
  return (value, previous) => {
    let read: unknown = value;
    if (range) {
      const parsed = parseTypedInteger(value, range);
      if (!parsed.ok) throw new UsageError(integerMessage(parsed, name, value, range, lang));
      read = parsed.value;
    } else if (kind && value === '') {
      throw emptyRefusal(kind, t('emptyOption', { option: name, what: t(`what_${kind}`) }), lang);
    }
    return d.repeat ? [...((previous as unknown[] | undefined) ?? []), read] : read;
  };
}

/** Adds the declared options to a commander command, in order, their help in the interface language and their refusals in `lang`. */
export function addOptions(cmd: Command, options: readonly OptionDecl[], t: (key: string) => string, lang: Lang = 'en'): void {
  for (const d of options) {
    const option = new Option(d.flags, d.help ? t(d.help) : undefined);
    if (!d.help) option.hideHelp();
    if (d.default !== undefined) option.default(d.default);
    if (d.choices) option.choices(d.choices);
    const parse = parserOf(d, lang);
    if (parse) option.argParser(parse);
    cmd.addOption(option);
  }
}

/** Makes the command's positional paths (ARGUMENT_KINDS) refuse an empty word: `validate "" a.yaml` is not `validate . a.yaml`. */
export function refuseEmptyArguments(cmd: Command, lang: Lang): void {
  const t = translator(cliMessages, lang);
  for (const arg of cmd.registeredArguments as readonly Argument[]) {
    const kind = ARGUMENT_KINDS[arg.name()];
    if (!kind || arg.parseArg) continue;
    arg.argParser((value: string, previous: unknown) => {
      if (value === '') throw emptyRefusal(kind, t('emptyArgument', { what: t(`what_${kind}`) }), lang);
      return arg.variadic ? [...((previous as string[] | undefined) ?? []), value] : value;
    });
  }
}
