// Messages about the output path `-` (stdout), shared by every command that writes a file.
import { defineMessages } from './define.js';
export const outputMessages = defineMessages({
    en: {
        binaryOnTerminal: 'a {format} file is binary and stdout is a terminal: redirect it (-o - > FILE.{format}) or name a file (-o FILE.{format})',
    },
    fr: {
        binaryOnTerminal: 'un fichier {format} est binaire et la sortie standard est un terminal : redirigez-la (-o - > FICHIER.{format}) ou nommez un fichier (-o FICHIER.{format})',
    },
    es: {
        binaryOnTerminal: 'un archivo {format} es binario y la salida estándar es un terminal: rediríjala (-o - > ARCHIVO.{format}) o indique un archivo (-o ARCHIVO.{format})',
    },
});
