// The one interface every output format implements, for every command that
// has a --format: a formatter turns the command's data into the whole of its
// stdout. What a formatter needs besides the data (the language, the
// translator, the terminal style) comes in `env`, which each command defines.

export interface OutputFormatter<Data, Env> {
  /** The whole of stdout for this data, ending with a line break ('' when there is nothing to print). */
  format(data: Data, env: Env): string;
}

/** A command's formats by name; its keys are the command's --format choices. */
export type FormatRegistry<Name extends string, Data, Env> = Readonly<Record<Name, OutputFormatter<Data, Env>>>;

