import { checkBytes, checkText, frameworkRef } from './index.js';
/** A phrase as its codes (`key(name=value)`): language-neutral, for a context no caller gave words to. */
export function codeText(p) {
    if (typeof p !== 'object')
        return String(p);
    if ('seq' in p)
        return p.seq.map(codeText).join('');
    if ('month' in p)
        return String(p.month);
    const key = 'key' in p ? p.key : 'review' in p ? p.review : p.values;
    const params = Object.entries(p.params ?? {}).map(([k, v]) => `${k}=${codeText(v)}`);
    return params.length ? `${key}(${params.join(', ')})` : key;
}
/** Findings with their codes as message, keys in the order they were made in (`message` where `phrase` was). */
export function codeWords(findings) {
    return findings.map((f) => {
        const out = {};
        for (const [k, v] of Object.entries(f))
            out[k === 'phrase' ? 'message' : k] = k === 'phrase' ? codeText(v) : v;
        return out;
    });
}
function words(findings, fileLang, ctx) {
    return ctx.word ? ctx.word(findings, fileLang) : codeWords(findings);
}
function worded(report, ctx) {
    const { language, ...rest } = report;
    return { ...rest, findings: words(report.findings, language, ctx) };
}
/** checkBytes, findings in words. */
export function validateBytes(file, bytes, ctx, options = {}) {
    return worded(checkBytes(file, bytes, ctx, options), ctx);
}
/** checkText, findings in words. */
export function validateText(file, text, ctx, options = {}) {
    return worded(checkText(file, text, ctx, options), ctx);
}
/** frameworkRef, findings in words (the language of the referring side, which is not known here: as for a file with no `language:`). */
export function loadFrameworkRef(ref, fromFile, ctx) {
    const entry = frameworkRef(ref, fromFile, ctx);
    return { ...entry, findings: words(entry.findings, undefined, ctx) };
}
