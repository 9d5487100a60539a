// The one entry point and the one error boundary. main() returns an exit
// code and never calls process.exit, so output is flushed and tests can call
// it in-process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { C21Error, EXIT_OK, EXIT_USAGE, FindingsError, InterruptedError, InvalidFileError, ProblemsError } from '../core/errors.js';
import { IO_CODES, userMessage } from './error-words.js';
import { isLang, langFromEnv } from '../core/lang.js';
import { cliMessages } from '../i18n/cli.js';
import { translator } from '../i18n/define.js';
import { loadChalk, makeStyle, processIO, wantColor, writeLine } from './io.js';
import { COMMAND_NAMES, isCommandName, loadSpecs } from './registry.js';
import { createRunContext } from './context.js';
import { RefusedRead } from '../core/refused-read.js';
import { formatFindings } from '../render/formatters/text.js';
import { visible, visibleLines } from '../render/escape/terminal.js';
import { applyCommanderLanguage, translateCommanderError } from './commander-i18n.js';
import { declareGlobalOptions } from './globals.js';
function version() {
    const pkg = join(fileURLToPath(new URL('../../', import.meta.url)), 'package.json');
    return JSON.parse(readFileSync(pkg, 'utf8')).version;
}
/** The command a run names: the first word that is not a global option (or the value of --lang). */
function commandName(argv) {
    return commandWords(argv)[0];
}
/** The words of argv that are not options (the command, `help`'s topic…), in order. */
function commandWords(argv) {
    const words = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--lang')
            i++;
        else if (!arg.startsWith('-'))
            words.push(arg);
    }
    return words;
}
/** The interface language for help and shell messages, before commander has parsed anything. */
function preLang(argv, env) {
    const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
    const value = i === -1 ? undefined : argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
    return isLang(value) ? value : (langFromEnv(env) ?? 'en');
}
export async function main(argv, io = processIO()) {
    // `help nope` and `nope --help` are refused as `c21lab nope` is (unknown command, its "did you mean",
    // exit 2), not answered with the whole help and no word about the name.
    const [first, topic] = commandWords(argv);
    if (first === 'help' && topic !== undefined && topic !== 'help' && !isCommandName(topic)) {
        const at = argv.indexOf('help');
        argv = [...argv.slice(0, at), ...argv.slice(at + 1)];
    }
    else if (first !== undefined && first !== 'help' && !isCommandName(first)) {
        argv = argv.filter((a) => a !== '--help' && a !== '-h');
    }
    const lang = preLang(argv, io.env);
    const t = translator(cliMessages, lang);
    const verbose = argv.includes('--verbose');
    if (wantColor(io, undefined) || wantColor({ ...io, stdout: io.stderr }, undefined))
        await loadChalk();
    const errStyle = makeStyle(wantColor({ ...io, stdout: io.stderr }, !argv.includes('--no-color')));
    let exitCode = EXIT_OK;
    // The run's context, once a command has one: the boundary words the core's coded errors by its language rule.
    let run;
    const program = new Command('c21lab')
        .description(t('description'))
        .version(version(), '-V, --version', t('optVersion'))
        .helpOption('-h, --help', t('optHelp'))
        .helpCommand('help [command]', t('helpCommand'));
    declareGlobalOptions(program, t)
        .addHelpText('afterAll', `\n${t('exitCodes')}\n`)
        .showSuggestionAfterError(true)
        .exitOverride()
        .configureOutput({
        writeOut: (s) => io.stdout.write(s),
        writeErr: (s) => io.stderr.write(s),
        outputError: (s, write) => write(errStyle.red(translateCommanderError(s, lang))),
    });
    applyCommanderLanguage(program, lang);
    const named = commandName(argv);
    // A misspelt command needs only the names, for commander's "did you mean": no declaration is imported.
    const misspelt = named !== undefined && named !== 'help' && !isCommandName(named);
    if (misspelt)
        for (const name of COMMAND_NAMES)
            program.command(name);
    for (const spec of misspelt ? [] : await loadSpecs(named)) {
        const cmd = program.command(spec.name);
        spec.configure(cmd, lang);
        cmd.action(async (...received) => {
            const command = received[received.length - 1];
            const globals = program.opts();
            const color = wantColor(io, globals.color);
            const options = command.opts();
            // `report --lang fr` and `demo --lang fr` (their own, older spelling) count as the global --lang, for everything the run says.
            const lang = isLang(options.lang) ? options.lang : globals.lang;
            const ctx = (run = createRunContext(io, { lang, verbose: Boolean(globals.verbose), color }, makeStyle(color)));
            const args = command.processedArgs.flat().filter((a) => typeof a === 'string');
            const impl = await spec.load();
            exitCode = await impl.run(ctx, args, options);
        });
    }
    try {
        await program.parseAsync(argv, { from: 'user' });
        return exitCode;
    }
    catch (error) {
        // The core gave codes (a refusal, an invalid file's findings): worded here, by the run's language rule, with
        // the validator's words, loaded only now.
        const coded = error instanceof RefusedRead || (error instanceof InvalidFileError && error.coded !== undefined);
        const langFor = run?.langFor ?? (() => lang);
        const worded = coded ? (await import('./refusal-words.js')).wordCoreError(error, lang, langFor) : error;
        return report(worded, io, errStyle, verbose, t, lang);
    }
}
function report(error, io, style, verbose, t, lang) {
    if (error instanceof CommanderError) {
        // Help and --version end here with code 0; commander already printed its message.
        return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof InterruptedError)
        return error.exitCode; // the terminal already shows the ^C
    if (error instanceof C21Error) {
        if (error instanceof FindingsError && error.findings.length > 0) {
            writeLine(io.stderr, formatFindings(error.findings, style));
        }
        // A CSV's cells are quoted in problems: each stays one visible line.
        if (error instanceof ProblemsError)
            for (const p of error.problems)
                writeLine(io.stderr, visible(`${p.where}: ${p.message}`));
        // Messages may quote a file: one visible line, no terminal control (render/escape/terminal.ts).
        // An invalid file's summary in the language of the findings above it (the file's, by the run's rule).
        const said = error instanceof InvalidFileError ? (error.wordedIn ?? lang) : lang;
        writeLine(io.stderr, `${style.red('c21lab:')} ${visible(userMessage(error, said))}`);
        if (error.hint)
            writeLine(io.stderr, style.dim(visibleLines(error.hint)));
        if (verbose && error.stack)
            writeLine(io.stderr, style.dim(error.stack));
        return error.exitCode;
    }
    const err = error instanceof Error ? error : new Error(String(error));
    const sys = err;
    if (typeof sys.code === 'string' && typeof sys.path === 'string') {
        // A file system refusal (a folder that cannot be created, a full disk…) is
        // about the user's paths, not a bug: say which path and why, exit 2.
        const known = IO_CODES;
        const reason = sys.code === 'EEXIST' && sys.syscall === 'mkdir' ? t('io_notFolder')
            : known.includes(sys.code) ? t(`io_${sys.code}`)
                : t('ioOther', { code: sys.code });
        writeLine(io.stderr, `${style.red('c21lab:')} ${visible(t('ioError', { path: sys.path, reason }))}`);
        if (verbose && err.stack)
            writeLine(io.stderr, style.dim(err.stack));
        return EXIT_USAGE;
    }
    writeLine(io.stderr, `${style.red('c21lab:')} ${visible(t('internalError', { message: err.message }))}`);
    writeLine(io.stderr, verbose && err.stack ? style.dim(err.stack) : style.dim(t('verboseHint')));
    return EXIT_USAGE;
}
