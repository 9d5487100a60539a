import { yaml } from '../yaml/lazy.js';
import { lineCol } from '../yaml/source.js';
/** The tags of YAML's core schema; any other tag is refused. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));
/** Reports what the file must not use; true when the file cannot be read into data at all. */
export function structureFindings(src, r) {
    let fatal = secondDirective(src, r);
    // One walk for all of it: yaml's visit costs as much as a parse step on a large file.
    yaml().visit(src.doc, {
        Map(_, map) {
            repeatedKeys(src, map, r);
        },
        Pair(_, pair) {
            const key = pair.key;
            if (key && yaml().isCollection(key)) {
                fatal = true;
                const found = yaml().isSeq(key) ? r.t('tArray') : r.t('tObject');
                r.atOffset(key.range?.[0] ?? 0, 'complex-key', r.msg('complexKey', { found }));
            }
        },
        Node(_, node) {
            const tag = node.tag;
            if (tag === undefined)
                return;
            const at = node.range?.[0] ?? 0;
            if (!CORE_TAGS.has(tag))
                r.atOffset(at, 'yaml-tag', r.msg('unknownTag', { tag: shortTag(tag) }));
            else if (!fits(tag, node)) {
                r.atOffset(at, 'yaml-tag', r.msg('badTagValue', { tag: shortTag(tag), found: JSON.stringify(src.text.slice(at, node.range?.[1] ?? at)) }));
            }
        },
    });
    return fatal;
}
/** Whether a node is what its core tag says (yaml keeps `!!int X` as the text "X", with a warning only). */
function fits(tag, node) {
    const value = yaml().isScalar(node) ? node.value : undefined;
    switch (tag.slice('tag:yaml.org,2002:'.length)) {
        case 'int':
            return typeof value === 'number' && Number.isInteger(value);
        case 'float':
            return typeof value === 'number';
        case 'bool':
            return typeof value === 'boolean';
        case 'null':
            return yaml().isScalar(node) && value === null;
        case 'str':
            return yaml().isScalar(node);
        case 'map':
            return yaml().isMap(node);
        case 'seq':
            return yaml().isSeq(node);
        default:
            return false;
    }
}
function shortTag(tag) {
    return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}
/** YAML allows one %YAML directive per document; yaml accepts a second silently. */
function secondDirective(src, r) {
    const re = /^%YAML\b.*$/gm;
    let seen = false;
    for (let m = re.exec(src.text); m; m = re.exec(src.text)) {
        const before = src.text.slice(0, m.index);
        if (/^---/m.test(before))
            break; // directives end at the first ---
        if (seen) {
            r.atOffset(m.index, 'yaml-syntax', r.msg('yamlSyntax', { detail: r.t('yamlTwoDirectives') }));
            return true;
        }
        seen = true;
    }
    return false;
}
/** The first alias whose anchor is not defined before it, if any. */
export function undefinedAlias(doc) {
    // One walk in document order, keeping the anchors met so far: an alias names one defined before it (or on a
    // node that holds it). Not Alias.resolve(), which walks the document again for each alias (a file of 20,000
    // aliases took minutes).
    const anchors = new Set();
    let found;
    yaml().visit(doc, (_, node) => {
        if (yaml().isAlias(node)) {
            if (!anchors.has(node.source)) {
                found = node;
                return yaml().visit.BREAK;
            }
        }
        else if ((yaml().isNode(node)) && node.anchor)
            anchors.add(node.anchor);
        return undefined;
    });
    return found;
}
/**
 * Repeated keys, found here in one pass (yaml's own check is quadratic and
 * compares values, so `1:` and `"1":` would silently merge into one data
 * key). Keys are compared by their string form, as they are once read into
 * data; the finding names the key and the line of its first occurrence. A
 * repeat caused by a number key that YAML rewrote (`1.10` read as 1.1) is left
 * to the numeric-id rule, which explains the real cause.
 */
function repeatedKeys(src, map, r) {
    const firstByKey = new Map();
    for (const pair of map.items) {
        if (!yaml().isScalar(pair.key))
            continue;
        const keyNode = pair.key;
        // A merge key (`<<` under %YAML 1.1) is read as a symbol: compared as one, so a quoted "<<" beside it is
        // another key, and named as written.
        const value = pair.key.value;
        const merge = typeof value === 'symbol';
        const id = merge ? '\0<<' : String(value);
        const first = firstByKey.get(id);
        if (!first) {
            firstByKey.set(id, keyNode);
            continue;
        }
        if (rewrittenNumber(src.text, keyNode) || rewrittenNumber(src.text, first))
            continue;
        const line = lineCol(src.text, first.range?.[0] ?? 0).line;
        r.atOffset(keyNode.range?.[0] ?? 0, 'duplicate-key', r.msg('duplicateKey', { key: merge ? '<<' : id, line }));
    }
}
/** A number key whose source text is not how the number reads back (`1.10` → 1.1, `01` → 1). */
export function rewrittenNumber(text, node) {
    if (!yaml().isScalar(node) || typeof node.value !== 'number' || !node.range)
        return undefined;
    const source = text.slice(node.range[0], node.range[1]);
    return source === String(node.value) ? undefined : source;
}
