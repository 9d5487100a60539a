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
/** Ids in a message: a short list, capped so a line stays readable (as i18n/values.ts words it for set and the room). */
function idList(ids, max = 12) {
    if (ids.length === 0)
        return { values: 'none' };
    return (ids.length > max ? [...ids.slice(0, max), '…'] : ids).join(', ');
}
/** A refused item id as a phrase: the same words as i18n/values.ts's itemIdMessage gives set, assess and the room. */
export function itemIdPhrase(p) {
    const ids = idList(p.ids);
    if (p.reason === 'empty')
        return { values: 'itemEmpty', params: { framework: p.framework, ids } };
    const key = p.scope === 'action' ? 'unknownAction' : p.scope === 'item' ? 'unknownItem' : 'unknownCommitment';
    return withHint({ values: key, params: { id: p.text, framework: p.framework, commitment: p.commitment ?? '', ids } }, p.suggestion);
}
/** A refused participant id as a phrase (the words of i18n/values.ts's participantIdMessage). */
export function participantIdPhrase(p) {
    const key = { empty: 'participantEmpty', badChars: 'participantBadChars', tooLong: 'participantTooLong', unknown: 'unknownParticipant', noParticipants: 'noParticipants' }[p.reason];
    return withHint({ values: key, params: { id: p.text, max: p.max, ids: idList(p.ids) } }, p.suggestion);
}
