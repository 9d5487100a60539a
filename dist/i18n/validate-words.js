import { translator } from './define.js';
import { reviewMessages } from './review.js';
import { validateMessages } from './validate.js';
import { valuesMessages } from './values.js';
const cache = new Map();
/** The wording function of a language (made once per language and run). */
export function phraseWords(lang) {
    let words = cache.get(lang);
    if (!words)
        cache.set(lang, (words = makeWords(lang)));
    return words;
}
function makeWords(lang) {
    const t = translator(validateMessages, lang);
    const review = translator(reviewMessages, lang);
    const values = translator(valuesMessages, lang);
    // Made on first use: a DateTimeFormat costs milliseconds to create (locale data), and few findings name a month.
    let months;
    const params = (ps) => {
        if (!ps)
            return undefined;
        const out = {};
        for (const [k, v] of Object.entries(ps))
            out[k] = typeof v === 'object' ? word(v) : v;
        return out;
    };
    const word = (p) => {
        if (typeof p !== 'object')
            return String(p);
        if ('key' in p)
            return t(p.key, params(p.params));
        if ('review' in p)
            return review(p.review, params(p.params));
        if ('values' in p)
            return values(p.values, params(p.params));
        if ('month' in p)
            return (months ??= new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' })).format(new Date(Date.UTC(2000, p.month - 1, 1)));
        return p.seq.map(word).join('');
    };
    return word;
}
/** One finding in words; its keys stay in the order they were made in, `message` where `phrase` was. */
export function wordFinding(f, words) {
    const out = {};
    for (const [k, v] of Object.entries(f)) {
        if (k === 'phrase')
            out.message = words(v);
        else
            out[k] = v;
    }
    return out;
}
export function wordFindings(findings, lang) {
    const words = phraseWords(lang);
    return findings.map((f) => wordFinding(f, words));
}
/**
 * The `word` function of a validation context (core/validate/index.ts): each file's findings in the language
 * `langFor` gives for its `language:` (the CLI's ctx.langFor; the walkthrough's own language).
 */
export function findingWords(langFor) {
    return (findings, fileLang) => wordFindings(findings, langFor(fileLang));
}
