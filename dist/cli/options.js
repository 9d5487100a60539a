// Options declared once, as data, and typed from that declaration (in the
// manner of vitest's CLIOptions<Config>): the flags string says the key
// (`--out-dir <dir>` → outDir), whether it takes a value (`<…>` a string,
// none a boolean), `repeat` makes it a list and `choices` a union. The
// command's implementation receives exactly that type; the one cast from
// commander's untyped opts() is in main.ts.
import { Option } from 'commander';
const collect = (value, previous = []) => [...previous, value];
/** Adds the declared options to a commander command, in order, their help in the interface language. */
export function addOptions(cmd, options, t) {
    for (const d of options) {
        const option = new Option(d.flags, d.help ? t(d.help) : undefined);
        if (!d.help)
            option.hideHelp();
        if (d.default !== undefined)
            option.default(d.default);
        if (d.choices)
            option.choices(d.choices);
        if (d.repeat)
            option.argParser(collect);
        cmd.addOption(option);
    }
}
