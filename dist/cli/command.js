import { translator } from '../i18n/define.js';
import { addOptions, refuseEmptyArguments } from './options.js';
export function defineCommand(decl) {
    return {
        name: decl.name,
        options: decl.options,
        configure(cmd, lang) {
            const t = translator(decl.messages, lang);
            decl.describe(cmd, t, lang);
            refuseEmptyArguments(cmd, lang);
            addOptions(cmd, decl.options, t, lang);
        },
        load: async () => ({ run: decl.run }),
    };
}
