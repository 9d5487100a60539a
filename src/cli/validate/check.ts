// Checking a list of files, in order of the list, keeping only what the
// output needs (findings, as codes, and the file's language, which words.ts
// words them by), so memory stays flat however many files there are.
// Shared by the main thread and the worker threads of pool.ts.
import type { FileKind, Lang } from '../../core/types.js';
import { checkBytes, createContext, hasMarker, type CodedFinding, type ValidateContext } from '../../core/validate/index.js';
import { UnreadableTarget } from './unreadable.js';
import { seedBundledFrameworks } from '../../core/frameworks/precompiled.js';
import { shownPath } from '../../core/paths.js';
import { relative } from 'node:path';
import { readForCheck, refusalCoded, unreadableCoded } from '../../core/validate/read.js';

export interface Target {
  path: string; // absolute
  /** Reached from a path typed relative (a named file or folder, a glob): shown relative to the working directory, `..` included, as every command shows a typed path. */
  typedRelative?: boolean;
  explicit: boolean; // named as a file: no marker is an error, not a skip
  /** Listed by a folder scan as a regular file, not a link: its read skips the stat that would say so again. */
  listedAsFile?: boolean;
  /** A named folder (or a glob's base) that leads, through a link, out of this folder (its repository): refused with one finding, never walked (discover.ts). */
  outside?: string;
}

export interface CheckSettings {
  cwd: string;
  lang?: Lang;
  env: Record<string, string | undefined>;
}

/** `language`: the file's own `language:` as written, which its findings follow when --lang is not given (words.ts). */
export type Checked = { file: string; kind?: FileKind; findings: CodedFinding[]; language?: string } | 'skipped';

/** A validation context for the run (or a worker), with the bundled frameworks seeded as every command has them (no parse, no schema check); it words nothing (findings stay codes). */
export function makeContext(settings: CheckSettings): ValidateContext {
  const vctx = createContext(settings.cwd, { env: settings.env });
  seedBundledFrameworks(vctx);
  return vctx;
}

/**
 * Reads and checks one file. A refused one is a finding. One the user named
 * that cannot be read is a usage error (exit 2, worded by the command); one a
 * scan or --changed-since found (a link to nothing, a link loop, no
 * permission) is a finding too (`unreadable-file`), so the run goes on.
 */
export function checkOne(target: Target, vctx: ValidateContext): Checked {
  const shown = shownPath(target.typedRelative ? relative(vctx.cwd, target.path) || '.' : target.path, vctx.cwd);
  if (target.outside !== undefined) return { file: shown, findings: [refusalCoded(shown, { problem: 'outside', root: target.outside }, vctx.cwd)] };
  const read = readForCheck(target.path, [vctx.roots.boundOf(target.path)], undefined, target.listedAsFile);
  if ('refused' in read && read.refused.problem === 'too-large' && !target.explicit && !hasMarker(read.refused.head.toString('latin1'))) {
    return 'skipped'; // a large YAML file of something else, found by a scan
  }
  if ('access' in read || 'refused' in read) {
    // Refused unread (a FIFO, a device, a link out of the repository, too large): a finding, whatever the file is called.
    if ('refused' in read) return { file: shown, findings: [refusalCoded(shown, read.refused, vctx.cwd)] };
    const reason = read.access === 'missing' ? 'ENOENT' : read.code;
    if (!target.explicit) return { file: shown, findings: [unreadableCoded(shown, reason)] };
    throw new UnreadableTarget(shown, reason);
  }
  const bytes = read.bytes;
  const report = checkBytes(shown, bytes, vctx, { explicit: target.explicit, fast: true });
  if (report.skipped) return 'skipped';
  return { file: shown, kind: report.kind, findings: report.findings, ...(report.language !== undefined ? { language: report.language } : {}) };
}
