// "Did you mean …" for misspelt keys and ids: the closest candidate by
// Damerau-Levenshtein distance (optimal string alignment: a swap of two
// neighbouring letters, the commonest typo, costs one edit, not two).
export function editDistance(a, b) {
    if (a === b)
        return 0;
    // Three rolling rows (the transposition looks two rows back) instead of a
    // whole matrix: `suggest` runs this for every candidate of every unknown
    // key, and the matrix's allocations were most of a schema error's cost (issue 11).
    const cols = b.length + 1;
    let before = new Array(cols).fill(0);
    let prev = new Array(cols);
    let row = new Array(cols);
    for (let j = 0; j < cols; j++)
        prev[j] = j;
    for (let i = 1; i <= a.length; i++) {
        row[0] = i;
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, before[j - 2] + 1);
            row[j] = best;
        }
        [before, prev, row] = [prev, row, before];
    }
    return prev[b.length];
}
/**
 * The candidate closest to `input`, if it is close enough to be a plausible
 * typo: the same text once spaces at the ends and full-width forms are
 * folded, a case difference, or at most a third of the word's letters (at
 * least one) changed. The one "did you mean" of every typed value and key
 * (worded once, by i18n/values.ts).
 */
export function suggest(input, candidates) {
    // What only looks different — spaces at the ends, full-width or other
    // compatibility forms (`３`, `ｐ１`) — is the likeliest meaning of all.
    const folded = input.normalize('NFKC').trim();
    const lower = input.toLowerCase();
    const pool = [...candidates];
    if (folded !== input) {
        const same = pool.find((c) => c === folded) ?? pool.find((c) => c.toLowerCase() === folded.toLowerCase());
        if (same !== undefined)
            return same;
    }
    const allowed = Math.max(1, Math.floor(input.length / 3));
    let best;
    let bestDistance = Infinity;
    for (const candidate of pool) {
        if (candidate === input)
            continue;
        const lowered = candidate.toLowerCase();
        // The length difference is a lower bound of the distance: such a candidate can win neither here nor in the end.
        const bound = Math.abs(lowered.length - lower.length);
        if (bound >= bestDistance || bound > allowed)
            continue;
        const distance = lowered === lower ? 0.5 : editDistance(lower, lowered);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return bestDistance <= allowed ? best : undefined;
}
