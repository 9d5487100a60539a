import { commandPaths } from './completion/words.js';
/** Escapes text for roff: backslashes, a leading dot or quote, hyphens in option names. */
function roff(text) {
    return text
        .replace(/\\/g, '\\e')
        .replace(/^([.'])/gm, '\\&$1')
        .replace(/-/g, '\\-')
        // Any character outside ASCII as a roff Unicode escape, so every troff reads it.
        .replace(/[^ -~\t\n]/gu, (c) => `\\[u${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}
/** The man page's own words, beside the help's (exported for test/i18n/cli-tables.test.ts). */
export const HEAD = {
    en: { name: 'NAME', synopsis: 'SYNOPSIS', description: 'DESCRIPTION', commands: 'COMMANDS', options: 'Options', global: 'GLOBAL OPTIONS', exit: 'EXIT STATUS', env: 'ENVIRONMENT', files: 'FILES', see: 'SEE ALSO', manual: 'User Commands' },
    fr: { name: 'NOM', synopsis: 'SYNOPSIS', description: 'DESCRIPTION', commands: 'COMMANDES', options: 'Options', global: 'OPTIONS GLOBALES', exit: 'CODES DE SORTIE', env: 'ENVIRONNEMENT', files: 'FICHIERS', see: 'VOIR AUSSI', manual: 'Commandes utilisateur' },
    es: { name: 'NOMBRE', synopsis: 'SINOPSIS', description: 'DESCRIPCIÓN', commands: 'COMANDOS', options: 'Opciones', global: 'OPCIONES GLOBALES', exit: 'ESTADO DE SALIDA', env: 'ENTORNO', files: 'ARCHIVOS', see: 'VÉASE TAMBIÉN', manual: 'Órdenes de usuario' },
};
export const TEXT = {
    en: {
        exit: [['0', 'success'], ['1', 'findings in the input (invalid files, or warnings with --strict)'], ['2', 'usage error, or an input that cannot be read'], ['130', 'interrupted (Ctrl+C) before anything was written']],
        env: [['LANG, LC_ALL, LC_MESSAGES', 'the interface language when --lang is not given (en, fr or es)'], ['NO_COLOR', 'any non-empty value: no colour'], ['FORCE_COLOR', '1, 2, 3, true or empty: colour even in a pipe; 0 or false: never colour (as in Node and chalk)']],
        files: '.c21lab/schemas/v1/ in a repository of LAB files: the JSON Schemas that editors use, written by c21lab init and c21lab schemas.',
        usage: '[options] <command> [arguments]',
    },
    fr: {
        exit: [['0', 'succès'], ['1', 'problèmes dans les fichiers (fichiers non valables, ou avertissements avec --strict)'], ['2', 'erreur d’utilisation, ou fichier illisible'], ['130', 'interrompu (Ctrl+C) avant que rien ne soit écrit']],
        env: [['LANG, LC_ALL, LC_MESSAGES', 'la langue de l’interface sans --lang (en, fr ou es)'], ['NO_COLOR', 'toute valeur non vide : pas de couleur'], ['FORCE_COLOR', '1, 2, 3, true ou vide : couleur même dans un tube ; 0 ou false : jamais de couleur (comme Node et chalk)']],
        files: '.c21lab/schemas/v1/ dans un dépôt de fichiers du LAB : les schémas JSON des éditeurs, écrits par c21lab init et c21lab schemas.',
        usage: '[options] <commande> [arguments]',
    },
    es: {
        exit: [['0', 'éxito'], ['1', 'problemas en los archivos (archivos no válidos, o avisos con --strict)'], ['2', 'error de uso, o un archivo que no se puede leer'], ['130', 'interrumpido (Ctrl+C) antes de escribir nada']],
        env: [['LANG, LC_ALL, LC_MESSAGES', 'el idioma de la interfaz sin --lang (en, fr o es)'], ['NO_COLOR', 'cualquier valor no vacío: sin color'], ['FORCE_COLOR', '1, 2, 3, true o vacío: color incluso en una tubería; 0 o false: nunca color (como Node y chalk)']],
        files: '.c21lab/schemas/v1/ en un repositorio de archivos del LAB: los esquemas JSON de los editores, escritos por c21lab init y c21lab schemas.',
        usage: '[opciones] <comando> [argumentos]',
    },
};
function optionItem(o, term) {
    const names = [o.short, o.long].filter(Boolean).map((f) => `\\fB${roff(f)}\\fR`).join(', ');
    const value = o.value ? ` \\fI${roff(term(o.value))}\\fR` : '';
    return ['.TP', `${names}${value}`, roff(o.description)];
}
/** `term` translates argument and value names as the help does. */
export function manPage(root, lang, version, date, term = (s) => s) {
    const h = HEAD[lang];
    const x = TEXT[lang];
    const usage = (path, cmd) => [
        `\\fBc21lab ${roff(path.join(' '))}\\fR`,
        cmd.options.length ? (lang === 'es' ? '[\\fIopciones\\fR]' : '[\\fIoptions\\fR]') : '',
        ...cmd.args.map((a) => {
            const n = `\\fI${roff(term(a.name))}\\fR${a.variadic ? '...' : ''}`;
            return a.required ? n : `[${n}]`;
        }),
    ].filter(Boolean).join(' ');
    const out = [
        `.TH C21LAB 1 "${date}" "c21lab ${roff(version)}" "${roff(h.manual)}"`,
        `.SH ${roff(h.name)}`,
        `c21lab \\- ${roff(root.description)}`,
        `.SH ${roff(h.synopsis)}`,
        `\\fBc21lab\\fR ${roff(x.usage)}`,
        `.SH ${roff(h.description)}`,
        roff(root.description),
        `.SH ${roff(h.commands)}`,
    ];
    for (const [path, cmd] of commandPaths(root)) {
        out.push('.TP', usage(path, cmd), roff(cmd.summary));
        if (cmd.args.length || cmd.options.length)
            out.push('.RS');
        for (const a of cmd.args)
            out.push('.TP', `\\fI${roff(term(a.name))}\\fR`, roff(a.description + (a.choices ? ` (${a.choices.join(', ')})` : '')));
        for (const o of cmd.options)
            out.push(...optionItem(o, term));
        if (cmd.args.length || cmd.options.length)
            out.push('.RE');
    }
    out.push(`.SH ${roff(h.global)}`);
    for (const o of root.options)
        out.push(...optionItem(o, term));
    out.push(`.SH ${roff(h.exit)}`);
    for (const [code, text] of x.exit)
        out.push('.TP', `\\fB${code}\\fR`, roff(text));
    out.push(`.SH ${roff(h.env)}`);
    for (const [name, text] of x.env)
        out.push('.TP', `\\fB${roff(name)}\\fR`, roff(text));
    out.push(`.SH ${roff(h.files)}`, roff(x.files), `.SH ${roff(h.see)}`, '\\fBgit\\fR(1), \\fBpre\\-commit\\fR(8)', '');
    return out.join('\n');
}
