// The binary runs main() from dist/bundle/ (src/gen/bundle.ts): the same
// modules as dist/cli/, in fewer files. Both must behave byte for byte the
// same, for outputs, findings, usage errors and exit codes; and the bundle
// must be what the binary actually loads.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, EXAMPLES, ROOT, runNode } from '../helpers/cli.js';
import { loadLog } from '../helpers/load-log.js';

const TMP = mkdtempSync(join(tmpdir(), 'c21lab-bundle-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));


/** main() from the modules tsc wrote, as bin/c21lab.js ran it before the bundle. */
const UNBUNDLED = `import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'cli', 'main.js')).href)}).then(async (m) => { process.exitCode = await m.main(process.argv.slice(1)); })`;

const MAIN = join(EXAMPLES, 'exampleville-2026.yaml');
const OTHER = join(EXAMPLES, 'exampleville-2024.yaml');
/** `node ARGS` in the project, with caching off and nothing of this process's environment. */
const run = (nodeArgs: string[]) => runNode(nodeArgs, { env: { PATH: process.env.PATH, HOME: TMP, LANG: 'C', NO_COLOR: '1', C21LAB_CACHE_DIR: 'off' } });

describe('dist/bundle/ behaves as dist/cli/', () => {
  it('exists after the build', () => {
    expect(existsSync(join(ROOT, 'dist', 'bundle', 'main.js'))).toBe(true);
    expect(existsSync(join(ROOT, 'dist', 'bundle', 'worker.js'))).toBe(true);
  });

  it('is what the binary loads for a command (and dist/cli/main.js is not)', async () => {
    const log = loadLog(TMP);
    const r = await run([...log.nodeArgs, BIN, 'score', MAIN]);
    expect(r.code).toBe(0);
    const loaded = log.loaded();
    expect(loaded.some((u) => u.endsWith('/dist/bundle/main.js'))).toBe(true);
    expect(loaded.filter((u) => u.includes('/dist/cli/') && !u.endsWith('/dist/cli/fast.js'))).toEqual([]);
    // The code cache's loader (dist/render/cache/, loaded by bin/ before the bundle) takes these few from dist/core/.
    expect(loaded.filter((u) => u.includes('/dist/core/') && !/\/dist\/core\/(lang|types|fs\/process-alive)\.js$/.test(u))).toEqual([]);
  });

  const cases: Array<[string, string[]]> = [
    ['score, two files and a benchmark, in French', ['--lang', 'fr', 'score', MAIN, OTHER, '-b', 'example-panel']],
    ['validate with findings (exit 1)', ['validate', join(ROOT, 'test', 'fixtures')]],
    ['a usage error (exit 2)', ['score', '--no-such-option']],
    ['a missing file', ['report', join(TMP, 'missing.yaml'), '-o', join(TMP, 'never.html')]],
    ['compare', ['--lang', 'es', 'compare', OTHER, MAIN]],
  ];
  it.each(cases)('%s: same stdout, stderr and exit code', async (_name, args) => {
    const [bundled, plain] = [await run([BIN, ...args]), await run(['--input-type=module', '-e', UNBUNDLED, '--', ...args])];
    expect(bundled).toEqual(plain);
  });

  it.each(['html', 'svg'])('the same %s bytes (report and radar, with --compare and a benchmark)', async (ext) => {
    const command = ext === 'html' ? ['report', MAIN, '--compare', OTHER] : ['radar', MAIN, OTHER];
    const a = join(TMP, `bundled.${ext}`);
    const b = join(TMP, `plain.${ext}`);
    const ra = await run([BIN, ...command, '--benchmark', 'example-panel', '--lang', 'fr', '-o', a]);
    const rb = await run(['--input-type=module', '-e', UNBUNDLED, '--', ...command, '--benchmark', 'example-panel', '--lang', 'fr', '-o', b]);
    expect([ra.code, rb.code]).toEqual([0, 0]);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
  });
});
