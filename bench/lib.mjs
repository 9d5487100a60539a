// Shared bench helpers: run a command several times, alternating with its
// baseline so both see the same machine load, and report medians and ratios.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const OUT = join(ROOT, 'bench', '.out');
export const BIN = join(ROOT, 'bin', 'c21lab.js');
const PEAK = join(ROOT, 'bench', 'peak.mjs');

/** Runs `node script ...args` once; resolves wall time (ms), exit code and peak RSS (MB). */
export function runNode(script, args, { cwd = ROOT, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [PEAK, script, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const m = /C21LAB_PEAK_RSS=(\d+)/.exec(stderr);
      resolve({ ms, code, peakMB: m ? Number(m[1]) / 1024 / 1024 : NaN, stderr });
    });
  });
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Alternates subject and baseline `runs` times; returns medians. */
export async function sideBySide(subject, baseline, runs) {
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    a.push(await runNode(subject.script, subject.args, subject));
    b.push(await runNode(baseline.script, baseline.args, baseline));
  }
  const summary = (rs) => ({
    ms: median(rs.map((r) => r.ms)),
    peakMB: Math.max(...rs.map((r) => r.peakMB)),
    codes: [...new Set(rs.map((r) => r.code))],
  });
  return { subject: summary(a), baseline: summary(b) };
}

export function fmt(ms) {
  return `${ms.toFixed(0)} ms`;
}

/** One result line: name, figures, target, and whether it is met. */
export function verdict(name, detail, ok) {
  const line = `${ok ? 'PASS' : 'MISS'}  ${name}: ${detail}`;
  console.log(line);
  return ok;
}
