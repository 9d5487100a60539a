import {
  defineMessages
} from "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/i18n/cli.js
var cliMessages = defineMessages({
  en: {
    description: "Toolkit for the Culture 21 LAB: validate, walk through, score and report self-assessments on Culture 21 Actions.",
    optLang: "language of the interface and outputs: en, fr or es (default: from the file, then LANG)",
    optVerbose: "show stack traces and internal details on failure",
    optNoColor: "never colour the output (NO_COLOR does the same)",
    optVersion: "print the version",
    optHelp: "show help",
    helpCommand: "show help for a command",
    internalError: "internal error: {message}",
    verboseHint: "run again with --verbose for details",
    badLang: 'unknown language "{lang}": expected en, fr or es',
    usage: "Usage:",
    ioError: "{path}: {reason}",
    io_ENOENT: "no such file or directory",
    io_EACCES: "permission denied",
    io_EPERM: "permission denied",
    io_ENOTDIR: "a part of the path is not a directory",
    io_EISDIR: "is a directory",
    io_EROFS: "read-only file system",
    io_EDQUOT: "disk quota exceeded",
    io_EFBIG: "file too large for the file system",
    io_ELOOP: "too many levels of symbolic links",
    io_ENOSPC: "no space left on the device",
    io_EEXIST: "already exists",
    io_notFolder: "is a file, where a folder is needed",
    io_other: "cannot be read or written ({code})",
    invalidFile: "{file} is not a valid {kind} file",
    kind_assessment: "assessment",
    kind_framework: "framework",
    kind_benchmark: "benchmark",
    kind_practice: "good-practice",
    kind_review: "review",
    noSuchFile: "{file}: no such file",
    isDirectory: "{file}: is a directory, expected a YAML file",
    cannotRead: "{file}: cannot be read ({detail})",
    exitCodes: "Exit codes: 0 ok \xB7 1 findings in the input \xB7 2 usage error or unreadable input \xB7 130 interrupted, nothing written"
  },
  fr: {
    description: "Bo\xEEte \xE0 outils du Culture 21 LAB : valider, animer, noter et pr\xE9senter les auto-\xE9valuations selon Culture 21 Actions.",
    optLang: "langue de l'interface et des sorties : en, fr ou es (par d\xE9faut : celle du fichier, puis LANG)",
    optVerbose: "afficher la pile d'appels et les d\xE9tails internes en cas d'\xE9chec",
    optNoColor: "ne jamais colorer la sortie (NO_COLOR fait de m\xEAme)",
    optVersion: "afficher la version",
    optHelp: "afficher l'aide",
    helpCommand: "afficher l'aide d'une commande",
    internalError: "erreur interne : {message}",
    verboseHint: "relancez avec --verbose pour les d\xE9tails",
    badLang: "langue inconnue \xAB {lang} \xBB : en, fr ou es attendu",
    usage: "Utilisation :",
    ioError: "{path} : {reason}",
    io_ENOENT: "fichier ou dossier introuvable",
    io_EACCES: "permission refus\xE9e",
    io_EPERM: "permission refus\xE9e",
    io_ENOTDIR: "une partie du chemin n\u2019est pas un dossier",
    io_EISDIR: "est un dossier",
    io_EROFS: "syst\xE8me de fichiers en lecture seule",
    io_EDQUOT: "quota de disque d\xE9pass\xE9",
    io_EFBIG: "fichier trop grand pour le syst\xE8me de fichiers",
    io_ELOOP: "trop de niveaux de liens symboliques",
    io_ENOSPC: "plus de place sur le disque",
    io_EEXIST: "existe d\xE9j\xE0",
    io_notFolder: "est un fichier l\xE0 o\xF9 il faut un dossier",
    io_other: "lecture ou \xE9criture impossible ({code})",
    invalidFile: "{file} n\u2019est pas un fichier {kind} valable",
    kind_assessment: "d\u2019\xE9valuation",
    kind_framework: "de cadre",
    kind_benchmark: "de r\xE9f\xE9rence",
    kind_practice: "de bonne pratique",
    kind_review: "de relecture",
    noSuchFile: "{file} : fichier introuvable",
    isDirectory: "{file} : est un dossier ; un fichier YAML est attendu",
    cannotRead: "{file} : lecture impossible ({detail})",
    exitCodes: "Codes de sortie : 0 ok \xB7 1 probl\xE8mes dans les fichiers \xB7 2 erreur d'utilisation ou fichier illisible \xB7 130 interrompu, rien d'\xE9crit"
  },
  es: {
    description: "Herramientas para el Culture 21 LAB: validar, guiar, puntuar e informar autoevaluaciones seg\xFAn Cultura 21 Acciones.",
    optLang: "idioma de la interfaz y de los resultados: en, fr o es (por defecto: el del archivo, luego LANG)",
    optVerbose: "mostrar la traza y los detalles internos en caso de fallo",
    optNoColor: "no colorear nunca la salida (NO_COLOR hace lo mismo)",
    optVersion: "mostrar la versi\xF3n",
    optHelp: "mostrar la ayuda",
    helpCommand: "mostrar la ayuda de un comando",
    internalError: "error interno: {message}",
    verboseHint: "vuelva a ejecutar con --verbose para ver los detalles",
    badLang: "idioma desconocido \xAB{lang}\xBB: se espera en, fr o es",
    usage: "Uso:",
    ioError: "{path}: {reason}",
    io_ENOENT: "no existe el archivo o la carpeta",
    io_EACCES: "permiso denegado",
    io_EPERM: "permiso denegado",
    io_ENOTDIR: "una parte de la ruta no es una carpeta",
    io_EISDIR: "es una carpeta",
    io_EROFS: "sistema de archivos de solo lectura",
    io_EDQUOT: "cuota de disco superada",
    io_EFBIG: "archivo demasiado grande para el sistema de archivos",
    io_ELOOP: "demasiados niveles de enlaces simb\xF3licos",
    io_ENOSPC: "no queda espacio en el disco",
    io_EEXIST: "ya existe",
    io_notFolder: "es un archivo donde se necesita una carpeta",
    io_other: "no se puede leer ni escribir ({code})",
    invalidFile: "{file} no es un archivo {kind} v\xE1lido",
    kind_assessment: "de evaluaci\xF3n",
    kind_framework: "de marco",
    kind_benchmark: "de referencia",
    kind_practice: "de buena pr\xE1ctica",
    kind_review: "de revisi\xF3n",
    noSuchFile: "{file}: no existe el archivo",
    isDirectory: "{file}: es una carpeta; se espera un archivo YAML",
    cannotRead: "{file}: no se puede leer ({detail})",
    exitCodes: "C\xF3digos de salida: 0 correcto \xB7 1 problemas en los archivos \xB7 2 error de uso o archivo ilegible \xB7 130 interrumpido, nada escrito"
  }
});

// dist/cli/globals.js
import { Option } from "commander";
function declareGlobalOptions(program, t) {
  return program.addOption(new Option("--lang <lang>", t("optLang")).choices(["en", "fr", "es"])).option("--verbose", t("optVerbose")).option("--no-color", t("optNoColor"));
}
__name(declareGlobalOptions, "declareGlobalOptions");

// dist/cli/registry.js
var COMMANDS = {
  validate: /* @__PURE__ */ __name(() => import("./chunk-WRNHQ6DG.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-N6XL5XZS.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-MYIKAG3N.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-RDU4LK4V.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-XIABADK5.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-FDKOGWIJ.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-IT3Y46HT.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-QNDYQJ4J.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-INYQGQK5.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-IJR3HXOY.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-G23EUIZC.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-RAFEIFIM.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-CS74RQF3.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-UPEU5EEJ.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-BBWBHG4H.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-NZPSBBDS.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-YEUICQPX.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-TLMX5IMQ.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-JKLMXSE5.js"), "man")
};
var COMMAND_NAMES = Object.keys(COMMANDS);
var isCommandName = /* @__PURE__ */ __name((name) => Object.hasOwn(COMMANDS, name), "isCommandName");
async function loadSpec(name) {
  return (await COMMANDS[name]()).spec;
}
__name(loadSpec, "loadSpec");
async function loadSpecs(name) {
  if (name !== void 0 && isCommandName(name))
    return [await loadSpec(name)];
  return Promise.all(COMMAND_NAMES.map(loadSpec));
}
__name(loadSpecs, "loadSpecs");

export {
  cliMessages,
  declareGlobalOptions,
  COMMAND_NAMES,
  isCommandName,
  loadSpecs
};
