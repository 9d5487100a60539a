import {
  parseTypedScore
} from "./chunk-32634MZU.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/validate/phrase.js
function phrase(key, params) {
  return params ? { key, params } : { key };
}
__name(phrase, "phrase");
function seq(...parts) {
  return { seq: parts };
}
__name(seq, "seq");
function joined(parts, sep) {
  if (parts.length === 1)
    return parts[0];
  const out = [];
  parts.forEach((p, i) => i === 0 ? out.push(p) : out.push(sep, p));
  return { seq: out };
}
__name(joined, "joined");
function withHint(p, suggestion) {
  return suggestion === void 0 ? p : seq(p, phrase("hintSep"), phrase("didYouMean", { suggestion }));
}
__name(withHint, "withHint");
function phraseId(p) {
  return typeof p === "object" ? JSON.stringify(p) : String(p);
}
__name(phraseId, "phraseId");
function idList(ids, max = 12) {
  if (ids.length === 0)
    return { values: "none" };
  return (ids.length > max ? [...ids.slice(0, max), "\u2026"] : ids).join(", ");
}
__name(idList, "idList");
function itemIdPhrase(p) {
  const ids = idList(p.ids);
  if (p.reason === "empty")
    return { values: "itemEmpty", params: { framework: p.framework, ids } };
  const key = p.scope === "action" ? "unknownAction" : p.scope === "item" ? "unknownItem" : "unknownCommitment";
  return withHint({ values: key, params: { id: p.text, framework: p.framework, commitment: p.commitment ?? "", ids } }, p.suggestion);
}
__name(itemIdPhrase, "itemIdPhrase");
function scorePhrase(text, scale) {
  const typed = parseTypedScore(text, scale);
  if (typed.ok)
    return void 0;
  const key = typed.reason === "empty" ? "scoreEmpty" : typed.reason === "notNumeral" ? "scoreNotNumeral" : "scoreOutOfScale";
  return withHint({ values: key, params: { value: text, min: scale.min, max: scale.max, na: "n/a" } }, typed.suggestion);
}
__name(scorePhrase, "scorePhrase");
function participantIdPhrase(p) {
  const key = { empty: "participantEmpty", badChars: "participantBadChars", tooLong: "participantTooLong", unknown: "unknownParticipant", noParticipants: "noParticipants" }[p.reason];
  return withHint({ values: key, params: { id: p.text, max: p.max, ids: idList(p.ids) } }, p.suggestion);
}
__name(participantIdPhrase, "participantIdPhrase");

export {
  phrase,
  seq,
  joined,
  withHint,
  phraseId,
  itemIdPhrase,
  scorePhrase,
  participantIdPhrase
};
