// validate's findings with a message, for the callers that take worded
// findings (the loaders, history, init, merge, practice, the walkthrough):
// the coded result of index.ts put into words by the context's `word`
// function, which the caller made above the core in the language it chose
// (src/i18n/validate-words.ts findingWords). The core makes no words: without
// that function a message is the finding's phrase as codes (codeWords).
// `c21lab validate` does not come here: it words in the CLI, only what it
// shows (src/cli/validate/words.ts).
import type { Finding } from '../types.js';
import type { CodedFinding, Part } from './phrase.js';
import { checkBytes, checkText, frameworkRef, type CodedReport, type FileReport, type FrameworkResult, type ValidateContext, type ValidateOptions } from './index.js';

/** A phrase as its codes (`key(name=value)`): language-neutral, for a context no caller gave words to. */
export function codeText(p: Part): string {
  if (typeof p !== 'object') return String(p);
  if ('seq' in p) return p.seq.map(codeText).join('');
  if ('month' in p) return String(p.month);
  const key = 'key' in p ? p.key : 'review' in p ? p.review : p.values;
  const params = Object.entries(p.params ?? {}).map(([k, v]) => `${k}=${codeText(v)}`);
  return params.length ? `${key}(${params.join(', ')})` : key;
}

/** Findings with their codes as message, keys in the order they were made in (`message` where `phrase` was). */
export function codeWords(findings: readonly CodedFinding[]): Finding[] {
  return findings.map((f) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(f)) out[k === 'phrase' ? 'message' : k] = k === 'phrase' ? codeText(v as Part) : v;
    return out as unknown as Finding;
  });
}

function words(findings: readonly CodedFinding[], fileLang: string | undefined, ctx: ValidateContext): Finding[] {
  return ctx.word ? ctx.word(findings, fileLang) : codeWords(findings);
}

function worded(report: CodedReport, ctx: ValidateContext): FileReport {
  const { language, ...rest } = report;
  return { ...rest, findings: words(report.findings, language, ctx) };
}

/** checkBytes, findings in words. */
export function validateBytes(file: string, bytes: Uint8Array, ctx: ValidateContext, options: ValidateOptions = {}): FileReport {
  return worded(checkBytes(file, bytes, ctx, options), ctx);
}

/** checkText, findings in words. */
export function validateText(file: string, text: string, ctx: ValidateContext, options: ValidateOptions = {}): FileReport {
  return worded(checkText(file, text, ctx, options), ctx);
}

/** frameworkRef, findings in words (the language of the referring side, which is not known here: as for a file with no `language:`). */
export function loadFrameworkRef(ref: string, fromFile: string, ctx: ValidateContext): FrameworkResult {
  const entry = frameworkRef(ref, fromFile, ctx);
  return { ...entry, findings: words(entry.findings, undefined, ctx) };
}
