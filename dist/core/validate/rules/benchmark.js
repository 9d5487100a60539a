import { isRecord, list, shown } from '../report.js';
import { suggest } from '../../suggest.js';
export function checkBenchmark(data, framework, r) {
    if (!isRecord(data.values))
        return;
    const ids = framework?.commitments.map((c) => c.id) ?? [];
    for (const [id, value] of Object.entries(data.values)) {
        if (framework && !ids.includes(id)) {
            r.at(['values', id], 'unknown-commitment', r.msg('unknownCommitment', { id, framework: framework.id, ids: list(ids, r.t('none')) }, suggest(id, ids)), { onKey: true });
        }
        if (typeof value !== 'number')
            continue;
        const [min, max] = data.unit === 'mean-score' && framework ? [framework.scale.min, framework.scale.max] : [0, 100];
        // Percent values outside 0–100 are the schema's to report.
        if (data.unit === 'mean-score' && framework && (value < min || value > max)) {
            r.at(['values', id], 'out-of-range', r.msg('benchmarkRange', { min, max, unit: String(data.unit), found: shown(value, r.t) }));
        }
    }
}
