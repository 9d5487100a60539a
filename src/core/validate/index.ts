// Validation of one file's text: YAML syntax, kind marker, JSON Schema, then
// the checks a schema cannot express (ids against the framework, scale,
// participants…). Returns findings; never throws for bad input.
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import { locate, parseYaml, lineCol, MAX_ALIAS_COUNT, type PathKey, type YamlSource } from '../yaml/source.js';
import { schemaValidator } from '../schemas.js';
import { FRAMEWORKS_DIR } from '../paths.js';
import type { FileKind, Finding, Framework, Severity } from '../types.js';

export interface ValidateContext {
  /** Files may only reference frameworks inside this folder (the repository) or the bundled data. */
  root: string;
  /** Framework files already loaded, by absolute path: each is read and checked once per run. */
  frameworks: Map<string, FrameworkResult>;
}

export interface FrameworkResult {
  framework?: Framework;
  findings: Finding[];
}

export interface FileReport {
  file: string;
  kind?: FileKind;
  findings: Finding[];
  /** The parsed data, present when the file parsed (even with findings). */
  data?: unknown;
  source?: YamlSource;
  /** The framework the file refers to, when it could be loaded. */
  framework?: Framework;
}

export function createContext(root: string): ValidateContext {
  return { root: resolve(root), frameworks: new Map() };
}

const MARKERS: Record<string, FileKind> = {
  'assessment/1': 'assessment',
  'framework/1': 'framework',
  'benchmark/1': 'benchmark',
  'practice/1': 'practice',
};

export function finding(
  src: YamlSource,
  path: readonly PathKey[],
  severity: Severity,
  rule: string,
  message: string,
  onKey = false,
): Finding {
  const at = locate(src, path, onKey);
  return { file: src.file, ...at, severity, rule, message, path: '/' + path.join('/') };
}

export function validateText(file: string, text: string, ctx: ValidateContext): FileReport {
  const src = parseYaml(file, text);
  const syntax = src.doc.errors.map((e): Finding => {
    const at = lineCol(src.text, e.pos[0]);
    return { file, ...at, severity: 'error', rule: 'yaml-syntax', message: e.message.split('\n')[0] ?? e.message };
  });
  if (syntax.length > 0) return { file, findings: syntax, source: src };

  let data: unknown;
  try {
    data = src.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return {
      file,
      source: src,
      findings: [
        { file, line: 1, column: 1, severity: 'error', rule: 'yaml-alias-limit', message: (error as Error).message },
      ],
    };
  }

  const marker = data && typeof data === 'object' && !Array.isArray(data) ? (data as { c21lab?: unknown }).c21lab : undefined;
  const kind = typeof marker === 'string' ? MARKERS[marker] : undefined;
  if (!kind) {
    return {
      file,
      data,
      source: src,
      findings: [
        finding(src, ['c21lab'], 'error', 'unknown-kind',
          `expected a top-level key "c21lab" with one of ${Object.keys(MARKERS).join(', ')}; found ${JSON.stringify(marker ?? null)}`),
      ],
    };
  }

  const findings = schemaFindings(src, kind);
  const report: FileReport = { file, kind, data, source: src, findings };
  if (kind === 'assessment' && findings.length === 0) {
    const ref = (data as { framework: string }).framework;
    const fw = loadFrameworkRef(ref, file, ctx);
    report.framework = fw.framework;
    if (!fw.framework) {
      findings.push(finding(src, ['framework'], 'error', 'framework-invalid',
        `framework "${ref}" could not be used: ${fw.findings[0]?.message ?? 'unknown problem'}`));
    }
  }
  if (kind === 'framework' && findings.length === 0) report.framework = data as Framework;
  return report;
}

export function schemaFindings(src: YamlSource, kind: FileKind): Finding[] {
  const validate = schemaValidator(kind);
  if (validate(src.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }))) return [];
  return (validate.errors ?? []).map((e) => schemaErrorToFinding(src, e));
}

function schemaErrorToFinding(src: YamlSource, e: ErrorObject): Finding {
  const path = e.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (e.keyword === 'additionalProperties') {
    const key = String((e.params as { additionalProperty: string }).additionalProperty);
    return finding(src, [...path, key], 'error', 'unknown-key', `unknown key "${key}" at /${path.join('/')}`, true);
  }
  return finding(src, path, 'error', 'schema', `/${path.join('/')} ${e.message ?? 'is invalid'}`);
}

/** A bundled id (`culture21-actions`) or a path relative to the referring file. */
export function resolveFrameworkRef(ref: string, fromFile: string): string {
  if (/^[a-z0-9][a-z0-9._-]*$/.test(ref) && !ref.endsWith('.yaml') && !ref.endsWith('.yml')) {
    return join(FRAMEWORKS_DIR, `${ref}.yaml`);
  }
  return resolve(dirname(fromFile), ref);
}

export function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export function loadFrameworkRef(ref: string, fromFile: string, ctx: ValidateContext): FrameworkResult {
  const path = resolveFrameworkRef(ref, fromFile);
  if (!isInside(path, ctx.root) && !isInside(path, FRAMEWORKS_DIR)) {
    return { findings: [{ file: fromFile, line: 1, column: 1, severity: 'error', rule: 'framework-outside',
      message: `path leaves the repository (${ctx.root})` }] };
  }
  const cached = ctx.frameworks.get(path);
  if (cached) return cached;
  let result: FrameworkResult;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    result = { findings: [{ file: path, line: 1, column: 1, severity: 'error', rule: 'framework-missing', message: 'file not found' }] };
    ctx.frameworks.set(path, result);
    return result;
  }
  const report = validateText(path, text, ctx);
  result = report.kind === 'framework' && report.findings.length === 0
    ? { framework: report.data as Framework, findings: [] }
    : { findings: report.findings.length ? report.findings : [{ file: path, line: 1, column: 1, severity: 'error', rule: 'framework-invalid', message: 'not a framework file' }] };
  ctx.frameworks.set(path, result);
  return result;
}
