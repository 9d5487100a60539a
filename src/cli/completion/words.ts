// What the completion scripts need to know about the model, shared by the
// bash, zsh and fish generators.
import type { CommandModel, OptionModel } from '../cli-model.js';

/** Whether an option value or argument names a file or folder ("file", "out.svg", "id-or-file", "dir", "paths"). */
export function isPathLike(name: string | undefined): boolean {
  return name !== undefined && /file|dir|path|folder|\.(csv|svg|png|ya?ml|html|md)/i.test(name);
}

export function flags(o: OptionModel): string[] {
  return [o.short, o.long].filter((f): f is string => f !== undefined);
}

/** Every command path with its model: [["validate"], model], [["review", "new"], model]… */
export function commandPaths(root: CommandModel): Array<[string[], CommandModel]> {
  const out: Array<[string[], CommandModel]> = [];
  const walk = (cmd: CommandModel, prefix: string[]) => {
    for (const sub of cmd.commands) {
      out.push([[...prefix, sub.name], sub]);
      walk(sub, [...prefix, sub.name]);
    }
  };
  walk(root, []);
  return out;
}

/** A description on one line, for scripts that show it beside a candidate. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
