// Every command, in the order `c21lab --help` lists them. Each entry is a
// small spec module; the implementation behind it loads on demand.
import type { CommandSpec } from './command.js';

export async function loadSpecs(): Promise<CommandSpec[]> {
  const modules = await Promise.all([
    import('./specs/validate.js'),
    import('./specs/init.js'),
    import('./specs/assess.js'),
    import('./specs/set.js'),
    import('./specs/framework.js'),
    import('./specs/score.js'),
    import('./specs/radar.js'),
    import('./specs/panel.js'),
    import('./specs/report.js'),
    import('./specs/demo.js'),
    import('./specs/history.js'),
    import('./specs/compare.js'),
    import('./specs/practice.js'),
  ]);
  return modules.map((m) => m.spec);
}
