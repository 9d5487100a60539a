// Collects the findings of one file. Locations are computed here, and only
// here, when a finding is made: a valid file never pays for line mapping.
import { translator, type Translate } from '../../i18n/define.js';
import { validateMessages, type ValidateKey } from '../../i18n/validate.js';
import type { Finding, Lang, Severity } from '../types.js';
import { lineCol, locate, type PathKey, type YamlSource } from '../yaml/source.js';

export type Params = Record<string, string | number>;

export class Reporter {
  readonly findings: Finding[] = [];
  t: Translate<ValidateKey>;

  constructor(
    readonly file: string,
    public lang: Lang,
    public src?: YamlSource,
  ) {
    this.t = translator(validateMessages, lang);
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.t = translator(validateMessages, lang);
  }

  /** A finding at a data path (the key itself with `onKey`), falling back to the nearest parent. */
  at(path: readonly PathKey[], rule: string, message: string, options: { severity?: Severity; onKey?: boolean } = {}): void {
    const where = this.src ? locate(this.src, path, options.onKey) : { line: 1, column: 1 };
    this.push({ ...where, rule, message, severity: options.severity ?? 'error', path: pointer(path) });
  }

  /** A finding at a character offset of the text. */
  atOffset(offset: number, rule: string, message: string, severity: Severity = 'error'): void {
    const where = this.src ? lineCol(this.src.text, offset) : { line: 1, column: 1 };
    this.push({ ...where, rule, message, severity });
  }

  atLine(line: number, column: number, rule: string, message: string, severity: Severity = 'error'): void {
    this.push({ line, column, rule, message, severity });
  }

  /** Message text with an optional "did you mean" appended. */
  msg(key: ValidateKey, params?: Params, suggestion?: string): string {
    const text = this.t(key, params);
    return suggestion === undefined ? text : `${text}${this.t('hintSep')}${this.t('didYouMean', { suggestion })}`;
  }

  /** A 1-based line number of a data path, for "first at line N" messages. */
  lineOf(path: readonly PathKey[], onKey = false): number {
    return this.src ? locate(this.src, path, onKey).line : 1;
  }

  private push(f: Omit<Finding, 'file'>): void {
    this.findings.push({ file: this.file, ...f });
  }

  /** Findings in reading order, each reported once. */
  sorted(): Finding[] {
    const seen = new Set<string>();
    return this.findings
      .filter((f) => {
        const key = `${f.line}:${f.column}:${f.rule}:${f.message}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .sort((a, b) => a.line - b.line || a.column - b.column);
  }
}

export function pointer(path: readonly PathKey[]): string {
  return '/' + path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

/** How a value is quoted in a message: numbers bare, text in quotes, containers by kind. */
export function shown(value: unknown, t: Translate<ValidateKey>): string {
  if (value === undefined) return t('nothingHere');
  if (value === null) return t('tNull');
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return t('tArray');
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
export function list(items: readonly string[], none: string, max = 12): string {
  if (items.length === 0) return none;
  const shownItems = items.length > max ? [...items.slice(0, max), '…'] : items;
  return shownItems.join(', ');
}
