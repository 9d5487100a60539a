// Collects the findings of one file. Locations are computed here, and only
// here, when a finding is made: a valid file never pays for line mapping.
import { translator } from '../../i18n/define.js';
import { validateMessages } from '../../i18n/validate.js';
import { lineCol, locate } from '../yaml/source.js';
export class Reporter {
    file;
    lang;
    src;
    findings = [];
    t;
    constructor(file, lang, src) {
        this.file = file;
        this.lang = lang;
        this.src = src;
        this.t = translator(validateMessages, lang);
    }
    setLang(lang) {
        this.lang = lang;
        this.t = translator(validateMessages, lang);
    }
    /** A finding at a data path (the key itself with `onKey`), falling back to the nearest parent. */
    at(path, rule, message, options = {}) {
        const where = this.src ? locate(this.src, path, options.onKey) : { line: 1, column: 1 };
        this.push({ ...where, rule, message, severity: options.severity ?? 'error', path: pointer(path) });
    }
    /** A finding at a character offset of the text. */
    atOffset(offset, rule, message, severity = 'error') {
        const where = this.src ? lineCol(this.src.text, offset) : { line: 1, column: 1 };
        this.push({ ...where, rule, message, severity });
    }
    atLine(line, column, rule, message, severity = 'error') {
        this.push({ line, column, rule, message, severity });
    }
    /** Message text with an optional "did you mean" appended. */
    msg(key, params, suggestion) {
        const text = this.t(key, params);
        return suggestion === undefined ? text : `${text}${this.t('hintSep')}${this.t('didYouMean', { suggestion })}`;
    }
    /** A 1-based line number of a data path, for "first at line N" messages. */
    lineOf(path, onKey = false) {
        return this.src ? locate(this.src, path, onKey).line : 1;
    }
    push(f) {
        this.findings.push({ file: this.file, ...f });
    }
    /** Findings in reading order, each reported once. */
    sorted() {
        const seen = new Set();
        return this.findings
            .filter((f) => {
            const key = `${f.line}:${f.column}:${f.rule}:${f.message}`;
            if (seen.has(key))
                return false;
            seen.add(key);
            return true;
        })
            .sort((a, b) => a.line - b.line || a.column - b.column);
    }
}
export function pointer(path) {
    return '/' + path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}
/** How a value is quoted in a message: numbers bare, text in quotes, containers by kind. */
export function shown(value, t) {
    if (value === undefined)
        return t('nothingHere');
    if (value === null)
        return t('tNull');
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (Array.isArray(value))
        return t('tArray');
    return t('tObject');
}
export function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Own keys only: a key named `__proto__` or `constructor` is data, never a prototype lookup. */
export function own(record, key) {
    return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
/** A short list for messages: `1, 2, 3 … 9` style, capped so a line stays readable. */
export function list(items, none, max = 12) {
    if (items.length === 0)
        return none;
    const shownItems = items.length > max ? [...items.slice(0, max), '…'] : items;
    return shownItems.join(', ');
}
