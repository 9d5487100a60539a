import { translator } from '../i18n/define.js';
import { addOptions } from './options.js';
export function defineCommand(decl) {
    return {
        name: decl.name,
        options: decl.options,
        configure(cmd, lang) {
            const t = translator(decl.messages, lang);
            decl.describe(cmd, t, lang);
            addOptions(cmd, decl.options, t);
        },
        load: async () => ({ run: decl.run }),
    };
}
