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
    return { file, text: clean, doc: yaml().parseDocument(clean, { ...YAML_OPTIONS, logLevel: 'error' }) };
}
/** 1-based line and column of a character offset. */
export function lineCol(text, offset) {
    let line = 1;
    let start = 0;
    const end = Math.min(Math.max(offset, 0), text.length);
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
        line++;
        start = i + 1;
    }
    return { line, column: end - start + 1 };
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
            const pair = node.items.find((p) => yaml().isScalar(p.key) && String(p.key.value) === String(step));
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
/** Location of a path: the value, or with `onKey` its key; falls back to the nearest parent. */
export function locate(src, path, onKey = false) {
    const { node, key } = nodeAt(src.doc, path);
    const target = (onKey && key) || node;
    const range = target?.range ?? [0, 0, 0];
    const start = lineCol(src.text, range[0]);
    const end = lineCol(src.text, range[1]);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
