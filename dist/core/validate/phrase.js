import { parseTypedScore } from '../values.js';
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
/**
 * A score written in a file as `text` (its source, as written: `10`, `0x7`, `4.5`), as a phrase: the words
 * i18n/values.ts's scoreMessage gives set, the room and the walkthrough for the same typed text. Undefined when
 * the one parser (core/values.ts) would take the text, so the caller keeps its own wording (a quoted "7" is a
 * string in YAML, not a score).
 */
export function scorePhrase(text, scale) {
    const typed = parseTypedScore(text, scale);
    if (typed.ok)
        return undefined;
    const key = typed.reason === 'empty' ? 'scoreEmpty' : typed.reason === 'notNumeral' ? 'scoreNotNumeral' : 'scoreOutOfScale';
    // In a file only the literal `n/a` is a score (the schema's const; `s.o.` is typed to set, the walkthrough and
    // the room, not written in YAML), so the message names it as is, in every language, as scoreExpected does.
    return withHint({ values: key, params: { value: text, min: scale.min, max: scale.max, na: 'n/a' } }, typed.suggestion);
}
/** A refused participant id as a phrase (the words of i18n/values.ts's participantIdMessage). */
export function participantIdPhrase(p) {
    const key = { empty: 'participantEmpty', badChars: 'participantBadChars', tooLong: 'participantTooLong', unknown: 'unknownParticipant', noParticipants: 'noParticipants' }[p.reason];
    return withHint({ values: key, params: { id: p.text, max: p.max, ids: idList(p.ids) } }, p.suggestion);
}
