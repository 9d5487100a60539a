import {
  withSuggestion
} from "./chunk-7BUI3BKP.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commander-i18n.js
import { Help } from "commander";
var ERROR_PREFIX = "c21lab:";
var TITLES = {
  en: {},
  fr: { "Usage:": "Utilisation :", "Options:": "Options :", "Arguments:": "Arguments :", "Commands:": "Commandes :", "Global Options:": "Options globales :" },
  es: { "Usage:": "Uso:", "Options:": "Opciones:", "Arguments:": "Argumentos:", "Commands:": "Comandos:", "Global Options:": "Opciones globales:" }
};
var TERMS = {
  fr: {
    options: "options",
    command: "commande",
    file: "fichier",
    files: "fichiers",
    path: "chemin",
    paths: "chemins",
    dir: "dossier",
    action: "action",
    assignments: "affectations",
    name: "nom",
    yyyy: "aaaa",
    mm: "mm",
    dd: "jj",
    item: "\xE9l\xE9ment",
    text: "texte",
    participant: "participant",
    score: "note",
    id: "id",
    or: "ou",
    format: "format",
    ref: "r\xE9f",
    code: "code",
    pixels: "pixels",
    year: "ann\xE9e",
    lang: "langue",
    out: "sortie",
    title: "titre",
    city: "ville",
    country: "pays",
    shell: "shell",
    port: "port",
    host: "h\xF4te",
    address: "adresse",
    number: "nombre",
    n: "n",
    url: "url",
    seconds: "secondes",
    minutes: "minutes",
    count: "nombre",
    folder: "dossier",
    value: "valeur",
    key: "cl\xE9",
    label: "libell\xE9",
    date: "date",
    level: "niveau",
    mode: "mode",
    ms: "ms",
    assessment: "\xE9valuation"
  },
  es: {
    options: "opciones",
    command: "comando",
    file: "archivo",
    files: "archivos",
    path: "ruta",
    paths: "rutas",
    dir: "carpeta",
    action: "acci\xF3n",
    assignments: "asignaciones",
    name: "nombre",
    yyyy: "aaaa",
    mm: "mm",
    dd: "dd",
    item: "elemento",
    text: "texto",
    participant: "participante",
    score: "puntuaci\xF3n",
    id: "id",
    or: "o",
    format: "formato",
    ref: "ref",
    code: "c\xF3digo",
    pixels: "p\xEDxeles",
    year: "a\xF1o",
    lang: "idioma",
    out: "salida",
    title: "t\xEDtulo",
    city: "ciudad",
    country: "pa\xEDs",
    shell: "shell",
    port: "puerto",
    host: "host",
    address: "direcci\xF3n",
    number: "n\xFAmero",
    n: "n",
    url: "url",
    seconds: "segundos",
    minutes: "minutos",
    count: "cantidad",
    folder: "carpeta",
    value: "valor",
    key: "clave",
    label: "etiqueta",
    date: "fecha",
    level: "nivel",
    mode: "modo",
    ms: "ms",
    assessment: "evaluaci\xF3n"
  }
};
function translateTerm(term, lang) {
  if (lang === "en")
    return term;
  const table = TERMS[lang];
  return term.replace(/(\.?)([A-Za-z]+)/g, (m, dot, word) => dot ? m : table[word.toLowerCase()] ?? word);
}
__name(translateTerm, "translateTerm");
function translateBracketed(text, lang) {
  return text.replace(/([<[])([^<>[\]]+)([>\]])/g, (_m, open, inner, close) => `${open}${translateTerm(inner, lang)}${close}`);
}
__name(translateBracketed, "translateBracketed");
var WORDS = {
  en: { choices: "choices", default: "default" },
  fr: { choices: "valeurs", default: "par d\xE9faut" },
  es: { choices: "valores", default: "por defecto" }
};
var ERRORS = {
  en: [],
  fr: [
    [/^error: unknown option '(.+?)'/, "error: option inconnue \xAB $1 \xBB"],
    [/^error: unknown command '(.+?)'/, "error: commande inconnue \xAB $1 \xBB"],
    [/^error: missing required argument '(.+?)'/, "error: argument obligatoire manquant \xAB $1 \xBB"],
    [/^error: option '(.+?)' argument missing/, "error: l\u2019option \xAB $1 \xBB attend une valeur"],
    [/^error: required option '(.+?)' not specified/, "error: l\u2019option obligatoire \xAB $1 \xBB n\u2019est pas indiqu\xE9e"],
    [/^error: too many arguments.*$/m, "error: trop d\u2019arguments"],
    [/^error: option '(.+?)' argument '(.+?)' is invalid\. Allowed choices are (.+)\./, "error: la valeur \xAB $2 \xBB de l\u2019option \xAB $1 \xBB n\u2019est pas valable ; valeurs possibles : $3."],
    [/^error: command-argument value '(.+?)' is invalid for argument '(.+?)'\. Allowed choices are (.+)\./, "error: la valeur \xAB $1 \xBB de l\u2019argument \xAB $2 \xBB n\u2019est pas valable ; valeurs possibles : $3."],
    [/^error: (.+?) cannot be used with (.+)$/m, "error: $1 ne peut pas \xEAtre utilis\xE9 avec $2"]
  ],
  es: [
    [/^error: unknown option '(.+?)'/, "error: opci\xF3n desconocida \xAB$1\xBB"],
    [/^error: unknown command '(.+?)'/, "error: comando desconocido \xAB$1\xBB"],
    [/^error: missing required argument '(.+?)'/, "error: falta el argumento obligatorio \xAB$1\xBB"],
    [/^error: option '(.+?)' argument missing/, "error: la opci\xF3n \xAB$1\xBB necesita un valor"],
    [/^error: required option '(.+?)' not specified/, "error: no se indic\xF3 la opci\xF3n obligatoria \xAB$1\xBB"],
    [/^error: too many arguments.*$/m, "error: demasiados argumentos"],
    [/^error: option '(.+?)' argument '(.+?)' is invalid\. Allowed choices are (.+)\./, "error: el valor \xAB$2\xBB de la opci\xF3n \xAB$1\xBB no es v\xE1lido; valores posibles: $3."],
    [/^error: command-argument value '(.+?)' is invalid for argument '(.+?)'\. Allowed choices are (.+)\./, "error: el valor \xAB$1\xBB del argumento \xAB$2\xBB no es v\xE1lido; valores posibles: $3."],
    [/^error: (.+?) cannot be used with (.+)$/m, "error: $1 no se puede usar con $2"]
  ]
};
function translateCommanderError(message, lang) {
  const named = message.replace(/^(error: missing required argument ')(.+?)(')/, (_m, a, name, b) => `${a}${translateTerm(name, lang)}${b}`).replace(/^(error: command-argument value '.+?' is invalid for argument ')(.+?)(')/, (_m, a, name, b) => `${a}${translateTerm(name, lang)}${b}`).replace(/('[^']*<[^']*>[^']*')/g, (m) => translateBracketed(m, lang));
  const translated = ERRORS[lang].reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), named);
  const hinted = translated.replace(/\s*\(Did you mean (?:one of )?(.+?)\?\)/, (_m, near) => withSuggestion("", near.split(", ")[0], lang));
  return hinted.replace(/^error: /, `${ERROR_PREFIX} `);
}
__name(translateCommanderError, "translateCommanderError");
function localizeExtras(text, lang) {
  const w = WORDS[lang];
  return text.replace(/\(choices: /g, `(${w.choices} : `.replace(" :", lang === "fr" ? " :" : ":")).replace(/default: /g, `${w.default}${lang === "fr" ? " : " : ": "}`);
}
__name(localizeExtras, "localizeExtras");
function localizedHelp(lang) {
  if (lang === "en")
    return { showGlobalOptions: true };
  const base = new Help();
  const bracketed = /* @__PURE__ */ __name((word) => word.startsWith("[") || word.startsWith("<") ? translateBracketed(word, lang) : word, "bracketed");
  return {
    showGlobalOptions: true,
    styleTitle: /* @__PURE__ */ __name((title) => TITLES[lang][title] ?? title, "styleTitle"),
    optionDescription: /* @__PURE__ */ __name((option) => localizeExtras(base.optionDescription(option), lang), "optionDescription"),
    argumentDescription: /* @__PURE__ */ __name((argument) => localizeExtras(base.argumentDescription(argument), lang), "argumentDescription"),
    // Usage lines and command lists pass "[options]", "[command]", "<file>"… one word at a time.
    styleOptionText: /* @__PURE__ */ __name((text) => translateBracketed(text, lang), "styleOptionText"),
    styleArgumentText: bracketed,
    styleSubcommandText: bracketed,
    // The Arguments section names each argument bare ("file").
    styleArgumentTerm: /* @__PURE__ */ __name((term) => translateTerm(term, lang), "styleArgumentTerm")
  };
}
__name(localizedHelp, "localizedHelp");
function applyCommanderLanguage(program, lang) {
  program.configureHelp(localizedHelp(lang));
}
__name(applyCommanderLanguage, "applyCommanderLanguage");

export {
  ERROR_PREFIX,
  TITLES,
  TERMS,
  translateTerm,
  WORDS,
  ERRORS,
  translateCommanderError,
  localizedHelp,
  applyCommanderLanguage
};
