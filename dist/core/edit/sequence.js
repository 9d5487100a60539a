// Edits inside a list of maps (the participants): change one key of one item,
// or remove one item, touching only its lines. splice.ts edits maps by key;
// these find the list item by index. Each result is parsed again and checked
// against the whole file's data, as assessment.ts checks every other edit.
import { Document, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { MAX_ALIAS_COUNT, YAML_OPTIONS, stripBom } from '../yaml/source.js';
import { setIn, versionOf } from './splice.js';
function listAt(text, path) {
    const doc = parseDocument(stripBom(text), YAML_OPTIONS);
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
const dataOf = (text) => parseDocument(stripBom(text), YAML_OPTIONS).toJS({ maxAliasCount: MAX_ALIAS_COUNT });
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
    const want = JSON.parse(JSON.stringify(before ?? {}));
    let at = want;
    for (const key of path.slice(0, -1))
        at = (at[key] ??= {});
    at[path[path.length - 1]] = expected;
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
/** Sets `key` of the map at `path[index]` (a scalar value), changing only that value. */
export function setListItemKey(text, path, index, key, value) {
    const bom = text.startsWith(BOM) ? BOM : '';
    const body = bom ? text.slice(1) : text;
    const before = dataOf(body);
    const expected = listIn(before, path).map((item, i) => (i === index ? { ...item, [key]: value } : item));
    const { doc, seq } = listAt(body, path);
    const item = seq?.items[index];
    const pair = isMap(item) ? item.items.find((p) => isScalar(p.key) && String(p.key.value) === key) : undefined;
    const node = pair?.value;
    if (!node?.range || !isScalar(node) || seq?.flow) {
        // Not a plain block list of maps with that key: the list is written anew.
        return bom + verify(before, setIn(body, path, expected), path, expected);
    }
    // In the file's YAML version: under `%YAML 1.1` a name `Yes` or `12:30` is quoted, or it would read as another value.
    const rendered = new Document(value, { version: versionOf(doc) }).toString({ lineWidth: 0 }).replace(/\n$/, '');
    const next = body.slice(0, node.range[0]) + rendered + body.slice(node.range[1]);
    return bom + inPlaceOrAnew(before, body, next, path, expected);
}
/** Removes `path[index]`, its lines and nothing else. */
export function removeListItem(text, path, index) {
    const bom = text.startsWith(BOM) ? BOM : '';
    const body = bom ? text.slice(1) : text;
    const before = dataOf(body);
    const expected = listIn(before, path).filter((_, i) => i !== index);
    const { seq } = listAt(body, path);
    const item = seq?.items[index];
    if (!seq || seq.flow || !item?.range || expected.length === 0)
        return bom + verify(before, setIn(body, path, expected), path, expected);
    const lineStart = body.lastIndexOf('\n', item.range[0] - 1) + 1;
    const next = seq.items[index + 1];
    let end;
    if (next?.range)
        end = body.lastIndexOf('\n', next.range[0] - 1) + 1;
    else {
        const nl = body.indexOf('\n', Math.max(item.range[1] - 1, lineStart));
        end = nl === -1 ? body.length : nl + 1;
    }
    return bom + inPlaceOrAnew(before, body, body.slice(0, lineStart) + body.slice(end), path, expected);
}
