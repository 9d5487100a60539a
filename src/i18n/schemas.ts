// Messages of `c21lab schemas`.
import { defineMessages } from './define.js';

export const schemasMessages = defineMessages({
  en: {
    summary: 'copy the JSON Schemas into a repository of LAB files (.c21lab/schemas/v1) so editors validate offline in any clone, and repair $schema lines that point nowhere',
    argDir: 'the repository (default: the top of the current git repository, else the current folder)',
    optNoRelink: 'only write the schemas; leave the $schema lines of the files as they are',
    wrote: '{count, plural, one {# schema file written} other {# schema files written}} to {dir}',
    upToDate: 'the schemas in {dir} are up to date',
    relinked: '{file}: $schema line now points to {target}',
    relinkedCount: '{count, plural, one {# file} other {# files}} repaired',
    commitHint: 'commit {dir} with your files, so that every clone has it',
    wroteWithHint: '{wrote}; {hint}',
    notDir: '{dir} is not a folder',
  },
  fr: {
    summary: "copier les schémas JSON dans un dépôt de fichiers du LAB (.c21lab/schemas/v1) pour que les éditeurs valident hors ligne dans tout clone, et réparer les lignes $schema qui ne mènent nulle part",
    argDir: 'le dépôt (par défaut : la racine du dépôt git courant, sinon le dossier courant)',
    optNoRelink: 'seulement écrire les schémas ; laisser les lignes $schema des fichiers telles quelles',
    wrote: '{count, plural, one {# fichier de schéma écrit} other {# fichiers de schéma écrits}} dans {dir}',
    upToDate: 'les schémas de {dir} sont à jour',
    relinked: '{file} : la ligne $schema pointe désormais vers {target}',
    relinkedCount: '{count, plural, one {# fichier réparé} other {# fichiers réparés}}',
    commitHint: 'versionnez {dir} avec vos fichiers, pour que chaque clone l’ait',
    wroteWithHint: '{wrote} ; {hint}',
    notDir: "{dir} n’est pas un dossier",
  },
  es: {
    summary: 'copiar los esquemas JSON en un repositorio de archivos del LAB (.c21lab/schemas/v1) para que los editores validen sin conexión en cualquier clon, y reparar las líneas $schema que no llevan a ninguna parte',
    argDir: 'el repositorio (por defecto: la raíz del repositorio git actual, si no la carpeta actual)',
    optNoRelink: 'solo escribir los esquemas; dejar las líneas $schema de los archivos como están',
    wrote: '{count, plural, one {# archivo de esquema escrito} other {# archivos de esquema escritos}} en {dir}',
    upToDate: 'los esquemas de {dir} están al día',
    relinked: '{file}: la línea $schema apunta ahora a {target}',
    relinkedCount: '{count, plural, one {# archivo reparado} other {# archivos reparados}}',
    commitHint: 'añada {dir} al control de versiones con sus archivos, para que todo clon lo tenga',
    wroteWithHint: '{wrote}; {hint}',
    notDir: '{dir} no es una carpeta',
  },
});
