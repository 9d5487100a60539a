// A review text written as an empty (or blank) string: `summary: ""`, an
// `introduction: "   "`, an empty recommendation description, an empty entry
// of a per-language map (`summary: { fr: "…", en: "" }`).
//
// A warning, not an error. `null` is the documented "not written yet", and a
// draft review must still print; an empty string says the same in practice
// (the report leaves the part out, or takes another language's text), so the
// report stays true. But an expert who wrote "" most likely deleted a text or
// meant to come back to it, and would otherwise find out only by reading the
// published report: the warning names the place (and `validate --strict`, as
// in CI, makes it fail). A recommendation's title blank in every language is
// the error `review-empty-title` (rules/review.ts), not repeated here.
import { isRecord } from '../report.js';
import { isBlankText } from '../../markdown.js';
const TOP = ['introduction', 'context', 'summary', 'whatChanged', 'nextSteps', 'acknowledgements'];
const IN_RECOMMENDATION = ['title', 'owner', 'timeframe', 'description'];
/** The key a finding names: the last key of the path, as the file writes it (`description`, `"4"`). */
function keyName(path) {
    const last = [...path].reverse().find((k) => typeof k === 'string');
    return String(last ?? path[path.length - 1] ?? '');
}
function check(value, path, r) {
    if (typeof value === 'string') {
        if (isBlankText(value))
            r.at(path, 'review-empty-text', { review: 'emptyText', params: { key: keyName(path) } }, { severity: 'warning' });
        return;
    }
    if (!isRecord(value))
        return;
    const entries = Object.entries(value).filter(([, v]) => typeof v === 'string');
    // Every entry blank: the text as a whole is empty, said once on its key.
    if (entries.length > 0 && entries.every(([, v]) => isBlankText(v))) {
        r.at(path, 'review-empty-text', { review: 'emptyText', params: { key: keyName(path) } }, { severity: 'warning' });
        return;
    }
    for (const [lang, v] of entries) {
        if (isBlankText(v)) {
            r.at([...path, lang], 'review-empty-text', { review: 'emptyLangText', params: { key: keyName(path), lang } }, { severity: 'warning' });
        }
    }
}
export function checkEmptyTexts(data, r) {
    for (const key of TOP)
        check(data[key], [key], r);
    if (isRecord(data.commitments))
        for (const [id, v] of Object.entries(data.commitments))
            check(v, ['commitments', id], r);
    if (Array.isArray(data.authors)) {
        data.authors.forEach((a, i) => {
            if (isRecord(a))
                check(a.role, ['authors', i, 'role'], r);
        });
    }
    if (Array.isArray(data.recommendations)) {
        data.recommendations.forEach((rec, i) => {
            if (!isRecord(rec))
                return;
            for (const key of IN_RECOMMENDATION) {
                const value = rec[key];
                // A title blank as a whole is review-empty-title's error; only its blank entries beside a written one are warned here.
                if (key === 'title' && (typeof value === 'string' || (isRecord(value) && Object.values(value).every((v) => typeof v !== 'string' || isBlankText(v)))))
                    continue;
                check(value, ['recommendations', i, key], r);
            }
        });
    }
}
