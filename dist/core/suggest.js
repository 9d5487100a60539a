// "Did you mean …" for misspelt keys and ids: the closest candidate by
// Damerau-Levenshtein distance (optimal string alignment: a swap of two
// neighbouring letters, the commonest typo, costs one edit, not two).
export function editDistance(a, b) {
    if (a === b)
        return 0;
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => {
        const row = new Array(cols).fill(0);
        row[0] = i;
        return row;
    });
    for (let j = 0; j < cols; j++)
        d[0][j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, d[i - 2][j - 2] + 1);
            d[i][j] = best;
        }
    }
    return d[a.length][b.length];
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
    let best;
    let bestDistance = Infinity;
    for (const candidate of pool) {
        if (candidate === input)
            continue;
        const distance = candidate.toLowerCase() === lower ? 0.5 : editDistance(lower, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const allowed = Math.max(1, Math.floor(input.length / 3));
    return bestDistance <= allowed ? best : undefined;
}
