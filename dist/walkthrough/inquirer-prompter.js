// The terminal prompter: @inquirer/prompts, with its own hint texts
// translated (the key help line of select, the yes/no words of confirm), so
// nothing English is left in the French or Spanish interface.
import { confirm, input, select } from '@inquirer/prompts';
import { translator } from '../i18n/define.js';
import { walkthroughMessages } from '../i18n/walkthrough.js';
import { PromptExit } from './prompter.js';
function isExit(error) {
    const name = error?.name;
    return name === 'ExitPromptError' || name === 'AbortPromptError';
}
async function guard(promise, typed = () => '') {
    try {
        return await promise;
    }
    catch (error) {
        if (isExit(error))
            throw new PromptExit(typed());
        throw error;
    }
}
export function inquirerPrompter(lang, streams) {
    const t = translator(walkthroughMessages, lang);
    const actions = { navigate: t('keyNavigate'), select: t('keySelect') };
    const selectTheme = {
        style: {
            keysHelpTip: (keys) => keys.map(([key, action]) => `${key} ${actions[action] ?? action}`).join(' • '),
        },
        i18n: { disabledError: t('disabledChoice') },
    };
    const confirmTheme = {
        keywords: { yes: t('yes'), no: t('no'), error: () => t('yesNoError') },
    };
    const context = { input: streams.input, output: streams.output };
    return {
        select(message, choices, defaultValue) {
            const config = { message, choices: choices.map((c) => ({ ...c })), theme: selectTheme, pageSize: 16, loop: false };
            return guard(select(defaultValue === undefined ? config : { ...config, default: defaultValue }, context));
        },
        input(message, options = {}) {
            const validate = options.validate;
            // The transformer sees every keystroke's value: what was typed survives a Ctrl+C.
            let typed = '';
            const transformer = (value) => ((typed = value), value);
            return guard(input({ message, default: options.default, transformer, validate: validate ? (v) => validate(v) ?? true : undefined }, context), () => typed);
        },
        confirm(message, defaultValue) {
            return guard(confirm({ message, default: defaultValue, theme: confirmTheme }, context));
        },
    };
}
