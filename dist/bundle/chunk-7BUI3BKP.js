import {
  defineMessages,
  translator
} from "./chunk-LZ5AH6GU.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/i18n/values.js
var valuesMessages = defineMessages({
  en: {
    didYouMean: 'did you mean "{suggestion}"?',
    hintSep: "; ",
    none: "(none)",
    na: "n/a",
    itemEmpty: 'expected an item id of framework "{framework}" ({ids}), found nothing',
    unknownCommitment: 'unknown commitment id "{id}": framework "{framework}" has {ids}',
    unknownAction: 'unknown action id "{id}" in commitment {commitment}: framework "{framework}" has {ids}',
    unknownItem: 'unknown item id "{id}": framework "{framework}" has {ids}',
    participantEmpty: "expected a participant id, found nothing",
    participantBadChars: '"{id}" is not a participant id: use letters A\u2013Z, digits, - and _, starting with a letter or digit (e.g. p1, maria)',
    participantTooLong: 'participant id "{id}" is too long: at most {max} characters',
    unknownParticipant: 'vote by "{id}", who is not a declared participant (declared: {ids})',
    noParticipants: 'vote by "{id}", but the file declares no participants',
    scoreEmpty: "expected a score: a whole number from {min} to {max}, or {na}",
    scoreNotNumeral: '"{value}" is not a score: write a whole number from {min} to {max} in plain digits (no sign, point, exponent or 0x), or {na}',
    scoreOutOfScale: '"{value}" is not a score: expected a whole number from {min} to {max}, or {na}',
    integerEmpty: "{option} needs a value: a whole number from {min} to {max}",
    integerNotNumeral: '{option}: "{value}" is not a whole number from {min} to {max}: write it in plain digits (no sign, point, exponent or 0x)',
    integerOutOfRange: '{option}: "{value}" is not a whole number from {min} to {max}'
  },
  fr: {
    didYouMean: "vouliez-vous dire \xAB {suggestion} \xBB ?",
    hintSep: " ; ",
    none: "(aucun)",
    na: "s.o.",
    itemEmpty: "un identifiant d\u2019\xE9l\xE9ment du r\xE9f\xE9rentiel \xAB {framework} \xBB ({ids}) est attendu, rien n\u2019a \xE9t\xE9 trouv\xE9",
    unknownCommitment: "identifiant d\u2019engagement inconnu \xAB {id} \xBB : le r\xE9f\xE9rentiel \xAB {framework} \xBB a {ids}",
    unknownAction: "identifiant d\u2019action inconnu \xAB {id} \xBB dans l\u2019engagement {commitment} : le r\xE9f\xE9rentiel \xAB {framework} \xBB a {ids}",
    unknownItem: "identifiant d\u2019\xE9l\xE9ment inconnu \xAB {id} \xBB : le r\xE9f\xE9rentiel \xAB {framework} \xBB a {ids}",
    participantEmpty: "un identifiant de participant est attendu, rien n\u2019a \xE9t\xE9 trouv\xE9",
    participantBadChars: "\xAB {id} \xBB n\u2019est pas un identifiant de participant : utilisez des lettres A\u2013Z, des chiffres, - et _, en commen\xE7ant par une lettre ou un chiffre (par ex. p1, maria)",
    participantTooLong: "l\u2019identifiant de participant \xAB {id} \xBB est trop long : {max} caract\xE8res au plus",
    unknownParticipant: "vote de \xAB {id} \xBB, qui ne figure pas parmi les participants d\xE9clar\xE9s ({ids})",
    noParticipants: "vote de \xAB {id} \xBB, mais le fichier ne d\xE9clare aucun participant",
    scoreEmpty: "une note est attendue : un nombre entier de {min} \xE0 {max}, ou {na}",
    scoreNotNumeral: "\xAB {value} \xBB n\u2019est pas une note : \xE9crivez un nombre entier de {min} \xE0 {max} en chiffres simples (sans signe, virgule, exposant ni 0x), ou {na}",
    scoreOutOfScale: "\xAB {value} \xBB n\u2019est pas une note : un nombre entier de {min} \xE0 {max}, ou {na}, est attendu",
    integerEmpty: "l\u2019option {option} attend une valeur : un nombre entier de {min} \xE0 {max}",
    integerNotNumeral: "{option} : \xAB {value} \xBB n\u2019est pas un nombre entier de {min} \xE0 {max} : \xE9crivez-le en chiffres simples (sans signe, virgule, exposant ni 0x)",
    integerOutOfRange: "{option} : \xAB {value} \xBB n\u2019est pas un nombre entier de {min} \xE0 {max}"
  },
  es: {
    didYouMean: "\xBFquiso decir \xAB{suggestion}\xBB?",
    hintSep: "; ",
    none: "(ninguno)",
    na: "n/a",
    itemEmpty: "se espera un identificador de elemento del marco \xAB{framework}\xBB ({ids}), no se encontr\xF3 nada",
    unknownCommitment: "identificador de compromiso desconocido \xAB{id}\xBB: el marco \xAB{framework}\xBB tiene {ids}",
    unknownAction: "identificador de acci\xF3n desconocido \xAB{id}\xBB en el compromiso {commitment}: el marco \xAB{framework}\xBB tiene {ids}",
    unknownItem: "identificador de elemento desconocido \xAB{id}\xBB: el marco \xAB{framework}\xBB tiene {ids}",
    participantEmpty: "se espera un identificador de participante, no se encontr\xF3 nada",
    participantBadChars: "\xAB{id}\xBB no es un identificador de participante: use letras A\u2013Z, cifras, - y _, empezando por una letra o una cifra (p. ej. p1, maria)",
    participantTooLong: "el identificador de participante \xAB{id}\xBB es demasiado largo: {max} caracteres como m\xE1ximo",
    unknownParticipant: "voto de \xAB{id}\xBB, que no es un participante declarado (declarados: {ids})",
    noParticipants: "voto de \xAB{id}\xBB, pero el archivo no declara participantes",
    scoreEmpty: "se espera una puntuaci\xF3n: un n\xFAmero entero de {min} a {max}, o {na}",
    scoreNotNumeral: "\xAB{value}\xBB no es una puntuaci\xF3n: escriba un n\xFAmero entero de {min} a {max} solo con cifras (sin signo, coma, exponente ni 0x), o {na}",
    scoreOutOfScale: "\xAB{value}\xBB no es una puntuaci\xF3n: se espera un n\xFAmero entero de {min} a {max}, o {na}",
    integerEmpty: "la opci\xF3n {option} necesita un valor: un n\xFAmero entero de {min} a {max}",
    integerNotNumeral: "{option}: \xAB{value}\xBB no es un n\xFAmero entero de {min} a {max}: escr\xEDbalo solo con cifras (sin signo, coma, exponente ni 0x)",
    integerOutOfRange: "{option}: \xAB{value}\xBB no es un n\xFAmero entero de {min} a {max}"
  }
});
function idList(ids, lang, max = 12) {
  if (ids.length === 0)
    return translator(valuesMessages, lang)("none");
  return (ids.length > max ? [...ids.slice(0, max), "\u2026"] : ids).join(", ");
}
__name(idList, "idList");
function withSuggestion(text, suggestion, lang) {
  if (suggestion === void 0)
    return text;
  const t = translator(valuesMessages, lang);
  return `${text}${t("hintSep")}${t("didYouMean", { suggestion })}`;
}
__name(withSuggestion, "withSuggestion");
function itemIdMessage(p, lang) {
  const t = translator(valuesMessages, lang);
  const ids = idList(p.ids, lang);
  if (p.reason === "empty")
    return t("itemEmpty", { framework: p.framework, ids });
  const key = p.scope === "action" ? "unknownAction" : p.scope === "item" ? "unknownItem" : "unknownCommitment";
  return withSuggestion(t(key, { id: p.text, framework: p.framework, commitment: p.commitment ?? "", ids }), p.suggestion, lang);
}
__name(itemIdMessage, "itemIdMessage");
function participantIdMessage(p, lang) {
  const t = translator(valuesMessages, lang);
  const key = {
    empty: "participantEmpty",
    badChars: "participantBadChars",
    tooLong: "participantTooLong",
    unknown: "unknownParticipant",
    noParticipants: "noParticipants"
  };
  return withSuggestion(t(key[p.reason], { id: p.text, max: p.max, ids: idList(p.ids, lang) }), p.suggestion, lang);
}
__name(participantIdMessage, "participantIdMessage");
function scoreMessage(p, value, scale, lang, na) {
  const t = translator(valuesMessages, lang);
  const key = p.reason === "empty" ? "scoreEmpty" : p.reason === "notNumeral" ? "scoreNotNumeral" : "scoreOutOfScale";
  return withSuggestion(t(key, { value, min: scale.min, max: scale.max, na: na ?? t("na") }), p.suggestion, lang);
}
__name(scoreMessage, "scoreMessage");
function integerMessage(p, option, value, range, lang) {
  const t = translator(valuesMessages, lang);
  const key = p.reason === "empty" ? "integerEmpty" : p.reason === "notNumeral" ? "integerNotNumeral" : "integerOutOfRange";
  return withSuggestion(t(key, { option, value, min: range.min, max: range.max }), p.suggestion, lang);
}
__name(integerMessage, "integerMessage");

export {
  valuesMessages,
  withSuggestion,
  itemIdMessage,
  participantIdMessage,
  scoreMessage,
  integerMessage
};
