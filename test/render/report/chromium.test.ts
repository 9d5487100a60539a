// Opens the HTML report in a real browser (Debian's headless Chromium): the
// radar must be drawn, and nothing from the hostile fixture may run. Skipped,
// with a message, only when chromium is absent and CI is not set; in CI it
// must run (.ci/run installs the chromium package).
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT, runCli, tempDir } from '../../helpers/cli.js';

const HOSTILE = join(ROOT, 'test', 'fixtures', 'report', 'hostile.yaml');

function findChromium(): string | undefined {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const r = spawnSync(name, ['--version'], { encoding: 'utf8' });
    if (r.status === 0) return name;
  }
  return undefined;
}

const CHROMIUM = findChromium();
/** puppeteer needs the executable's path, not a name on PATH. */
const CHROMIUM_PATH = CHROMIUM && spawnSync('sh', ['-c', 'command -v "$0"', CHROMIUM], { encoding: 'utf8' }).stdout.trim();
if (!CHROMIUM && !process.env.CI) {
  console.warn('chromium.test.ts: skipped — no chromium on PATH (apt-get install -y chromium). In CI this test must run.');
}

// One browser for the file (puppeteer-core over the DevTools pipe), each page
// in a new tab: launching Chromium per check cost more than the checks.
let browser: Browser;
let profile: string;

/**
 * The page's DOM once it has loaded and its timers have had 3 s of virtual
 * time (as `--dump-dom --virtual-time-budget=3000` did): a payload on a timer
 * would have run by then, without the test waiting 3 s of real time.
 */
async function dumpDom(file: string): Promise<string> {
  const page = await browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    const expired = new Promise<void>((resolve) => cdp.once('Emulation.virtualTimeBudgetExpired', () => resolve()));
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    // Then 3 s of the page's timers, run as fast as they come.
    await cdp.send('Emulation.setVirtualTimePolicy', { policy: 'advance', budget: 3000 });
    await expired;
    return await page.evaluate(() => document.documentElement.outerHTML);
  } finally {
    await page.close();
  }
}

it('chromium is installed when CI is set', () => {
  if (process.env.CI) expect(CHROMIUM, 'CI must install Debian chromium (see .ci/run)').toBeDefined();
  else expect(true).toBe(true);
});

describe.skipIf(!CHROMIUM)('the HTML report in headless Chromium', () => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  beforeAll(async () => {
    tmp = await tempDir('c21lab-chromium-report-');
    profile = await mkdtemp(join(tmpdir(), 'c21lab-chromium-'));
    browser = await puppeteer.launch({
      executablePath: CHROMIUM_PATH as string,
      headless: true,
      userDataDir: profile,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
    await tmp?.cleanup();
  });

  it('runs scripts at all in this mode (control: a page whose script sets the title)', async () => {
    const page = join(tmp.dir, 'control.html');
    await writeFile(page, '<!DOCTYPE html><title>before</title><script>document.title = "RAN"</script>');
    expect(await dumpDom(page)).toContain('<title>RAN</title>');
  });

  it('draws the radar: an inline SVG with its rings, spokes and series paths', async () => {
    const out = join(tmp.dir, 'exampleville.html');
    const r = await runCli(['report', join(EXAMPLES, 'exampleville-2026.yaml'), '--compare', join(EXAMPLES, 'exampleville-2024.yaml'),
      '--benchmark', 'example-panel', '--lang', 'en', '-o', out]);
    expect(r.code).toBe(0);
    const dom = await dumpDom(out);
    const radar = dom.slice(dom.indexOf('<figure class="chart radar">'), dom.indexOf('</figure>', dom.indexOf('<figure class="chart radar">')));
    expect(radar).toContain('<svg');
    expect((radar.match(/<path /g) ?? []).length).toBeGreaterThan(20);
    for (const label of ['Exampleville 2026', 'Exampleville 2024', 'Example panel (fictional)']) expect(radar).toContain(label);
    const votes = dom.slice(dom.indexOf('<figure class="chart votes">'));
    expect((votes.match(/<path /g) ?? []).length).toBeGreaterThan(20);

    const png = join(tmp.dir, 'report.png');
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: 1000, height: 2600 });
      await page.goto(`file://${out}`, { waitUntil: 'load' });
      await page.screenshot({ path: png as `${string}.png` });
    } finally {
      await page.close();
    }
    const bytes = await readFile(png);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(bytes.length).toBeGreaterThan(20_000);
  });

  it('keeps every table inside the text column on screen, in three languages (the Spanish results table overflowed it by 46 px)', async () => {
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: 1280, height: 900 });
      for (const lang of ['en', 'fr', 'es']) {
        const out = join(tmp.dir, `width-${lang}.html`);
        expect((await runCli(['report', join(EXAMPLES, 'exampleville-2026.yaml'), '--compare', join(EXAMPLES, 'exampleville-2024.yaml'),
          '--benchmark', 'example-panel', '--lang', lang, '-o', out])).code).toBe(0);
        await page.goto(`file://${out}`, { waitUntil: 'load' });
        const over = await page.evaluate(() => {
          const body = document.body.getBoundingClientRect().right - parseFloat(getComputedStyle(document.body).paddingRight);
          return Array.from(document.querySelectorAll('table')).map((t) => [t.className, Math.round(t.getBoundingClientRect().right - body)] as const).filter(([, d]) => d > 0);
        });
        expect(over, lang).toEqual([]);
      }
    } finally {
      await page.close();
    }
  });

  it('runs nothing from user text: the title is unchanged and no injected element exists', async () => {
    const out = join(tmp.dir, 'hostile.html');
    const r = await runCli(['report', HOSTILE, '-o', out]);
    expect(r.code).toBe(0);
    const dom = await dumpDom(out);
    const title = /<title>([^<]*)<\/title>/.exec(dom)?.[1];
    expect(title).toBe("Culture 21 LAB — &lt;script&gt;document.title='PWNED-city'&lt;/script&gt;");
    expect(dom).not.toMatch(/<pwned-/i);
    expect(dom).not.toMatch(/<(script|img|iframe|b)[\s>]/i);
    expect(dom).not.toMatch(/href="javascript:/i);
    // the payloads are there, as text
    expect(dom).toContain('&lt;img src=x onerror="document.body.appendChild(document.createElement(\'pwned-notes\'))"&gt;');
    expect(dom).toContain('<li>javascript:alert(1)</li>');
    // and the radar still drew, with the hostile city as an escaped series label
    expect(dom).toMatch(/<text[^>]*>&lt;script&gt;document.title='PWNED-city'&lt;\/script&gt; 2026<\/text>/);
  });
});
