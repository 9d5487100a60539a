// The one small interface every question goes through. The terminal uses
// @inquirer/prompts (inquirer-prompter.ts); tests use a scripted prompter that
// answers from a list. Steps never import inquirer, so they run in-process.

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
  disabled?: boolean;
}

export interface InputOptions {
  default?: string;
  /** Returns an error message to show, or undefined when the value is fine. */
  validate?: (value: string) => string | undefined;
}

export interface Prompter {
  select<T>(message: string, choices: readonly Choice<T>[], defaultValue?: T): Promise<T>;
  input(message: string, options?: InputOptions): Promise<string>;
  confirm(message: string, defaultValue: boolean): Promise<boolean>;
}

/**
 * Thrown by a prompter when the person leaves (Ctrl+C): the session ends
 * cleanly. `typed` is what was typed into a text question before leaving, so
 * a half-written note can be kept as a draft.
 */
export class PromptExit extends Error {
  constructor(readonly typed = '') {
    super('prompt closed');
    this.name = 'PromptExit';
  }
}
