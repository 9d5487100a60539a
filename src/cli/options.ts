// Options declared once, as data, and typed from that declaration (in the
// manner of vitest's CLIOptions<Config>): the flags string says the key
// (`--out-dir <dir>` → outDir), whether it takes a value (`<…>` a string,
// none a boolean), `repeat` makes it a list and `choices` a union. The
// command's implementation receives exactly that type; the one cast from
// commander's untyped opts() is in main.ts.
import { Option, type Command } from 'commander';

export interface OptionDecl {
  /** commander's flags: `-f, --format <format>`, `--votes`, `--no-open`. */
  readonly flags: string;
  /** The catalog key of its help line; without one the option is hidden from help (an old spelling). */
  readonly help?: string;
  readonly default?: string | boolean;
  readonly choices?: readonly string[];
  /** Given many times, kept as a list in order. */
  readonly repeat?: true;
}

type Camel<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
type Long<F extends string> = F extends `${string}--${infer R}` ? R : F;
type Name<F extends string> = Long<F> extends `${infer N} ${string}` ? N : Long<F>;
/** The key commander stores an option under: `--out-dir` → outDir, `--no-open` → open. */
export type OptionKey<F extends string> = Name<F> extends `no-${infer N}` ? Camel<N> : Camel<Name<F>>;
type Value<D extends OptionDecl> =
  D extends { repeat: true } ? string[]
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

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Adds the declared options to a commander command, in order, their help in the interface language. */
export function addOptions(cmd: Command, options: readonly OptionDecl[], t: (key: string) => string): void {
  for (const d of options) {
    const option = new Option(d.flags, d.help ? t(d.help) : undefined);
    if (!d.help) option.hideHelp();
    if (d.default !== undefined) option.default(d.default);
    if (d.choices) option.choices(d.choices);
    if (d.repeat) option.argParser(collect);
    cmd.addOption(option);
  }
}
