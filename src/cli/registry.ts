// Every command, in the order `c21lab --help` lists them: the one list of
// command names. Each is one file, src/cli/commands/NAME.ts, whose
// declaration (`spec`) is cheap to import and whose heavy parts load inside
// its run. A run that names a command imports that file alone; help,
// suggestions for a misspelt command and `help CMD` import them all.
import type { CommandSpec } from './command.js';

// Literal import() calls, one per command, so that tsc, vitest and any bundler see every file.
const COMMANDS = {
  validate: () => import('./commands/validate.js'),
  init: () => import('./commands/init.js'),
  assess: () => import('./commands/assess.js'),
  room: () => import('./commands/room.js'),
  set: () => import('./commands/set.js'),
  framework: () => import('./commands/framework.js'),
  score: () => import('./commands/score.js'),
  radar: () => import('./commands/radar.js'),
  panel: () => import('./commands/panel.js'),
  report: () => import('./commands/report.js'),
  demo: () => import('./commands/demo.js'),
  history: () => import('./commands/history.js'),
  compare: () => import('./commands/compare.js'),
  merge: () => import('./commands/merge.js'),
  practice: () => import('./commands/practice.js'),
  review: () => import('./commands/review.js'),
  schemas: () => import('./commands/schemas.js'),
  completion: () => import('./commands/completion.js'),
  man: () => import('./commands/man.js'),
} satisfies Record<string, () => Promise<{ spec: CommandSpec }>>;

export type CommandName = keyof typeof COMMANDS;

/** The command names, in order. */
export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

export const isCommandName = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);

/** One command's declaration, from its file. */
async function loadSpec(name: CommandName): Promise<CommandSpec> {
  return ((await COMMANDS[name]()) as { spec: CommandSpec }).spec;
}

/** The named command's spec alone when `name` is a command; otherwise every spec, in order. */
export async function loadSpecs(name?: string): Promise<CommandSpec[]> {
  if (name !== undefined && isCommandName(name)) return [await loadSpec(name)];
  return Promise.all(COMMAND_NAMES.map(loadSpec));
}
