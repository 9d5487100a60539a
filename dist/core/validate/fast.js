// A fast first pass for clean files. The `yaml` package (YAML 1.2 with
// positions, comments and exact errors) parses several times slower than
// js-yaml, and most files in a CI run have nothing to report. So `validate`
// first reads a file with js-yaml's YAML 1.2 core schema and runs every
// check; only if anything at all is found, or if the text holds something
// on which the two parsers could disagree, is the file read again by `yaml`
// for the exact, located findings. A clean verdict from this pass is
// therefore only given where both parsers read the same data; a test
// (test/validate/units.test.ts) checks that on every fixture.
import jsyaml from 'js-yaml';
/**
 * Constructs on which we do not trust the two parsers to agree, or which only
 * the exact pass reports: anchors and aliases (js-yaml has no alias-count
 * limit), tags, directives and document markers, a `#` right after a
 * closing bracket or quote, tabs, a CR without LF, merge keys, `__proto__`,
 * and numerals that do not read back as written (`1.10`, `01`, `0x1F`,
 * `1_000`, `1e3`).
 */
const RISKY = /(?:^|[\s[{,])(?:[*&!][^\s,[\]{}]|<<)|^(?:%|---|\.\.\.)|[\]}"']#|\t|\r(?!\n)|__proto__/m;
/**
 * A numeral standing as a whole key or value (after a line's indent, `: `,
 * `- `, `? `, `[`, `{` or `,`) that would not read back the same in both
 * parsers: leading zero or radix prefix, an exponent, a leading `+` or `.`,
 * underscores, .inf/.nan. Errs on the side of caution: a false alarm only
 * costs the exact pass.
 */
const ODD_NUMERAL = /(?:^[ \t]*|[:?-][ \t]+|[[{,][ \t]*)[-+]?(?:0[0-9a-zA-Z_]|[0-9][0-9_.]*[eE]|[0-9]+_|\.[0-9]|\.(?:inf|Inf|INF|nan|NaN|NAN)|\+)/m;
/**
 * A decimal that does not read back as written (`1.10`, `2.`) where it can be
 * a key, i.e. anywhere but after `: `. As a key it would become another id
 * (the numeric-id rule); as a value (`40.0` in a benchmark) both parsers read
 * the same number, so it stays on the fast pass.
 */
const ODD_KEY = /(?:^[ \t]*|[?-][ \t]+|[[{,][ \t]*)[-+]?(?:[0-9][0-9_]*\.[0-9_]*0|[0-9][0-9_]*\.)(?=[ \t]*(?:[:,\]}#\r\n]|$))/m;
export function mayDisagree(text) {
    return RISKY.test(text) || ODD_NUMERAL.test(text) || ODD_KEY.test(text) || multiLineFlow(text);
}
/**
 * A `{ … }` or `[ … ]` that spans lines: js-yaml accepts continuation lines
 * that YAML requires to be indented further, `yaml` does not. Any line whose
 * brackets do not balance counts (brackets in text only cause a false alarm).
 */
function multiLineFlow(text) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x7b || c === 0x5b)
            depth++; // { [
        else if (c === 0x7d || c === 0x5d)
            depth--; // } ]
        else if (c === 0x0a) {
            if (depth !== 0)
                return true;
        }
    }
    return depth !== 0;
}
/** The file's data when the fast pass may judge it; undefined to go straight to the exact pass. */
export function fastRead(text) {
    if (mayDisagree(text))
        return undefined;
    try {
        const data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, json: false });
        return typeof data === 'object' && data !== null && !Array.isArray(data) ? data : undefined;
    }
    catch {
        return undefined;
    }
}
