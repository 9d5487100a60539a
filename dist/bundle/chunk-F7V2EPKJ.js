import {
  defineMessages
} from "./chunk-LZ5AH6GU.js";

// dist/i18n/framework.js
var frameworkMessages = defineMessages({
  en: {
    summary: "print the framework (commitments, prompts, actions, scale) or write a printable scoring sheet",
    optFramework: "a bundled framework id or a framework file (default: culture21-actions)",
    optSheet: "write a printable scoring sheet to FILE.md or FILE.html; - writes the sheet to stdout, in --format",
    optFormat: "with --sheet -: html or md (default html)",
    sheetBadExt: '{file}: the sheet is written as Markdown (.md) or HTML (.html), not "{ext}"',
    sheetWritten: "scoring sheet written to {file}",
    cannotLoad: 'framework "{ref}" could not be loaded',
    cannotLoadBecause: 'framework "{ref}" could not be loaded: {reason}',
    notFramework: '{file} is not a framework file (its first key should be "c21lab: framework/1")',
    scale: "Scale: {min} to {max}",
    band: "{min}\u2013{max} {label}",
    percent: "Percent: (mean \u2212 {min}) / ({max} \u2212 {min}) \xD7 100, {decimals, plural, one {# decimal} other {# decimals}}",
    commitment: "Commitment {id}",
    prompts: "To discuss:",
    actions: "Actions:",
    source: "Source:",
    // sheet
    sheetTitle: "Scoring sheet",
    sheetCity: "City:",
    sheetDate: "Date:",
    sheetGroup: "Group / participants:",
    sheetHowTo: "Tick one box per line: a score from {min} to {max}, or n/a when the item does not apply. Leave the line empty if it was not scored.",
    sheetItem: "Item",
    sheetNa: "n/a",
    sheetNotes: "Notes and evidence:",
    sheetWhole: "the commitment as a whole"
    // score table
  },
  fr: {
    summary: "afficher le r\xE9f\xE9rentiel (engagements, questions, actions, \xE9chelle) ou \xE9crire une feuille de notation imprimable",
    optFramework: "un r\xE9f\xE9rentiel fourni (identifiant) ou un fichier de r\xE9f\xE9rentiel (par d\xE9faut : culture21-actions)",
    optSheet: "\xE9crire une feuille de notation imprimable dans FICHIER.md ou FICHIER.html ; - \xE9crit la feuille sur la sortie standard, au --format",
    optFormat: "avec --sheet - : html ou md (html par d\xE9faut)",
    sheetBadExt: "{file} : la feuille s\u2019\xE9crit en Markdown (.md) ou en HTML (.html), pas en \xAB {ext} \xBB",
    sheetWritten: "feuille de notation \xE9crite dans {file}",
    cannotLoad: "le r\xE9f\xE9rentiel \xAB {ref} \xBB n\u2019a pas pu \xEAtre charg\xE9",
    cannotLoadBecause: "le r\xE9f\xE9rentiel \xAB {ref} \xBB n\u2019a pas pu \xEAtre charg\xE9 : {reason}",
    notFramework: "{file} n\u2019est pas un fichier de r\xE9f\xE9rentiel (sa premi\xE8re cl\xE9 devrait \xEAtre \xAB c21lab: framework/1 \xBB)",
    scale: "\xC9chelle : de {min} \xE0 {max}",
    band: "{min}\u2013{max} {label}",
    percent: "Pourcentage : (moyenne \u2212 {min}) / ({max} \u2212 {min}) \xD7 100, {decimals, plural, one {# d\xE9cimale} other {# d\xE9cimales}}",
    commitment: "Engagement {id}",
    prompts: "\xC0 discuter :",
    actions: "Actions :",
    source: "Source :",
    sheetTitle: "Feuille de notation",
    sheetCity: "Ville :",
    sheetDate: "Date :",
    sheetGroup: "Groupe / participants :",
    sheetHowTo: "Cochez une case par ligne : une note de {min} \xE0 {max}, ou s.o. (sans objet) si l\u2019\xE9l\xE9ment ne s\u2019applique pas. Laissez la ligne vide si elle n\u2019a pas \xE9t\xE9 not\xE9e.",
    sheetItem: "\xC9l\xE9ment",
    sheetNa: "s.o.",
    sheetNotes: "Commentaires et sources :",
    sheetWhole: "l\u2019engagement dans son ensemble"
  },
  es: {
    summary: "mostrar el marco (compromisos, preguntas, acciones, escala) o escribir una hoja de puntuaci\xF3n imprimible",
    optFramework: "un marco incluido (id) o un archivo de marco (por defecto: culture21-actions)",
    optSheet: "escribir una hoja de puntuaci\xF3n imprimible en ARCHIVO.md o ARCHIVO.html; - escribe la hoja en la salida est\xE1ndar, en el --format",
    optFormat: "con --sheet -: html o md (html por defecto)",
    sheetBadExt: "{file}: la hoja se escribe en Markdown (.md) o HTML (.html), no en \xAB{ext}\xBB",
    sheetWritten: "hoja de puntuaci\xF3n escrita en {file}",
    cannotLoad: "no se pudo cargar el marco \xAB{ref}\xBB",
    cannotLoadBecause: "no se pudo cargar el marco \xAB{ref}\xBB: {reason}",
    notFramework: "{file} no es un archivo de marco (su primera clave deber\xEDa ser \xABc21lab: framework/1\xBB)",
    scale: "Escala: de {min} a {max}",
    band: "{min}\u2013{max} {label}",
    percent: "Porcentaje: (media \u2212 {min}) / ({max} \u2212 {min}) \xD7 100, {decimals, plural, one {# decimal} other {# decimales}}",
    commitment: "Compromiso {id}",
    prompts: "Para debatir:",
    actions: "Acciones:",
    source: "Fuente:",
    sheetTitle: "Hoja de puntuaci\xF3n",
    sheetCity: "Ciudad:",
    sheetDate: "Fecha:",
    sheetGroup: "Grupo / participantes:",
    sheetHowTo: "Marque una casilla por l\xEDnea: una puntuaci\xF3n de {min} a {max}, o n/a si el elemento no se aplica. Deje la l\xEDnea vac\xEDa si no se puntu\xF3.",
    sheetItem: "Elemento",
    sheetNa: "n/a",
    sheetNotes: "Notas y fuentes:",
    sheetWhole: "el compromiso en conjunto"
  }
});

export {
  frameworkMessages
};
