// The radar's text equivalent: a title naming the series and a description
// stating every value, in the picture's language, for screen readers and for
// anyone who cannot tell the colours apart. The report adds a pointer to its
// results table, which holds the same figures.
import { pick } from '../../core/lang.js';
import { translator } from '../../i18n/define.js';
import { radarMessages } from '../../i18n/radar.js';
import { localNumber } from '../number.js';
export function radarText(input) {
    const t = translator(radarMessages, input.lang);
    const fw = input.framework;
    const decimals = fw.percent.decimals ?? 1;
    const all = [...input.series, ...(input.benchmark ? [input.benchmark] : [])];
    const values = all.map((s) => t('svgSeries', {
        label: s.label,
        values: fw.commitments.map((c, i) => {
            const v = s.values[i];
            const text = s.na?.[i] ? t('svgNa') : typeof v === 'number' ? `${localNumber(v.toFixed(decimals), input.lang)}\u00a0%` : t('svgNotScored');
            return `${c.id}. ${pick(c.short ?? c.title, input.lang)} ${text}`;
        }).join(', '),
    }));
    const desc = [t('svgDesc', { values: values.join(' ') }), ...(input.tableName ? [t('svgTable', { table: input.tableName })] : [])].join(' ');
    return { title: input.title ?? t('svgTitle', { series: all.map((s) => s.label).join(', ') }), desc };
}
