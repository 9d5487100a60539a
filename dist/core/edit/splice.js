// Edits on the text of a YAML file that change only the lines they must.
//
// Why not `doc.setIn()` + `doc.toString()`: the yaml package re-renders the
// whole file, so a hand-edited file loses the spaces before its end-of-line
// comments, its folded paragraphs and the place of some comments. Instead we
// parse the text into a yaml Document to *find* the node (its source range),
// render only the new value with the yaml stringifier, and splice it into the
// original text. Every other byte stays as the person wrote it. Inside a flow
// map (`{ "1": {score: 5}, … }`, on one line or several) only the edited
// value's text changes, and a new key is added in flow style before the `}`.
//
// A value shared through an alias (`"3": &same { score: 5 }`, `"4": *same`)
// is un-shared before it is edited or removed: the alias on the way to the edited value,
// or pointing at it, is replaced by a copy of the anchored node (its own text
// when it can be copied faithfully), so an edit of one entry never changes
// another. Each un-sharing is checked to leave every value of the file as it was.
import { Document, isAlias, isCollection, isMap, isNode, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import { EditRefusedError } from '../errors.js';
import { lineCol, MAX_ALIAS_COUNT, YAML_OPTIONS } from '../yaml/source.js';
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
function rangeOf(node) {
    return node?.range ?? undefined;
}
/** Nests a value under the remaining keys: ['a','b'], 1 → { a: { b: 1 } }. */
function nest(path, value) {
    return path.reduceRight((inner, key) => ({ [key]: inner }), value);
}
export const versionOf = (doc) => (doc.directives?.yaml.version === '1.1' ? '1.1' : '1.2');
/** A text with a line break at any depth double-quoted (see the renderers below for why). */
function quoteMultiLine(doc, quote) {
    visit(doc, {
        Scalar(_, node) {
            if (typeof node.value === 'string' && quote(node.value))
                node.type = 'QUOTE_DOUBLE';
        },
    });
}
const hasLineBreak = (text) => /[\n\r]/.test(text);
/**
 * Never a line folded: a long double-quoted text with a line break would
 * otherwise be written over several lines, which a value spliced on one line
 * (or inside a flow collection) cannot be.
 */
const ONE_LINE = { lineWidth: 0, doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY };
/**
 * A text a block scalar would not give back where it is spliced: a `|+` (two
 * line breaks or more at the end) takes the blank lines after it too.
 */
function keepsTrailingLines(text) {
    const tail = /\s*$/.exec(text)?.[0] ?? '';
    return (tail.match(/\n|\r\n?/g)?.length ?? 0) > 1;
}
const sameValues = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/** Block YAML for a value at indent 0, ending with a newline; `votes` maps inline. */
function renderBlock(value, version) {
    const render = (quote) => {
        const doc = new Document(value, { version, aliasDuplicateObjects: false });
        visit(doc, {
            Pair(_, pair) {
                if (isScalar(pair.key) && FLOW_KEYS.has(String(pair.key.value)) && isMap(pair.value))
                    pair.value.flow = true;
            },
        });
        quoteMultiLine(doc, quote);
        return doc.toString(ONE_LINE);
    };
    const block = render(keepsTrailingLines);
    // A block scalar that reads back otherwise (` \n` written `|2-`…): every text with a line break double-quoted.
    if (sameValues(parseDocument(block, { version }).toJS(), value))
        return block;
    return render(hasLineBreak);
}
/** One-line YAML for a value (scalars, and flow collections), in block context: after `key: ` on a line of its own. */
export function renderInline(value, version) {
    if (typeof value === 'string' && hasLineBreak(value))
        return JSON.stringify(value); // a valid YAML double-quoted scalar
    const doc = new Document(value, { version, aliasDuplicateObjects: false });
    if (isMap(doc.contents) || isSeq(doc.contents))
        doc.contents.flow = true;
    quoteMultiLine(doc, hasLineBreak);
    const rendered = doc.toString(ONE_LINE).replace(/\n$/, '');
    // A text yaml writes as a block scalar at the top of a document (`...x`, `---x` read there as markers): quoted.
    if (typeof value === 'string' && (hasLineBreak(rendered) || /^[|>]/.test(rendered)))
        return JSON.stringify(value);
    return rendered;
}
/** One-line YAML for a value inside a flow collection (`a, b` is quoted there). */
export function renderFlowItem(value, version) {
    if (typeof value === 'string' && hasLineBreak(value))
        return JSON.stringify(value);
    const doc = new Document([value], { version, aliasDuplicateObjects: false });
    doc.contents.flow = true;
    // A text with a line break at any depth (a new `notes:` inside a map inserted whole) double-quoted, as at the
    // top: a flow collection holds no block scalar, and a plain or single-quoted one would fold its lines.
    quoteMultiLine(doc, hasLineBreak);
    return doc.toString(ONE_LINE).replace(/\n$/, '').replace(/^\[ /, '').replace(/ \]$/, '');
}
function indentLines(block, indent, eol) {
    const pad = ' '.repeat(indent);
    return block
        .split('\n')
        .map((line) => (line ? pad + line : line))
        .join('\n')
        .replace(/\n/g, eol);
}
/** Moves every line but the first by `delta` columns (a negative delta only takes away spaces). */
function shiftLines(text, delta, fromFirst) {
    return text
        .split('\n')
        .map((line, i) => {
        if ((i === 0 && !fromFirst) || line.trim() === '')
            return line;
        if (delta >= 0)
            return ' '.repeat(delta) + line;
        const spaces = /^ */.exec(line)?.[0].length ?? 0;
        return line.slice(Math.min(spaces, -delta));
    })
        .join('\n');
}
function columnOf(text, offset) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return offset - lineStart;
}
function lineEnd(text, offset) {
    const nl = text.indexOf('\n', offset);
    return nl === -1 ? text.length : nl;
}
/** The offset where a new line may be inserted after `offset` (start of the next line). */
function lineAfter(text, offset) {
    if (offset > 0 && text[offset - 1] === '\n')
        return { at: offset, prefix: '' };
    const nl = text.indexOf('\n', offset);
    return nl === -1 ? { at: text.length, prefix: '\n' } : { at: nl + 1, prefix: '' };
}
/**
 * The offset where a new line may be inserted after a node ending at `end`.
 * A block collection whose last line is a comment ends after the indentation
 * of the line that follows it (`      # - B` then `  "2":`): that line's start.
 */
function lineAfterNode(text, end) {
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    if (lineStart > 0 && lineStart < end && /^[ \t]*$/.test(text.slice(lineStart, end)))
        return { at: lineStart, prefix: '' };
    return lineAfter(text, end);
}
/** The column of a map's items: that of its first key, or of the `?` before it (`? c21lab` then `: assessment/1`). */
function itemColumn(text, keyStart) {
    const explicit = /\?[ \t]+$/.exec(text.slice(text.lastIndexOf('\n', keyStart - 1) + 1, keyStart));
    return columnOf(text, explicit ? keyStart - explicit[0].length : keyStart);
}
function splice(text, start, end, insert) {
    return text.slice(0, start) + insert + text.slice(end);
}
/** Does an explicit tag still describe the new value (`!!str 12` → a new string keeps `!!str`)? */
function tagFits(tag, value) {
    switch (tag) {
        case 'tag:yaml.org,2002:str':
            return typeof value === 'string';
        case 'tag:yaml.org,2002:int':
            return Number.isInteger(value);
        case 'tag:yaml.org,2002:float':
            return typeof value === 'number';
        case 'tag:yaml.org,2002:bool':
            return typeof value === 'boolean';
        case 'tag:yaml.org,2002:null':
            return value === null;
        default:
            return false;
    }
}
/**
 * Where the new text of a replaced value starts: the old value's first
 * character, or, when the old value had an explicit tag that would not fit
 * the new one, that tag (which is taken away; an anchor stays).
 */
function valueStart(c, node, propsFrom, value) {
    const range = node.range;
    if (!node.tag || tagFits(node.tag, value))
        return { start: range[0] };
    const props = c.text.slice(propsFrom, range[0]);
    const m = /(^|[\s:])(![^\s]*\s*)/.exec(props); // `"score":!!str x` in a flow map: no space after the colon
    if (!m)
        return { start: range[0] };
    const at = propsFrom + m.index + (m[1]?.length ?? 0);
    return { start: range[0], drop: [at, at + (m[2]?.length ?? 0)] };
}
/** Replaces the text of `node` (a value with a range) with `rendered`, dropping a tag that no longer fits. */
function replaceNodeText(c, node, propsFrom, value, rendered) {
    const { start, drop } = valueStart(c, node, propsFrom, value);
    const end = node.range[1];
    const replaced = splice(c.text, start, end, rendered);
    return drop ? splice(replaced, drop[0], drop[1], '') : replaced;
}
/** Adds `key: value` at the end of a block map, at the indentation of its items. */
function insertIntoBlockMap(c, map, indent, rest, value) {
    const block = indentLines(renderBlock(nest(rest, value), c.version), indent, c.eol);
    const end = map.range?.[1] ?? c.text.length;
    const { at, prefix } = lineAfterNode(c.text, end);
    return splice(c.text, at, at, prefix.replace(/\n/g, c.eol) + block);
}
function anchorText(node) {
    const anchor = node?.anchor;
    return anchor ? `&${anchor} ` : '';
}
/** Replaces the value node of `pair` (in a block map indented at `indent`) with `value`. */
function replaceValue(c, pair, indent, key, value) {
    const node = pair.value;
    const isObject = value !== null && typeof value === 'object';
    const empty = isObject && Object.keys(value).length === 0;
    const inline = !isObject || FLOW_KEYS.has(key) || empty;
    const keyEnd = pair.key.range[1];
    const colon = c.text.indexOf(':', keyEnd);
    if (inline) {
        const rendered = renderInline(value, c.version);
        if (!node?.range || (isScalar(node) && node.value === null && node.range[0] === node.range[1])) {
            return splice(c.text, colon + 1, colon + 1, ' ' + rendered);
        }
        // A block collection starts on the next line: the inline value goes right after the colon.
        const block = (isMap(node) || isSeq(node)) && !node.flow;
        if (!block) {
            const old = c.text.slice(node.range[0], node.range[1]);
            const keepNewline = old.endsWith('\n') && !rendered.endsWith('\n') ? c.eol : '';
            return replaceNodeText(c, node, colon + 1, value, rendered + keepNewline);
        }
        return splice(c.text, colon + 1, node.range[1], ' ' + anchorText(node) + rendered + c.eol);
    }
    // A block collection replaces whatever followed the colon (an empty `{}`, a null…), but not the comments
    // there: one after the colon, or after the old value on its line, stays on the key's line (`"6": {}   # empty`
    // becomes `"6":   # empty` then the block); a comment on a line of its own stays before the block.
    const block = indentLines(renderBlock(value, c.version), indent + 2, c.eol);
    const start = node?.range ? node.range[0] : colon + 1;
    let end = node?.range ? node.range[1] : colon + 1;
    const comments = [];
    const lines = [];
    c.text
        .slice(colon + 1, start)
        .split('\n')
        .map((line) => line.replace(/\r$/, ''))
        .forEach((line, i) => {
        const m = /(?:^|[ \t])[ \t]*#.*$/.exec(line);
        if (!m)
            return;
        if (i === 0)
            comments.push(m[0]);
        else
            lines.push(' '.repeat(/^ */.exec(line)?.[0].length ?? 0) + m[0].trim()); // its comment, not an anchor before it
    });
    // After the old value, on the same line (a block collection's range ends at the start of the next line).
    const after = c.text[end - 1] !== '\n' ? /^[ \t]*#[^\r\n]*/.exec(c.text.slice(end)) : null;
    if (after) {
        // A null's range starts at its comment: the spaces before it are the ones after the colon.
        const spaces = /^[ \t]/.test(after[0]) ? '' : /[ \t]+$/.exec(c.text.slice(colon + 1, start))?.[0] ?? ' ';
        comments.push(spaces + after[0]);
        end += after[0].length;
    }
    const [onKeyLine = '', ...others] = comments;
    for (const other of others)
        lines.push(' '.repeat(indent + 2) + other.trim());
    const tail = c.text.slice(end);
    const rest = tail.startsWith('\n') || tail.startsWith('\r\n') ? tail.replace(/^\r?\n/, '') : tail;
    const anchor = anchorText(node).trimEnd();
    const own = lines.map((line) => line + c.eol).join('');
    return c.text.slice(0, colon + 1) + (anchor ? ' ' + anchor : '') + onKeyLine + c.eol + own + block + rest;
}
/** The end of a flow collection's last item (its value, or a key written alone). */
function lastItemEnd(items) {
    const last = items[items.length - 1];
    if (isPair(last))
        return (rangeOf(last.value) ?? rangeOf(last.key))?.[1];
    return rangeOf(last)?.[1];
}
/** Adds `key: value` to a flow map, after its last item, in flow style. */
function insertIntoFlowMap(c, map, key, value) {
    const rendered = renderFlowItem({ [key]: value }, c.version);
    const end = lastItemEnd(map.items);
    if (end === undefined) {
        const [start, stop] = map.range;
        return splice(c.text, start, stop, rendered);
    }
    return splice(c.text, end, end, ', ' + rendered.replace(/^\{ /, '').replace(/ \}$/, ''));
}
/** Replaces the value of `pair` inside a flow map, and nothing around it. */
function replaceFlowValue(c, pair, value) {
    const node = pair.value;
    const rendered = renderFlowItem(value, c.version);
    const keyEnd = pair.key.range[1];
    if (!node?.range || (isScalar(node) && node.value === null && node.range[0] === node.range[1])) {
        const colon = /^\s*:/.exec(c.text.slice(keyEnd));
        if (colon)
            return splice(c.text, keyEnd + colon[0].length, keyEnd + colon[0].length, ' ' + rendered);
        return splice(c.text, keyEnd, keyEnd, ': ' + rendered);
    }
    return replaceNodeText(c, node, keyEnd, value, rendered);
}
/** Removes a pair from a flow map of two pairs or more, keeping the comments and lines around it. */
function deleteFromFlowMap(c, map, pair) {
    const at = map.items.indexOf(pair);
    const keyStart = pair.key.range[0];
    const end = (rangeOf(pair.value) ?? pair.key.range)[1];
    const t = c.text;
    let out;
    let lineAt;
    if (at < map.items.length - 1) {
        // `key: value,` and the spaces after it (unless a comment or the line's end follow).
        let j = end;
        while (t[j] === ' ' || t[j] === '\t')
            j++;
        if (t[j] === ',') {
            j++;
            let k = j;
            while (t[k] === ' ' || t[k] === '\t')
                k++;
            if (t[k] !== '#' && t[k] !== '\n' && t[k] !== '\r')
                j = k;
        }
        out = splice(t, keyStart, j, '');
        lineAt = keyStart;
    }
    else {
        // The last pair: the comma before it goes too.
        let j = lastItemEnd(map.items.slice(0, at)) ?? keyStart;
        while (j < keyStart && t[j] !== ',') {
            if (t[j] === '#')
                j = lineEnd(t, j);
            else
                j++;
        }
        const between = t.slice(j + 1, keyStart);
        if (j < keyStart && !/[#\n]/.test(between))
            out = splice(t, j, end, '');
        else if (j < keyStart)
            out = splice(splice(t, keyStart, end, ''), j, j + 1, '');
        else
            out = splice(t, keyStart, end, '');
        lineAt = j < keyStart ? j : keyStart;
    }
    // A line left blank by the removal goes too.
    const ls = out.lastIndexOf('\n', lineAt - 1) + 1;
    const le = lineEnd(out, lineAt);
    if (ls > 0 && out.slice(ls, le).trim() === '' && t.slice(ls, lineEnd(t, ls)).trim() !== '')
        return out.slice(0, ls) + out.slice(le + 1);
    return out;
}
/**
 * The first alias that an edit at `path` would go through, or whose anchored
 * node it would change (a map on the way, the edited value, and when the edit
 * replaces or removes that value (`whole`), anything in it).
 */
function sharedOnPath(doc, path, whole) {
    const changed = new Set([doc.contents]);
    let node = doc.contents;
    let reached = true;
    for (const key of path) {
        if (!isMap(node)) {
            reached = false;
            break;
        }
        const pair = findPair(node, key);
        if (!pair || pair.value === null || pair.value === undefined) {
            reached = false;
            break;
        }
        if (isAlias(pair.value))
            return { alias: pair.value, holder: pair, within: node };
        node = pair.value;
        changed.add(node);
    }
    if (whole && reached && isNode(node))
        visit(node, { Node: (_, n) => void changed.add(n) });
    let found;
    visit(doc, {
        Alias(_, alias, trail) {
            if (!changed.has(alias.resolve(doc)))
                return undefined;
            found = { alias, holder: trail[trail.length - 1], within: trail[trail.length - 2] ?? trail[trail.length - 1] };
            return visit.BREAK;
        },
    });
    return found;
}
function hasAnchorInside(node) {
    let inside = false;
    if (isCollection(node)) {
        visit(node, {
            Node(_, n) {
                if (n !== node && n.anchor) {
                    inside = true;
                    return visit.BREAK;
                }
                return undefined;
            },
        });
    }
    return inside;
}
/** The alias replaced by a copy of its anchored node: its own text when `faithful`, else the value written anew. */
function unshareText(c, doc, s, faithful) {
    const target = s.alias.resolve(doc);
    const [as, ae] = s.alias.range;
    const [ts, te] = target.range;
    const own = c.text.slice(ts, te);
    const inFlow = (isMap(s.within) || isSeq(s.within)) && s.within.flow;
    const blockCollection = isCollection(target) && !target.flow;
    const blockScalar = isScalar(target) && (target.type === 'BLOCK_LITERAL' || target.type === 'BLOCK_FOLDED');
    const tag = target.tag ? doc.directives.tagString(target.tag) + ' ' : '';
    const inPair = isPair(s.holder);
    const keyIndent = inPair ? columnOf(c.text, rangeOf(s.holder.key)?.[0] ?? as) : 0;
    faithful = faithful && !hasAnchorInside(target);
    // On one line: the same text where the alias was.
    if (faithful && !blockCollection && !blockScalar && !/[\r\n]/.test(own))
        return splice(c.text, as, ae, tag + own);
    // A block collection under a key: its lines on the next lines, at this key's indentation.
    if (faithful && blockCollection && inPair && !inFlow) {
        const from = c.text.lastIndexOf('\n', ts - 1) + 1;
        let lines = c.text.slice(from, te);
        if (!lines.endsWith('\n'))
            lines += c.eol;
        const moved = shiftLines(lines.replace(/\r?\n$/, ''), keyIndent + 2 - columnOf(c.text, ts), true) + c.eol;
        const le = lineEnd(c.text, ae);
        const head = c.text.slice(0, as).replace(/[ \t]+$/, '') + (tag ? ' ' + tag.trimEnd() : '') + c.text.slice(ae, le).replace(/\r$/, '');
        return head + c.eol + moved + c.text.slice(Math.min(le + 1, c.text.length));
    }
    // A block collection as a list item: `- ` then its lines, at the item's indentation.
    if (faithful && blockCollection && !inPair && !inFlow) {
        const moved = shiftLines(own.replace(/\r?\n$/, ''), columnOf(c.text, as) - columnOf(c.text, ts), false);
        return splice(c.text, as, ae, tag + moved);
    }
    // Otherwise the value is written anew, in the style its place asks for.
    const value = target.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
    if (inFlow)
        return splice(c.text, as, ae, renderFlowItem(value, c.version));
    if (value === null || typeof value !== 'object' || Object.keys(value).length === 0)
        return splice(c.text, as, ae, renderInline(value, c.version));
    if (inPair) {
        const le = lineEnd(c.text, ae);
        const head = c.text.slice(0, as).replace(/[ \t]+$/, '') + c.text.slice(ae, le).replace(/\r$/, '');
        return head + c.eol + indentLines(renderBlock(value, c.version), keyIndent + 2, c.eol) + c.text.slice(Math.min(le + 1, c.text.length));
    }
    const block = renderBlock(value, c.version).replace(/\n$/, '');
    return splice(c.text, as, ae, shiftLines(block, columnOf(c.text, as), false).replace(/\n/g, c.eol));
}
const valuesOf = (doc) => JSON.stringify(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
// ---------------------------------------------------------------------------
// Values a map gets through a merge key (`<<: *base`, `<<: [*a, *b]`, under `%YAML 1.1`).
/** A `<<` merge pair (read as a merge: a plain `<<` in a YAML 1.1 file; a quoted "<<" is a key like any other). */
const isMergePair = (p) => isPair(p) && isScalar(p.key) && typeof p.key.value === 'symbol' && p.key.value.description === '<<';
/** The maps a map merges, in the order they take precedence. */
function mergeSources(doc, map) {
    const resolve = (n) => (isAlias(n) ? n.resolve(doc) : n);
    const out = [];
    for (const p of map.items) {
        if (!isMergePair(p))
            continue;
        const value = resolve(p.value);
        for (const item of isSeq(value) ? value.items.map(resolve) : [value])
            if (isMap(item))
                out.push(item);
    }
    return out;
}
/** The pair of another map that gives `map` its `key` through a merge (a merged map's own merges included), if any. */
function mergedPair(doc, map, key, depth = 0) {
    if (depth > MAX_ALIAS_COUNT)
        return undefined;
    for (const source of mergeSources(doc, map)) {
        const pair = findPair(source, key) ?? mergedPair(doc, source, key, depth + 1);
        if (pair)
            return pair;
    }
    return undefined;
}
/** The first map on the way to `path` whose key the edit needs in its own text but gets through `<<`. */
function mergeOnPath(doc, path, mode) {
    let node = doc.contents;
    for (let i = 0; i < path.length; i++) {
        if (!isMap(node))
            return undefined;
        const key = path[i];
        const own = findPair(node, key);
        if (mode.expandLast && i === path.length - 1) {
            // Removing a key a merge gives (even one the map also has: the merged one would show again) needs the merge gone.
            return mergedPair(doc, node, key) ? { kind: 'expand', map: node, key, path: path.slice(0, i + 1) } : undefined;
        }
        if (!own) {
            if (i >= mode.entries)
                return undefined;
            const from = mergedPair(doc, node, key);
            return from ? { kind: 'entry', map: node, key, from, path: path.slice(0, i + 1) } : undefined;
        }
        if (isAlias(own.value))
            return undefined; // written out first (sharedOnPath), then looked at again
        node = own.value;
    }
    return undefined;
}
/** The text of `node` when it can be copied as it is: no anchor inside it (a copy would define it twice). */
function copyableText(c, node) {
    if (!node.range || hasAnchorInside(node))
        return undefined;
    return c.text.slice(node.range[0], node.range[1]);
}
/** The item column of a block map (that of its first key). */
function blockItemIndent(c, map) {
    const first = map.items[0]?.key;
    return first?.range ? itemColumn(c.text, first.range[0]) : 0;
}
/** `key` written out in `map`, after its last key (so a value that overrides the merged one keeps its place in the data). */
function writeOutEntry(c, doc, s, faithful) {
    const from = s.from;
    const value = from.value;
    const keyRange = rangeOf(from.key);
    const keyText = keyRange ? c.text.slice(keyRange[0], keyRange[1]) : '';
    const tag = value && isNode(value) && value.tag ? doc.directives.tagString(value.tag) + ' ' : '';
    const own = faithful && value && isNode(value) && !/[\r\n]/.test(keyText) && keyText ? copyableText(c, value) : undefined;
    const blockScalar = isScalar(value) && (value.type === 'BLOCK_LITERAL' || value.type === 'BLOCK_FOLDED');
    const blockCollection = isCollection(value) && !value.flow;
    if (own !== undefined && !blockScalar && !blockCollection && !/[\r\n]/.test(own)) {
        if (s.map.flow) {
            const end = lastItemEnd(s.map.items);
            return splice(c.text, end, end, `, ${keyText}: ${tag}${own}`);
        }
        const { at, prefix } = lineAfterNode(c.text, s.map.range[1]);
        return splice(c.text, at, at, prefix.replace(/\n/g, c.eol) + ' '.repeat(blockItemIndent(c, s.map)) + `${keyText}: ${tag}${own}`.trimEnd() + c.eol);
    }
    if (own !== undefined && blockCollection && !s.map.flow && value) {
        // Its lines, moved to the indentation of the map's items.
        const [ts, te] = value.range;
        let lines = c.text.slice(c.text.lastIndexOf('\n', ts - 1) + 1, te);
        lines = lines.replace(/\r?\n$/, '');
        const indent = blockItemIndent(c, s.map);
        const moved = shiftLines(lines, indent + 2 - columnOf(c.text, ts), true).replace(/\r?\n/g, c.eol);
        const { at, prefix } = lineAfterNode(c.text, s.map.range[1]);
        return splice(c.text, at, at, prefix.replace(/\n/g, c.eol) + ' '.repeat(indent) + `${keyText}:${tag ? ' ' + tag.trimEnd() : ''}` + c.eol + moved + c.eol);
    }
    // Otherwise written anew, in the map's style.
    const data = value ? value.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }) : null;
    if (s.map.flow)
        return insertIntoFlowMap(c, s.map, s.key, data);
    return insertIntoBlockMap(c, s.map, blockItemIndent(c, s.map), [s.key], data);
}
/** `map`'s one merge pair replaced by the keys it gives that the map does not have itself, in the merge's order. */
function expandMerge(c, doc, s) {
    const merges = s.map.items.filter(isMergePair);
    const pair = merges[0];
    if (merges.length !== 1 || !pair)
        return undefined;
    const merged = s.map.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
    const own = new Set(s.map.items.filter((p) => !isMergePair(p)).map((p) => (isScalar(p.key) ? String(p.key.value) : '')));
    const given = Object.fromEntries(Object.entries(merged).filter(([k]) => !own.has(k)));
    const keyStart = pair.key.range[0];
    const valueEnd = rangeOf(pair.value)?.[1] ?? pair.key.range[1];
    if (s.map.flow) {
        if (Object.keys(given).length === 0)
            return s.map.items.length > 1 ? deleteFromFlowMap(c, s.map, pair) : undefined;
        return splice(c.text, keyStart, valueEnd, renderFlowItem(given, c.version).replace(/^\{ /, '').replace(/ \}$/, ''));
    }
    const lineStart = c.text.lastIndexOf('\n', keyStart - 1) + 1;
    if (c.text.slice(lineStart, keyStart).trim() !== '')
        return undefined;
    const { at } = lineAfterNode(c.text, valueEnd);
    const block = Object.keys(given).length ? indentLines(renderBlock(given, c.version), blockItemIndent(c, s.map), c.eol) : '';
    return splice(c.text, lineStart, at, block);
}
/** The file's values without the key at `path` (what a removal there must keep), as JSON. */
function valuesWithout(doc, path) {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    let at = data;
    for (const key of path.slice(0, -1))
        at = at && typeof at === 'object' ? at[key] : undefined;
    if (at && typeof at === 'object')
        delete at[path[path.length - 1]];
    return JSON.stringify(data);
}
/** A merge that cannot be written out, refused at its `<<` (1-based line and column). */
function refuseMerge(text, s) {
    const pair = s.map.items.find(isMergePair);
    const { line, column } = lineCol(text, rangeOf(pair?.key)?.[0] ?? rangeOf(s.map)?.[0] ?? 0);
    throw new EditRefusedError('mergeKey', s.path.join('.'), line, column);
}
/**
 * The text with every alias an edit at `path` would go through or change
 * replaced by a copy, and its parsed document (`doc`: `body` already parsed).
 * Each step is checked to keep every value of the file as it was.
 */
function unshared(body, eol, path, whole = true, doc = parse(body), merges = { entries: path.length - 1, expandLast: false }) {
    let text = body;
    // What every step must keep: the file's values, the same before and after each one (read once, and only
    // when there is an alias to write out: most edits have none).
    let values;
    for (let step = 0; step < 10_000; step++) {
        const s = sharedOnPath(doc, path, whole);
        if (!s) {
            // No alias left on the way: a key the edit needs that the map gets through `<<`, written out.
            const m = mergeOnPath(doc, path, merges);
            if (!m)
                return { text, doc };
            values ??= valuesOf(doc);
            let next;
            for (const faithful of m.kind === 'entry' ? [true, false] : [false]) {
                const c = { text, eol, version: versionOf(doc) };
                const candidate = m.kind === 'entry' ? writeOutEntry(c, doc, m, faithful) : expandMerge(c, doc, m);
                if (candidate === undefined)
                    break;
                const parsed = parseDocument(candidate, YAML_OPTIONS);
                if (parsed.errors.length)
                    continue;
                // A merge written out in full may move, in the data, a key the map overrides it with (`{ <<: *b, score: 2 }`):
                // only the key about to be removed may, the rest must read as before, in the same order.
                const same = m.kind === 'entry' ? valuesOf(parsed) === values : valuesWithout(parsed, m.path) === valuesWithout(doc, m.path);
                if (!same)
                    continue;
                const again = mergeOnPath(parsed, path, merges);
                if (again && again.kind === m.kind && again.path.length === m.path.length)
                    continue; // no progress
                next = { text: candidate, doc: parsed };
                break;
            }
            if (!next)
                refuseMerge(text, m);
            ({ text, doc } = next);
            if (m.kind === 'expand')
                values = valuesOf(doc);
            continue;
        }
        values ??= valuesOf(doc);
        let next;
        for (const faithful of [true, false]) {
            const candidate = unshareText({ text, eol, version: versionOf(doc) }, doc, s, faithful);
            const parsed = parseDocument(candidate, YAML_OPTIONS);
            if (!parsed.errors.length && valuesOf(parsed) === values && sharedOnPath(parsed, path, whole)?.alias.range?.[0] !== s.alias.range?.[0]) {
                next = { text: candidate, doc: parsed };
                break;
            }
        }
        if (!next)
            throw new Error(`cannot write out the value shared through the alias *${s.alias.source}`);
        ({ text, doc } = next);
    }
    throw new Error('too many aliases to write out');
}
// ---------------------------------------------------------------------------
function withBody(text, edit) {
    const bom = text.startsWith(BOM) ? BOM : '';
    const body = bom ? text.slice(1) : text;
    return { bom, result: edit(body, body.includes('\r\n') ? '\r\n' : '\n') };
}
/**
 * Sets the value at `path` (map keys only), creating the maps on the way.
 * Returns the new text; every line outside the edit is kept byte for byte
 * (but an alias the edit goes through or would change, written out in full).
 */
export function setIn(text, path, value) {
    if (path.length === 0)
        throw new Error('setIn needs a path');
    const { bom, result } = withBody(text, (original, eol) => {
        const { text: body, doc } = unshared(original, eol, path);
        return setInDoc({ text: body, eol, version: versionOf(doc) }, doc, path, value);
    });
    return bom + result;
}
function setInDoc(c, doc, path, value) {
    const body = c.text;
    let node = doc.contents;
    let indent = 0;
    let parent;
    for (let i = 0; i < path.length; i++) {
        const key = path[i];
        const last = i === path.length - 1;
        if (isScalar(node) && node.value === null && parent) {
            const nested = nest(path.slice(i), value);
            return parent.flow ? replaceFlowValue(c, parent.pair, nested) : replaceValue(c, parent.pair, parent.indent, parent.key, nested);
        }
        if (!isMap(node))
            throw new Error(`cannot set ${path.join('.')}: ${path.slice(0, i).join('.') || 'the document'} is not a map`);
        if (node.flow) {
            if (node.items.length === 0 && parent && !parent.flow && !FLOW_KEYS.has(parent.key)) {
                return replaceValue(c, parent.pair, parent.indent, parent.key, nest(path.slice(i), value));
            }
            const pair = findPair(node, key);
            if (!pair)
                return insertIntoFlowMap(c, node, key, last ? value : nest(path.slice(i + 1), value));
            if (last || pair.value === null || pair.value === undefined)
                return replaceFlowValue(c, pair, last ? value : nest(path.slice(i + 1), value));
            parent = { pair, indent, key, flow: true };
            node = pair.value;
            continue;
        }
        const itemIndent = node.items.length ? itemColumn(body, (node.items[0]?.key).range[0]) : indent;
        const pair = findPair(node, key);
        if (!pair)
            return insertIntoBlockMap(c, node, itemIndent, path.slice(i), value);
        if (last)
            return replaceValue(c, pair, itemIndent, key, value);
        parent = { pair, indent: itemIndent, key, flow: false };
        indent = itemIndent + 2;
        node = pair.value ?? null;
        if (node === null)
            return replaceValue(c, pair, itemIndent, key, nest(path.slice(i + 1), value));
    }
    throw new Error('unreachable');
}
/** The node at a path of map keys, matching `3:` and `"3":` alike; through an alias on the way when `follow`. */
function nodeAtPath(doc, path, follow = false) {
    const through = (node) => (follow && isAlias(node) ? node.resolve(doc) : node);
    let node = through(doc.contents);
    for (const key of path) {
        if (!isMap(node))
            return undefined;
        node = through(findPair(node, key)?.value ?? undefined);
    }
    return node;
}
/** Whether the data has a key at `path` (through maps only). */
function hasKeyAt(data, path) {
    let at = data;
    for (const key of path) {
        if (!at || typeof at !== 'object' || Array.isArray(at) || !Object.prototype.hasOwnProperty.call(at, key))
            return false;
        at = at[key];
    }
    return true;
}
/** Appends an item to the sequence at `path`, creating it when absent. */
export function appendIn(text, path, item) {
    const { bom, result } = withBody(text, (original, eol) => {
        const { text: body, doc } = unshared(original, eol, path, false, undefined, { entries: path.length, expandLast: false });
        const c = { text: body, eol, version: versionOf(doc) };
        const seq = nodeAtPath(doc, path);
        if (seq === undefined || (isScalar(seq) && seq.value === null))
            return setInDoc(c, doc, path, [item]);
        if (!isSeq(seq))
            throw new Error(`cannot append to ${path.join('.')}: not a list`);
        if (seq.flow && seq.items.length === 0)
            return setInDoc(c, doc, path, [item]);
        if (seq.flow) {
            const end = lastItemEnd(seq.items) ?? seq.range[0] + 1;
            return splice(body, end, end, ', ' + renderFlowItem(item, c.version));
        }
        const indent = columnOf(body, seq.range[0]);
        const block = indentLines(renderBlock([item], c.version), indent, c.eol);
        const { at, prefix } = lineAfterNode(body, seq.range[1]);
        return splice(body, at, at, prefix.replace(/\n/g, c.eol) + block);
    });
    return bom + result;
}
/**
 * Removes the key at `path` (and its value). A map left empty becomes `{}`,
 * so the file stays valid. Absent keys are no change. A key reached through
 * an alias (`"4": *c`, removing `commitments.4.notes`) is removed from a copy:
 * the alias is written out first, so the anchored entry keeps it.
 */
export function deleteIn(text, path) {
    if (path.length === 0)
        throw new Error('deleteIn needs a path');
    const parentPath = path.slice(0, -1);
    const key = path[path.length - 1];
    const { bom, result } = withBody(text, (original, eol) => {
        const parsed = parse(original);
        // Nothing to remove, even through aliases and merges: the text as it is (and nothing written out).
        const there = nodeAtPath(parsed, parentPath, true);
        const explicit = isMap(there) && findPair(there, key) !== undefined;
        if (!explicit && !hasKeyAt(parsed.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), path))
            return original;
        const { text: body, doc } = unshared(original, eol, path, true, parsed, { entries: path.length - 1, expandLast: true });
        const c = { text: body, eol, version: versionOf(doc) };
        // With every alias on the way written out, the key is in the file's own text.
        const map = nodeAtPath(doc, parentPath);
        const pair = isMap(map) ? findPair(map, key) : undefined;
        if (!isMap(map) || !pair)
            throw new Error(`cannot remove ${path.join('.')}: the value shared through an alias could not be written out`);
        if (map.items.length === 1) {
            if (!parentPath.length)
                throw new Error('cannot empty the whole document');
            return setInDoc(c, doc, parentPath, {});
        }
        if (map.flow)
            return deleteFromFlowMap(c, map, pair);
        const keyStart = pair.key.range[0];
        const lineStart = body.lastIndexOf('\n', keyStart - 1) + 1;
        const valueEnd = pair.value?.range?.[1];
        const { at } = valueEnd === undefined ? lineAfter(body, keyStart) : lineAfterNode(body, valueEnd);
        return splice(body, lineStart, at, '');
    });
    return bom + result;
}
