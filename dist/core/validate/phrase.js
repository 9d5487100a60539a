export function phrase(key, params) {
    return params ? { key, params } : { key };
}
export function seq(...parts) {
    return { seq: parts };
}
/** Parts joined by a separator, as one phrase (`a / b / c`). */
export function joined(parts, sep) {
    if (parts.length === 1)
        return parts[0];
    const out = [];
    parts.forEach((p, i) => (i === 0 ? out.push(p) : out.push(sep, p)));
    return { seq: out };
}
/** A phrase with "; did you mean …?" after it, when there is a suggestion. */
export function withHint(p, suggestion) {
    return suggestion === undefined ? p : seq(p, phrase('hintSep'), phrase('didYouMean', { suggestion }));
}
/** A key that is the same for two phrases exactly when they word the same in every language (one problem found twice is reported once). */
export function phraseId(p) {
    return typeof p === 'object' ? JSON.stringify(p) : String(p);
}
