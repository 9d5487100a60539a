import {
  defineMessages,
  translator
} from "./chunk-LZ5AH6GU.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/i18n/write.js
var writeMessages = defineMessages({
  en: {
    readOnly: "{file}: the file is read-only; nothing was written (make it writable, e.g. chmod u+w, and run again)",
    mergeKey: "{file}:{line}:{column}: {path} comes through this YAML merge key (<<), which c21lab could not write out without changing another value; nothing was written. Write the merged entries out by hand in that map (replace the << line with the keys it brings) and run again.",
    notRegular: "{file}: not a regular file; nothing was written",
    locked: "{file}: another c21lab (process {pid} on {host}, since {since}) is writing this file; nothing was written. If no c21lab is running, delete {lock} and run again.",
    changed: "{file}: the file kept changing while c21lab was saving it; nothing was written. Run again when it is no longer being edited.",
    handEditStopped: "The file was changed on disk and now has errors, so the walkthrough stops here: your last answer was not written and the file is left as it was saved. Fix it (see above) and run c21lab assess {file} again to resume.",
    duplicateAssignment: "{what} is given twice: {first} and {second}; give it once",
    csvLine: "{file}:{line}: {message}"
  },
  fr: {
    readOnly: "{file} : le fichier est en lecture seule ; rien n\u2019a \xE9t\xE9 \xE9crit (rendez-le modifiable, par exemple chmod u+w, puis relancez)",
    mergeKey: "{file}:{line}:{column} : {path} vient de cette cl\xE9 de fusion YAML (<<), que c21lab n\u2019a pas pu recopier sans changer une autre valeur ; rien n\u2019a \xE9t\xE9 \xE9crit. Recopiez \xE0 la main dans cette table les entr\xE9es fusionn\xE9es (remplacez la ligne << par les cl\xE9s qu\u2019elle apporte) puis relancez.",
    notRegular: "{file} : ce n\u2019est pas un fichier ordinaire ; rien n\u2019a \xE9t\xE9 \xE9crit",
    locked: "{file} : un autre c21lab (processus {pid} sur {host}, depuis {since}) \xE9crit ce fichier ; rien n\u2019a \xE9t\xE9 \xE9crit. Si aucun c21lab ne tourne, supprimez {lock} et relancez.",
    changed: "{file} : le fichier a chang\xE9 sans cesse pendant que c21lab l\u2019enregistrait ; rien n\u2019a \xE9t\xE9 \xE9crit. Relancez quand il ne sera plus en cours de modification.",
    handEditStopped: "Le fichier a \xE9t\xE9 modifi\xE9 sur le disque et comporte maintenant des erreurs : le parcours s\u2019arr\xEAte ici, votre derni\xE8re r\xE9ponse n\u2019a pas \xE9t\xE9 \xE9crite et le fichier reste tel qu\u2019il a \xE9t\xE9 enregistr\xE9. Corrigez-le (voir ci-dessus) puis relancez c21lab assess {file} pour reprendre.",
    duplicateAssignment: "{what} est donn\xE9 deux fois : {first} et {second} ; donnez-le une seule fois",
    csvLine: "{file}:{line} : {message}"
  },
  es: {
    readOnly: "{file}: el archivo es de solo lectura; no se escribi\xF3 nada (h\xE1galo modificable, p. ej. chmod u+w, y vuelva a ejecutar)",
    mergeKey: "{file}:{line}:{column}: {path} viene de esta clave de fusi\xF3n YAML (<<), que c21lab no pudo copiar sin cambiar otro valor; no se escribi\xF3 nada. Copie a mano en ese mapa las entradas fusionadas (sustituya la l\xEDnea << por las claves que aporta) y vuelva a ejecutar.",
    notRegular: "{file}: no es un archivo normal; no se escribi\xF3 nada",
    locked: "{file}: otro c21lab (proceso {pid} en {host}, desde {since}) est\xE1 escribiendo este archivo; no se escribi\xF3 nada. Si no hay ning\xFAn c21lab en marcha, borre {lock} y vuelva a ejecutar.",
    changed: "{file}: el archivo no dej\xF3 de cambiar mientras c21lab lo guardaba; no se escribi\xF3 nada. Vuelva a ejecutar cuando ya no se est\xE9 editando.",
    handEditStopped: "El archivo se modific\xF3 en el disco y ahora tiene errores, as\xED que el recorrido se detiene aqu\xED: su \xFAltima respuesta no se escribi\xF3 y el archivo queda tal como se guard\xF3. Corr\xEDjalo (vea arriba) y ejecute de nuevo c21lab assess {file} para continuar.",
    duplicateAssignment: "{what} aparece dos veces: {first} y {second}; ind\xEDquelo una sola vez",
    csvLine: "{file}:{line}: {message}"
  }
});
function editRefusedMessage(error, lang, shown = "") {
  const { file, line, column, path } = error;
  return translator(writeMessages, lang)(error.reason, { file: file || shown, line, column, path });
}
__name(editRefusedMessage, "editRefusedMessage");

export {
  writeMessages,
  editRefusedMessage
};
