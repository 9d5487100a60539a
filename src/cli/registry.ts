// Every command, in the order `c21lab --help` lists them. Each entry is a
// small spec module; the implementation behind it loads on demand. A run
// that names a command loads only that command's spec (and its messages);
// help, suggestions for a misspelt command and `help CMD` load them all.
import type { CommandSpec } from './command.js';

const SPECS: Record<string, () => Promise<{ spec: CommandSpec }>> = {
  validate: () => import('./specs/validate.js'),
  init: () => import('./specs/init.js'),
  assess: () => import('./specs/assess.js'),
  room: () => import('./specs/room.js'),
  set: () => import('./specs/set.js'),
  framework: () => import('./specs/framework.js'),
  score: () => import('./specs/score.js'),
  radar: () => import('./specs/radar.js'),
  panel: () => import('./specs/panel.js'),
  report: () => import('./specs/report.js'),
  demo: () => import('./specs/demo.js'),
  history: () => import('./specs/history.js'),
  compare: () => import('./specs/compare.js'),
  merge: () => import('./specs/merge.js'),
  practice: () => import('./specs/practice.js'),
  review: () => import('./specs/review.js'),
  schemas: () => import('./specs/schemas.js'),
  completion: () => import('./specs/completion.js'),
  man: () => import('./specs/man.js'),
};

/** The named command's spec alone when `name` is a command; otherwise every spec, in order. */
export async function loadSpecs(name?: string): Promise<CommandSpec[]> {
  const load = name === undefined ? undefined : SPECS[name];
  if (load) return [(await load()).spec];
  const modules = await Promise.all(Object.values(SPECS).map((l) => l()));
  return modules.map((m) => m.spec);
}
