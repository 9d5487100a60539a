import { yaml } from './lazy.js';
/** Options shared by every reader and writer, so round-trips stay faithful. */
export const YAML_OPTIONS = {
    version: '1.2',
    uniqueKeys: true,
    prettyErrors: false,
    keepSourceTokens: false,
};
/** Alias expansion limit: a "billion laughs" file fails fast instead of eating memory. */
export const MAX_ALIAS_COUNT = 100;
export function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
const utf8 = new TextDecoder('utf-8', { fatal: true }); // strips a BOM, throws on bad bytes
/**
 * Bytes to text, strictly: invalid UTF-8 is reported at its first bad byte
 * (line and column counted in characters, as editors do) rather than
 * silently replaced with U+FFFD.
 */
export function decodeUtf8(bytes) {
    try {
        return { text: utf8.decode(bytes) };
    }
    catch {
        const offset = firstInvalidByte(bytes);
        let lineStart = 0;
        let line = 1;
        for (let i = 0; i < offset; i++) {
            if (bytes[i] === 0x0a) {
                line++;
                lineStart = i + 1;
            }
        }
        const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
        return { error: { offset, byte: bytes[offset] ?? 0, line, column: before.length + 1 } };
    }
}
/** Offset of the first byte that breaks UTF-8 (overlongs, surrogates and > U+10FFFF included). */
export function firstInvalidByte(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let lo = 0x80;
        let hi = 0xbf;
        if (b >= 0xc2 && b <= 0xdf)
            need = 1;
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            if (b === 0xe0)
                lo = 0xa0;
            if (b === 0xed)
                hi = 0x9f;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            if (b === 0xf0)
                lo = 0x90;
            if (b === 0xf4)
                hi = 0x8f;
        }
        else
            return i;
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined)
                return i;
            if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf)
                return i;
        }
        i += need + 1;
    }
    return bytes.length;
}
export function parseYaml(file, text) {
    const clean = stripBom(text);
    // logLevel 'error': yaml would otherwise print its own English warnings (e.g. on
    // a mapping used as a key) to stderr; the schema reports such keys anyway.
    // uniqueKeys off: yaml compares every key with every earlier one (quadratic
    // time in a mapping's size, minutes for 80,000 keys); validate/parse.ts finds
    // repeated keys itself, in linear time and by the key's string form, so that
    // `1:` and `"1":` (one key once read into data) are a repeat too.
    return { file, text: clean, doc: yaml().parseDocument(clean, { ...YAML_OPTIONS, uniqueKeys: false, logLevel: 'error' }) };
}
/**
 * How deep collections may nest. Real files nest about 7 levels; past a few
 * hundred, the parser's and the checks' recursion would overflow the stack
 * (10,000 levels fit in 20 KB), so a deeper file is refused with a located
 * finding before any recursive step runs.
 */
export const MAX_DEPTH = 100;
/**
 * Like parseYaml, but the text is first read into yaml's concrete syntax tree
 * (its parser keeps an explicit stack, no recursion) and measured there; only
 * a file within MAX_DEPTH is composed into a Document, from the same tokens.
 */
export function parseYamlBounded(file, text) {
    const clean = stripBom(text);
    const Y = yaml();
    // The lexer first (a stream of strings, no tree): it tells a nesting surely too deep, before the parser
    // would build a tree of it (1 MiB of `[` took 4 s and 950 MB), and whether the tree needs measuring at all.
    const lexed = lexedDepth(new Y.Lexer().lex(clean));
    if (lexed.surelyAt !== undefined)
        return { tooDeep: lexed.surelyAt };
    const tokens = [...new Y.Parser().parse(clean)];
    const deep = lexed.atMost > MAX_DEPTH ? tooDeepAt(tokens) : undefined;
    if (deep !== undefined)
        return { tooDeep: deep };
    const composer = new Y.Composer({ ...YAML_OPTIONS, uniqueKeys: false, logLevel: 'error' });
    let doc;
    for (const d of composer.compose(tokens, true, clean.length)) {
        if (!doc)
            doc = d;
        else {
            // What parseDocument says about a second document, with its code.
            doc.errors.push(new Y.YAMLParseError([d.range[0], d.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
            break;
        }
    }
    return { file, text: clean, doc: doc };
}
/** yaml's lexer tokens that are not source text: document start, scalar start, flow end (cst.js). */
const DOCUMENT = '\x02';
const SCALAR = '\x1f';
const FLOW_END = '\x18';
/**
 * What the lexer's tokens say of the nesting. Brackets nest for certain, and so does each `-` or `?` indicator
 * on a line after another (`- - x`), so their count (outside quotes, as tokens) is a depth the tree has at
 * least: past MAX_DEPTH, `surelyAt` is where. `atMost` bounds the depth from above: a block mapping nests in
 * another only one column further in, and a block sequence may sit at its key's own column (`k:` / `- …`), so
 * each column of indentation holds at most two levels, and each indicator on the line one more; within
 * MAX_DEPTH the tree needs no measuring. An
 * unindented line of a flow map (which the parser, recovering, would nest pair by pair) is neither.
 */
function lexedDepth(tokens) {
    let offset = 0;
    let flow = 0;
    let indicators = 0;
    let indent = 0;
    let lineStart = true;
    let atMost = 0;
    for (const token of tokens) {
        if (token === DOCUMENT || token === SCALAR || token === FLOW_END) {
            if (token !== SCALAR)
                flow = 0;
            continue;
        }
        const first = token[0];
        if (token === '' || first === '\n' || first === '\r') {
            indicators = 0;
            indent = 0;
            lineStart = true;
        }
        else if (first === ' ' && lineStart) {
            indent = token.length;
        }
        else {
            lineStart = false;
            if (token === '[' || token === '{')
                flow++;
            else if ((token === ']' || token === '}') && flow > 0)
                flow--;
            else if ((token === '-' || token === '?') && flow === 0)
                indicators++;
            if (flow + indicators > MAX_DEPTH)
                return { surelyAt: offset, atMost: Infinity };
            atMost = Math.max(atMost, 2 * (indent + 1) + indicators + flow);
        }
        offset += token.length;
    }
    return { atMost };
}
/** Offset of the first collection nested deeper than MAX_DEPTH in yaml's CST, if any; iterative. */
function tooDeepAt(tokens) {
    const stack = tokens.map((t) => [t, 0]);
    while (stack.length > 0) {
        const [token, depth] = stack.pop();
        if (!token || typeof token !== 'object')
            continue;
        const t = token;
        let level = depth;
        if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
            level = depth + 1;
            if (level > MAX_DEPTH)
                return t.offset ?? 0;
        }
        if (t.type === 'document')
            stack.push([t.value, level]);
        for (const item of t.items ?? []) {
            stack.push([item.key, level], [item.value, level]);
        }
    }
    return undefined;
}
/** Offsets where each line starts, for the last text asked about (findings come file by file). */
let indexed;
function lineStarts(text) {
    if (indexed?.text === text)
        return indexed.starts;
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    indexed = { text, starts };
    return starts;
}
/** 1-based line and column of a character offset (a binary search: many findings cost no more than one read of the text). */
export function lineCol(text, offset) {
    const end = Math.min(Math.max(offset, 0), text.length);
    const starts = lineStarts(text);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= end)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: end - starts[lo] + 1 };
}
/**
 * Bytes to text as a text file must be: strict UTF-8 (decodeUtf8), and no NUL, which is UTF-8 but never YAML or
 * CSV text (a UTF-16 file saved without its byte-order mark, or a binary one). `validate` and `set --answers`
 * read their files through it, so both refuse the same bytes at the same place.
 */
export function decodeText(bytes) {
    const decoded = decodeUtf8(bytes);
    if ('error' in decoded) {
        const { line, column, byte } = decoded.error;
        return { problem: { kind: 'invalid-utf8', byte: byte.toString(16).toUpperCase().padStart(2, '0'), line, column } };
    }
    const nul = decoded.text.indexOf('\0');
    return nul === -1 ? decoded : { problem: { kind: 'nul', ...lineCol(decoded.text, nul) } };
}
/**
 * The node at a data path, and the key node that introduced it (for "unknown
 * key" findings the key is the thing to point at). Map keys are matched by
 * their string form, so `3:` and `"3":` both answer to "3".
 */
export function nodeAt(doc, path) {
    let node = doc.contents;
    let key;
    for (const step of path) {
        if (yaml().isMap(node)) {
            const pair = pairsOf(node).get(String(step));
            if (!pair)
                return { node: node, key };
            key = pair.key;
            node = pair.value;
            if (node === null || node === undefined)
                return { node: key, key };
        }
        else if (yaml().isSeq(node) && /^\d+$/.test(String(step))) {
            const item = node.items[Number(step)];
            if (item === undefined)
                return { node: node, key };
            key = undefined;
            node = item;
        }
        else {
            break;
        }
    }
    return { node: node, key };
}
/** A mapping's pairs by the string form of their scalar keys (the first of repeats), built once per mapping. */
const pairIndex = new WeakMap();
function pairsOf(map) {
    let index = pairIndex.get(map);
    if (!index) {
        index = new Map();
        for (const p of map.items) {
            if (!yaml().isScalar(p.key))
                continue;
            const id = String(p.key.value);
            if (!index.has(id))
                index.set(id, p);
        }
        pairIndex.set(map, index);
    }
    return index;
}
/** Location of a path: the value, or with `onKey` its key; falls back to the nearest parent. */
export function locate(src, path, onKey = false) {
    const { node, key } = nodeAt(src.doc, path);
    const target = (onKey && key) || node;
    const range = target?.range ?? [0, 0, 0];
    const start = lineCol(src.text, range[0]);
    const end = lineCol(src.text, range[1]);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
