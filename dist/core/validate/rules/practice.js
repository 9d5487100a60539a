import { isRecord } from '../report.js';
import { parseItemId } from '../../values.js';
import { itemIdPhrase } from '../phrase.js';
export const DEFAULT_PRACTICE_FRAMEWORK = 'culture21-actions';
export function checkPractice(data, framework, r) {
    if (!framework || !isRecord(data.tags) || !Array.isArray(data.tags.commitments))
        return;
    data.tags.commitments.forEach((id, i) => {
        if (typeof id !== 'string' && typeof id !== 'number')
            return;
        // The one reading of an item id and its one wording (core/values.ts, i18n/values.ts).
        const parsed = parseItemId(String(id), framework, 'commitment', { verbatim: true });
        if (!parsed.ok)
            r.at(['tags', 'commitments', i], 'unknown-commitment', itemIdPhrase(parsed));
    });
}
