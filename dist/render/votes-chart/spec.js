/** Title placeholders; fill.ts replaces them with the translated text. */
export const PLACEHOLDERS = {
    vote: '@@votesAxisVote@@',
    count: '@@votesAxisCount@@',
};
export const VOTES_DATASET = 'votes';
export const AGREED_DATASET = 'agreed';
const FONT = 'Helvetica, Arial, sans-serif';
export function votesLiteSpec() {
    const y = {
        field: 'commitment',
        type: 'nominal',
        sort: { field: 'order', op: 'min' },
        title: null,
        axis: { labelLimit: 260, labelFontSize: 11, domain: false, ticks: false, labelPadding: 8 },
    };
    // Placeholder domain and values: fill.ts sets the framework's scale.
    const x = {
        type: 'quantitative',
        scale: { domain: [1, 9], nice: false },
        axis: { values: [1, 2, 3, 4, 5, 6, 7, 8, 9], format: 'd', grid: true, gridColor: '#e3e3e3' },
    };
    return {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        width: 360,
        height: { step: 26 },
        config: { font: FONT, view: { stroke: '#cfcfcf' }, background: 'white', axis: { titleFontWeight: 'normal' } },
        layer: [
            {
                data: { name: VOTES_DATASET },
                mark: { type: 'circle', color: '#0072B2', opacity: 0.75 },
                encoding: {
                    y,
                    x: { ...x, field: 'vote', title: PLACEHOLDERS.vote },
                    size: {
                        field: 'count',
                        type: 'quantitative',
                        title: PLACEHOLDERS.count,
                        scale: { domain: [0, 1], range: [0, 360] },
                        legend: { values: [1], format: 'd' },
                    },
                },
            },
            {
                data: { name: AGREED_DATASET },
                mark: { type: 'tick', color: 'black', thickness: 3, size: 22 },
                encoding: { y, x: { ...x, field: 'agreed' } },
            },
        ],
    };
}
