// Locating the fast pass's findings without the exact pass (issue 11). Most
// files with findings in a CI run are ordinary files with one problem (a
// commitment not yet scored, a score of 10, an unknown key); parsing them
// again with `yaml` only to point at a line cost most of `validate`'s time.
// Instead, the fast pass records js-yaml's `listener` events while it reads
// the file (open/close, with positions); on the first finding they become a
// flat index of node places. Every mapping and sequence on the way to a
// finding, and the scalar it points at, is checked against the data read
// (the same keys in the same order, as many items, the same value) before
// it is trusted.
//
// Only what can be located exactly as `yaml` would is answered: a scalar key
// or value written plainly or in quotes on its own. Anything else (a
// collection, an empty value, a block scalar, a multi-line scalar, a tree that
// does not match) answers "unknown", and the file then takes the exact pass.
// A test compares both passes byte for byte on every fixture, the hostile
// corpus and the YAML test suite.
import jsyaml from 'js-yaml';
import { lineCol } from '../yaml/source.js';
/**
 * js-yaml's open/close events, recorded while the fast pass reads the file
 * (cheap: one array push per open, three per close), and turned into a tree only when a
 * finding needs a place.
 */
export class Events {
    /** One entry per event: an open at position p is stored as -(p + 1), a close as p. */
    positions = [];
    /** One entry per close: the node's kind and value. */
    kinds = [];
    results = [];
    listener = (event, state) => {
        if (event === 'open') {
            this.positions.push(-state.position - 1);
            return;
        }
        this.positions.push(state.position);
        this.kinds.push(state.kind);
        this.results.push(state.result);
    };
}
export class FastLocator {
    text;
    data;
    events;
    nodes;
    constructor(text, data, events) {
        this.text = text;
        this.data = data;
        this.events = events;
    }
    /** The place of a data path as `locate` in yaml/source.ts gives it, or undefined when it cannot be told exactly. */
    locate(path, onKey = false) {
        const range = this.rangeOf(path, onKey);
        if (!range)
            return undefined;
        const start = lineCol(this.text, range[0]);
        const end = lineCol(this.text, range[1]);
        return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    }
    /** The source of a number value at a path (for "write it in quotes" hints), or null when there is none; undefined when unknown. */
    numberSource(path) {
        const n = this.index();
        const target = n && this.walk(n, path);
        if (!n || !target)
            return undefined;
        if (target.found !== path.length || kindOf(n, target.node) !== 'scalar' || typeof resultOf(n, target.node) !== 'number')
            return null;
        if (!matches(n, target.node, target.value))
            return undefined;
        const range = this.scalarRange(n, target.node);
        return range ? this.text.slice(range[0], range[1]) : undefined;
    }
    index() {
        // Built again if another file's index has taken the shared arrays since (see `lent`).
        if (this.nodes === undefined || (this.nodes !== null && this.nodes.shared && this.nodes !== lent)) {
            this.nodes = buildIndex(this.events);
            this.checked = undefined;
        }
        return this.nodes;
    }
    /** Mappings and sequences already checked against the data (a file of 80,000 keys checks its top level once, not once a finding). */
    checked;
    levelChecked(n, node, value) {
        const checked = (this.checked ??= new Map());
        let ok = checked.get(node);
        if (ok === undefined)
            checked.set(node, (ok = levelMatches(n, node, value)));
        return ok;
    }
    /**
     * Follows a path as nodeAt does: through mappings by key, sequences by
     * index, stopping at the nearest parent that exists. `found` counts the steps
     * taken; `key` is the key node of the last mapping step; `value`, the data
     * read at `node`. Each mapping and sequence passed through is checked
     * against the data read (the same keys in the same order, as many items)
     * before it is trusted; anything else on the path is not needed to place it.
     */
    walk(n, path) {
        let node = 0;
        let key = -1;
        let found = 0;
        let value = this.data;
        for (const step of path) {
            const kind = kindOf(n, node);
            if (kind === 'mapping') {
                if (!this.levelChecked(n, node, value))
                    return undefined;
                const wanted = String(step);
                let at = -1;
                for (let k = node + 1; k < n.end[node]; k = n.end[n.end[k]]) {
                    if (String(resultOf(n, k)) === wanted) {
                        at = k;
                        break;
                    }
                }
                if (at === -1)
                    return { node, key, found, value };
                key = at;
                node = n.end[at];
                value = Object.hasOwn(value, wanted) ? value[wanted] : undefined;
                // yaml gives an empty value a node of its own, placed where js-yaml does not say.
                if (resultOf(n, node) === null || resultOf(n, node) === undefined)
                    return undefined;
            }
            else if (kind === 'sequence' && /^\d+$/.test(String(step))) {
                if (!this.levelChecked(n, node, value))
                    return undefined;
                let item = node + 1;
                for (let i = Number(step); i > 0 && item < n.end[node]; i--)
                    item = n.end[item];
                if (item >= n.end[node])
                    return { node, key, found, value };
                if (resultOf(n, item) === null || resultOf(n, item) === undefined)
                    return undefined;
                key = -1;
                node = item;
                value = value[Number(step)];
            }
            else {
                break;
            }
            found++;
        }
        return { node, key, found, value };
    }
    rangeOf(path, onKey) {
        const n = this.index();
        const target = n && this.walk(n, path);
        if (!n || !target)
            return undefined;
        // The key node was checked with its mapping; the node itself, a scalar, is checked against its value here.
        if (onKey && target.key !== -1)
            return kindOf(n, target.key) === 'scalar' ? this.scalarRange(n, target.key) : undefined;
        return kindOf(n, target.node) === 'scalar' && matches(n, target.node, target.value) ? this.scalarRange(n, target.node) : undefined;
    }
    /** Where a scalar starts and ends in the text, checked by reading that text back; undefined when unsure. */
    scalarRange(n, node) {
        const text = this.text;
        const start = skipSeparation(text, n.open[node], n.close[node]);
        if (start === undefined)
            return undefined;
        const c = text[start];
        let end;
        if (c === '"')
            end = closingDouble(text, start);
        else if (c === "'")
            end = closingSingle(text, start);
        else if (c === '|' || c === '>')
            return undefined; // block scalars: yaml's range rules are its own
        else
            end = plainEnd(text, start, inFlow(text, n, node));
        if (end === undefined || end > n.close[node])
            return undefined;
        const source = text.slice(start, end);
        if (source.includes('\n'))
            return undefined;
        if (readsBack(source, resultOf(n, node)))
            return [start, end];
        let read;
        try {
            read = jsyaml.load(source, { schema: jsyaml.CORE_SCHEMA });
        }
        catch {
            return undefined;
        }
        const result = resultOf(n, node);
        const same = typeof result === 'string' ? String(read) === result && typeof read === 'string' : Object.is(read, result);
        // A key reads back as its string form; js-yaml stores keys as strings.
        return same || (read !== null && typeof read !== 'object' && String(read) === String(result)) ? [start, end] : undefined;
    }
}
/**
 * True when `source` reads back as `result` in forms that need no parse (a
 * js-yaml load per finding cost more than the rest of placing it): plain
 * text that is the string itself (the same resolvers read the same text the
 * same way), quoted text without escapes, a plain decimal integer. Anything
 * else is undefined, and the caller reads the source back with js-yaml.
 */
function readsBack(source, result) {
    const c = source[0];
    if (typeof result === 'string') {
        if (c === '"')
            return !source.includes('\\') && source.slice(1, -1) === result ? true : undefined;
        if (c === "'")
            return !source.slice(1, -1).includes("'") && source.slice(1, -1) === result ? true : undefined;
        return source === result ? true : undefined;
    }
    if (typeof result === 'number' && PLAIN_INTEGER.test(source) && Object.is(Number(source), result))
        return true;
    return undefined;
}
const PLAIN_INTEGER = /^-?(?:0|[1-9][0-9]{0,14})$/;
function kindOf(n, node) {
    return n.kinds[n.closed[node]];
}
function resultOf(n, node) {
    return n.results[n.closed[node]];
}
/** Inside a `{ … }` or `[ … ]`, where `,` `]` `}` end a plain scalar: asked only of the nodes being placed. */
function inFlow(text, n, node) {
    for (let p = n.parent[node]; p !== -1; p = n.parent[p])
        if (isFlowStart(text, n.open[p]))
            return true;
    return false;
}
/**
 * The arrays of one index, shared from file to file: allocating them for
 * each file with findings cost more than filling them (issue 11). Only the
 * index that holds them (`lent`) may read them; an older locator whose
 * index was taken builds its own again. Files with more nodes than
 * SHARED_NODES get arrays of their own, so memory held between files stays small.
 */
const SHARED_NODES = 1 << 15;
let shared;
let lent = null;
function arrays(count) {
    if (count > SHARED_NODES)
        return Array.from({ length: 6 }, () => new Int32Array(count));
    if (!shared || shared[0].length < count)
        shared = Array.from({ length: 6 }, () => new Int32Array(Math.min(SHARED_NODES, Math.max(count, 1024))));
    return shared;
}
/** js-yaml's events as a flat index, or null when they do not nest as one document. Checked against the data on each walk. */
function buildIndex(events) {
    const positions = events.positions;
    const count = events.kinds.length;
    if (count === 0 || positions.length !== 2 * count)
        return null;
    const [open, close, end, parent, closedAt, stack] = arrays(count);
    const n = { open, close, end, parent, closed: closedAt, kinds: events.kinds, results: events.results, shared: count <= SHARED_NODES };
    // The shared arrays are overwritten from here on: their last holder loses them even if this index fails.
    if (n.shared)
        lent = null;
    let depth = 0;
    let opened = 0;
    let closed = 0;
    for (let i = 0; i < positions.length; i++) {
        const at = positions[i];
        if (at < 0) {
            if (opened > 0 && depth === 0)
                return null; // a second document
            open[opened] = -at - 1;
            parent[opened] = depth > 0 ? stack[depth - 1] : -1;
            stack[depth++] = opened++;
            continue;
        }
        if (depth === 0)
            return null;
        const node = stack[--depth];
        close[node] = at;
        end[node] = opened;
        closedAt[node] = closed++;
    }
    if (depth !== 0)
        return null;
    if (n.shared)
        lent = n;
    return n;
}
/** Whether a collection was written in flow style: its first character after the open position is `{` or `[`. */
function isFlowStart(text, open) {
    const at = skipSeparation(text, open, text.length);
    return at !== undefined && (text[at] === '{' || text[at] === '[');
}
/** A node and all below it have the data's shape: the same keys in the same order, the same values (the data was read by an earlier parse). */
function matches(n, node, value) {
    const kind = kindOf(n, node);
    const end = n.end[node];
    if (kind === 'mapping') {
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            return false;
        const record = value;
        const keys = Object.keys(record);
        let child = node + 1;
        for (let i = 0; i < keys.length; i++) {
            if (child >= end || kindOf(n, child) !== 'scalar' || String(resultOf(n, child)) !== keys[i])
                return false;
            const item = n.end[child];
            if (item >= end || !matches(n, item, record[keys[i]]))
                return false;
            child = n.end[item];
        }
        return child === end;
    }
    if (kind === 'sequence') {
        if (!Array.isArray(value))
            return false;
        const items = value;
        let child = node + 1;
        for (let i = 0; i < items.length; i++) {
            if (child >= end || !matches(n, child, items[i]))
                return false;
            child = n.end[child];
        }
        return child === end;
    }
    if (kind !== 'scalar' || !Object.is(resultOf(n, node), value))
        return false;
    // A scalar may hold the node js-yaml read while trying whether it starts a mapping (`- text`): the same value.
    for (let child = node + 1; child < end; child = n.end[child])
        if (kindOf(n, child) !== 'scalar' || !Object.is(resultOf(n, child), value))
            return false;
    return true;
}
/** One mapping or sequence has the data's shape at its own level: the same keys in the same order, or as many items. */
function levelMatches(n, node, value) {
    const kind = kindOf(n, node);
    const end = n.end[node];
    let child = node + 1;
    if (kind === 'mapping') {
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            return false;
        for (const key of Object.keys(value)) {
            if (child >= end || kindOf(n, child) !== 'scalar' || String(resultOf(n, child)) !== key)
                return false;
            const item = n.end[child];
            if (item >= end)
                return false;
            child = n.end[item];
        }
        return child === end;
    }
    if (kind !== 'sequence' || !Array.isArray(value))
        return false;
    for (let i = 0; i < value.length; i++) {
        if (child >= end)
            return false;
        child = n.end[child];
    }
    return child === end;
}
/** The first character of a node: past spaces, line breaks and comments from where js-yaml opened it. */
function skipSeparation(text, from, limit) {
    let i = from;
    while (i < limit) {
        const c = text[i];
        if (c === ' ' || c === '\n' || c === '\r')
            i++;
        else if (c === '#' && (i === 0 || /[ \n\r]/.test(text[i - 1]))) {
            const nl = text.indexOf('\n', i);
            if (nl === -1)
                return undefined;
            i = nl + 1;
        }
        else
            return i;
    }
    return undefined;
}
function closingDouble(text, start) {
    for (let i = start + 1; i < text.length; i++) {
        const c = text[i];
        if (c === '\\')
            i++;
        else if (c === '"')
            return i + 1;
        else if (c === '\n')
            return undefined;
    }
    return undefined;
}
function closingSingle(text, start) {
    for (let i = start + 1; i < text.length; i++) {
        const c = text[i];
        if (c === "'") {
            if (text[i + 1] === "'")
                i++;
            else
                return i + 1;
        }
        else if (c === '\n')
            return undefined;
    }
    return undefined;
}
/** Where a plain scalar on one line ends, trailing spaces excluded. */
function plainEnd(text, start, flow) {
    let i = start;
    let last = start;
    for (; i < text.length; i++) {
        const c = text[i];
        if (c === '\n' || c === '\r')
            break;
        if (c === '#' && (text[i - 1] === ' '))
            break;
        const next = text[i + 1];
        if (c === ':' && (next === undefined || next === ' ' || next === '\n' || next === '\r' || (flow && (next === ',' || next === ']' || next === '}'))))
            break;
        if (flow && (c === ',' || c === ']' || c === '}' || c === '[' || c === '{'))
            break;
        if (c !== ' ')
            last = i + 1;
    }
    return last;
}
