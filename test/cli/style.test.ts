// A colourless run does not load chalk (src/cli/io.ts): its plain style must
// write exactly what chalk writes at level 0, and a coloured run must still
// colour (through the real CLI, with FORCE_COLOR).
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { loadChalk, makeStyle } from '../../src/cli/io.js';
import { runCli } from '../helpers/cli.js';

describe('the plain style', () => {
  const plain = makeStyle(false);
  const chalk0 = new Chalk({ level: 0 });
  const calls: Array<[string, (s: typeof plain) => string]> = [
    ['red', (s) => s.red('x')],
    ['bold.red', (s) => s.bold.red('a', 'b')],
    ['dim of a number', (s) => s.dim(42 as unknown as string)],
    ['no argument', (s) => s.green()],
    ['empty', (s) => s.yellow('')],
    ['hex builder', (s) => s.hex('#ff0000').bold('h')],
    ['bgRgb builder', (s) => s.bgRgb(1, 2, 3)('c')],
    ['called directly', (s) => s('p', 'q')],
    ['undefined', (s) => s.cyan(undefined as unknown as string)],
  ];
  it.each(calls)('%s is what chalk writes at level 0', (_name, call) => {
    expect(call(plain)).toBe(call(chalk0));
  });
  it('has level 0', () => expect(plain.level).toBe(0));

  it('colours once chalk is loaded', async () => {
    await loadChalk();
    expect(makeStyle(true).red('x')).toBe('\u001b[31mx\u001b[39m');
  });
});

it('a forced-colour run still colours its findings', async () => {
  const r = await runCli(['score', 'no-such-file.yaml'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
  expect(r.code).not.toBe(0);
  expect(r.stderr).toContain('\u001b[31m');
  const plain = await runCli(['score', 'no-such-file.yaml']);
  expect(plain.stderr).not.toContain('\u001b[');
  expect(plain.stderr.length).toBeGreaterThan(5);
});
