// Locating the fast pass's findings without the exact pass (issue 11). Most
// files with findings in a CI run are ordinary files with one problem (a
// commitment not yet scored, a score of 10, an unknown key); parsing them
// again with `yaml` only to point at a line cost most of `validate`'s time.
// Instead, the fast pass records js-yaml's `listener` events while it reads
// the file (open/close, with positions); on the first finding they become a
// tree of node places, which is checked against the data read (the same
// keys in the same order, the same values) before it is trusted.
//
// Only what can be located exactly as `yaml` would is answered: a scalar key
// or value written plainly or in quotes on its own. Anything else (a
// collection, an empty value, a block scalar, a multi-line scalar, a tree that
// does not match) answers "unknown", and the file then takes the exact pass.
// A test compares both passes byte for byte on every fixture, the hostile
// corpus and the YAML test suite.
import jsyaml from 'js-yaml';
import { lineCol } from '../yaml/source.js';
/** Inside a `{ … }` or `[ … ]`, where `,` `]` `}` end a plain scalar: asked only of the nodes being placed. */
function inFlow(text, place) {
    for (let p = place.parent; p; p = p.parent)
        if (isFlowStart(text, p))
            return true;
    return false;
}
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
    root;
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
        const target = this.walk(path);
        if (!target)
            return undefined;
        if (target.found !== path.length || target.node.kind !== 'scalar' || typeof target.node.result !== 'number')
            return null;
        const range = this.scalarRange(target.node);
        return range ? this.text.slice(range[0], range[1]) : undefined;
    }
    tree() {
        if (this.root === undefined)
            this.root = buildTree(this.text, this.data, this.events);
        return this.root;
    }
    /**
     * Follows a path as nodeAt does: through mappings by key, sequences by
     * index, stopping at the nearest parent that exists. `found` counts the steps
     * taken; `key` is the key node of the last mapping step.
     */
    walk(path) {
        const root = this.tree();
        if (!root)
            return undefined;
        let node = root;
        let key;
        let found = 0;
        for (const step of path) {
            if (node.kind === 'mapping') {
                let at = -1;
                for (let i = 0; i < node.children.length; i += 2) {
                    if (String(node.children[i].result) === String(step)) {
                        at = i;
                        break;
                    }
                }
                if (at === -1)
                    return { node, key, found };
                key = node.children[at];
                node = node.children[at + 1];
                // yaml gives an empty value a node of its own, placed where js-yaml does not say.
                if (node.result === null || node.result === undefined)
                    return undefined;
            }
            else if (node.kind === 'sequence' && /^\d+$/.test(String(step))) {
                const item = node.children[Number(step)];
                if (!item)
                    return { node, key, found };
                if (item.result === null || item.result === undefined)
                    return undefined;
                key = undefined;
                node = item;
            }
            else {
                break;
            }
            found++;
        }
        return { node, key, found };
    }
    rangeOf(path, onKey) {
        const target = this.walk(path);
        if (!target)
            return undefined;
        const node = (onKey && target.key) || target.node;
        return node.kind === 'scalar' ? this.scalarRange(node) : undefined;
    }
    /** Where a scalar starts and ends in the text, checked by reading that text back; undefined when unsure. */
    scalarRange(node) {
        const text = this.text;
        const start = skipSeparation(text, node.open, node.close);
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
            end = plainEnd(text, start, inFlow(text, node));
        if (end === undefined || end > node.close)
            return undefined;
        const source = text.slice(start, end);
        if (source.includes('\n'))
            return undefined;
        let read;
        try {
            read = jsyaml.load(source, { schema: jsyaml.CORE_SCHEMA });
        }
        catch {
            return undefined;
        }
        const same = typeof node.result === 'string' ? String(read) === node.result && typeof read === 'string' : Object.is(read, node.result);
        // A key reads back as its string form; js-yaml stores keys as strings.
        return same || (read !== null && typeof read !== 'object' && String(read) === String(node.result)) ? [start, end] : undefined;
    }
}
/** js-yaml's events as a tree, or null when its shape does not match the data read by the fast pass. */
function buildTree(text, data, events) {
    const stack = [];
    let root;
    let closed = 0;
    for (const at of events.positions) {
        if (at < 0) {
            stack.push({ open: -at - 1, close: -1, kind: null, result: undefined, children: [], parent: stack[stack.length - 1] });
            continue;
        }
        const place = stack.pop();
        if (!place)
            return null;
        place.close = at;
        place.kind = events.kinds[closed];
        place.result = events.results[closed++];
        const parent = stack[stack.length - 1];
        if (parent)
            parent.children.push(place);
        else if (root)
            return null; // a second document
        else
            root = place;
    }
    return root && stack.length === 0 && matches(root, data) ? root : null;
}
/** Whether a collection was written in flow style: its first character after the open position is `{` or `[`. */
function isFlowStart(text, place) {
    const at = skipSeparation(text, place.open, text.length);
    return at !== undefined && (text[at] === '{' || text[at] === '[');
}
/** The tree has the data's shape: the same keys in the same order, the same values (the data was read by an earlier parse). */
function matches(place, value) {
    if (place.kind === 'mapping') {
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            return false;
        const record = value;
        const keys = Object.keys(record);
        if (place.children.length !== keys.length * 2)
            return false;
        for (let i = 0; i < keys.length; i++) {
            const key = place.children[2 * i];
            if (key.kind !== 'scalar' || String(key.result) !== keys[i])
                return false;
            if (!matches(place.children[2 * i + 1], record[keys[i]]))
                return false;
        }
        return true;
    }
    if (place.kind === 'sequence') {
        if (!Array.isArray(value))
            return false;
        const items = value;
        if (place.children.length !== items.length)
            return false;
        return items.every((item, i) => matches(place.children[i], item));
    }
    if (place.kind !== 'scalar' || !Object.is(place.result, value))
        return false;
    // A scalar may hold the node js-yaml read while trying whether it starts a mapping (`- text`): the same value.
    return place.children.every((child) => child.kind === 'scalar' && Object.is(child.result, value));
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
