// ODD_NUMERAL and COMPLEX_KEY of the fast pass's pre-scan (fast.ts), asked as
// one question (issue 11). Each begins with `^` under the `m` flag, which V8
// tries at every offset of the text: the two cost about a tenth of a js-yaml
// load per file. Here a line's start is the line break before it (and the
// text's start is asked apart), so every branch begins with a character V8
// can look for, and both are answered in one scan: about half the time, the
// same answer. test/core/validate/prescan.test.ts compares oddToken() with
// `ODD_NUMERAL.test(t) || COMPLEX_KEY.test(t)` on every fixture, the hostile
// corpus, the YAML test suite and random texts.
/** The two regexes it stands for, kept as the reference the test compares with. */
export const ODD_NUMERAL = /(?:^[ \t]*|[:?-][ \t]+|[[{,][ \t]*)[-+]?(?:0[0-9a-zA-Z_]|[0-9][0-9_.]*[eE]|[0-9]+_|\.[0-9]|\.(?:inf|Inf|INF|nan|NaN|NAN)|\+)/m;
export const COMPLEX_KEY = /^[ \t]*(?:[-?][ \t]+)*[[{?]|[[{,][ \t]*[[{?]|:[ \t]+\?(?:[ \t]|$)/m;
/** ODD_NUMERAL after its prefix. */
const NUMERAL = String.raw `[-+]?(?:0[0-9a-zA-Z_]|[0-9][0-9_.]*[eE]|[0-9]+_|\.[0-9]|\.(?:inf|Inf|INF|nan|NaN|NAN)|\+)`;
/** What `^` follows under the `m` flag: a line terminator. */
const BREAK = String.raw `[\n\r\u2028\u2029]`;
/**
 * Both regexes but at the text's start: COMPLEX_KEY's three branches, then
 * ODD_NUMERAL with `^[ \t]*`, `[:?-][ \t]+` and `[[{,][ \t]*` written as one
 * character then `[ \t]*`. `m` stays for COMPLEX_KEY's `$`.
 */
const TOKEN = new RegExp(String.raw `${BREAK}[ \t]*(?:[-?][ \t]+)*[[{?]|[[{,][ \t]*[[{?]|:[ \t]+\?(?:[ \t]|$)|(?:${BREAK}|[[{,]|[:?-][ \t])[ \t]*${NUMERAL}`, 'm');
/** Both at the text's start (no `m`: `^` is the start only). */
const TOKEN_AT_START = new RegExp(String.raw `^[ \t]*(?:(?:[-?][ \t]+)*[[{?]|${NUMERAL})`);
/** Whether ODD_NUMERAL or COMPLEX_KEY would match anywhere in `text`. */
export function oddToken(text) {
    return TOKEN_AT_START.test(text) || TOKEN.test(text);
}
