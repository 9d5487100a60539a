// Load test of `c21lab room` on loopback: 60 simulated participants join and
// vote on 10 items with random delays (some change their vote, some abstain),
// while a projector stream follows. Targets: 0 votes lost or duplicated in the
// file, each vote visible on the projector within 1 s at the 99th percentile,
// peak memory of the room process under 200 MB. Bounded: 60 × 10 votes and a
// hard limit of 180 s. `node bench/room.mjs [--quick]` prints its lines and
// exits 0; bench/run.mjs can run it like radar.mjs and report.mjs.
/* global fetch, performance, AbortController, TextDecoder, setInterval, clearInterval */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { BIN, ROOT, verdict } from './lib.mjs';

const quick = process.argv.includes('--quick');
const PEOPLE = quick ? 20 : 60;
const ITEMS = quick ? 4 : 10;
const MAX_DELAY_MS = quick ? 1500 : 3000;
const HARD_LIMIT_MS = 180_000;

const dir = mkdtempSync(join(tmpdir(), 'c21lab-bench-room-'));
mkdirSync(join(dir, 'frameworks'));
// A fictional framework of ITEMS commitments, on the bundled demo's 1–9 scale.
const demo = readFileSync(join(ROOT, 'data', 'examples', 'frameworks', 'fictional-actions.yaml'), 'utf8');
const head = demo.slice(0, demo.indexOf('\ncommitments:'));
const commitments = Array.from({ length: ITEMS }, (_, i) => `  - id: "${i + 1}"\n    title:\n      en: Bench commitment ${i + 1} (fictional)\n`).join('');
writeFileSync(join(dir, 'frameworks', 'bench.yaml'), `${head}\ncommitments:\n${commitments}`);
const file = join(dir, 'bench.yaml');
writeFileSync(
  file,
  [
    '# Fictional: a load test of the room; nobody here exists.',
    'c21lab: assessment/1',
    'framework: frameworks/bench.yaml',
    'city: Benchville',
    'country: ZZ',
    'date: 2026-01-01',
    'language: en',
    'settings:',
    '  votes: true',
    '',
  ].join('\n'),
);

const hardStop = setTimeout(() => {
  console.log('room: hard time limit reached, stopping');
  child?.kill('SIGKILL');
  process.exit(0);
}, HARD_LIMIT_MS);

const child = spawn(process.execPath, [BIN, 'room', file, '--host', '127.0.0.1', '--port', '0'], {
  cwd: dir, // the framework is next to the file, inside the working tree
  env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C', NO_COLOR: '1' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let out = '';
child.stdout.setEncoding('utf8').on('data', (d) => (out += d));
const exited = new Promise((r) => child.on('exit', r));
const ready = await new Promise((resolve, reject) => {
  const t = setInterval(() => {
    const url = /join at:\s+(http:\/\/\S+\/)/.exec(out)?.[1];
    const code = /Room code:\s+(\S+)/.exec(out)?.[1];
    const key = /#key=(\S+)/.exec(out)?.[1];
    if (url && code && key) {
      clearInterval(t);
      resolve({ url, code, key });
    }
  }, 20);
  exited.then(() => reject(new Error(`room exited:\n${out}`)));
});

/** Peak resident memory of the room process so far (Linux: VmHWM). */
function peakRss() {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function post(path, body, headers = {}) {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(new URL(path, ready.url), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const data = await res.json();
    if (res.status === 429 && attempt < 20) {
      await sleep(200);
      continue;
    }
    if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(data)}`);
    return data;
  }
}

// The projector's stream: every view, with the time it arrived.
const seen = []; // { at, item, votes: Map(name → value) }
const stream = new AbortController();
(async () => {
  const res = await fetch(new URL('/api/events', ready.url), { headers: { 'x-room-key': ready.key }, signal: stream.signal });
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of res.body) {
    buffer += decoder.decode(chunk, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (!block.startsWith('data: ')) continue;
      const view = JSON.parse(block.slice(6));
      seen.push({ at: performance.now(), item: view.item.id, votes: new Map((view.votes ?? []).map((v) => [v.name, v.value])) });
    }
  }
})().catch(() => undefined);

const key = { 'x-room-key': ready.key };
const people = [];
const t0 = performance.now();
await Promise.all(
  Array.from({ length: PEOPLE }, async (_, i) => {
    await sleep(Math.random() * PEOPLE * 60); // about 16 joins a second, as phones scanning a QR code
    const name = `Bench participant ${String(i + 1).padStart(2, '0')}`;
    const { token, id } = await post('/api/register', { code: ready.code, name });
    people.push({ name, token, id });
  }),
);
const joinMs = performance.now() - t0;

const sent = []; // { item, name, value, at }
const expected = new Map(); // item → Map(id → value | 'abstain')
for (let k = 0; k < ITEMS; k++) {
  const view = await post('/api/control', { action: 'jump', index: k }, key);
  await post('/api/control', { action: 'reveal' }, key);
  const item = view.item.id;
  const final = new Map();
  expected.set(item, final);
  await Promise.all(
    people.map(async (p) => {
      await sleep(Math.random() * MAX_DELAY_MS);
      const first = 1 + Math.floor(Math.random() * 9);
      const abstain = Math.random() < 0.05;
      const value = abstain ? 'abstain' : first;
      const at = performance.now();
      await post('/api/vote', { item, value }, { 'x-room-token': p.token });
      if (value !== 'abstain') sent.push({ item, name: p.name, value, at });
      final.set(p.id, value);
      if (!abstain && Math.random() < 0.15) {
        await sleep(Math.random() * 500);
        const changed = 1 + ((first + 3) % 9);
        const at2 = performance.now();
        await post('/api/vote', { item, value: changed }, { 'x-room-token': p.token });
        sent.push({ item, name: p.name, value: changed, at: at2 });
        final.set(p.id, changed);
      }
    }),
  );
  // As a facilitator does: look at the result, then close. (Closing and moving on
  // at once would replace the item on the projector before its last update.)
  await sleep(1100);
  await post('/api/control', { action: 'close' }, key);
}
const peak = peakRss();
stream.abort();
child.kill('SIGINT');
await exited;
clearTimeout(hardStop);

// Latency: from sending a vote to the first projector view that shows it (or
// the same person's later vote, when they changed it before the next update).
const latencies = [];
let unseen = 0;
for (const s of sent) {
  const later = new Set(sent.filter((o) => o.item === s.item && o.name === s.name && o.at >= s.at).map((o) => o.value));
  const hit = seen.find((v) => v.at >= s.at && v.item === s.item && later.has(v.votes.get(s.name)));
  if (hit) latencies.push(hit.at - s.at);
  else unseen++;
}
latencies.sort((a, b) => a - b);
const pct = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;

// The file: every last vote is there, once; abstentions are not votes.
const doc = parseDocument(readFileSync(file, 'utf8'), { uniqueKeys: true });
const data = doc.toJS();
let lost = 0;
let wrong = 0;
let extra = 0;
const resultOf = (id) => {
  for (const c of Object.values(data.commitments ?? {})) {
    if (c.actions?.[id]) return c.actions[id];
  }
  return data.commitments?.[id];
};
for (const [item, final] of expected) {
  const votes = resultOf(item)?.votes ?? {};
  for (const [id, value] of final) {
    if (value === 'abstain') {
      if (id in votes) extra++;
    } else if (!(id in votes)) lost++;
    else if (votes[id] !== value) wrong++;
  }
  extra += Object.keys(votes).filter((id) => !final.has(id)).length;
}
const duplicates = doc.errors.filter((e) => /unique|duplicate/i.test(e.message)).length;

console.log(`room: ${PEOPLE} participants joined in ${(joinMs / 1000).toFixed(1)} s; ${sent.length} votes on ${ITEMS} items`);
verdict('room votes kept', `${lost} lost, ${wrong} wrong, ${extra + duplicates} extra or duplicated in the file`, lost + wrong + extra + duplicates === 0);
verdict(
  'room vote → projector',
  `p50 ${pct(0.5).toFixed(0)} ms, p99 ${pct(0.99).toFixed(0)} ms, max ${(latencies.at(-1) ?? NaN).toFixed(0)} ms; ${unseen} never seen (target p99 ≤ 1000 ms)`,
  pct(0.99) <= 1000 && unseen === 0,
);
const validate = spawnSync(process.execPath, [BIN, 'validate', file], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C', NO_COLOR: '1' } });
verdict('room file valid', validate.status === 0 ? 'c21lab validate: exit 0' : `c21lab validate: exit ${validate.status}\n${validate.stdout}${validate.stderr}`, validate.status === 0);
verdict('room peak memory', `${(peak / 1024 / 1024).toFixed(0)} MB (target < 200 MB)`, peak < 200 * 1024 * 1024);
rmSync(dir, { recursive: true, force: true });
