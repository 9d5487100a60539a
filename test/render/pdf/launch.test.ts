// The browser is started by c21lab itself (src/render/pdf/launch.ts), so that
// it boots while the report is drawn, then handed to puppeteer-core over the
// DevTools pipe. Its command line must stay exactly what puppeteer.launch()
// would pass, or the PDF would change; a browser that cannot start must give
// a clear error, and one browser must print every file of a run; Ctrl+C
// must take the browser and its profile along.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { browserArgs } from '../../../src/render/pdf/launch.js';
import * as cdpConnector from 'puppeteer-core/internal/cdp/BrowserConnector.js';
import { findBrowser } from '../../../src/render/pdf/browser.js';
import { startPrinter } from '../../../src/render/pdf/print.js';
import { BIN, EXAMPLES } from '../../helpers/cli.js';

const TMP = mkdtempSync(join(tmpdir(), 'c21lab-launch-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const BROWSER = findBrowser({ env: process.env })?.path;
const noSandbox = typeof process.getuid === 'function' && process.getuid() === 0;

describe('the browser command line', () => {
  it('is puppeteer.launch()\'s headless one, with the pipe, for the installed puppeteer-core', () => {
    const extra = ['--disable-gpu', '--no-sandbox'];
    expect(browserArgs('/profile dir', extra)).toEqual([...puppeteer.defaultArgs({ headless: true, userDataDir: '/profile dir', args: extra }), '--remote-debugging-pipe']);
  });
});

describe('the connector', () => {
  it('is the installed puppeteer-core\'s CDP connector (launch.ts loads it alone; were it moved, the slower public entry would be loaded instead)', () => {
    expect(typeof (cdpConnector as Record<string, unknown>)._connectToCdpBrowser).toBe('function');
  });
});

describe('a browser that does not start', () => {
  it('fails the print with what happened (its exit and its stderr)', async () => {
    const fake = join(TMP, 'fake-browser');
    writeFileSync(fake, '#!/bin/sh\necho "cannot open display" >&2\nexit 3\n');
    chmodSync(fake, 0o755);
    const printer = startPrinter({ browser: fake, header: 'h', pageOf: '{page}/{pages}', lang: 'en' });
    await expect(printer.print('<p>x</p>')).rejects.toThrow(/did not start \(exit 3\):\ncannot open display/);
  });
});

describe.skipIf(!BROWSER)('one browser, many prints', () => {
  it('prints two pages with their own header through one started browser, then closes it', async () => {
    const printer = startPrinter({ browser: BROWSER as string, noSandbox }, { reuse: true });
    try {
      const a = await printer.print('<!doctype html><title>a</title><p>first</p>', { header: 'Town A', pageOf: '{page}/{pages}', lang: 'en' });
      const b = await printer.print('<!doctype html><title>b</title><p>second</p>', { header: 'Ville B', pageOf: '{page}/{pages}', lang: 'fr' });
      for (const pdf of [a, b]) expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      // Both printed as tagged PDFs (page.pdf's tagged: true), by the same browser.
      for (const pdf of [a, b]) expect(Buffer.from(pdf).includes('/StructTreeRoot')).toBe(true);
    } finally {
      await printer.close();
    }
  }, 60_000);
});

describe.skipIf(process.platform === 'win32')('Ctrl+C while the browser runs', () => {
  it('ends the browser, removes its profile and exits 130', async () => {
    const marker = join(TMP, 'started');
    const fake = join(TMP, 'slow-browser');
    // A "browser" that says where its profile is and its pid, then never answers.
    writeFileSync(fake, `#!/bin/sh\nfor a; do case "$a" in --user-data-dir=*) p="\${a#--user-data-dir=}";; esac; done\necho "$$ $p" > "${marker}.tmp" && mv "${marker}.tmp" "${marker}"\nexec sleep 60\n`);
    chmodSync(fake, 0o755);
    const child = spawn(process.execPath, [BIN, 'report', join(EXAMPLES, 'exampleville-2026.yaml'), '--browser', fake, '-o', join(TMP, 'never.pdf')], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    while (!existsSync(marker)) await new Promise((r) => setTimeout(r, 50));
    const [pid, profile] = readFileSync(marker, 'utf8').trim().split(' ') as [string, string];
    expect(existsSync(profile)).toBe(true);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(existsSync(profile)).toBe(false);
    // Gone, or a zombie waiting for a PID 1 that does not reap (as in some containers): not running either way.
    // SIGKILL was sent before this process exited; the kernel may take a moment to end the target.
    const stat = join('/proc', pid, 'stat');
    const state = () => (existsSync(stat) ? readFileSync(stat, 'utf8').split(') ')[1]?.[0] : undefined);
    for (let i = 0; i < 40 && state() !== undefined && state() !== 'Z'; i++) await new Promise((r) => setTimeout(r, 50));
    if (existsSync(stat)) expect(state()).toBe('Z');
    else expect(() => process.kill(Number(pid), 0)).toThrow();
    expect(existsSync(join(TMP, 'never.pdf'))).toBe(false);
  }, 30_000);
});
