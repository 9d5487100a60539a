// Help, "did you mean" and completion import every command file, so each
// file's static imports must stay light: beyond what main.ts already loads,
// only its catalog (src/i18n/) and small helpers. Render, walkthrough, room
// and every package main.ts does not load come in with `await import()`
// inside run. Read from the sources' import statements (type-only imports
// are erased by tsc and do not count), so the rule holds before any build.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../src/cli/registry.js';
import { ROOT } from '../helpers/cli.js';

const SRC = join(ROOT, 'src');
const IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** Every module a file loads statically, transitively: src files (relative to src/) and packages ("pkg:name"). */
function closure(...entries: string[]): Set<string> {
  const seen = new Set<string>();
  const walk = (file: string) => {
    const key = relative(SRC, file);
    if (seen.has(key)) return;
    seen.add(key);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[1] as string;
      if (spec.startsWith('.')) walk(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else if (!spec.startsWith('node:')) seen.add(`pkg:${spec}`);
    }
  };
  for (const e of entries) walk(join(SRC, e));
  return seen;
}

// Loaded by every run anyway: the entry point and the declaration helpers.
const BASE = closure('cli/main.ts', 'cli/command.ts', 'cli/options.ts');
// Small and pure, needed before run (an instanceof in a catch; the --format names the parser's choices
// list, data with no import): allowed by name.
const SMALL = new Set(['core/git.ts', 'cli/stdout.ts', 'render/formats/names.ts']);

describe('command files import only their declaration statically', () => {
  it('lists exactly the files in src/cli/commands/', () => {
    const files = readdirSync(join(SRC, 'cli', 'commands')).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
    expect([...COMMAND_NAMES].sort()).toEqual(files.sort());
  });

  it.each([...COMMAND_NAMES])('%s', (name) => {
    const extra = [...closure(`cli/commands/${name}.ts`)].filter((m) => !BASE.has(m));
    const heavy = extra.filter((m) => !m.startsWith('i18n/') && !m.startsWith('cli/commands/') && !SMALL.has(m));
    expect(heavy).toEqual([]);
  });

  it('can see a heavy import: the render and room modules are not in the base', () => {
    expect([...BASE].some((m) => m.startsWith('render/radar') || m.startsWith('room/') || m === 'pkg:yaml' || m === 'pkg:fastify')).toBe(false);
    expect(closure('cli/commands/room.ts').size).toBeGreaterThan(1);
    expect([...closure('room/server.ts')]).toContain('pkg:fastify');
  });
});
