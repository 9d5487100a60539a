// Speed of `c21lab report -o x.pdf` (issue 10's target): within the browser's
// own print time plus the HTML report's time. Measured side by side,
// alternating, medians: (1) `report -o x.pdf`; (2) `report -o x.html`;
// (3) the same browser printing that HTML by itself (`--headless
// --print-to-pdf`), which is what any PDF of the report costs at least.
// Target: (1) ≤ (2) + (3). `node bench/pdf.mjs [--quick] [--runs N]`; needs a
// Chromium-family browser (found as the CLI finds it); exits 0 either way.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN, OUT, ROOT, fmt, median, runNode, verdict } from './lib.mjs';

const MAIN = join(ROOT, 'data', 'examples', 'exampleville-2026.yaml');
const OTHER = join(ROOT, 'data', 'examples', 'exampleville-2024.yaml');

function timeProcess(cmd, args) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, code }));
  });
}

export async function benchPdf({ runs = 5 } = {}) {
  const { findBrowser } = await import(join(ROOT, 'dist/render/pdf/browser.js'));
  const browser = findBrowser({ env: process.env })?.path;
  if (!browser) {
    console.log('SKIP  report -o x.pdf: no Chromium-family browser found');
    return { ok: true, skipped: true };
  }
  mkdirSync(OUT, { recursive: true });
  const common = ['report', MAIN, '--compare', OTHER, '--benchmark', 'example-panel', '--lang', 'en'];
  const html = join(OUT, 'pdf-bench.html');
  const pdf = [];
  const htmlMs = [];
  const printMs = [];
  const noSandbox = typeof process.getuid === 'function' && process.getuid() === 0 ? ['--no-sandbox'] : [];
  for (let i = 0; i <= runs; i++) {
    const a = await runNode(BIN, [...common, '-o', join(OUT, 'pdf-bench.pdf')], { env: { C21LAB_BROWSER: browser } });
    const b = await runNode(BIN, [...common, '-o', html]);
    const profile = mkdtempSync(join(tmpdir(), 'c21lab-bench-pdf-'));
    const c = await timeProcess(browser, ['--headless', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', ...noSandbox, `--user-data-dir=${profile}`, '--no-pdf-header-footer', `--print-to-pdf=${join(OUT, 'pdf-bench-browser.pdf')}`, `file://${html}`]);
    rmSync(profile, { recursive: true, force: true });
    if (i === 0) continue; // warm-up
    pdf.push(a.ms);
    htmlMs.push(b.ms);
    printMs.push(c.ms);
  }
  const [p, h, c] = [median(pdf), median(htmlMs), median(printMs)];
  console.log(`report (PDF), ${runs} runs each, alternating, medians:`);
  console.log(`  c21lab report -o x.pdf     ${fmt(p)}`);
  console.log(`  c21lab report -o x.html    ${fmt(h)}`);
  console.log(`  browser prints that HTML   ${fmt(c)}  (${browser})`);
  return { pdfMs: p, htmlMs: h, printMs: c, ok: verdict('report -o x.pdf vs HTML + browser print', `${fmt(p)} vs ${fmt(h + c)}: ${(p / (h + c)).toFixed(2)}× (target ≤ 1×)`, p <= h + c) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--runs');
  await benchPdf({ runs: i > 0 ? Number(process.argv[i + 1]) : process.argv.includes('--quick') ? 3 : 5 });
}
