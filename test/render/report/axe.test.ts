// Accessibility in a real browser: axe-core (the engine of most accessibility
// checkers) injected into headless Chromium through puppeteer-core, with
// WCAG 2.1 A and AA rules, on the HTML report (with its review, a --compare
// file and a benchmark, so every section is there) and on the good-practice
// page and the scoring sheet, in English, French and Spanish. Zero violations, or the test prints
// each one (rule, impact, elements). Skipped only when no browser is found
// and CI is not set; in CI it must run (.ci/run installs chromium).
import { readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../../src/render/pdf/browser.js';
import { EXAMPLES, runCli, tempDir } from '../../helpers/cli.js';

const BROWSER = findBrowser({ env: process.env })?.path;
if (!BROWSER && !process.env.CI) console.warn('axe.test.ts: skipped — no Chromium-family browser found (apt-get install -y chromium).');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'));

interface Violation { id: string; impact: string; help: string; nodes: { target: string[] }[] }

it('a browser is found when CI is set', () => {
  if (process.env.CI) expect(BROWSER, 'CI must install chromium (see .ci/run)').toBeDefined();
  else expect(true).toBe(true);
});

describe.skipIf(!BROWSER)('axe-core: WCAG 2.1 A and AA, zero violations', () => {
  let browser: Browser;
  let tmp: { dir: string; cleanup: () => Promise<void> };
  beforeAll(async () => {
    tmp = await tempDir('c21lab-axe-');
    browser = await puppeteer.launch({
      executablePath: BROWSER as string,
      headless: true,
      userDataDir: join(tmp.dir, 'profile'),
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await tmp?.cleanup();
  });

  async function violations(file: string): Promise<Violation[]> {
    const page = await browser.newPage();
    try {
      // The report's CSP forbids scripts (as it should); bypassing it lets the test inject axe, nothing else runs.
      await page.setBypassCSP(true);
      await page.goto(`file://${file}`, { waitUntil: 'load' });
      await page.addScriptTag({ content: AXE.toString('utf8') });
      return await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[] }> } }).axe;
        const result = await axe.run((globalThis as unknown as { document: unknown }).document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
      });
    } finally {
      await page.close();
    }
  }

  const show = (v: Violation[]) => v.map((x) => `${x.id} (${x.impact}): ${x.help} — ${x.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}`).join('\n');

  it('finds violations where there are some (control: the old band pill colours, an SVG without a name, no lang)', async () => {
    const page = join(tmp.dir, 'control.html');
    writeFileSync(page, '<!DOCTYPE html><html><head><title>x</title></head><body><main><h1>Control</h1>'
      + '<p><span style="background:#009e73;color:#fff;padding:2px">Advanced</span></p>'
      + '<svg role="img" width="10" height="10"><rect width="10" height="10"/></svg></main></body></html>');
    const ids = (await violations(page)).map((v) => v.id).sort();
    expect(ids).toEqual(expect.arrayContaining(['color-contrast', 'html-has-lang', 'svg-img-alt']));
  }, 60_000);

  for (const lang of ['en', 'fr', 'es'] as const) {
    it(`the HTML report in ${lang}`, async () => {
      const out = join(tmp.dir, `report-${lang}.html`);
      const r = await runCli(['report', join(EXAMPLES, 'exampleville-2026.yaml'), '--compare', join(EXAMPLES, 'exampleville-2024.yaml'),
        '--benchmark', 'example-panel', '--lang', lang, '-o', out]);
      expect(r.code, r.stderr).toBe(0);
      const html = await readFile(out, 'utf8');
      expect(html).toContain('id="recommendations"'); // the review is there, so its parts are checked too
      const v = await violations(out);
      expect(v, show(v)).toEqual([]);
    }, 60_000);

    it(`the report of a framework with actions, in ${lang}`, async () => {
      const out = join(tmp.dir, `actions-${lang}.html`);
      const r = await runCli(['report', join(EXAMPLES, 'demo-actions-2025.yaml'), '--lang', lang, '-o', out]);
      expect(r.code, r.stderr).toBe(0);
      const v = await violations(out);
      expect(v, show(v)).toEqual([]);
    }, 60_000);

    it(`the scoring sheet in ${lang}`, async () => {
      const out = join(tmp.dir, `sheet-${lang}.html`);
      const r = await runCli(['framework', '--framework', join(EXAMPLES, 'frameworks', 'fictional-actions.yaml'), '--sheet', out, '--lang', lang]);
      expect(r.code, r.stderr).toBe(0);
      const v = await violations(out);
      expect(v, show(v)).toEqual([]);
    }, 60_000);

    it(`the good-practice page in ${lang}`, async () => {
      const out = join(tmp.dir, `practice-${lang}.html`);
      const r = await runCli(['practice', 'render', join(EXAMPLES, 'practice-exampleville-neighbourhood-councils.yaml'), '--lang', lang, '-o', out]);
      expect(r.code, r.stderr).toBe(0);
      // the practice is written in English: on a French or Spanish page its texts say so
      if (lang !== 'en') expect(await readFile(out, 'utf8')).toContain('<h1 lang="en">');
      const v = await violations(out);
      expect(v, show(v)).toEqual([]);
    }, 60_000);
  }
});
