/// <reference lib="dom" />
// The room end to end in real headless Chromium: a projector and three
// phones (one in French, one registering on the spot) go through two items
// with a changed vote, an abstention, a reveal and an agreed score; the room
// is killed with SIGKILL in the middle of the second round and restarted on
// the same port, and the phones and the projector carry on with nothing lost.
// UPDATE_SCREENS=1 also copies the screenshots to test/golden/screens/.
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { copyLab, startRoom, stopRoom, type RunningRoom } from './helpers.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => spawnSync(p, ['--version']).status === 0);
if (!CHROMIUM && !process.env.CI) console.warn('room browser.test.ts: skipped — no chromium (apt-get install -y chromium). In CI it must run.');

let browser: Browser;
let profile: string;
let dir: string;
let cleanup: () => Promise<void>;
let room: RunningRoom | undefined;
const contexts: BrowserContext[] = [];
/** Console errors of every page (a Content-Security-Policy violation shows up here). */
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!CHROMIUM) return;
  ({ dir, cleanup } = await tempDir('c21lab-room-browser-'));
  profile = await mkdtemp(join(tmpdir(), 'c21lab-chromium-'));
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 60_000);

afterAll(async () => {
  if (room) await stopRoom(room, 'SIGKILL');
  await browser?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
  await cleanup?.();
});

async function open(url: string, width: number, height: number): Promise<Page> {
  const context = await browser.createBrowserContext();
  contexts.push(context);
  const page = await context.newPage();
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  page.on('pageerror', (error) => {
    throw error;
  });
  page.on('console', (msg) => {
    // A refused request (4xx) and the streams cut by the kill -9 are logged by the browser too; those are expected.
    if (msg.type() === 'error' && !/status of 4\d\d|ERR_CONNECTION_REFUSED|ERR_EMPTY_RESPONSE|ERR_INCOMPLETE_CHUNKED_ENCODING|network error|Failed to fetch/i.test(msg.text())) consoleErrors.push(msg.text());
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

const text = (page: Page, selector: string) => page.$eval(selector, (n) => (n as HTMLElement).innerText);
const waitText = (page: Page, selector: string, pattern: RegExp) =>
  page.waitForFunction((s, src) => new RegExp(src).test((document.querySelector(s) as HTMLElement | null)?.innerText ?? ''), { timeout: 15_000 }, selector, pattern.source);

async function voteOn(page: Page, value: string): Promise<void> {
  await page.waitForSelector(`#votes button[data-value="${value}"]:not([disabled])`);
  await page.click(`#votes button[data-value="${value}"]`);
  await page.waitForSelector(`#votes button[data-value="${value}"][aria-pressed="true"]`);
}

describe.skipIf(!CHROMIUM)('c21lab room in a real browser', () => {
  it('a projector and three phones through two items, with a kill -9 mid-round', async () => {
    const file = await copyLab(dir);
    room = await startRoom(file);
    const port = new URL(room.url).port;

    const projector = await open(`${room.url}projector#key=${room.key}`, 1280, 900);
    await waitText(projector, '#item-title', /Cultural rights/);
    expect(projector.url()).not.toContain(room.key); // the key left the address bar
    await waitText(projector, '#join', new RegExp(`code ${room.code}`));

    // Ana joins through the QR link (the code is in it) and picks her name.
    const ana = await open(`${room.url}#code=${room.code}`, 360, 740);
    await ana.waitForSelector('#who-screen:not([hidden])');
    await ana.click('#who-p1');
    await ana.click('#pick-form button[type=submit]');
    await waitText(ana, '#me', /You are Ana Testa/);

    // Bruno switches to French, types the code (lower case, with a space) and picks his name.
    const bruno = await open(room.url, 360, 740);
    await bruno.waitForSelector('#code-screen:not([hidden])');
    await bruno.select('#lang', 'fr');
    await waitText(bruno, '#code-h', /Rejoindre la salle/);
    await bruno.type('#code', `${room.code.slice(0, 3).toLowerCase()} ${room.code.slice(3)}`);
    await bruno.click('#code-form button[type=submit]');
    await bruno.waitForSelector('#who-screen:not([hidden])');
    expect(await text(bruno, '#names')).toMatch(/Ana Testa.*déjà inscrit/s);
    await bruno.click('#who-p2');
    await bruno.click('#pick-form button[type=submit]');
    await waitText(bruno, '#me', /Vous êtes Bruno Exemplo/);
    await waitText(bruno, '#item-title', /Droits culturels/);
    expect(await text(bruno, '#vote-h')).toBe('Votre vote');

    // Dana is not in the list: she registers, with a name that must stay text.
    const dana = await open(`${room.url}#code=${room.code}`, 360, 740);
    await dana.waitForSelector('#who-screen:not([hidden])');
    await dana.type('#name', 'Dana <b>Nueva</b>');
    await dana.type('#org', 'Testville Makers');
    await dana.select('#sector', 'private');
    await dana.click('#register-submit');
    await waitText(dana, '#me', /You are Dana <b>Nueva<\/b>\./);

    // Item 1: Ana 6, Bruno 7 then changes to 3, Dana abstains.
    await voteOn(ana, '6');
    await voteOn(bruno, '7');
    await voteOn(bruno, '3');
    await waitText(bruno, '#my-vote', /Votre vote : 3/);
    await voteOn(dana, 'abstain');
    await waitText(projector, '#counts', /2 of 3 joined have voted · 1 abstained/);
    await waitText(projector, '#stats', /median 4\.5 · from 3 to 6/);
    expect(await projector.$eval('#dist li[data-value="3"]', (n) => n.getAttribute('data-count'))).toBe('1');
    expect(await projector.$eval('#dist li[data-value="7"]', (n) => n.getAttribute('data-count'))).toBe('0');
    expect(await projector.$('#revealed table')).toBeNull(); // no names before the reveal
    await projector.click('#btn-reveal');
    await waitText(projector, '#revealed', /Ana Testa\s+6/);
    expect(await text(projector, '#revealed')).toMatch(/Bruno Exemplo\s+3/);
    await projector.click('#btn-open'); // close voting
    await waitText(ana, '#vote-state', /Voting is closed/);
    expect(await ana.$eval('#votes button[data-value="5"]', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    await projector.select('#agree', '5');
    await projector.click('#btn-agree');
    await waitText(projector, '#agreed', /Agreed score: 5/);
    await projector.type('#note', 'Libraries open late only downtown.');
    await projector.click('#btn-note');
    await waitText(ana, '#agreed', /Agreed score: 5/);

    const shots = await mkdtemp(join(tmpdir(), 'c21lab-screens-'));
    const projectorPng = join(shots, 'room-projector.png');
    const phonePng = join(shots, 'room-phone-fr.png');
    await projector.screenshot({ path: projectorPng as `${string}.png`, fullPage: true });
    await bruno.screenshot({ path: phonePng as `${string}.png`, fullPage: true });
    expect((await stat(projectorPng)).size).toBeGreaterThan(10_000);
    // Accessibility basics on both pages: the language, a label for every field, an alt text, one h1.
    for (const page of [projector, bruno]) {
      const unlabelled = await page.$$eval('input, select, textarea', (fields) =>
        fields.filter((f) => !(f as HTMLElement).closest('[hidden]') && !(f as HTMLInputElement).labels?.length).map((f) => f.id),
      );
      expect(unlabelled).toEqual([]);
      expect(await page.$$eval('h1', (h) => h.filter((x) => !(x as HTMLElement).closest('[hidden]')).length)).toBe(1);
    }
    expect(await bruno.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await projector.$eval('#qr', (img) => (img as HTMLImageElement).alt)).toMatch(/QR code to join the room at http/);
    expect(await bruno.$eval('#votes button[data-value="3"]', (b) => b.getAttribute('aria-pressed'))).toBe('true');
    // The phone page fits a 360 px screen: nothing wider than the viewport.
    expect(await bruno.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Item 2: Ana votes, then the room is killed before Bruno has voted.
    await projector.click('#btn-next');
    await waitText(ana, '#item-title', /Heritage, diversity and creativity/);
    await waitText(bruno, '#item-title', /Patrimoine, diversité et créativité/);
    await voteOn(ana, '8');
    await stopRoom(room, 'SIGKILL');
    await waitText(bruno, '#status', /Connexion perdue/);

    room = await startRoom(file, ['--port', port]);
    expect(room.output()).toMatch(/Resuming: item 2, 3 phones already joined keep their place/);
    await waitText(bruno, '#item-title', /Patrimoine/); // the phone reconnects by itself with its token
    await waitText(ana, '#my-vote', /Your vote: 8/);
    await voteOn(bruno, 'n/a');
    await waitText(projector, '#counts', /2 of 3 joined have voted/);
    await voteOn(dana, '9');
    await waitText(projector, '#counts', /3 of 3 joined have voted/);
    await waitText(projector, '#wide', /Wide spread/);
    await projector.click('#btn-agree'); // the median (8.5 → 9 proposed) as it stands
    await waitText(projector, '#agreed', /Agreed score: 9/);
    await waitText(projector, '#progress', /2\. Heritage, diversity and creativity\s+1 of 1/);

    expect(await stopRoom(room, 'SIGINT')).toBe(0);
    room = undefined;
    const saved = await readFile(file, 'utf8');
    expect(saved).toMatch(/"1":\n\s+votes: \{ p1: 6, p2: 3 \}\n\s+score: 5\n\s+notes: Libraries open late only downtown\./);
    expect(saved).toMatch(/"2":\n\s+votes: \{ p1: 8, p2: n\/a, p4: 9 \}\n\s+score: 9/);
    expect(saved).toMatch(/- id: p4\n\s+name: Dana <b>Nueva<\/b>\n\s+organisation: Testville Makers\n\s+sector: private/);
    expect((await runCli(['validate', file])).code).toBe(0);
    expect(consoleErrors).toEqual([]);

    if (process.env.UPDATE_SCREENS) {
      const golden = join(ROOT, 'test', 'golden', 'screens');
      await mkdir(golden, { recursive: true });
      await copyFile(projectorPng, join(golden, 'room-projector.png'));
      await copyFile(phonePng, join(golden, 'room-phone-fr.png'));
    }
    await rm(shots, { recursive: true, force: true });
  }, 120_000);

  it('a French projector: decimal commas, and the file’s votes from people not joined counted apart', async () => {
    const file = await copyLab(dir, 'fr.yaml');
    // Paper votes typed before the room opens: Ana 5, Bruno 6 (different sectors), Chidi 6; none of them has a phone here.
    expect((await runCli(['set', file, '--vote', '1:p1=5', '--vote', '1:p2=6', '--vote', '1:p3=6'])).code).toBe(0);
    const fr = await startRoom(file);
    try {
      const projector = await open(`${fr.url}projector#key=${fr.key}`, 1280, 900);
      await waitText(projector, '#item-title', /Cultural rights/);
      await projector.select('#lang', 'fr');
      await waitText(projector, '#item-title', /Droits culturels/);
      await waitText(projector, '#stats', /^Moyenne 5,7 · médiane 6 · de 5 à 6 · écart type 0,5$/);
      expect(await text(projector, '#counts')).toBe('0 des 0 inscrits ont voté · votes de personnes non inscrites : 3 · 0 abstentions');
      expect(await text(projector, '#sectors')).not.toMatch(/\d\.\d/);
    } finally {
      await stopRoom(fr, 'SIGKILL');
    }
  }, 60_000);
});
