// `framework --framework FILE` loads the file through the command context's
// loadFramework (issue 9): validated on its own, from its own folder, its
// problems located in it as the user typed its path and worded by the CLI in
// the interface language (a framework has no `language:` of its own).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../../helpers/cli.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('c21lab-framework-')));
afterEach(async () => cleanup());

describe('framework --framework FILE', () => {
  it('locates a broken framework file as typed, in the interface language, not the language the file claims', async () => {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'fw.yaml'), 'c21lab: framework/1\nid: x\nlanguage: es\n');
    const r = await runCli(['--lang', 'fr', 'framework', '--framework', 'sub/fw.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('sub/fw.yaml:1:1 error missing-key clé obligatoire « title » manquante au premier niveau');
    expect(r.stderr).toContain('le référentiel « sub/fw.yaml » n’a pas pu être chargé');
    const en = await runCli(['framework', '--framework', join(dir, 'sub', 'fw.yaml')], { cwd: dir, env: { LANG: 'en_GB.UTF-8' } });
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(/^sub\/fw\.yaml:1:1 error missing-key missing required key "title" at the top level$/m); // absolute inside the cwd: shown relative
  });

  it('refuses another kind of file, and a missing one as a usage error', async () => {
    writeFileSync(join(dir, 'a.yaml'), 'c21lab: benchmark/1\nname: x\nframework: culture21-actions\nscores: {}\n');
    writeFileSync(join(dir, 'b.yaml'), 'c21lab: nothing/1\n');
    const missing = await runCli(['--lang', 'es', 'framework', '--framework', 'nope.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yaml');
    expect(missing.stderr).not.toMatch(/no such file|\bat .*\.js/);
    const wrong = await runCli(['framework', '--framework', 'b.yaml'], { cwd: dir });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/^b\.yaml:1:\d+ error unknown-kind/m);
  });

  it('refuses a framework file that is not UTF-8 at its bad byte, as validate does, instead of showing U+FFFD', async () => {
    const good = (await import('node:fs')).readFileSync(join(ROOT, 'data', 'frameworks', 'culture21-actions.yaml'), 'utf8');
    writeFileSync(join(dir, 'l1.yaml'), Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\n' + good)]));
    const r = await runCli(['framework', '--framework', 'l1.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^l1\.yaml:1:6 error invalid-utf8 the file is not valid UTF-8 \(byte 0xE9 cannot be decoded\)/m);
    expect(r.stdout + r.stderr).not.toContain('\ufffd');
    const sheet = await runCli(['framework', '--framework', 'l1.yaml', '--sheet', 'l1.html'], { cwd: dir });
    expect(sheet.code).toBe(1);
  });
});
