// Every command, in the order `c21lab --help` lists them. Each entry is a
// small spec module; the implementation behind it loads on demand.
import type { CommandSpec } from './command.js';

export async function loadSpecs(): Promise<CommandSpec[]> {
  const modules = await Promise.all([
    import('./specs/validate.js'),
  ]);
  return modules.map((m) => m.spec);
}
