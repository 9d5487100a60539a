// The one small interface every question goes through. The terminal uses
// @inquirer/prompts (inquirer-prompter.ts); tests use a scripted prompter that
// answers from a list. Steps never import inquirer, so they run in-process.
/** Thrown by a prompter when the person leaves (Ctrl+C): the session saves nothing more and ends cleanly. */
export class PromptExit extends Error {
    constructor() {
        super('prompt closed');
        this.name = 'PromptExit';
    }
}
