// A prompter that answers from a script, for tests of the walkthrough steps.
// Each answer names what it expects to be asked (a piece of the message), so a
// test fails loudly when the flow asks something else than it thinks.
import { PromptExit, type Choice, type InputOptions, type Prompter } from './prompter.js';

export type ScriptedAnswer =
  | { expect: string; answer: unknown } // select (value), input (string), confirm (boolean)
  | { expect: string; exit: true; typed?: string }; // the person presses Ctrl+C here, maybe after typing

export interface ScriptedPrompter extends Prompter {
  /** Every question asked, with the choices' names for selects. */
  readonly asked: { message: string; choices?: string[]; default?: unknown }[];
  remaining(): number;
}

export function scriptedPrompter(script: ScriptedAnswer[]): ScriptedPrompter {
  const queue = [...script];
  const asked: ScriptedPrompter['asked'] = [];
  function next(message: string): unknown {
    const step = queue.shift();
    if (!step) throw new Error(`script ended, but the walkthrough asked: ${message}`);
    if (!message.includes(step.expect)) throw new Error(`expected a question containing "${step.expect}", got: ${message}`);
    if ('exit' in step) throw new PromptExit(step.typed ?? '');
    return step.answer;
  }
  return {
    asked,
    remaining: () => queue.length,
    async select<T>(message: string, choices: readonly Choice<T>[], defaultValue?: T): Promise<T> {
      asked.push({ message, choices: choices.map((c) => c.name), default: defaultValue });
      let answer = next(message);
      if (answer === '<default>') answer = defaultValue;
      const choice = choices.find((c) => c.value === answer);
      if (!choice || choice.disabled) {
        throw new Error(`"${String(answer)}" is not a choice of "${message}": ${choices.map((c) => String(c.value)).join(', ')}`);
      }
      return choice.value;
    },
    async input(message: string, options: InputOptions = {}): Promise<string> {
      asked.push({ message, default: options.default });
      const raw = next(message);
      // As in the terminal, an empty answer takes the default.
      const value = raw === '<default>' || raw === '' ? (options.default ?? '') : String(raw);
      const error = options.validate?.(value);
      if (error) throw new Error(`input "${value}" refused by "${message}": ${error}`);
      return value;
    },
    async confirm(message: string, defaultValue: boolean): Promise<boolean> {
      asked.push({ message, default: defaultValue });
      const answer = next(message);
      return answer === '<default>' ? defaultValue : Boolean(answer);
    },
  };
}
