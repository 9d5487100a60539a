import { defineMessages, translator } from './define.js';
export const writeMessages = defineMessages({
    en: {
        readOnly: '{file}: the file is read-only; nothing was written (make it writable, e.g. chmod u+w, and run again)',
        mergeKey: '{file}:{line}:{column}: {path} comes through this YAML merge key (<<), which c21lab could not write out without changing another value; nothing was written. Write the merged entries out by hand in that map (replace the << line with the keys it brings) and run again.',
        notRegular: '{file}: not a regular file; nothing was written',
        locked: '{file}: another c21lab (process {pid} on {host}, since {since}) is writing this file; nothing was written. If no c21lab is running, delete {lock} and run again.',
        changed: '{file}: the file kept changing while c21lab was saving it; nothing was written. Run again when it is no longer being edited.',
        handEditStopped: 'The file was changed on disk and now has errors, so the walkthrough stops here: your last answer was not written and the file is left as it was saved. Fix it (see above) and run c21lab assess {file} again to resume.',
        duplicateAssignment: '{what} is given twice: {first} and {second}; give it once',
        csvLine: '{file}:{line}: {message}',
    },
    fr: {
        readOnly: '{file} : le fichier est en lecture seule ; rien n’a été écrit (rendez-le modifiable, par exemple chmod u+w, puis relancez)',
        mergeKey: '{file}:{line}:{column} : {path} vient de cette clé de fusion YAML (<<), que c21lab n’a pas pu recopier sans changer une autre valeur ; rien n’a été écrit. Recopiez à la main dans cette table les entrées fusionnées (remplacez la ligne << par les clés qu’elle apporte) puis relancez.',
        notRegular: '{file} : ce n’est pas un fichier ordinaire ; rien n’a été écrit',
        locked: '{file} : un autre c21lab (processus {pid} sur {host}, depuis {since}) écrit ce fichier ; rien n’a été écrit. Si aucun c21lab ne tourne, supprimez {lock} et relancez.',
        changed: '{file} : le fichier a changé sans cesse pendant que c21lab l’enregistrait ; rien n’a été écrit. Relancez quand il ne sera plus en cours de modification.',
        handEditStopped: 'Le fichier a été modifié sur le disque et comporte maintenant des erreurs : le parcours s’arrête ici, votre dernière réponse n’a pas été écrite et le fichier reste tel qu’il a été enregistré. Corrigez-le (voir ci-dessus) puis relancez c21lab assess {file} pour reprendre.',
        duplicateAssignment: '{what} est donné deux fois : {first} et {second} ; donnez-le une seule fois',
        csvLine: '{file}:{line} : {message}',
    },
    es: {
        readOnly: '{file}: el archivo es de solo lectura; no se escribió nada (hágalo modificable, p. ej. chmod u+w, y vuelva a ejecutar)',
        mergeKey: '{file}:{line}:{column}: {path} viene de esta clave de fusión YAML (<<), que c21lab no pudo copiar sin cambiar otro valor; no se escribió nada. Copie a mano en ese mapa las entradas fusionadas (sustituya la línea << por las claves que aporta) y vuelva a ejecutar.',
        notRegular: '{file}: no es un archivo normal; no se escribió nada',
        locked: '{file}: otro c21lab (proceso {pid} en {host}, desde {since}) está escribiendo este archivo; no se escribió nada. Si no hay ningún c21lab en marcha, borre {lock} y vuelva a ejecutar.',
        changed: '{file}: el archivo no dejó de cambiar mientras c21lab lo guardaba; no se escribió nada. Vuelva a ejecutar cuando ya no se esté editando.',
        handEditStopped: 'El archivo se modificó en el disco y ahora tiene errores, así que el recorrido se detiene aquí: su última respuesta no se escribió y el archivo queda tal como se guardó. Corríjalo (vea arriba) y ejecute de nuevo c21lab assess {file} para continuar.',
        duplicateAssignment: '{what} aparece dos veces: {first} y {second}; indíquelo una sola vez',
        csvLine: '{file}:{line}: {message}',
    },
});
/** An edit c21lab will not make (core/errors.ts EditRefusedError) in words, for the boundary and the walkthrough alike; `shown` names the file when the error does not. */
export function editRefusedMessage(error, lang, shown = '') {
    const { file, line, column, path } = error;
    return translator(writeMessages, lang)(error.reason, { file: file || shown, line, column, path });
}
