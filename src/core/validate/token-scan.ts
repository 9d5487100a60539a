// ODD_NUMERAL and COMPLEX_KEY of the fast pass's pre-scan (fast.ts) in one
// walk over the text (issue 11). As regexes they cost about a tenth of a
// js-yaml load per file: both may start at every line start, after every
// `:`, `,`, `-` and bracket, and V8 tries them at nearly every offset. This
// walk visits each character once and tests the numeral only where a node
// can start. It answers exactly as `ODD_NUMERAL.test(t) || COMPLEX_KEY.test(t)`
// (test/core/validate/prescan.test.ts compares them on every fixture, the
// hostile corpus, the YAML test suite and random texts).

/** The two regexes it stands for, kept as the reference the test compares with. */
export const ODD_NUMERAL =
  /(?:^[ \t]*|[:?-][ \t]+|[[{,][ \t]*)[-+]?(?:0[0-9a-zA-Z_]|[0-9][0-9_.]*[eE]|[0-9]+_|\.[0-9]|\.(?:inf|Inf|INF|nan|NaN|NAN)|\+)/m;
export const COMPLEX_KEY = /^[ \t]*(?:[-?][ \t]+)*[[{?]|[[{,][ \t]*[[{?]|:[ \t]+\?(?:[ \t]|$)/m;

const SPACE = 0x20;
const TAB = 0x09;
const DASH = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const QUESTION = 0x3f;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_SQUARE = 0x5b;
const OPEN_CURLY = 0x7b;
const UNDERSCORE = 0x5f;

/** A line terminator as `^` and `$` know them under the `m` flag. */
function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isWord(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === UNDERSCORE;
}

/** `[eE]`. */
function isExponent(c: number): boolean {
  return c === 0x45 || c === 0x65;
}

const SPECIALS = ['inf', 'Inf', 'INF', 'nan', 'NaN', 'NAN'];

/** ODD_NUMERAL's part after its prefix, at `i`: `[-+]?(?:0[0-9a-zA-Z_]|[0-9][0-9_.]*[eE]|[0-9]+_|\.[0-9]|\.(?:inf|…)|\+)`. */
function oddNumeralAt(text: string, i: number): boolean {
  let c = text.charCodeAt(i);
  if (c === PLUS) return true; // `\+`, or a sign before what follows: the `+` alone already matches
  if (c === DASH) {
    c = text.charCodeAt(++i);
    if (c === PLUS) return true;
  }
  if (isDigit(c)) {
    if (c === 0x30 && isWord(text.charCodeAt(i + 1))) return true;
    let j = i + 1;
    for (let d = text.charCodeAt(j); isDigit(d) || d === UNDERSCORE || d === DOT; d = text.charCodeAt(++j));
    if (isExponent(text.charCodeAt(j))) return true; // a backtrack stops on [0-9_.], never on [eE]
    let k = i + 1;
    while (isDigit(text.charCodeAt(k))) k++;
    return text.charCodeAt(k) === UNDERSCORE;
  }
  if (c === DOT) {
    if (isDigit(text.charCodeAt(i + 1))) return true;
    for (const s of SPECIALS) if (text.startsWith(s, i + 1)) return true;
  }
  return false;
}

/** Past `[ \t]*` from `i`. */
function skipBlanks(text: string, i: number): number {
  while (isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** Whether ODD_NUMERAL or COMPLEX_KEY would match anywhere in `text`. */
export function oddToken(text: string): boolean {
  const n = text.length;
  let lineStart = true;
  for (let p = 0; p <= n; p++) {
    if (lineStart) {
      lineStart = false;
      // `^[ \t]*` then a numeral; `^[ \t]*(?:[-?][ \t]+)*[[{?]`.
      const q = skipBlanks(text, p);
      if (oddNumeralAt(text, q)) return true;
      for (let k = q; ; ) {
        const c = text.charCodeAt(k);
        if (c === OPEN_SQUARE || c === OPEN_CURLY || c === QUESTION) return true;
        if (c !== DASH || !isBlank(text.charCodeAt(k + 1))) break;
        k = skipBlanks(text, k + 1);
      }
    }
    if (p === n) break;
    const c = text.charCodeAt(p);
    if (isBreak(c)) {
      lineStart = true;
    } else if (c === COLON || c === QUESTION || c === DASH) {
      // `[:?-][ \t]+` then a numeral; `:[ \t]+\?(?:[ \t]|$)`. Fewer blanks than the whole run leave a blank next, which starts neither.
      if (!isBlank(text.charCodeAt(p + 1))) continue;
      const q = skipBlanks(text, p + 1);
      if (oddNumeralAt(text, q)) return true;
      if (c === COLON && text.charCodeAt(q) === QUESTION) {
        const after = text.charCodeAt(q + 1);
        if (q + 1 >= n || isBlank(after) || isBreak(after)) return true;
      }
    } else if (c === OPEN_SQUARE || c === OPEN_CURLY || c === COMMA) {
      // `[[{,][ \t]*` then a numeral; `[[{,][ \t]*[[{?]`.
      const q = skipBlanks(text, p + 1);
      if (oddNumeralAt(text, q)) return true;
      const d = text.charCodeAt(q);
      if (d === OPEN_SQUARE || d === OPEN_CURLY || d === QUESTION) return true;
    }
  }
  return false;
}
