// Commander writes its own headings ("Usage:", "Options:") and error messages
// in English. These hooks translate them, so `--lang fr` help and errors carry
// no English. Commander's exact wording is matched; an unknown message passes
// through unchanged rather than being lost.
import { Help } from 'commander';
const TITLES = {
    en: {},
    fr: { 'Usage:': 'Utilisation :', 'Options:': 'Options :', 'Arguments:': 'Arguments :', 'Commands:': 'Commandes :', 'Global Options:': 'Options globales :' },
    es: { 'Usage:': 'Uso:', 'Options:': 'Opciones:', 'Arguments:': 'Argumentos:', 'Commands:': 'Comandos:', 'Global Options:': 'Opciones globales:' },
};
const WORDS = {
    en: { choices: 'choices', default: 'default' },
    fr: { choices: 'valeurs', default: 'par défaut' },
    es: { choices: 'valores', default: 'por defecto' },
};
const ERRORS = {
    en: [],
    fr: [
        [/^error: unknown option '(.+?)'/, "erreur : option inconnue « $1 »"],
        [/^error: unknown command '(.+?)'/, 'erreur : commande inconnue « $1 »'],
        [/^error: missing required argument '(.+?)'/, 'erreur : argument obligatoire manquant « $1 »'],
        [/^error: option '(.+?)' argument missing/, "erreur : l'option « $1 » attend une valeur"],
        [/^error: required option '(.+?)' not specified/, "erreur : l'option obligatoire « $1 » n'est pas indiquée"],
        [/^error: too many arguments.*$/m, "erreur : trop d'arguments"],
        [/^error: option '(.+?)' argument '(.+?)' is invalid\. Allowed choices are (.+)\./, "erreur : la valeur « $2 » de l'option « $1 » n'est pas valable ; valeurs possibles : $3."],
        [/\(Did you mean one of (.+)\?\)/, '(Vouliez-vous dire : $1 ?)'],
        [/\(Did you mean (.+)\?\)/, '(Vouliez-vous dire $1 ?)'],
    ],
    es: [
        [/^error: unknown option '(.+?)'/, "error: opción desconocida «$1»"],
        [/^error: unknown command '(.+?)'/, 'error: comando desconocido «$1»'],
        [/^error: missing required argument '(.+?)'/, 'error: falta el argumento obligatorio «$1»'],
        [/^error: option '(.+?)' argument missing/, 'error: la opción «$1» necesita un valor'],
        [/^error: required option '(.+?)' not specified/, 'error: no se indicó la opción obligatoria «$1»'],
        [/^error: too many arguments.*$/m, 'error: demasiados argumentos'],
        [/^error: option '(.+?)' argument '(.+?)' is invalid\. Allowed choices are (.+)\./, 'error: el valor «$2» de la opción «$1» no es válido; valores posibles: $3.'],
        [/\(Did you mean one of (.+)\?\)/, '(¿Quiso decir uno de estos: $1?)'],
        [/\(Did you mean (.+)\?\)/, '(¿Quiso decir $1?)'],
    ],
};
export function translateCommanderError(message, lang) {
    return ERRORS[lang].reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), message);
}
function localizeExtras(text, lang) {
    const w = WORDS[lang];
    return text.replace(/\(choices: /g, `(${w.choices} : `.replace(' :', lang === 'fr' ? ' :' : ':')).replace(/default: /g, `${w.default}${lang === 'fr' ? ' : ' : ': '}`);
}
/** Help configuration that translates commander's own words; inherited by every subcommand. */
export function localizedHelp(lang) {
    if (lang === 'en')
        return {};
    const base = new Help();
    return {
        styleTitle: (title) => TITLES[lang][title] ?? title,
        optionDescription: (option) => localizeExtras(base.optionDescription(option), lang),
        argumentDescription: (argument) => localizeExtras(base.argumentDescription(argument), lang),
    };
}
export function applyCommanderLanguage(program, lang) {
    program.configureHelp(localizedHelp(lang));
}
