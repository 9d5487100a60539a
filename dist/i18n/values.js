import { defineMessages, translator } from './define.js';
export const valuesMessages = defineMessages({
    en: {
        didYouMean: 'did you mean "{suggestion}"?',
        hintSep: '; ',
        none: '(none)',
        na: 'n/a',
        itemEmpty: 'expected an item id of framework "{framework}" ({ids}), found nothing',
        unknownCommitment: 'unknown commitment id "{id}": framework "{framework}" has {ids}',
        unknownAction: 'unknown action id "{id}" in commitment {commitment}: framework "{framework}" has {ids}',
        unknownItem: 'unknown item id "{id}": framework "{framework}" has {ids}',
        participantEmpty: 'expected a participant id, found nothing',
        participantBadChars: '"{id}" is not a participant id: use letters A–Z, digits, - and _, starting with a letter or digit (e.g. p1, maria)',
        participantTooLong: 'participant id "{id}" is too long: at most {max} characters',
        unknownParticipant: 'vote by "{id}", who is not a declared participant (declared: {ids})',
        noParticipants: 'vote by "{id}", but the file declares no participants',
        scoreEmpty: 'expected a score: a whole number from {min} to {max}, or {na}',
        scoreNotNumeral: '"{value}" is not a score: write a whole number from {min} to {max} in plain digits (no sign, point, exponent or 0x), or {na}',
        scoreOutOfScale: '"{value}" is not a score: expected a whole number from {min} to {max}, or {na}',
        integerEmpty: '{option} needs a value: a whole number from {min} to {max}',
        integerNotNumeral: '{option}: "{value}" is not a whole number from {min} to {max}: write it in plain digits (no sign, point, exponent or 0x)',
        integerOutOfRange: '{option}: "{value}" is not a whole number from {min} to {max}',
    },
    fr: {
        didYouMean: 'vouliez-vous dire « {suggestion} » ?',
        hintSep: ' ; ',
        none: '(aucun)',
        na: 's.o.',
        itemEmpty: 'un identifiant d’élément du référentiel « {framework} » ({ids}) est attendu, rien n’a été trouvé',
        unknownCommitment: 'identifiant d’engagement inconnu « {id} » : le référentiel « {framework} » a {ids}',
        unknownAction: 'identifiant d’action inconnu « {id} » dans l’engagement {commitment} : le référentiel « {framework} » a {ids}',
        unknownItem: 'identifiant d’élément inconnu « {id} » : le référentiel « {framework} » a {ids}',
        participantEmpty: 'un identifiant de participant est attendu, rien n’a été trouvé',
        participantBadChars: '« {id} » n’est pas un identifiant de participant : utilisez des lettres A–Z, des chiffres, - et _, en commençant par une lettre ou un chiffre (par ex. p1, maria)',
        participantTooLong: 'l’identifiant de participant « {id} » est trop long : {max} caractères au plus',
        unknownParticipant: 'vote de « {id} », qui ne figure pas parmi les participants déclarés ({ids})',
        noParticipants: 'vote de « {id} », mais le fichier ne déclare aucun participant',
        scoreEmpty: 'une note est attendue : un nombre entier de {min} à {max}, ou {na}',
        scoreNotNumeral: '« {value} » n’est pas une note : écrivez un nombre entier de {min} à {max} en chiffres simples (sans signe, virgule, exposant ni 0x), ou {na}',
        scoreOutOfScale: '« {value} » n’est pas une note : un nombre entier de {min} à {max}, ou {na}, est attendu',
        integerEmpty: 'l’option {option} attend une valeur : un nombre entier de {min} à {max}',
        integerNotNumeral: '{option} : « {value} » n’est pas un nombre entier de {min} à {max} : écrivez-le en chiffres simples (sans signe, virgule, exposant ni 0x)',
        integerOutOfRange: '{option} : « {value} » n’est pas un nombre entier de {min} à {max}',
    },
    es: {
        didYouMean: '¿quiso decir «{suggestion}»?',
        hintSep: '; ',
        none: '(ninguno)',
        na: 'n/a',
        itemEmpty: 'se espera un identificador de elemento del marco «{framework}» ({ids}), no se encontró nada',
        unknownCommitment: 'identificador de compromiso desconocido «{id}»: el marco «{framework}» tiene {ids}',
        unknownAction: 'identificador de acción desconocido «{id}» en el compromiso {commitment}: el marco «{framework}» tiene {ids}',
        unknownItem: 'identificador de elemento desconocido «{id}»: el marco «{framework}» tiene {ids}',
        participantEmpty: 'se espera un identificador de participante, no se encontró nada',
        participantBadChars: '«{id}» no es un identificador de participante: use letras A–Z, cifras, - y _, empezando por una letra o una cifra (p. ej. p1, maria)',
        participantTooLong: 'el identificador de participante «{id}» es demasiado largo: {max} caracteres como máximo',
        unknownParticipant: 'voto de «{id}», que no es un participante declarado (declarados: {ids})',
        noParticipants: 'voto de «{id}», pero el archivo no declara participantes',
        scoreEmpty: 'se espera una puntuación: un número entero de {min} a {max}, o {na}',
        scoreNotNumeral: '«{value}» no es una puntuación: escriba un número entero de {min} a {max} solo con cifras (sin signo, coma, exponente ni 0x), o {na}',
        scoreOutOfScale: '«{value}» no es una puntuación: se espera un número entero de {min} a {max}, o {na}',
        integerEmpty: 'la opción {option} necesita un valor: un número entero de {min} a {max}',
        integerNotNumeral: '{option}: «{value}» no es un número entero de {min} a {max}: escríbalo solo con cifras (sin signo, coma, exponente ni 0x)',
        integerOutOfRange: '{option}: «{value}» no es un número entero de {min} a {max}',
    },
});
/** Ids in a message: a short list, capped so a line stays readable (as validate's `list`). */
function idList(ids, lang, max = 12) {
    if (ids.length === 0)
        return translator(valuesMessages, lang)('none');
    return (ids.length > max ? [...ids.slice(0, max), '…'] : ids).join(', ');
}
/** The one "did you mean": `text` with the suggestion appended, or `text` alone. */
export function withSuggestion(text, suggestion, lang) {
    if (suggestion === undefined)
        return text;
    const t = translator(valuesMessages, lang);
    return `${text}${t('hintSep')}${t('didYouMean', { suggestion })}`;
}
/** A refused item id, in words. */
export function itemIdMessage(p, lang) {
    const t = translator(valuesMessages, lang);
    const ids = idList(p.ids, lang);
    if (p.reason === 'empty')
        return t('itemEmpty', { framework: p.framework, ids });
    const key = p.scope === 'action' ? 'unknownAction' : p.scope === 'item' ? 'unknownItem' : 'unknownCommitment';
    return withSuggestion(t(key, { id: p.text, framework: p.framework, commitment: p.commitment ?? '', ids }), p.suggestion, lang);
}
/** A refused participant id, in words. */
export function participantIdMessage(p, lang) {
    const t = translator(valuesMessages, lang);
    const key = {
        empty: 'participantEmpty',
        badChars: 'participantBadChars',
        tooLong: 'participantTooLong',
        unknown: 'unknownParticipant',
        noParticipants: 'noParticipants',
    };
    return withSuggestion(t(key[p.reason], { id: p.text, max: p.max, ids: idList(p.ids, lang) }), p.suggestion, lang);
}
/**
 * A refused score, in words; `value` is what was typed (or sent). "Not applicable" is named in the
 * language's word (`s.o.`), which every door that reads typed text takes; `na` overrides it where only one
 * literal is taken (`n/a` in a file: validate words its scores so, core/validate/phrase.ts).
 */
export function scoreMessage(p, value, scale, lang, na) {
    const t = translator(valuesMessages, lang);
    const key = p.reason === 'empty' ? 'scoreEmpty' : p.reason === 'notNumeral' ? 'scoreNotNumeral' : 'scoreOutOfScale';
    return withSuggestion(t(key, { value, min: scale.min, max: scale.max, na: na ?? t('na') }), p.suggestion, lang);
}
/** A refused whole number typed for an option (`--width 0x300`), in words, with the option's name and range. */
export function integerMessage(p, option, value, range, lang) {
    const t = translator(valuesMessages, lang);
    const key = p.reason === 'empty' ? 'integerEmpty' : p.reason === 'notNumeral' ? 'integerNotNumeral' : 'integerOutOfRange';
    return withSuggestion(t(key, { option, value, min: range.min, max: range.max }), p.suggestion, lang);
}
