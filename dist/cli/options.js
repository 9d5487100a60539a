// Options declared once, as data, and typed from that declaration (in the
// manner of vitest's CLIOptions<Config>): the flags string says the key
// (`--out-dir <dir>` → outDir), whether it takes a value (`<…>` a string,
// none a boolean), `repeat` makes it a list and `choices` a union. The
// command's implementation receives exactly that type; the one cast from
// commander's untyped opts() is in main.ts.
//
// A value is read here, once for every command, before any command runs: an
// option that names a file, a folder, a path, an id or a Git revision refuses
// an empty value (`--benchmark ""`, an unset `$BENCH` in CI) as a usage error,
// exit 2, rather than reading it as "not given"; so does a positional path
// (`validate ""`). An option declared with `integer` is read by the one parser
// of typed whole numbers (core/values.ts) and reaches the command as a number.
import { Option } from 'commander';
import { UsageError } from '../core/errors.js';
import { parseTypedInteger } from '../core/values.js';
import { cliMessages } from '../i18n/cli.js';
import { translator } from '../i18n/define.js';
import { integerMessage } from '../i18n/values.js';
/**
 * The kind of an option's value, from its placeholder (`<file>`, `<id-or-file>`…), when the declaration does
 * not say it. A placeholder not listed here is free text (`<text>`, `<name>`, `<address>`…), where an empty
 * value is the command’s to judge. test/cli/option-values.test.ts holds every declared placeholder to this table.
 */
export const PLACEHOLDER_KINDS = {
    file: 'file', 'out.svg': 'file', 'file.csv': 'file', dir: 'folder', path: 'path', id: 'id', ref: 'ref',
    'id|path': 'idOrFile', 'id-or-path': 'idOrFile', 'id|file': 'idOrFile', 'id-or-file': 'idOrFile',
};
/** The kind of a positional argument, by its declared name (`<files...>` → files); other arguments are the command's. */
export const ARGUMENT_KINDS = {
    file: 'file', files: 'file', assessment: 'file', dir: 'folder', paths: 'fileOrFolder',
};
/** The placeholder of an option's value: `--out-dir <dir>` → `dir`; undefined for a flag. */
function placeholder(flags) {
    return /<([^>]+)>/.exec(flags)?.[1];
}
/** The long name an option is refused by: `-b, --benchmark <id-or-file>` → `--benchmark`. */
function longName(flags) {
    return /--[A-Za-z0-9-]+/.exec(flags)?.[0] ?? flags;
}
/** The kind of a declared option's value that refuses an empty one, or undefined when an empty value is the command's to judge. */
export function valueKind(d) {
    if (d.value === 'text')
        return undefined;
    const ph = placeholder(d.flags);
    return ph === undefined ? undefined : (d.value ?? PLACEHOLDER_KINDS[ph]);
}
function emptyRefusal(kind, said, lang) {
    const t = translator(cliMessages, lang);
    const hint = kind === 'folder' || kind === 'fileOrFolder' ? t('emptyFolderHint') : undefined;
    return new UsageError(said, hint);
}
/** The parser of one declared option: refuses what cannot be read, or returns what the command receives. */
function parserOf(d, lang) {
    const name = longName(d.flags);
    const t = translator(cliMessages, lang);
    const kind = valueKind(d);
    const range = d.integer;
    if (!kind && !range && !d.repeat)
        return undefined;
    return (value, previous) => {
        let read = value;
        if (range) {
            const parsed = parseTypedInteger(value, range);
            if (!parsed.ok)
                throw new UsageError(integerMessage(parsed, name, value, range, lang));
            read = parsed.value;
        }
        else if (kind && value === '') {
            throw emptyRefusal(kind, t('emptyOption', { option: name, what: t(`what_${kind}`) }), lang);
        }
        return d.repeat ? [...(previous ?? []), read] : read;
    };
}
/** Adds the declared options to a commander command, in order, their help in the interface language and their refusals in `lang`. */
export function addOptions(cmd, options, t, lang = 'en') {
    for (const d of options) {
        const option = new Option(d.flags, d.help ? t(d.help) : undefined);
        if (!d.help)
            option.hideHelp();
        if (d.default !== undefined)
            option.default(d.default);
        if (d.choices)
            option.choices(d.choices);
        const parse = parserOf(d, lang);
        if (parse)
            option.argParser(parse);
        cmd.addOption(option);
    }
}
/** Makes the command's positional paths (ARGUMENT_KINDS) refuse an empty word: `validate "" a.yaml` is not `validate . a.yaml`. */
export function refuseEmptyArguments(cmd, lang) {
    const t = translator(cliMessages, lang);
    for (const arg of cmd.registeredArguments) {
        const kind = ARGUMENT_KINDS[arg.name()];
        if (!kind || arg.parseArg)
            continue;
        arg.argParser((value, previous) => {
            if (value === '')
                throw emptyRefusal(kind, t('emptyArgument', { what: t(`what_${kind}`) }), lang);
            return arg.variadic ? [...(previous ?? []), value] : value;
        });
    }
}
