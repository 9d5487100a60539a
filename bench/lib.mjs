// Shared bench helpers. Every figure is a ratio against a baseline run side
// by side on the same machine, because the machine is shared and noisy:
// - runs alternate in ABBA blocks (subject, baseline, baseline, subject, then
//   the mirror BAAB), so a neighbour's load that rises or falls during a
//   block weighs on both sides alike;
// - each block gives two pairs (the first S with the first B, the second with
//   the second), and the reported ratio is the median of the pair ratios,
//   which one disturbed pair cannot move; medians of each side are shown too;
// - wall time is measured here around the child; CPU time (user + system, all
//   threads) and peak memory are reported by the child itself (peak.cjs).
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const OUT = join(ROOT, 'bench', '.out');
export const BIN = join(ROOT, 'bin', 'c21lab.js');
const PEAK = join(ROOT, 'bench', 'peak.cjs');

/** `--quick` and `--runs N` of a bench script's command line. */
export function benchArgs(argv = process.argv, { quick = 3, full = 9 } = {}) {
  const i = argv.indexOf('--runs');
  const isQuick = argv.includes('--quick');
  return { quick: isQuick, runs: i > 0 ? Number(argv[i + 1]) : isQuick ? quick : full };
}

/**
 * Runs `node script ...args` once, stdout discarded.
 * Resolves wall time (ms), CPU time (ms), exit code, peak RSS (MB) and stderr.
 */
export function runNode(script, args = [], { cwd = ROOT, env = {}, nodeArgs = [] } = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [...nodeArgs, '--require', PEAK, script, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let usage = '';
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.stdio[3].setEncoding('utf8').on('data', (d) => (usage += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const m = /C21LAB_USAGE (\d+) (\d+)/.exec(usage);
      resolve({ ms, cpuMs: m ? Number(m[1]) / 1000 : NaN, code, peakMB: m ? Number(m[2]) / 1024 / 1024 : NaN, stderr });
    });
  });
}

export function median(values) {
  const s = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function summary(rs) {
  return {
    ms: median(rs.map((r) => r.ms)),
    cpuMs: median(rs.map((r) => r.cpuMs)),
    peakMB: Math.max(...rs.map((r) => r.peakMB)),
    codes: [...new Set(rs.map((r) => r.code))],
    runs: rs.length,
  };
}

/**
 * Subject and baseline side by side in ABBA/BAAB blocks, `runs` runs of each
 * (rounded up to even). Returns the medians of each side and the median of
 * the pair ratios, wall and CPU: { subject, baseline, ratio: { wall, cpu }, spread }.
 * `spread` is the lowest and highest wall pair ratio, to show the noise.
 */
export async function sideBySide(subject, baseline, runs) {
  const a = [];
  const b = [];
  const run = (x) => runNode(x.script, x.args, x);
  const blocks = Math.max(1, Math.ceil(runs / 2));
  for (let k = 0; k < blocks; k++) {
    // ABBA then BAAB: each side goes first in turn.
    const order = k % 2 === 0 ? ['s', 'b', 'b', 's'] : ['b', 's', 's', 'b'];
    for (const side of order) (side === 's' ? a : b).push(await run(side === 's' ? subject : baseline));
  }
  const wallPairs = a.map((r, i) => r.ms / b[i].ms);
  const cpuPairs = a.map((r, i) => r.cpuMs / b[i].cpuMs);
  return {
    subject: summary(a),
    baseline: summary(b),
    ratio: { wall: median(wallPairs), cpu: median(cpuPairs) },
    spread: [Math.min(...wallPairs), Math.max(...wallPairs)],
  };
}

/** Runs a command once of each, untimed, so the first measured run does not pay for a cold disk cache. */
export async function warmUp(...commands) {
  for (const c of commands) await runNode(c.script, c.args, c);
}

export function fmt(ms) {
  return `${ms.toFixed(0)} ms`;
}

/** "wall 1.12× · CPU 1.05×" of a sideBySide result. */
export function ratios(r) {
  return `wall ${r.ratio.wall.toFixed(2)}× · CPU ${r.ratio.cpu.toFixed(2)}×`;
}

/** One line per side: median wall, CPU, peak memory and exit codes. */
export function sideLines(r, subjectName, baselineName) {
  const w = Math.max(subjectName.length, baselineName.length);
  const line = (name, s) =>
    `  ${name.padEnd(w)}  wall ${fmt(s.ms).padStart(7)}  CPU ${fmt(s.cpuMs).padStart(7)}  peak ${s.peakMB.toFixed(0)} MB  exit ${s.codes.join(',')}`;
  return [line(subjectName, r.subject), line(baselineName, r.baseline),
    `  pair ratios (wall) from ${r.spread[0].toFixed(2)}× to ${r.spread[1].toFixed(2)}× over ${r.subject.runs} pairs`].join('\n');
}

/**
 * The verdict of a ratio target: PASS when the median pair ratio of wall
 * time, and of CPU time when `cpu` is set, is at most `target`, and the
 * subject exited 0 (or `okCodes`).
 */
export function ratioVerdict(name, r, target, { cpu = true, okCodes = [0] } = {}) {
  const codesOk = r.subject.codes.every((c) => okCodes.includes(c));
  const ok = r.ratio.wall <= target && (!cpu || r.ratio.cpu <= target) && codesOk;
  return verdict(name, `${ratios(r)} (target ≤ ${target}×${cpu ? ' in both' : ' wall'})${codesOk ? '' : `, exit ${r.subject.codes.join(',')}`}`, ok);
}

/** One result line: name, figures, target, and whether it is met. */
export function verdict(name, detail, ok) {
  const line = `${ok ? 'PASS' : 'MISS'}  ${name}: ${detail}`;
  console.log(line);
  return ok;
}

/** What the figures were measured on, printed at the top of each bench. */
export function machine() {
  return `node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;
}
