// Collects the findings of one file, as codes (phrase.ts): the core never
// words them. Locations are computed here, and only here, when a finding is
// made: a valid file never pays for line mapping.
import type { ValidateKey } from '../../i18n/validate.js';
import type { Severity } from '../types.js';
import { lineCol, locate, type PathKey, type YamlSource } from '../yaml/source.js';
import type { FastLocator } from './fast-locate.js';
import { phrase, phraseId, withHint, type CodedFinding, type Part, type Phrase, type PhraseParams } from './phrase.js';

export type Params = PhraseParams;

/** What a finding says, or how to make it: phrases beyond the cap are never built (a "did you mean" can be costly). */
export type Message = Phrase | (() => Phrase);

/** Makes a phrase of the validate catalog (the Reporter's `t`; named so for the rules' sake). */
export type PhraseOf = (key: ValidateKey, params?: PhraseParams) => Phrase;

/**
 * At most this many findings of one rule (and severity) per file are kept;
 * the rest are counted, and one "and N more" finding says how many. So time
 * and output stay linear in the file however many times it repeats a mistake,
 * and the exit code is unchanged.
 */
export const MAX_PER_RULE = 100;

interface Omitted {
  severity: Severity;
  rule: string;
  count: number;
  line: number;
  column: number;
}

/** Where a finding is: a start, and an end when the place is a node. */
type Place = { line: number; column: number; endLine?: number; endColumn?: number };

export class Reporter {
  readonly findings: CodedFinding[] = [];
  readonly t: PhraseOf = phrase;
  // Made on the first finding: most files have none, and each file is checked with two reporters.
  private perRule?: Map<string, number>;
  private omitted?: Map<string, Omitted>;
  private seen?: Set<string>;

  /**
   * Without a YAML document (the fast pass), places come from here; a place
   * it cannot tell sets `unlocated`, and the caller takes the exact pass.
   */
  locator?: FastLocator;
  unlocated = false;

  constructor(
    readonly file: string,
    public src?: YamlSource,
  ) {}

  private place(path: readonly PathKey[], onKey?: boolean): Place {
    if (this.src) return locate(this.src, path, onKey);
    const found = this.locator?.locate(path, onKey);
    if (found) return found;
    if (this.locator) this.unlocated = true;
    return { line: 1, column: 1 };
  }

  /** A finding at a data path (the key itself with `onKey`), falling back to the nearest parent. */
  at(path: readonly PathKey[], rule: string, message: Message, options: { severity?: Severity; onKey?: boolean } = {}): void {
    const severity = options.severity ?? 'error';
    if (this.countOmitted(rule, severity)) return;
    this.push(this.place(path, options.onKey), rule, message, severity, pointer(path));
  }

  /** A finding at a character offset of the text. */
  atOffset(offset: number, rule: string, message: Message, severity: Severity = 'error'): void {
    if (this.countOmitted(rule, severity)) return;
    if (!this.src && this.locator) this.unlocated = true; // offsets belong to the exact pass
    this.push(this.src ? lineCol(this.src.text, offset) : { line: 1, column: 1 }, rule, message, severity);
  }

  atLine(line: number, column: number, rule: string, message: Message, severity: Severity = 'error'): void {
    this.push({ line, column }, rule, message, severity);
  }

  /**
   * Takes back the findings of `rule` at `path`, shown or only counted past the cap: a later check found
   * their cause (score-source.ts: `1e1` is one mistake, how it is written, not also "10 is out of scale").
   * The caller knows one was made at `path`: past the cap, paths are not kept, only counted.
   */
  drop(path: readonly PathKey[], rule: string, severity: Severity = 'error'): void {
    const at = pointer(path);
    const key = `${severity} ${rule}`;
    let dropped = 0;
    for (let i = this.findings.length - 1; i >= 0; i--) {
      const f = this.findings[i] as CodedFinding;
      if (f.path === at && f.rule === rule && f.severity === severity) {
        this.findings.splice(i, 1);
        dropped++;
      }
    }
    if (dropped) {
      this.perRule?.set(key, (this.perRule.get(key) ?? dropped) - dropped);
      return;
    }
    // Not among those shown: it was one of those counted for "and N more".
    const o = this.omitted?.get(key);
    if (o && --o.count === 0) this.omitted?.delete(key);
  }

  /** A message with an optional "did you mean" appended. */
  msg(key: ValidateKey, params?: Params, suggestion?: string): Phrase {
    return withHint(phrase(key, params), suggestion);
  }

  /** A 1-based line number of a data path, for "first at line N" messages. */
  lineOf(path: readonly PathKey[], onKey = false): number {
    return this.place(path, onKey).line;
  }

  /** True once a rule has as many findings as are shown: callers may skip costly work for the rest. */
  full(rule: string, severity: Severity = 'error'): boolean {
    return (this.perRule?.get(`${severity} ${rule}`) ?? 0) >= MAX_PER_RULE;
  }

  /** Past the cap, a finding is only counted: after the first omitted one (which gives the "and N more" line its place), not even located. */
  private countOmitted(rule: string, severity: Severity): boolean {
    const o = this.omitted?.get(`${severity} ${rule}`);
    if (!o) return false;
    o.count++;
    return true;
  }

  private push(where: Place, rule: string, message: Message, severity: Severity, path?: string): void {
    const key = `${severity} ${rule}`;
    const perRule = (this.perRule ??= new Map());
    const count = perRule.get(key) ?? 0;
    if (count >= MAX_PER_RULE) {
      const omitted = (this.omitted ??= new Map());
      const o = omitted.get(key);
      if (o) o.count++;
      else omitted.set(key, { severity, rule, count: 1, line: where.line, column: where.column });
      return;
    }
    const said = typeof message === 'function' ? message() : message;
    const id = `${where.line}:${where.column}:${rule}:${phraseId(said)}`;
    const seen = (this.seen ??= new Set());
    if (seen.has(id)) return; // one problem found by two checks is reported once
    seen.add(id);
    perRule.set(key, count + 1);
    // The keys in the worded finding's order, `phrase` where it has `message` (written out: this runs cold, once a file).
    const { line, column } = where;
    let coded: CodedFinding;
    if (where.endLine !== undefined) {
      const { endLine, endColumn } = where;
      coded = path === undefined
        ? { file: this.file, line, column, endLine, endColumn, rule, phrase: said, severity }
        : { file: this.file, line, column, endLine, endColumn, rule, phrase: said, severity, path };
    } else {
      coded = path === undefined ? { file: this.file, line, column, rule, phrase: said, severity } : { file: this.file, line, column, rule, phrase: said, severity, path };
    }
    this.findings.push(coded);
  }

  /** Findings in reading order, each reported once, with one "and N more" line per capped rule. */
  sorted(): CodedFinding[] {
    if (!this.omitted) return this.findings.length > 1 ? [...this.findings].sort((a, b) => a.line - b.line || a.column - b.column) : [...this.findings];
    const more = [...this.omitted.values()].map((o): CodedFinding => ({
      file: this.file,
      line: o.line,
      column: o.column,
      severity: o.severity,
      rule: o.rule,
      phrase: phrase('moreFindings', { count: o.count, rule: o.rule }),
      omitted: o.count,
    }));
    return [...this.findings, ...more].sort((a, b) => a.line - b.line || a.column - b.column);
  }
}

export function pointer(path: readonly PathKey[]): string {
  return '/' + path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

/** How a value is quoted in a message: numbers bare, text in quotes, containers by kind. */
export function shown(value: unknown, t: PhraseOf = phrase): Part {
  if (value === undefined) return t('nothingHere');
  if (value === null) return t('tNull');
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return t('tArray');
  // What yaml makes of `!!timestamp`, `!!binary`, or a date under a `%YAML 1.1` directive: not a mapping.
  if (value instanceof Date) return t('tTimestamp');
  if (value instanceof Uint8Array) return t('tBinary');
  return t('tObject');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own keys only: a key named `__proto__` or `constructor` is data, never a prototype lookup. */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** A short list for messages: `1, 2, 3 … 9` style, capped so a line stays readable. */
export function list(items: readonly string[], none: Part, max = 12): Part {
  if (items.length === 0) return none;
  const shownItems = items.length > max ? [...items.slice(0, max), '…'] : items;
  return shownItems.join(', ');
}
