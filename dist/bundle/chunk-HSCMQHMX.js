import {
  defineMessages
} from "./chunk-LZ5AH6GU.js";

// dist/i18n/shell.js
var shellMessages = defineMessages({
  en: {
    completionSummary: "print the shell completion script for bash, zsh or fish (e.g. source <(c21lab completion bash))",
    argShell: "the shell: bash, zsh or fish",
    badShell: 'unknown shell "{shell}": expected bash, zsh or fish',
    manSummary: "print the manual page in roff (read it with: c21lab man | man -l -)"
  },
  fr: {
    completionSummary: "afficher le script de compl\xE9tion pour bash, zsh ou fish (par ex. source <(c21lab completion bash))",
    argShell: "le shell : bash, zsh ou fish",
    badShell: "shell inconnu \xAB {shell} \xBB : bash, zsh ou fish attendu",
    manSummary: "afficher la page de manuel en roff (\xE0 lire avec : c21lab man | man -l -)"
  },
  es: {
    completionSummary: "mostrar el script de completado para bash, zsh o fish (p. ej. source <(c21lab completion bash))",
    argShell: "el shell: bash, zsh o fish",
    badShell: "shell desconocido \xAB{shell}\xBB: se esperaba bash, zsh o fish",
    manSummary: "mostrar la p\xE1gina de manual en roff (para leerla: c21lab man | man -l -)"
  }
});

export {
  shellMessages
};
