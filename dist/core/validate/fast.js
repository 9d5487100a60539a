// A fast first pass for clean files. The `yaml` package (YAML 1.2 with
// positions, comments and exact errors) parses several times slower than
// js-yaml, and most files in a CI run have nothing to report. So `validate`
// first reads a file with js-yaml's YAML 1.2 core schema and runs every
// check; only if anything at all is found, or if the text holds something
// on which the two parsers could disagree, is the file read again by `yaml`
// for the exact, located findings. A clean verdict from this pass is
// therefore only given where both parsers read the same data; a test
// (test/core/validate/units.test.ts) checks that on every fixture.
import jsyaml from 'js-yaml';
import { MAX_DEPTH } from '../yaml/source.js';
import { oddToken } from './token-scan.js';
import { readCommon } from './fast-yaml.js';
/**
 * Constructs on which we do not trust the two parsers to agree, or which only
 * the exact pass reports: anchors and aliases (js-yaml has no alias-count
 * limit), tags, directives and document markers, a `#` right after a
 * closing bracket or quote, tabs, a CR without LF, merge keys, `__proto__`,
 * and numerals that do not read back as written (`1.10`, `01`, `0x1F`,
 * `1_000`, `1e3`).
 */
export const RISKY = /(?:^|[\s[{,])(?:[*&!][^\s,[\]{}]|<<)|^(?:%|---|\.\.\.)|[\]}"']#|\t|\r(?!\n)|__proto__/m;
/**
 * RISKY's branches, cheapest first: a regex whose first character may be
 * any space is tried at nearly every offset of a file, while a plain
 * character class or an indexOf skips ahead (4–5× less time on a typical
 * assessment). The anchor/alias/tag branch runs only when one of its
 * characters occurs at all, and only where a node can start (NODE_PROPERTY).
 * test/core/validate/prescan.test.ts checks that every other branch agrees with
 * RISKY and that every real anchor, alias, tag and `<<` key is caught.
 */
export function risky(text) {
    return text.includes('\t') || text.includes('__proto__') || (text.includes('\r') && CR_ALONE.test(text)) || QUOTE_HASH.test(text) ||
        marker(text) || (nodePropertyChar(text) && NODE_PROPERTY.test(text));
}
const CR_ALONE = /\r(?!\n)/;
const QUOTE_HASH = /[\]}"']#/;
/**
 * RISKY's `^(?:%|---|\.\.\.)` under the `m` flag, with `^` written as the text's
 * start or a line terminator: a regex beginning with `^` is tried at every
 * offset, one beginning with a character class only where that character is.
 */
const MARKER_AFTER_BREAK = /[\n\r\u2028\u2029](?:%|---|\.\.\.)/;
function marker(text) {
    return text.startsWith('%') || text.startsWith('---') || text.startsWith('...') || MARKER_AFTER_BREAK.test(text);
}
/** `[*&!<]` anywhere, as four searches for one character (several times faster than the class on a whole file). */
function nodePropertyChar(text) {
    return text.includes('*') || text.includes('&') || text.includes('!') || text.includes('<');
}
/**
 * An anchor, alias or tag (or a `<<` key) where a node can start: at a line's
 * start or after `:`, `?` or `-` and any spaces, or after a `[` or `{` on the
 * same line (a flow collection never spans lines on this pass: scanLines)
 * where the old rule applied (after a space, `,`, `[` or `{`). Anywhere
 * else (`held its **second** LAB` in a review's Markdown, inside quotes, in
 * a comment) a `*`, `&` or `!` is text to both parsers, so it no longer
 * sends the file to the exact pass, which loads the `yaml` package for it.
 */
const NODE_PROPERTY = /(?:^\s*|[:?-]\s*|[[{](?:[^\n\r]*[\s,[{])?)(?:[*&!][^\s,[\]{}]|<<)/m;
/** A digit or `_` right before a `.`: without one, neither ODD_KEY nor WHOLE_DECIMAL can match (each needs `[0-9][0-9_]*\.`). */
export const DIGIT_DOT = /[0-9_]\./;
/**
 * A numeral standing as a whole key or value (after a line's indent, `: `,
 * `- `, `? `, `[`, `{` or `,`) that would not read back the same in both
 * parsers (leading zero or radix prefix, an exponent, a leading `+` or `.`,
 * underscores, .inf/.nan), or a key that is a list or a mapping
 * (`[country]: ZZ`, `? [a]`: js-yaml joins it into text, yaml keeps the
 * collection; the exact pass refuses it): ODD_NUMERAL and COMPLEX_KEY, found
 * in one walk (token-scan.ts). Errs on the side of caution: a false alarm only
 * costs the exact pass.
 */
export { ODD_NUMERAL, COMPLEX_KEY } from './token-scan.js';
/**
 * A decimal that does not read back as written (`1.10`, `2.`) where it can be
 * a key, i.e. anywhere but after `: `. As a key it would become another id
 * (the numeric-id rule); as a value (`40.0` in a benchmark) both parsers read
 * the same number, so it stays on the fast pass.
 */
export const ODD_KEY = /(?:^[ \t]*|[?-][ \t]+|[[{,][ \t]*)[-+]?(?:[0-9][0-9_]*\.[0-9_]*0|[0-9][0-9_]*\.)(?=[ \t]*(?:[:,\]}#\r\n]|$))/m;
/**
 * A number written with a decimal point but no fraction, or only zeros after
 * it (`5.`, `5.0`): both parsers read a whole number, but as a score it is
 * not written as one, which only the exact pass, holding the source, can say.
 * Only assessments hold scores; a benchmark's `40.0` stays on this pass.
 */
export const WHOLE_DECIMAL = /(?:^[ \t]*|[:?-][ \t]+|[[{,][ \t]*)[-+]?[0-9]+\.0*(?=[ \t]*(?:[,\]}#\r\n]|$))/m;
/**
 * A decimal numeral of 16 digits or more (`4.9999999999999999`, `5.00000000000000001`, `3.0000000000000001:`):
 * a double holds about 16 significant digits, so it may read as a whole number (5, key 3) although written with
 * a fraction, which as a score or an id only the exact pass, holding the source, can refuse. Anywhere in the
 * text (a long decimal is rare in a c21lab file): the cost of a false alarm is one exact pass.
 */
export function longDecimal(text) {
    for (const [numeral] of text.matchAll(/[0-9][0-9_]*\.[0-9][0-9_]*/g)) {
        if (numeral.replace(/_/g, '').length >= 17)
            return true; // 16 digits and the point
    }
    return false;
}
export function mayDisagree(text) {
    return risky(text) || oddToken(text) || (DIGIT_DOT.test(text) && (ODD_KEY.test(text) || longDecimal(text))) || longKey(text) || scanLines(text).risky || emptyEntry(text);
}
/**
 * A line that is only a sequence entry with nothing in it (`-`, `- -`, `- # note`): js-yaml then takes the
 * less indented `- …` lines after it into the inner sequence (`a:\n- -\n- x` reads [[null, "x"]], yaml
 * [[null], "x"]) and accepts texts yaml refuses, so such a file is not judged on js-yaml's reading. The
 * common-subset reader (fast-yaml.ts) reads it as yaml does; this guards the js-yaml fallback.
 */
const EMPTY_ENTRY_AT_START = /^[ ]*(?:-[ ]+)*-[ ]*(?:#[^\n\r]*)?(?:[\n\r]|$)/;
const EMPTY_ENTRY = /[\n\r][ ]*(?:-[ ]+)*-[ ]*(?:#[^\n\r]*)?(?:[\n\r]|$)/;
export function emptyEntry(text) {
    return EMPTY_ENTRY_AT_START.test(text) || EMPTY_ENTRY.test(text);
}
/**
 * A line long enough to hold an implicit key over 1,024 characters, which
 * YAML forbids (yaml refuses it, js-yaml does not): any line over 1,024
 * characters with a `:` past column 1,000 goes to the exact pass.
 */
function longKey(text) {
    let start = 0;
    while (start < text.length) {
        let end = text.indexOf('\n', start);
        if (end === -1)
            end = text.length;
        if (end - start > 1024 && text.indexOf(':', start + 1000) !== -1 && text.indexOf(':', start + 1000) < end)
            return true;
        start = end + 1;
    }
    return false;
}
/**
 * A `{ … }` or `[ … ]` that spans lines: js-yaml accepts continuation lines
 * that YAML requires to be indented further, `yaml` does not. Any line whose
 * brackets do not balance counts (brackets in text only cause a false alarm).
 * Also brackets nested deeper than MAX_DEPTH, or a line of more than
 * MAX_DEPTH / 2 compact `- ` items: js-yaml would recurse into them, and
 * the exact pass refuses such nesting with a located finding anyway. Also
 * says whether the text is `shallow`: no line indented or bracketed enough to
 * come near MAX_DEPTH, so the data need not be measured after reading.
 */
function scanLines(text) {
    let depth = 0;
    let dashes = 0;
    let deepest = 0;
    let indent = 0;
    let atIndent = true;
    let shallow = true;
    const risky = { risky: true, shallow: false };
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x20 && atIndent) {
            indent++;
            continue;
        }
        atIndent = false;
        if (c === 0x7b || c === 0x5b) {
            if (++depth > MAX_DEPTH)
                return risky; // { [
            if (depth > deepest)
                deepest = depth;
        }
        else if (c === 0x7d || c === 0x5d)
            depth--; // } ]
        else if (c === 0x2d && text.charCodeAt(i + 1) === 0x20) {
            if (++dashes > MAX_DEPTH / 2)
                return risky; // "- "
        }
        else if (c === 0x0a) {
            if (depth !== 0)
                return risky;
            // Each block level needs more indentation (a sequence may share its key's), so this bounds the line's depth.
            if (2 * indent + dashes + deepest + 3 > MAX_DEPTH)
                shallow = false;
            dashes = 0;
            deepest = 0;
            indent = 0;
            atIndent = true;
        }
    }
    if (2 * indent + dashes + deepest + 3 > MAX_DEPTH)
        shallow = false;
    return { risky: depth !== 0, shallow };
}
/** The file's data when the fast pass may judge it; undefined to go straight to the exact pass. */
export function fastRead(text, events) {
    if (risky(text) || longKey(text))
        return undefined;
    try {
        // The common shape of a c21lab file is read without js-yaml, to the same data (fast-yaml.ts). What scanLines
        // guards against cannot be in what it reads: it takes no flow collection spanning lines, no key longer than
        // yaml allows, and no data nested deeper than MAX_DEPTH. Nor can ODD_NUMERAL, ODD_KEY, longDecimal, WHOLE_DECIMAL or
        // COMPLEX_KEY find anything the parsers read apart when it met no plain scalar spelt like a number other than
        // a plain integer (`seen.numerals`), and it takes no complex key: they run only when it did, or did not read.
        const seen = { numerals: true };
        let data = readCommon(text, events, seen);
        let shallow = true;
        if (seen.numerals && (oddToken(text) || (DIGIT_DOT.test(text) && (ODD_KEY.test(text) || longDecimal(text)))))
            return undefined;
        if (data === undefined) {
            const lines = scanLines(text);
            if (lines.risky || emptyEntry(text))
                return undefined;
            shallow = lines.shallow;
            const options = { schema: jsyaml.CORE_SCHEMA, json: false, ...(events ? { listener: events.listener } : {}) };
            data = jsyaml.load(text, options);
        }
        if (typeof data !== 'object' || data === null || Array.isArray(data))
            return undefined;
        if (seen.numerals && data.c21lab === 'assessment/1' && DIGIT_DOT.test(text) && WHOLE_DECIMAL.test(text))
            return undefined;
        // The exact pass refuses data nested deeper than MAX_DEPTH; so must this one.
        return shallow || withinDepth(data) ? data : undefined;
    }
    catch {
        return undefined;
    }
}
/** True when no collection in the data lies deeper than MAX_DEPTH (counted as the exact pass counts; iterative). */
function withinDepth(data) {
    const stack = [[data, 1]];
    while (stack.length > 0) {
        const [value, depth] = stack.pop();
        if (depth > MAX_DEPTH)
            return false;
        for (const child of Object.values(value)) {
            if (typeof child === 'object' && child !== null)
                stack.push([child, depth + 1]);
        }
    }
    return true;
}
