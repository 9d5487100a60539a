// Edits on the text of a YAML file that change only the lines they must.
//
// Why not `doc.setIn()` + `doc.toString()`: the yaml package re-renders the
// whole file, so a hand-edited file loses the spaces before its end-of-line
// comments, its folded paragraphs and the place of some comments. Instead we
// parse the text into a yaml Document to *find* the node (its source range),
// render only the new value with the yaml stringifier, and splice it into the
// original text. Every other byte stays as the person wrote it.
import { Document, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import { YAML_OPTIONS } from '../yaml/source.js';
const BOM = '\ufeff';
/** Keys whose maps are written inline, `{ p1: 5, p2: 7 }`, as in hand-written files. */
const FLOW_KEYS = new Set(['votes']);
function parse(text) {
    const doc = parseDocument(text, YAML_OPTIONS);
    if (doc.errors.length)
        throw new Error(`cannot edit a file with YAML errors: ${doc.errors[0]?.message}`);
    return doc;
}
function findPair(map, key) {
    return map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
}
/** Nests a value under the remaining keys: ['a','b'], 1 → { a: { b: 1 } }. */
function nest(path, value) {
    return path.reduceRight((inner, key) => ({ [key]: inner }), value);
}
/** Block YAML for a value at indent 0, ending with a newline; `votes` maps inline. */
function renderBlock(value) {
    const doc = new Document(value, { version: '1.2' });
    visit(doc, {
        Pair(_, pair) {
            if (isScalar(pair.key) && FLOW_KEYS.has(String(pair.key.value)) && isMap(pair.value))
                pair.value.flow = true;
        },
    });
    return doc.toString({ lineWidth: 0 });
}
/** One-line YAML for a value (scalars, and flow collections). */
function renderInline(value) {
    if (typeof value === 'string' && /[\n\r]/.test(value))
        return JSON.stringify(value); // a valid YAML double-quoted scalar
    const doc = new Document(value, { version: '1.2' });
    if (isMap(doc.contents) || isSeq(doc.contents))
        doc.contents.flow = true;
    return doc.toString({ lineWidth: 0 }).replace(/\n$/, '');
}
function indentLines(block, indent, eol) {
    const pad = ' '.repeat(indent);
    return block
        .split('\n')
        .map((line) => (line ? pad + line : line))
        .join('\n')
        .replace(/\n/g, eol);
}
function columnOf(text, offset) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return offset - lineStart;
}
/** The offset where a new line may be inserted after `offset` (start of the next line). */
function lineAfter(text, offset) {
    if (offset > 0 && text[offset - 1] === '\n')
        return { at: offset, prefix: '' };
    const nl = text.indexOf('\n', offset);
    return nl === -1 ? { at: text.length, prefix: '\n' } : { at: nl + 1, prefix: '' };
}
function splice(text, start, end, insert) {
    return text.slice(0, start) + insert + text.slice(end);
}
/** Adds `key: value` at the end of a block map, at the indentation of its items. */
function insertIntoBlockMap(c, map, indent, rest, value) {
    const block = indentLines(renderBlock(nest(rest, value)), indent, c.eol);
    const end = map.range?.[1] ?? c.text.length;
    const { at, prefix } = lineAfter(c.text, end);
    return splice(c.text, at, at, prefix.replace(/\n/g, c.eol) + block);
}
/** Replaces the value node of `pair` (in a block map indented at `indent`) with `value`. */
function replaceValue(c, pair, indent, key, value) {
    const node = pair.value;
    const isCollection = value !== null && typeof value === 'object';
    const empty = isCollection && Object.keys(value).length === 0;
    const inline = !isCollection || FLOW_KEYS.has(key) || empty;
    const keyEnd = pair.key.range[1];
    const colon = c.text.indexOf(':', keyEnd);
    if (inline) {
        const rendered = renderInline(value);
        if (!node?.range || (isScalar(node) && node.value === null && node.range[0] === node.range[1])) {
            return splice(c.text, colon + 1, colon + 1, ' ' + rendered);
        }
        const [valueStart, end] = node.range;
        // A block collection starts on the next line: the inline value goes right after the colon.
        const block = (isMap(node) || isSeq(node)) && !node.flow;
        const start = block ? colon + 1 : valueStart;
        const old = c.text.slice(start, end);
        const keepNewline = old.endsWith('\n') && !rendered.endsWith('\n') ? c.eol : '';
        return splice(c.text, start, end, (block ? ' ' : '') + rendered + keepNewline);
    }
    // A block collection replaces whatever followed the colon (an empty `{}`, a null…).
    const block = indentLines(renderBlock(value), indent + 2, c.eol);
    const end = node?.range ? node.range[1] : colon + 1;
    const tail = c.text.slice(end);
    const rest = tail.startsWith('\n') || tail.startsWith('\r\n') ? tail.replace(/^\r?\n/, '') : tail;
    return c.text.slice(0, colon + 1) + c.eol + block + rest;
}
/**
 * Sets the value at `path` (map keys only), creating the maps on the way.
 * Returns the new text; every line outside the edit is kept byte for byte.
 */
export function setIn(text, path, value) {
    if (path.length === 0)
        throw new Error('setIn needs a path');
    const bom = text.startsWith(BOM) ? BOM : '';
    const body = bom ? text.slice(1) : text;
    const c = { text: body, eol: body.includes('\r\n') ? '\r\n' : '\n' };
    const doc = parse(body);
    let node = doc.contents;
    let indent = 0;
    let parent;
    for (let i = 0; i < path.length; i++) {
        const key = path[i];
        if (isScalar(node) && node.value === null && parent) {
            return bom + replaceValue(c, parent.pair, parent.indent, parent.key, nest(path.slice(i), value));
        }
        if (!isMap(node))
            throw new Error(`cannot set ${path.join('.')}: ${path.slice(0, i).join('.') || 'the document'} is not a map`);
        if (node.flow) {
            const current = (node.toJSON() ?? {});
            const merged = { ...current, [key]: i === path.length - 1 ? value : nest(path.slice(i + 1), value) };
            if (node.items.length === 0 && parent && !FLOW_KEYS.has(parent.key)) {
                return bom + replaceValue(c, parent.pair, parent.indent, parent.key, merged);
            }
            if (i < path.length - 1 && findPair(node, key)) {
                // Deep edit inside a flow map: rewrite the flow map as a whole.
                return bom + replaceFlow(c, node, setDeep(current, path.slice(i), value));
            }
            return bom + replaceFlow(c, node, merged);
        }
        const itemIndent = node.items.length ? columnOf(body, (node.items[0]?.key).range[0]) : indent;
        const pair = findPair(node, key);
        if (!pair)
            return bom + insertIntoBlockMap(c, node, itemIndent, path.slice(i), value);
        if (i === path.length - 1)
            return bom + replaceValue(c, pair, itemIndent, key, value);
        parent = { pair, indent: itemIndent, key };
        indent = itemIndent + 2;
        node = pair.value ?? null;
        if (node === null)
            return bom + replaceValue(c, pair, itemIndent, key, nest(path.slice(i + 1), value));
    }
    throw new Error('unreachable');
}
function setDeep(obj, path, value) {
    const [head, ...rest] = path;
    if (head === undefined)
        return obj;
    const inner = (obj[head] && typeof obj[head] === 'object' ? obj[head] : {});
    return { ...obj, [head]: rest.length ? setDeep(inner, rest, value) : value };
}
function replaceFlow(c, node, value) {
    const [start, end] = node.range;
    return splice(c.text, start, end, renderInline(value));
}
/** The node at a path of map keys, matching `3:` and `"3":` alike. */
function nodeAtPath(doc, path) {
    let node = doc.contents;
    for (const key of path) {
        if (!isMap(node))
            return undefined;
        node = findPair(node, key)?.value ?? undefined;
    }
    return node;
}
/** Appends an item to the sequence at `path`, creating it when absent. */
export function appendIn(text, path, item) {
    const bom = text.startsWith(BOM) ? BOM : '';
    const body = bom ? text.slice(1) : text;
    const c = { text: body, eol: body.includes('\r\n') ? '\r\n' : '\n' };
    const seq = nodeAtPath(parse(body), path);
    if (seq === undefined || (isScalar(seq) && seq.value === null))
        return setIn(text, path, [item]);
    if (!isSeq(seq))
        throw new Error(`cannot append to ${path.join('.')}: not a list`);
    if (seq.flow && seq.items.length === 0)
        return setIn(text, path, [item]);
    if (seq.flow)
        return bom + replaceFlow(c, seq, [...seq.toJSON(), item]);
    const indent = columnOf(body, seq.range[0]);
    const block = indentLines(renderBlock([item]), indent, c.eol);
    const { at, prefix } = lineAfter(body, seq.range[1]);
    return bom + splice(body, at, at, prefix.replace(/\n/g, c.eol) + block);
}
/**
 * Removes the key at `path` (and its value). A map left empty becomes `{}`,
 * so the file stays valid. Absent keys are no change.
 */
export function deleteIn(text, path) {
    const bom = text.startsWith(BOM) ? BOM : '';
    const body = bom ? text.slice(1) : text;
    const c = { text: body, eol: body.includes('\r\n') ? '\r\n' : '\n' };
    const doc = parse(body);
    const parentPath = path.slice(0, -1);
    const key = path[path.length - 1];
    const map = parentPath.length ? nodeAtPath(doc, parentPath) : doc.contents;
    if (!isMap(map))
        return text;
    const pair = findPair(map, key);
    if (!pair)
        return text;
    if (map.flow || map.items.length === 1) {
        const rest = Object.fromEntries(Object.entries((map.toJSON() ?? {})).filter(([k]) => k !== key));
        if (map.flow && Object.keys(rest).length)
            return bom + replaceFlow(c, map, rest);
        if (!parentPath.length)
            throw new Error('cannot empty the whole document');
        return setIn(text, parentPath, {});
    }
    const keyStart = pair.key.range[0];
    const lineStart = body.lastIndexOf('\n', keyStart - 1) + 1;
    const valueEnd = pair.value?.range?.[1] ?? keyStart;
    const { at } = lineAfter(body, valueEnd);
    return bom + splice(body, lineStart, at, '');
}
