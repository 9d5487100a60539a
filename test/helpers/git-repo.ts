// Real temporary git repositories for the history and action tests: fixed
// names, e-mails and dates (so hashes are the same on every run), and no
// system or user git configuration leaking in.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const GIT_ENV: Record<string, string> = {
  GIT_AUTHOR_NAME: 'Test Facilitator',
  GIT_AUTHOR_EMAIL: 'facilitator@example.org',
  GIT_COMMITTER_NAME: 'Test Facilitator',
  GIT_COMMITTER_EMAIL: 'facilitator@example.org',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

let tick = 0;

/** Runs git in `cwd`; each commit gets the next fixed date, one day apart. */
export function git(cwd: string, ...args: string[]): string {
  const date = new Date(Date.UTC(2021, 0, 1) + tick++ * 86_400_000).toISOString();
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env: { ...process.env, ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    encoding: 'utf8',
  });
}

export function write(dir: string, file: string, text: string): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}

/** A small valid assessment of the bundled framework; `scores` by commitment id. */
export function assessment(date: string, scores: Record<string, number | 'n/a'>, extra = ''): string {
  const lines = [
    'c21lab: assessment/1',
    'framework: culture21-actions',
    'city: Testville',
    `date: ${date}`,
    'language: en',
    'commitments:',
    ...Object.entries(scores).map(([id, s]) => `  "${id}":\n    score: ${s}`),
  ];
  return lines.join('\n') + '\n' + extra;
}

/** Percent on the bundled 1–9 scale, as score.ts computes it. */
export function pct(score: number): number {
  return Math.round(((score - 1) / 8) * 1000) / 10;
}
