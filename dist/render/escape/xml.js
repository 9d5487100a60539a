// XML 1.0 output (JUnit, SVG charts): text is escaped for markup, and the
// characters XML 1.0 forbids — C0 controls other than tab, LF and CR, lone
// surrogates, U+FFFE and U+FFFF — are never written: each becomes U+FFFD, so
// a control character in a city name cannot make the file unreadable.
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Any character INVALID could match (surrogates whether paired or not): one cheap scan, since almost no text has one. */
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;
/** Replaces the characters XML 1.0 forbids; markup is left as it is (for a whole document). */
export function xmlValidChars(text) {
    // The lookarounds make INVALID slow over a whole chart's SVG; the replace runs only where it can change something.
    return SUSPECT.test(text) ? text.replace(INVALID, '\uFFFD') : text;
}
/** Text for an XML element or a quoted attribute. */
export function xmlEscape(s) {
    return xmlValidChars(s)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
}
