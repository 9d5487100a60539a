// The fast path of bin/c21lab.js: `--version` and the help screens, answered
// without loading commander, chalk or any command spec. Starting those costs
// more than node itself on a small machine, and help is what a new user runs
// first. The help texts are rendered at build time by the real CLI from the
// same command declarations (src/cli/help/render.ts, output in
// dist/generated/), so they cannot drift from it; anything this file does not
// recognise exactly, or any doubt (a missing or unreadable rendering, an
// unusual terminal width, forced colours), returns undefined and main() runs
// as usual. test/cli/fast-help.test.ts compares both paths byte for byte.
import { readFileSync } from 'node:fs';
import { isLang, langFromEnv } from '../core/lang.js';
export const HELP_DIR = new URL('../generated/', import.meta.url);
export const helpFile = (lang) => new URL(`help-${lang}.json`, HELP_DIR);
/** What the run asks for, when it is one of the forms answered here. */
export function fastRequest(argv) {
    const rest = [];
    let lang;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--lang' || arg.startsWith('--lang=')) {
            // Only a valid language, given once; anything else is commander's to report.
            const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
            if (lang !== undefined || !isLang(value))
                return undefined;
            lang = value;
        }
        else if (arg !== '--no-color' && arg !== '--verbose')
            rest.push(arg);
    }
    const [a, b, ...more] = rest;
    if (more.length > 0)
        return undefined;
    if (b === undefined && (a === '--version' || a === '-V'))
        return { kind: 'version' };
    const help = (topic) => ({ kind: 'help', topic, ...(lang ? { lang } : {}) });
    if (b === undefined && (a === '--help' || a === '-h' || a === 'help'))
        return help('');
    if (a === 'help' && b !== undefined && !b.startsWith('-'))
        return help(b);
    if (a !== undefined && !a.startsWith('-') && a !== 'help' && (b === '--help' || b === '-h'))
        return help(a);
    return undefined;
}
function version() {
    try {
        const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
        return typeof pkg.version === 'string' ? pkg.version : undefined;
    }
    catch {
        return undefined;
    }
}
/** The width commander would wrap at: the terminal's, else 80. */
function helpWidth(out) {
    return out.isTTY ? (out.columns ?? 80) : 80;
}
function forcedColour(env) {
    return Boolean(env.FORCE_COLOR) || env.CLICOLOR_FORCE !== undefined;
}
function renderedHelp(lang, topic) {
    try {
        const book = JSON.parse(readFileSync(helpFile(lang), 'utf8'));
        return Object.hasOwn(book, topic) ? book[topic] : undefined;
    }
    catch {
        return undefined;
    }
}
/** The exit code when the run was answered here; undefined when main() must run. */
export function fastPath(argv, io) {
    const request = fastRequest(argv);
    if (!request)
        return undefined;
    let text;
    if (request.kind === 'version') {
        const v = version();
        text = v === undefined ? undefined : `${v}\n`;
    }
    else {
        const lang = request.lang ?? langFromEnv(io.env) ?? 'en';
        const help = renderedHelp(lang, request.topic);
        const width = helpWidth(io.stdout);
        const fits = help && (width === 80 || (!help.wraps && width >= help.longest));
        const colourOk = help && (help.colourless || (!io.stdout.isTTY && !forcedColour(io.env)));
        if (help && fits && colourOk)
            text = help.text;
    }
    if (text === undefined)
        return undefined;
    // `c21lab --help | head` closes the pipe early: the reader's choice, not a crash.
    io.stdout.on?.('error', (e) => {
        if (e.code !== 'EPIPE')
            throw e;
    });
    io.stdout.write(text);
    return 0;
}
