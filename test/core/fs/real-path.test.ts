// realPath (src/core/fs/real-path.ts), the one resolution behind every "does
// this lead out of the repository" check: a link out is followed to where it
// leads, a link to a folder and a link in a folder on the way are followed,
// and a path with no real place (missing, a dangling link, a link loop) is
// undefined, never an exception, and never the path as written.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realPath } from '../../../src/core/fs/real-path.js';

let top: string; // real already (macOS's /var is /private/var), so expected paths are spelt as realPath gives them
let repo: string;
let outside: string;

beforeAll(() => {
  top = realpathSync(mkdtempSync(join(tmpdir(), 'c21lab-real-path-')));
  repo = join(top, 'repo');
  outside = join(top, 'outside');
  mkdirSync(join(repo, 'labs'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(repo, 'labs', 'lab.yaml'), 'c21lab: assessment/1\n');
  writeFileSync(join(outside, 'secret.yaml'), 'secret\n');
});

afterAll(() => rmSync(top, { recursive: true, force: true }));

describe.skipIf(process.platform === 'win32')('realPath', () => {
  it('is the path itself for a plain file or folder', () => {
    expect(realPath(join(repo, 'labs', 'lab.yaml'))).toBe(join(repo, 'labs', 'lab.yaml'));
    expect(realPath(repo)).toBe(repo);
  });

  it('follows a link out of the folder to where it leads, for a file and for a folder', () => {
    symlinkSync(join(outside, 'secret.yaml'), join(repo, 'ok.yaml'));
    symlinkSync(outside, join(repo, 'assessments'));
    expect(realPath(join(repo, 'ok.yaml'))).toBe(join(outside, 'secret.yaml'));
    expect(realPath(join(repo, 'assessments'))).toBe(outside);
    // A link on the way, not at the end: the file named under it is where the folder link leads.
    expect(realPath(join(repo, 'assessments', 'secret.yaml'))).toBe(join(outside, 'secret.yaml'));
    // A relative link, and `..` after a link: resolved from where the link is, then from where it leads.
    symlinkSync('../outside', join(repo, 'up'));
    expect(realPath(join(repo, 'up'))).toBe(outside);
    expect(realPath(`${join(repo, 'assessments')}/..`)).toBe(top); // not join's `..`, which would drop the link unread
  });

  it('is undefined for a path with no real place: missing, under a missing folder, a dangling link, a link loop', () => {
    expect(realPath(join(repo, 'nothing.yaml'))).toBeUndefined();
    expect(realPath(join(repo, 'no-folder', 'lab.yaml'))).toBeUndefined();
    expect(realPath(join(repo, 'labs', 'lab.yaml', 'under-a-file'))).toBeUndefined();
    symlinkSync(join(outside, 'gone.yaml'), join(repo, 'dangling.yaml'));
    expect(realPath(join(repo, 'dangling.yaml'))).toBeUndefined();
    symlinkSync(join(repo, 'loop-b'), join(repo, 'loop-a'));
    symlinkSync(join(repo, 'loop-a'), join(repo, 'loop-b'));
    expect(realPath(join(repo, 'loop-a'))).toBeUndefined();
    symlinkSync('self', join(repo, 'self'));
    expect(realPath(join(repo, 'self', 'lab.yaml'))).toBeUndefined();
  });
});
