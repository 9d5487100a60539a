/**
 * Keys under which a mark could read something besides its own datum (a scale, a group's or parent's field,
 * a test, a transform, another mark by name) or be drawn again on a later pulse (update, hover, exit, a trigger).
 */
const OUTSIDE_KEYS = new Set(['scale', 'band', 'group', 'parent', 'test', 'transform', 'exit', 'update', 'hover', 'aggregate', 'expr', 'name', 'signals', 'data', 'scales', 'projections', 'axes', 'legends', 'title', 'layout', 'on', 'trigger', 'modify', 'insert', 'remove', 'toggle', 'events']);
/** Words a datum-only expression may hold besides `datum`'s fields. */
const DATUM_WORDS = new Set(['datum', 'true', 'false', 'null']);
/** Whether an expression reads nothing but the datum: each name in it, but a field after `.`, is `datum` or a literal. */
export function datumOnly(expr) {
    const code = expr.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, '0');
    if (/['"`[\]{};]/.test(code) || /(^|[^=!<>])=($|[^=])/.test(code))
        return false;
    for (const m of code.matchAll(/(\.\s*)?([A-Za-z_$][\w$]*)/g))
        if (!m[1] && !DATUM_WORDS.has(m[2]))
            return false;
    return true;
}
/** Whether a mark (its encodings, its child marks, which may read `facet` alone) reads only its datum. */
function readsOnlyDatum(node, facet) {
    if (Array.isArray(node))
        return node.every((n) => readsOnlyDatum(n, facet));
    if (!node || typeof node !== 'object')
        return true;
    for (const [key, value] of Object.entries(node)) {
        if (key === 'from') {
            const from = value;
            if (facet === undefined || Object.keys(from).length !== 1 || from.data !== facet)
                return false;
        }
        else if (OUTSIDE_KEYS.has(key))
            return false;
        else if (key === 'signal' && (typeof value !== 'string' || !datumOnly(value)))
            return false;
        else if (key === 'field' && typeof value !== 'string')
            return false;
        else if (!readsOnlyDatum(value, facet))
            return false;
    }
    return true;
}
/** Whether a top-level mark draws dataset `name` from nothing but its datum: `from: {data}` or a facet by plain fields. */
function drawsOnly(mark, name) {
    const { from, ...rest } = mark;
    const f = from;
    if (!f || typeof f !== 'object')
        return false;
    if (Object.keys(f).length === 1 && f.data === name)
        return readsOnlyDatum(rest, undefined);
    const facet = f.facet;
    if (Object.keys(f).length !== 1 || !facet || facet.data !== name || typeof facet.name !== 'string')
        return false;
    if (Object.keys(facet).some((k) => k !== 'name' && k !== 'data' && k !== 'groupby'))
        return false;
    const by = facet.groupby;
    if (!(typeof by === 'string' || (Array.isArray(by) && by.every((g) => typeof g === 'string'))))
        return false;
    return readsOnlyDatum(rest, facet.name);
}
/**
 * The datasets of a spec whose items are a function of their own values: inline values (no source,
 * transform or format), named nowhere in the spec but as the `from` of top-level marks (or of their
 * facet) whose encodings read only the datum (no scale, no signal of the view, no group field) and are
 * set on entering only. A kept View given the same values for such a dataset again may leave its items
 * as they are, instead of removing and re-adding each one (the radar's rings, spokes and labels are the
 * same for every report of one framework and language).
 */
export function fixedDatasets(spec) {
    const fixed = new Set();
    const data = (spec.data ?? []);
    const marks = (spec.marks ?? []);
    const text = JSON.stringify({ ...spec, data: data.map((d) => ({ ...d, values: [] })) });
    for (const d of data) {
        const name = d.name;
        if (typeof name !== 'string' || !/^[A-Za-z_]\w*$/.test(name) || !Array.isArray(d.values) || Object.keys(d).some((k) => k !== 'name' && k !== 'values'))
            continue;
        const users = marks.filter((m) => JSON.stringify(m.from ?? null).includes(`"${name}"`));
        if (!users.length || !users.every((m) => drawsOnly(m, name)))
            continue;
        // Named as the dataset and as each user's `from`, and nowhere else (no expression, no other dataset's source).
        const mentions = text.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0;
        if (mentions === 1 + users.length)
            fixed.add(name);
    }
    return fixed;
}
/** The values as JSON when JSON keeps them apart from every other value (plain strings, finite numbers, booleans, null, arrays, plain objects), else undefined. */
export function faithfulJson(values) {
    let faithful = true;
    const seen = (value) => {
        if (!faithful || value === null || typeof value === 'string' || typeof value === 'boolean')
            return;
        if (typeof value === 'number')
            faithful = Number.isFinite(value);
        else if (Array.isArray(value))
            for (let i = 0; i < value.length; i++)
                seen(value[i]); // a hole is an undefined
        else if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
            Object.values(value).forEach(seen);
        else
            faithful = false;
    };
    seen(values);
    return faithful ? JSON.stringify(values) : undefined;
}
