import { isRecord } from '../report.js';
import { parseItemId } from '../../values.js';
import { itemIdPhrase } from '../phrase.js';
/** `[label](target)` pairs in a text, with targets the reports would not make links. */
const LINK = /\[[^\]\n]*\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)/g;
function texts(value, path) {
    if (typeof value === 'string')
        return [{ path, text: value }];
    if (isRecord(value))
        return Object.entries(value).flatMap(([k, v]) => (typeof v === 'string' ? [{ path: [...path, k], text: v }] : []));
    return [];
}
export function checkReview(data, framework, r) {
    const t = (review, params) => ({ review, params });
    const ids = framework?.commitments.map((c) => c.id);
    const known = (id, path, onKey) => {
        if (!ids || !framework)
            return;
        // The one reading of an item id and its one wording, as `set` and `assess --commitment` say it.
        const parsed = parseItemId(id, framework, 'commitment', { verbatim: true });
        if (!parsed.ok)
            r.at(path, 'review-commitment', itemIdPhrase(parsed), { onKey });
    };
    if (isRecord(data.commitments))
        for (const id of Object.keys(data.commitments))
            known(id, ['commitments', id], true);
    const all = [];
    for (const key of ['introduction', 'context', 'summary', 'whatChanged', 'nextSteps', 'acknowledgements'])
        all.push(...texts(data[key], [key]));
    if (isRecord(data.commitments))
        for (const [id, v] of Object.entries(data.commitments))
            all.push(...texts(v, ['commitments', id]));
    if (Array.isArray(data.recommendations)) {
        data.recommendations.forEach((rec, i) => {
            if (!isRecord(rec))
                return;
            if (Array.isArray(rec.commitments)) {
                rec.commitments.forEach((id, j) => {
                    if (typeof id === 'string' || typeof id === 'number')
                        known(String(id), ['recommendations', i, 'commitments', j], false);
                });
            }
            for (const key of ['title', 'owner', 'timeframe', 'description'])
                all.push(...texts(rec[key], ['recommendations', i, key]));
        });
    }
    for (const { path, text } of all) {
        for (const m of text.matchAll(LINK)) {
            const target = m[1] ?? '';
            if (!/^(https?:\/\/|mailto:)/i.test(target))
                r.at(path, 'review-link', t('unsafeLink', { target }), { severity: 'warning' });
        }
    }
}
