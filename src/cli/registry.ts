// Every command, in the order `c21lab --help` lists them: the one list of
// command names. Each is one file, src/cli/commands/NAME.ts, whose
// declaration (`spec`) is cheap to import and whose heavy parts load inside
// its run. A run that names a command imports that file alone; help,
// suggestions for a misspelt command and `help CMD` import them all.
import type { CommandSpec } from './command.js';

export const COMMAND_NAMES = [
  'validate', 'init', 'assess', 'room', 'set', 'framework', 'score', 'radar', 'panel', 'report',
  'demo', 'history', 'compare', 'merge', 'practice', 'review', 'schemas', 'completion', 'man',
] as const;

export type CommandName = (typeof COMMAND_NAMES)[number];

const isCommandName = (name: string): name is CommandName => (COMMAND_NAMES as readonly string[]).includes(name);

/** One command's declaration, from its file (only names in the list are ever imported). */
async function loadSpec(name: CommandName): Promise<CommandSpec> {
  const module = (await import(`./commands/${name}.js`)) as { spec: CommandSpec };
  return module.spec;
}

/** The named command's spec alone when `name` is a command; otherwise every spec, in order. */
export async function loadSpecs(name?: string): Promise<CommandSpec[]> {
  if (name !== undefined && isCommandName(name)) return [await loadSpec(name)];
  return Promise.all(COMMAND_NAMES.map(loadSpec));
}
