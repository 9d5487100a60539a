import {
  defineMessages,
  translator
} from "./chunk-LZ5AH6GU.js";
import {
  UsageError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/i18n/output.js
var outputMessages = defineMessages({
  en: {
    binaryOnTerminal: "a {format} file is binary and stdout is a terminal: redirect it (-o - > FILE.{format}) or name a file (-o FILE.{format})",
    formatUnused: "--format chooses what {what} - writes to standard output; give it with {what} -, or name a file (its extension chooses)",
    formatAndFile: "--format {format} does not match {file}: a file's extension chooses its format, and --format applies to - (standard output)",
    dashFolder: '{what}: "-" stands for standard output, which cannot hold a folder of files; name a folder (./- for a folder called "-")'
  },
  fr: {
    binaryOnTerminal: "un fichier {format} est binaire et la sortie standard est un terminal : redirigez-la (-o - > FICHIER.{format}) ou nommez un fichier (-o FICHIER.{format})",
    formatUnused: "--format choisit ce que {what} - \xE9crit sur la sortie standard ; donnez-le avec {what} -, ou nommez un fichier (son extension choisit)",
    formatAndFile: "--format {format} ne correspond pas \xE0 {file} : l\u2019extension d\u2019un fichier choisit son format, et --format s\u2019applique \xE0 - (la sortie standard)",
    dashFolder: "{what} : \xAB - \xBB d\xE9signe la sortie standard, qui ne peut pas contenir un dossier de fichiers ; nommez un dossier (./- pour un dossier appel\xE9 \xAB - \xBB)"
  },
  es: {
    binaryOnTerminal: "un archivo {format} es binario y la salida est\xE1ndar es un terminal: redir\xEDjala (-o - > ARCHIVO.{format}) o indique un archivo (-o ARCHIVO.{format})",
    formatUnused: "--format elige lo que {what} - escribe en la salida est\xE1ndar; \xFAselo con {what} -, o indique un archivo (su extensi\xF3n elige)",
    formatAndFile: "--format {format} no corresponde a {file}: la extensi\xF3n de un archivo elige su formato, y --format se aplica a - (la salida est\xE1ndar)",
    dashFolder: "{what}: \xAB-\xBB designa la salida est\xE1ndar, que no puede contener una carpeta de archivos; indique una carpeta (./- para una carpeta llamada \xAB-\xBB)"
  }
});

// dist/cli/stdout.js
var STDOUT_PATH = "-";
function isStdout(path) {
  return path === STDOUT_PATH;
}
__name(isStdout, "isStdout");
function refuseBinaryOnTerminal(ctx, format, lang = ctx.lang) {
  if (ctx.io.stdout.isTTY)
    throw new UsageError(translator(outputMessages, lang)("binaryOnTerminal", { format }));
}
__name(refuseBinaryOnTerminal, "refuseBinaryOnTerminal");
function refuseDashFolder(ctx, dir, what, lang = ctx.lang) {
  if (isStdout(dir))
    throw new UsageError(translator(outputMessages, lang)("dashFolder", { what }));
}
__name(refuseDashFolder, "refuseDashFolder");
function refuseFormatMismatch(ctx, format, file, fromExtension, what) {
  if (format === void 0)
    return;
  const t = translator(outputMessages, ctx.lang);
  if (file === void 0)
    throw new UsageError(t("formatUnused", { what }));
  if (!isStdout(file) && fromExtension !== void 0 && fromExtension !== format)
    throw new UsageError(t("formatAndFile", { format, file }));
}
__name(refuseFormatMismatch, "refuseFormatMismatch");

export {
  isStdout,
  refuseBinaryOnTerminal,
  refuseDashFolder,
  refuseFormatMismatch
};
