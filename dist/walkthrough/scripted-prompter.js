// A prompter that answers from a script, for tests of the walkthrough steps.
// Each answer names what it expects to be asked (a piece of the message), so a
// test fails loudly when the flow asks something else than it thinks.
import { PromptExit } from './prompter.js';
export function scriptedPrompter(script) {
    const queue = [...script];
    const asked = [];
    function next(message) {
        const step = queue.shift();
        if (!step)
            throw new Error(`script ended, but the walkthrough asked: ${message}`);
        if (!message.includes(step.expect))
            throw new Error(`expected a question containing "${step.expect}", got: ${message}`);
        if ('exit' in step)
            throw new PromptExit(step.typed ?? '');
        return step.answer;
    }
    return {
        asked,
        remaining: () => queue.length,
        async select(message, choices, defaultValue) {
            asked.push({ message, choices: choices.map((c) => c.name), default: defaultValue });
            let answer = next(message);
            if (answer === '<default>')
                answer = defaultValue;
            const choice = choices.find((c) => c.value === answer);
            if (!choice || choice.disabled) {
                throw new Error(`"${String(answer)}" is not a choice of "${message}": ${choices.map((c) => String(c.value)).join(', ')}`);
            }
            return choice.value;
        },
        async input(message, options = {}) {
            asked.push({ message, default: options.default });
            const raw = next(message);
            // As in the terminal, an empty answer takes the default.
            const value = raw === '<default>' || raw === '' ? (options.default ?? '') : String(raw);
            const error = options.validate?.(value);
            if (error)
                throw new Error(`input "${value}" refused by "${message}": ${error}`);
            return value;
        },
        async confirm(message, defaultValue) {
            asked.push({ message, default: defaultValue });
            const answer = next(message);
            return answer === '<default>' ? defaultValue : Boolean(answer);
        },
    };
}
