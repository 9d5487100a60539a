import { isRecord, shown } from '../report.js';
import { parseItemId } from '../../values.js';
import { itemIdPhrase } from '../phrase.js';
export function checkBenchmark(data, framework, r) {
    if (!isRecord(data.values))
        return;
    const ids = framework?.commitments.map((c) => c.id) ?? [];
    for (const [id, value] of Object.entries(data.values)) {
        // The one reading of an item id and its one wording (core/values.ts, i18n/values.ts).
        const parsed = framework && !ids.includes(id) ? parseItemId(id, framework, 'commitment', { verbatim: true }) : undefined;
        if (parsed && !parsed.ok)
            r.at(['values', id], 'unknown-commitment', itemIdPhrase(parsed), { onKey: true });
        if (typeof value !== 'number')
            continue;
        const [min, max] = data.unit === 'mean-score' && framework ? [framework.scale.min, framework.scale.max] : [0, 100];
        // Percent values outside 0–100 are the schema's to report.
        if (data.unit === 'mean-score' && framework && (value < min || value > max)) {
            r.at(['values', id], 'out-of-range', r.msg('benchmarkRange', { min, max, unit: String(data.unit), found: shown(value, r.t) }));
        }
    }
}
