// The one small interface every question goes through. The terminal uses
// @inquirer/prompts (inquirer-prompter.ts); tests use a scripted prompter that
// answers from a list. Steps never import inquirer, so they run in-process.
/**
 * Thrown by a prompter when the person leaves (Ctrl+C): the session ends
 * cleanly. `typed` is what was typed into a text question before leaving, so
 * a half-written note can be kept as a draft.
 */
export class PromptExit extends Error {
    typed;
    constructor(typed = '') {
        super('prompt closed');
        this.typed = typed;
        this.name = 'PromptExit';
    }
}
