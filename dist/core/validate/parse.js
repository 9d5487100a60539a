import { yaml } from '../yaml/lazy.js';
import { decodeText, lineCol, MAX_ALIAS_COUNT, MAX_DEPTH, parseYamlBounded, stripBom } from '../yaml/source.js';
import { structureFindings, undefinedAlias } from './structure.js';
/** One file may not exceed this: assessments are a few kilobytes; more is a mistake or an attack. */
export const MAX_FILE_BYTES = 1024 * 1024;
const SYNTAX_MESSAGES = {
    MULTIPLE_DOCS: 'yamlMultiDoc',
    TAB_AS_INDENT: 'yamlTab',
    BAD_INDENT: 'yamlIndent',
    MULTILINE_IMPLICIT_KEY: 'yamlImplicitKey',
    BLOCK_AS_IMPLICIT_KEY: 'yamlImplicitKey',
};
/** Our own words for yaml's error, chosen by its code and, where one code covers several cases, its text. */
function syntaxKey(code, message) {
    if (/quote/i.test(message))
        return 'yamlMissingQuote';
    // An unclosed [ or { reads as bad indentation to the parser; say what it is.
    if (/end with a [\]}]|flow (sequence|map|collection)/i.test(message))
        return 'yamlMissingChar';
    if (/without - indicator/.test(message))
        return 'yamlIndent';
    return SYNTAX_MESSAGES[code];
}
export function decode(bytes, r) {
    if (bytes.length > MAX_FILE_BYTES) {
        r.atLine(1, 1, 'file-too-large', r.msg('tooLarge', { size: bytes.length, max: MAX_FILE_BYTES }));
        return undefined;
    }
    // Not UTF-8, or a NUL (a UTF-16 file without its byte-order mark, a binary one), which would otherwise read as
    // one odd string ("expected a mapping, found text"): both located, under one rule.
    const decoded = decodeText(bytes);
    if ('problem' in decoded) {
        const p = decoded.problem;
        r.atLine(p.line, p.column, 'invalid-utf8', p.kind === 'nul' ? r.msg('nulByte') : r.msg('invalidUtf8', { byte: p.byte }));
        return undefined;
    }
    return decoded.text;
}
export function parse(text, r) {
    // In bytes, as the file is read from disk (decode above): a text about to be written (merge's result)
    // is judged as `validate` will judge the file, though an accented letter is one character and two bytes.
    const size = Buffer.byteLength(text);
    if (size > MAX_FILE_BYTES) {
        r.atLine(1, 1, 'file-too-large', r.msg('tooLarge', { size, max: MAX_FILE_BYTES }));
        return undefined;
    }
    const bounded = parseYamlBounded(r.file, text);
    if ('tooDeep' in bounded) {
        const { line, column } = lineCol(stripBom(text), bounded.tooDeep);
        r.atLine(line, column, 'too-deep', r.msg('tooDeep', { max: MAX_DEPTH }));
        return undefined;
    }
    const src = bounded;
    r.src = src;
    const fatal = src.doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
    for (const e of fatal) {
        const key = syntaxKey(e.code, e.message);
        const detail = key ? r.t(key) : r.t('yamlOther', { detail: e.message.split('\n')[0] ?? e.code, code: e.code });
        const offset = e.code === 'MISSING_CHAR' && /quote/.test(e.message) ? openingQuote(src.doc, e.pos[0]) ?? e.pos[0] : e.pos[0];
        r.atOffset(offset, 'yaml-syntax', r.msg('yamlSyntax', { detail }));
    }
    if (fatal.length > 0)
        return undefined;
    if (structureFindings(src, r))
        return undefined; // repeated keys included
    const root = src.doc.contents;
    if (root === null || (yaml().isScalar(root) && (root.value === null || root.value === '') && text.trim() === '')) {
        r.atLine(1, 1, 'empty-file', r.msg('emptyFile'));
        return undefined;
    }
    if (!yaml().isMap(root)) {
        const found = yaml().isSeq(root) ? r.t('tArray') : yaml().isScalar(root) && root.value === null ? r.t('tNull') : yaml().isScalar(root) ? r.t(scalarKind(root.value)) : r.t('tObject');
        r.at([], 'not-a-mapping', r.msg('notMapping', { found }));
        return undefined;
    }
    let data;
    try {
        // yaml counts the anchored node's own use with its aliases' (100 aliases of a scalar make 101): + 1 so the
        // limit is MAX_ALIAS_COUNT expansions, as the finding says.
        data = src.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT + 1 });
    }
    catch {
        // An alias to nothing is a mistake to name as such, not an alias bomb.
        const missing = undefinedAlias(src.doc);
        if (missing)
            r.atOffset(missing.range?.[0] ?? 0, 'yaml-syntax', r.msg('yamlSyntax', { detail: r.t('undefinedAlias', { name: missing.source }) }));
        else
            r.atOffset(firstAlias(src.doc)?.range?.[0] ?? 0, 'yaml-alias-limit', r.msg('aliasLimit', { max: MAX_ALIAS_COUNT }));
        return undefined;
    }
    return { src, data: data };
}
/** An unclosed quote is reported where it opens, not at the end of the file it swallowed. */
function openingQuote(doc, end) {
    let start;
    yaml().visit(doc, {
        Scalar(_, node) {
            if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && node.range[1] >= end - 1 && node.range[0] < end) {
                start = node.range[0];
                return yaml().visit.BREAK;
            }
            return undefined;
        },
    });
    return start;
}
function scalarKind(value) {
    return typeof value === 'number' ? 'tNumber' : typeof value === 'boolean' ? 'tBoolean' : 'tString';
}
function firstAlias(doc) {
    let found;
    yaml().visit(doc, {
        Alias(_, node) {
            found = node;
            return yaml().visit.BREAK;
        },
    });
    return found;
}
export { rewrittenNumber } from './structure.js';
