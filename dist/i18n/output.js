// Messages about the output path `-` (stdout), shared by every command that writes a file.
import { defineMessages } from './define.js';
export const outputMessages = defineMessages({
    en: {
        binaryOnTerminal: 'a {format} file is binary and stdout is a terminal: redirect it (-o - > FILE.{format}) or name a file (-o FILE.{format})',
        formatUnused: '--format chooses what {what} - writes to standard output; give it with {what} -, or name a file (its extension chooses)',
        formatAndFile: '--format {format} does not match {file}: a file\'s extension chooses its format, and --format applies to - (standard output)',
        dashFolder: '{what}: "-" stands for standard output, which cannot hold a folder of files; name a folder (./- for a folder called "-")',
    },
    fr: {
        binaryOnTerminal: 'un fichier {format} est binaire et la sortie standard est un terminal : redirigez-la (-o - > FICHIER.{format}) ou nommez un fichier (-o FICHIER.{format})',
        formatUnused: '--format choisit ce que {what} - écrit sur la sortie standard ; donnez-le avec {what} -, ou nommez un fichier (son extension choisit)',
        formatAndFile: '--format {format} ne correspond pas à {file} : l’extension d’un fichier choisit son format, et --format s’applique à - (la sortie standard)',
        dashFolder: '{what} : « - » désigne la sortie standard, qui ne peut pas contenir un dossier de fichiers ; nommez un dossier (./- pour un dossier appelé « - »)',
    },
    es: {
        binaryOnTerminal: 'un archivo {format} es binario y la salida estándar es un terminal: rediríjala (-o - > ARCHIVO.{format}) o indique un archivo (-o ARCHIVO.{format})',
        formatUnused: '--format elige lo que {what} - escribe en la salida estándar; úselo con {what} -, o indique un archivo (su extensión elige)',
        formatAndFile: '--format {format} no corresponde a {file}: la extensión de un archivo elige su formato, y --format se aplica a - (la salida estándar)',
        dashFolder: '{what}: «-» designa la salida estándar, que no puede contener una carpeta de archivos; indique una carpeta (./- para una carpeta llamada «-»)',
    },
});
