import { isRecord, list } from '../report.js';
import { suggest } from '../../suggest.js';
export const DEFAULT_PRACTICE_FRAMEWORK = 'culture21-actions';
export function checkPractice(data, framework, r) {
    if (!framework || !isRecord(data.tags) || !Array.isArray(data.tags.commitments))
        return;
    const ids = framework.commitments.map((c) => c.id);
    data.tags.commitments.forEach((id, i) => {
        if (typeof id !== 'string' && typeof id !== 'number')
            return;
        if (!ids.includes(String(id))) {
            r.at(['tags', 'commitments', i], 'unknown-commitment', r.msg('unknownCommitment', { id: String(id), framework: framework.id, ids: list(ids, r.t('none')) }, suggest(String(id), ids)));
        }
    });
}
