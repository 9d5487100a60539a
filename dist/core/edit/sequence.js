// Edits inside a list of maps (the participants): change one key of one item,
// or remove one item, touching only its lines. splice.ts edits maps by key;
// these find the list item by index. Each result is parsed again and checked
// against the whole file's data, as assessment.ts checks every other edit.
import { Document, isCollection, isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import { MAX_ALIAS_COUNT, YAML_OPTIONS, stripBom } from '../yaml/source.js';
import { expectedData, valuesOf } from './assessment.js';
import { renderFlowItem, setIn, versionOf } from './splice.js';
function listAt(text, path) {
    // The source tokens give each item's dash (an item's own range starts on the next line after `-` alone, `- &a`, `- # c`).
    const doc = parseDocument(stripBom(text), { ...YAML_OPTIONS, keepSourceTokens: true });
    if (doc.errors.length)
        throw new Error(`cannot edit a file with YAML errors: ${doc.errors[0]?.message}`);
    let node = doc.contents;
    for (const key of path) {
        if (!isMap(node))
            return { doc, seq: undefined };
        node = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key)?.value;
    }
    return { doc, seq: isSeq(node) ? node : undefined };
}
function listIn(data, path) {
    let value = data;
    for (const key of path)
        value = value && typeof value === 'object' ? value[key] : undefined;
    return Array.isArray(value) ? value : [];
}
/**
 * The edited text when the whole file's data is the old data with the list at
 * `path` now `expected`, and nothing else (an entry sharing an item through an
 * alias included: through JSON, a shared value is two copies here).
 */
function verify(before, text, path, expected) {
    const doc = parseDocument(stripBom(text), YAML_OPTIONS);
    const want = expectedData(before, path, expected, 'set');
    if (doc.errors.length || JSON.stringify(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })) !== JSON.stringify(want)) {
        throw new Error(`editing ${path.join('.')} did not give the expected YAML; the file was not written`);
    }
    return text;
}
/** The in-place edit when it checks out, else the list written anew (setIn writes out what an alias shares). */
function inPlaceOrAnew(before, body, next, path, expected) {
    try {
        return verify(before, next, path, expected);
    }
    catch {
        return verify(before, setIn(body, path, expected), path, expected);
    }
}
const BOM = '\ufeff';
/**
 * A value on one line, for a block map or (`flow`) a flow map, as splice.ts renders a flow item (which
 * quotes `Smith, Jane` or `x]`): a text with a line break double-quoted (JSON's escapes are YAML's), else the
 * yaml stringifier's choice as a list item, which never writes a block scalar on one line (`...Leila`, `---`). In the file's YAML
 * version: under `%YAML 1.1` a name `Yes` or `12:30` is quoted, or it would read as another value.
 */
function renderScalar(value, version, flow) {
    if (flow)
        return renderFlowItem(value, version);
    if (typeof value === 'string' && /[\n\r]/.test(value))
        return JSON.stringify(value);
    const one = new Document([value], { version }).toString({ lineWidth: 0 }).replace(/\n$/, '').replace(/^- /, '');
    return /[\n\r]/.test(one) ? JSON.stringify(value) : one;
}
/** Sets `key` of the map at `path[index]` (a scalar value), changing only that value. */
export function setListItemKey(text, path, index, key, value) {
    const bom = text.startsWith(BOM) ? BOM : '';
    const body = bom ? text.slice(1) : text;
    const before = valuesOf(body);
    const expected = listIn(before, path).map((item, i) => (i === index ? { ...item, [key]: value } : item));
    const { doc, seq } = listAt(body, path);
    const item = seq?.items[index];
    const pair = isMap(item) ? item.items.find((p) => isScalar(p.key) && String(p.key.value) === key) : undefined;
    const node = pair?.value;
    if (!node?.range || !isScalar(node) || seq?.flow) {
        // Not a plain block list of maps with that key: the list is written anew.
        return bom + verify(before, setIn(body, path, expected), path, expected);
    }
    // A block scalar's range ends after its line break (`name: >-` then its lines): the break stays.
    const keepNewline = /\r?\n$/.exec(body.slice(node.range[0], node.range[1]))?.[0] ?? '';
    // An empty value (`name:` alone, `{ name: }`) has an empty range, right after the colon or at the `}`: the spaces go with the name.
    const empty = node.range[0] === node.range[1];
    const lead = empty && body[node.range[0] - 1] === ':' ? ' ' : '';
    const trail = empty && body[node.range[0]] === '}' ? ' ' : '';
    const rendered = lead + renderScalar(value, versionOf(doc), isMap(item) && item.flow === true) + trail + keepNewline;
    const next = body.slice(0, node.range[0]) + rendered + body.slice(node.range[1]);
    return bom + inPlaceOrAnew(before, body, next, path, expected);
}
/** Where the line of item `index`'s dash starts (`-` alone on its line included). */
function dashLine(body, seq, index) {
    const token = seq.srcToken?.type === 'block-seq' ? seq.srcToken.items[index] : undefined;
    const dash = token?.start.find((t) => t.type === 'seq-item-ind');
    return dash ? body.lastIndexOf('\n', dash.offset - 1) + 1 : undefined;
}
/**
 * Splices that write out, where it is used outside `item`, a scalar anchored inside it (`name: &n Ana`,
 * `x-lead: *n` becomes `x-lead: Ana`), so the file still reads the same once the item is gone.
 * Undefined when an alias elsewhere shares a collection of the item: the list is then written anew.
 */
function aliasesOut(doc, item, version) {
    const inside = new Set();
    visit(item, { Node: (_, n) => void inside.add(n) });
    inside.add(item);
    const [from, to] = item.range;
    const out = [];
    let shared = false;
    visit(doc, {
        Alias(_, alias, trail) {
            const target = alias.resolve(doc);
            const [at, end] = alias.range;
            if (!inside.has(target) || (at >= from && end <= to))
                return undefined;
            const holder = trail[trail.length - 1];
            const within = isPair(holder) ? trail[trail.length - 2] : holder;
            const value = isScalar(target) ? target.toJS(doc) : undefined;
            if (!['string', 'number', 'boolean'].includes(typeof value)) {
                shared = true;
                return visit.BREAK;
            }
            out.push([at, end, renderScalar(value, version, isCollection(within) && within.flow === true)]);
            return undefined;
        },
    });
    return shared ? undefined : out;
}
/**
 * Where a removal that could run from `from` to the next item's dash line (`to`) stops: at the first
 * comment line between them that is not indented past the dash (`# second group` above the next
 * item belongs to that item, or to the list), so such comments stay; blank lines before it go with
 * the item, and comments indented as the item's own content go with it.
 */
function keptFrom(body, from, to, dashLineStart) {
    const dashColumn = body.slice(dashLineStart).search(/\S/);
    for (let at = from; at < to;) {
        const nl = body.indexOf('\n', at);
        const line = body.slice(at, nl === -1 || nl > to ? to : nl);
        const column = line.search(/\S/);
        if (column !== -1 && line[column] === '#' && column <= dashColumn)
            return at;
        at = nl === -1 ? to : nl + 1;
    }
    return to;
}
/** Removes `path[index]`, its lines and nothing else: a comment line above the next item stays (keptFrom). */
export function removeListItem(text, path, index) {
    const bom = text.startsWith(BOM) ? BOM : '';
    const body = bom ? text.slice(1) : text;
    const before = valuesOf(body);
    const expected = listIn(before, path).filter((_, i) => i !== index);
    const { doc, seq } = listAt(body, path);
    const item = seq?.items[index];
    const lineStart = seq && !seq.flow ? dashLine(body, seq, index) : undefined;
    const writtenOut = item?.range ? aliasesOut(doc, item, versionOf(doc)) : undefined;
    if (!seq || !item?.range || lineStart === undefined || !writtenOut || expected.length === 0) {
        return bom + verify(before, setIn(body, path, expected), path, expected);
    }
    const nl = body.indexOf('\n', Math.max(item.range[1] - 1, lineStart));
    const contentEnd = nl === -1 ? body.length : nl + 1;
    const nextDash = dashLine(body, seq, index + 1);
    const end = nextDash === undefined ? contentEnd : keptFrom(body, contentEnd, nextDash, lineStart);
    // From the end of the file back, so each splice leaves the offsets of the ones before it as they were.
    const splices = [...writtenOut, [lineStart, end, '']].sort((a, b) => b[0] - a[0]);
    const next = splices.reduce((t, [from, to, insert]) => t.slice(0, from) + insert + t.slice(to), body);
    return bom + inPlaceOrAnew(before, body, next, path, expected);
}
