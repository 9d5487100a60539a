// Commander writes its own headings ("Usage:", "Options:"), usage words
// ("[options] [command]"), the names of arguments and option values as
// declared (`<file>`, `<yyyy-mm-dd>`) and error messages, all in English.
// These hooks translate them, so `--lang fr` help and errors carry no
// English; they are set once on the program and inherited by every command,
// so a command added later is translated the same way. Commander's exact
// wording is matched; an unknown message passes through unchanged rather
// than being lost. Every error, commander's and ours, starts with the one
// prefix "c21lab:".
import { Help, type Command, type HelpConfiguration } from 'commander';
import type { Lang } from '../core/types.js';
import { withSuggestion } from '../i18n/values.js';

type Table = Record<string, string>;

/** The prefix of every error line the tool prints. */
export const ERROR_PREFIX = 'c21lab:';

// Exported for test/i18n/cli-tables.test.ts, which holds these tables to what it holds the catalogs to.
export const TITLES: Record<Lang, Table> = {
  en: {},
  fr: { 'Usage:': 'Utilisation :', 'Options:': 'Options :', 'Arguments:': 'Arguments :', 'Commands:': 'Commandes :', 'Global Options:': 'Options globales :' },
  es: { 'Usage:': 'Uso:', 'Options:': 'Opciones:', 'Arguments:': 'Argumentos:', 'Commands:': 'Comandos:', 'Global Options:': 'Opciones globales:' },
};

// The words used in argument names and option placeholders, e.g. `<file>`,
// `[paths...]`, `<item:participant=score>`, `<id-or-file>`, `<yyyy-mm-dd>`.
// A word missing here shows in English, which test/cli/help-i18n.test.ts
// catches for every command.
export const TERMS: Record<Exclude<Lang, 'en'>, Table> = {
  fr: {
    options: 'options', command: 'commande', file: 'fichier', files: 'fichiers', path: 'chemin', paths: 'chemins', dir: 'dossier',
    action: 'action', assignments: 'affectations', name: 'nom', yyyy: 'aaaa', mm: 'mm', dd: 'jj', item: 'élément', text: 'texte',
    participant: 'participant', score: 'note', id: 'id', or: 'ou', format: 'format', ref: 'réf', code: 'code', pixels: 'pixels',
    year: 'année', lang: 'langue', out: 'sortie', title: 'titre', city: 'ville', country: 'pays', shell: 'shell', port: 'port',
    host: 'hôte', address: 'adresse', number: 'nombre', n: 'n', url: 'url', seconds: 'secondes', minutes: 'minutes', count: 'nombre',
    folder: 'dossier', value: 'valeur', key: 'clé', label: 'libellé', date: 'date', level: 'niveau', mode: 'mode', ms: 'ms',
    assessment: 'évaluation',
  },
  es: {
    options: 'opciones', command: 'comando', file: 'archivo', files: 'archivos', path: 'ruta', paths: 'rutas', dir: 'carpeta',
    action: 'acción', assignments: 'asignaciones', name: 'nombre', yyyy: 'aaaa', mm: 'mm', dd: 'dd', item: 'elemento', text: 'texto',
    participant: 'participante', score: 'puntuación', id: 'id', or: 'o', format: 'formato', ref: 'ref', code: 'código', pixels: 'píxeles',
    year: 'año', lang: 'idioma', out: 'salida', title: 'título', city: 'ciudad', country: 'país', shell: 'shell', port: 'puerto',
    host: 'host', address: 'dirección', number: 'número', n: 'n', url: 'url', seconds: 'segundos', minutes: 'minutos', count: 'cantidad',
    folder: 'carpeta', value: 'valor', key: 'clave', label: 'etiqueta', date: 'fecha', level: 'nivel', mode: 'modo', ms: 'ms',
    assessment: 'evaluación',
  },
};

/** Translates the words of an argument name or value placeholder ("item=text" → "élément=texte"); file extensions stay. */
export function translateTerm(term: string, lang: Lang): string {
  if (lang === 'en') return term;
  const table = TERMS[lang];
  return term.replace(/(\.?)([A-Za-z]+)/g, (m, dot: string, word: string) => (dot ? m : (table[word.toLowerCase()] ?? word)));
}

/** Translates only the bracketed parts of a help term: "--date <yyyy-mm-dd>" → "--date <aaaa-mm-jj>". */
function translateBracketed(text: string, lang: Lang): string {
  return text.replace(/([<[])([^<>[\]]+)([>\]])/g, (_m, open: string, inner: string, close: string) => `${open}${translateTerm(inner, lang)}${close}`);
}

export const WORDS: Record<Lang, { choices: string; default: string }> = {
  en: { choices: 'choices', default: 'default' },
  fr: { choices: 'valeurs', default: 'par défaut' },
  es: { choices: 'valores', default: 'por defecto' },
};

export const ERRORS: Record<Lang, Array<[RegExp, string]>> = {
  en: [],
  fr: [
    [/^error: unknown option '(.+?)'/, 'error: option inconnue « $1 »'],
    [/^error: unknown command '(.+?)'/, 'error: commande inconnue « $1 »'],
    [/^error: missing required argument '(.+?)'/, 'error: argument obligatoire manquant « $1 »'],
    [/^error: option '(.+?)' argument missing/, 'error: l’option « $1 » attend une valeur'],
    [/^error: required option '(.+?)' not specified/, 'error: l’option obligatoire « $1 » n’est pas indiquée'],
    [/^error: too many arguments.*$/m, 'error: trop d’arguments'],
    [/^error: option '(.+?)' argument '(.+?)' is invalid\. Allowed choices are (.+)\./, 'error: la valeur « $2 » de l’option « $1 » n’est pas valable ; valeurs possibles : $3.'],
    [/^error: command-argument value '(.+?)' is invalid for argument '(.+?)'\. Allowed choices are (.+)\./, 'error: la valeur « $1 » de l’argument « $2 » n’est pas valable ; valeurs possibles : $3.'],
    [/^error: (.+?) cannot be used with (.+)$/m, 'error: $1 ne peut pas être utilisé avec $2'],
  ],
  es: [
    [/^error: unknown option '(.+?)'/, 'error: opción desconocida «$1»'],
    [/^error: unknown command '(.+?)'/, 'error: comando desconocido «$1»'],
    [/^error: missing required argument '(.+?)'/, 'error: falta el argumento obligatorio «$1»'],
    [/^error: option '(.+?)' argument missing/, 'error: la opción «$1» necesita un valor'],
    [/^error: required option '(.+?)' not specified/, 'error: no se indicó la opción obligatoria «$1»'],
    [/^error: too many arguments.*$/m, 'error: demasiados argumentos'],
    [/^error: option '(.+?)' argument '(.+?)' is invalid\. Allowed choices are (.+)\./, 'error: el valor «$2» de la opción «$1» no es válido; valores posibles: $3.'],
    [/^error: command-argument value '(.+?)' is invalid for argument '(.+?)'\. Allowed choices are (.+)\./, 'error: el valor «$1» del argumento «$2» no es válido; valores posibles: $3.'],
    [/^error: (.+?) cannot be used with (.+)$/m, 'error: $1 no se puede usar con $2'],
  ],
};

export function translateCommanderError(message: string, lang: Lang): string {
  const named = message
    // An argument's name, as the help shows it (`<évaluation>`), in both errors that name one.
    .replace(/^(error: missing required argument ')(.+?)(')/, (_m, a: string, name: string, b: string) => `${a}${translateTerm(name, lang)}${b}`)
    .replace(/^(error: command-argument value '.+?' is invalid for argument ')(.+?)(')/, (_m, a: string, name: string, b: string) => `${a}${translateTerm(name, lang)}${b}`)
    .replace(/('[^']*<[^']*>[^']*')/g, (m) => translateBracketed(m, lang));
  const translated = ERRORS[lang].reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), named);
  // Commander's own "(Did you mean …?)" becomes the one "did you mean" of every typed value (i18n/values.ts).
  const hinted = translated.replace(/\s*\(Did you mean (?:one of )?(.+?)\?\)/, (_m, near: string) => withSuggestion('', near.split(', ')[0], lang));
  return hinted.replace(/^error: /, `${ERROR_PREFIX} `);
}

function localizeExtras(text: string, lang: Lang): string {
  const w = WORDS[lang];
  return text.replace(/\(choices: /g, `(${w.choices} : `.replace(' :', lang === 'fr' ? ' :' : ':')).replace(/default: /g, `${w.default}${lang === 'fr' ? ' : ' : ': '}`);
}

/**
 * Help configuration that translates commander's own words, and lists the
 * global options (--lang, --verbose, --no-color) in every command's help;
 * inherited by every subcommand.
 */
export function localizedHelp(lang: Lang): HelpConfiguration {
  if (lang === 'en') return { showGlobalOptions: true };
  const base = new Help();
  const bracketed = (word: string) => (word.startsWith('[') || word.startsWith('<') ? translateBracketed(word, lang) : word);
  return {
    showGlobalOptions: true,
    styleTitle: (title: string) => TITLES[lang][title] ?? title,
    optionDescription: (option) => localizeExtras(base.optionDescription(option), lang),
    argumentDescription: (argument) => localizeExtras(base.argumentDescription(argument), lang),
    // Usage lines and command lists pass "[options]", "[command]", "<file>"… one word at a time.
    styleOptionText: (text: string) => translateBracketed(text, lang),
    styleArgumentText: bracketed,
    styleSubcommandText: bracketed,
    // The Arguments section names each argument bare ("file").
    styleArgumentTerm: (term: string) => translateTerm(term, lang),
  };
}

export function applyCommanderLanguage(program: Command, lang: Lang): void {
  program.configureHelp(localizedHelp(lang));
}
