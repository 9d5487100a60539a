// The terminal prompter: @inquirer/prompts, with its own hint texts
// translated (the key help line of select, the yes/no words of confirm), so
// nothing English is left in the French or Spanish interface.
import { confirm, input, select } from '@inquirer/prompts';
import type { Lang } from '../core/types.js';
import { translator } from '../i18n/define.js';
import { walkthroughMessages } from '../i18n/walkthrough.js';
import { PromptExit, type Choice, type InputOptions, type Prompter } from './prompter.js';

interface Streams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

function isExit(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError';
}

async function guard<T>(promise: Promise<T>, typed: () => string = () => ''): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (isExit(error)) throw new PromptExit(typed());
    throw error;
  }
}

export function inquirerPrompter(lang: Lang, streams: Streams): Prompter {
  const t = translator(walkthroughMessages, lang);
  const actions: Record<string, string> = { navigate: t('keyNavigate'), select: t('keySelect') };
  const selectTheme = {
    style: {
      keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${actions[action] ?? action}`).join(' • '),
    },
    i18n: { disabledError: t('disabledChoice') },
  };
  const confirmTheme = {
    keywords: { yes: t('yes'), no: t('no'), error: () => t('yesNoError') },
  };
  const context = { input: streams.input, output: streams.output };
  return {
    select<T>(message: string, choices: readonly Choice<T>[], defaultValue?: T) {
      const config = { message, choices: choices.map((c) => ({ ...c })), theme: selectTheme, pageSize: 16, loop: false };
      return guard(select<T>(defaultValue === undefined ? config : { ...config, default: defaultValue }, context));
    },
    input(message: string, options: InputOptions = {}) {
      const validate = options.validate;
      // The transformer sees every keystroke's value: what was typed survives a Ctrl+C.
      let typed = '';
      const transformer = (value: string) => ((typed = value), value);
      return guard(
        input(
          { message, default: options.default, transformer, validate: validate ? (v: string) => validate(v) ?? true : undefined },
          context,
        ),
        () => typed,
      );
    },
    confirm(message: string, defaultValue: boolean) {
      return guard(confirm({ message, default: defaultValue, theme: confirmTheme }, context));
    },
  };
}
