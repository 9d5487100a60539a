import { describe, expect, it } from 'vitest';
import { runBin, runCli, type RunResult } from '../helpers/cli.js';
import { CASES, type CliCase } from './cases.js';

function check(c: CliCase, r: RunResult): void {
  expect(r.code, `${c.name}: ${r.stderr}`).toBe(c.code);
  for (const re of c.stdout ?? []) expect(r.stdout).toMatch(re);
  for (const re of c.stderr ?? []) expect(r.stderr).toMatch(re);
  for (const re of c.never ?? []) expect(r.stdout + r.stderr).not.toMatch(re);
}

describe('CLI cases in-process through main()', () => {
  for (const c of CASES) {
    it(c.name, async () => check(c, await runCli(c.args, { env: c.env, binary: false })));
  }
});

describe('the same cases through the binary give the same result', () => {
  for (const c of CASES.filter((x) => x.binary)) {
    it(c.name, async () => {
      const bin = await runBin(c.args, { env: c.env });
      check(c, bin);
      const inProcess = await runCli(c.args, { env: c.env, binary: false });
      expect(bin).toEqual(inProcess);
    });
  }
});
