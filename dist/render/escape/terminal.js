// Text from files shown on a terminal or in a CI log: every character that a
// terminal or a log viewer would act on instead of showing is written as a
// visible escape, so a city cannot clear the screen, set the clipboard
// (OSC 52), retitle the window, or forge extra `file:line:col error …` lines.
//
// - C0 controls and DEL: `\n`, `\r`, `\t`, else `\u001b` style;
// - C1 controls (U+0080–U+009F: U+009B is a one-byte CSI on some terminals);
// - line and paragraph separators (U+2028, U+2029), which some viewers break on;
// - bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069),
//   which can make a line read other than it is ("Trojan Source").
// Everything else, accents and other scripts included, is shown as written.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function shown(c) {
    return NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
/** One line, safe to print: controls and separators made visible. */
export function visible(text) {
    return String(text ?? '').replace(UNSAFE, shown);
}
/**
 * A file's name at the head of a `file:line:col` line: made visible, and when the name itself holds a `:`
 * (a file a pull request named `ok.yaml:1:1 error …; x.yaml`), its `%` and `:` written `%25` and `%3A` (as
 * GitHub's workflow commands write them), so no reader of the line takes part of the name for a location. A
 * Windows drive's colon (`C:\…`) is kept.
 */
export function visibleFile(path) {
    const text = visible(path);
    const drive = /^[A-Za-z]:[\\/]/.test(text) ? text.slice(0, 2) : '';
    const rest = text.slice(drive.length);
    return rest.includes(':') ? drive + rest.replace(/%/g, '%25').replace(/:/g, '%3A') : text;
}
/** Whether `visible` would change the text. */
export function hasUnsafe(text) {
    UNSAFE.lastIndex = 0;
    const found = UNSAFE.test(text);
    UNSAFE.lastIndex = 0;
    return found;
}
/** Several lines (a description, notes): line breaks kept, every other control made visible. */
export function visibleLines(text) {
    return String(text ?? '')
        .split(/\r?\n/)
        .map(visible)
        .join('\n');
}
