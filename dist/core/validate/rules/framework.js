import { isRecord } from '../report.js';
export function checkFramework(data, r) {
    checkIds(data, r);
    checkScale(data, r);
}
function checkIds(data, r) {
    if (!Array.isArray(data.commitments))
        return;
    const commitments = new Map();
    const actions = new Map();
    data.commitments.forEach((c, i) => {
        if (!isRecord(c))
            return;
        if (typeof c.id === 'string') {
            const first = commitments.get(c.id);
            if (first === undefined)
                commitments.set(c.id, i);
            else
                r.at(['commitments', i, 'id'], 'duplicate-id', r.msg('duplicateCommitmentId', { id: c.id, line: r.lineOf(['commitments', first, 'id']) }));
        }
        if (!Array.isArray(c.actions))
            return;
        c.actions.forEach((a, j) => {
            if (!isRecord(a) || typeof a.id !== 'string')
                return;
            const first = actions.get(a.id);
            if (first === undefined)
                actions.set(a.id, [i, j]);
            else
                r.at(['commitments', i, 'actions', j, 'id'], 'duplicate-id', r.msg('duplicateActionId', { id: a.id, line: r.lineOf(['commitments', first[0], 'actions', first[1], 'id']) }));
        });
    });
}
function checkScale(data, r) {
    const scale = data.scale;
    if (!isRecord(scale) || !Number.isInteger(scale.min) || !Number.isInteger(scale.max))
        return;
    const min = scale.min;
    const max = scale.max;
    if (min >= max) {
        r.at(['scale', 'min'], 'scale-range', r.msg('scaleRange', { min, max }));
        return;
    }
    if (!Array.isArray(scale.bands))
        return;
    const bands = [];
    scale.bands.forEach((b, index) => {
        if (!isRecord(b) || !Number.isInteger(b.min) || !Number.isInteger(b.max))
            return;
        const band = { id: String(b.id), min: b.min, max: b.max, index };
        if (band.min > band.max) {
            r.at(['scale', 'bands', index, 'min'], 'band-range', r.msg('bandRange', { id: band.id, bmin: band.min, bmax: band.max }));
            return;
        }
        if (band.min < min || band.max > max) {
            r.at(['scale', 'bands', index], 'band-out-of-scale', r.msg('bandOutside', { id: band.id, bmin: band.min, bmax: band.max, min, max }));
        }
        bands.push(band);
    });
    bands.sort((a, b) => a.min - b.min || a.index - b.index);
    let next = min; // lowest score not yet covered
    let previous;
    for (const band of bands) {
        if (band.min > next && next <= max) {
            r.at(['scale', 'bands', band.index], 'band-gap', r.msg('bandGap', { range: span(next, Math.min(band.min - 1, max)) }));
        }
        else if (previous && band.min <= previous.max) {
            r.at(['scale', 'bands', band.index], 'band-overlap', r.msg('bandOverlap', { id: band.id, other: previous.id, ...fromTo(band.min, Math.min(band.max, previous.max)) }));
        }
        next = Math.max(next, band.max + 1);
        if (!previous || band.max > previous.max)
            previous = band;
    }
    if (next <= max)
        r.at(['scale', 'bands'], 'band-gap', r.msg('bandGap', { range: span(next, max) }));
}
function span(from, to) {
    return from === to ? String(from) : `${from}–${to}`;
}
function fromTo(from, to) {
    return { from: String(from), to: String(to) };
}
