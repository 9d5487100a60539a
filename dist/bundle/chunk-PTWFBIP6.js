import {
  defineMessages
} from "./chunk-LZ5AH6GU.js";

// dist/i18n/schemas.js
var schemasMessages = defineMessages({
  en: {
    summary: "copy the JSON Schemas into a repository of LAB files (.c21lab/schemas/v1) so editors validate offline in any clone, and repair $schema lines that point nowhere",
    argDir: "the repository (default: the top of the current git repository, else the current folder)",
    optNoRelink: "only write the schemas; leave the $schema lines of the files as they are",
    wrote: "{count, plural, one {# schema file written} other {# schema files written}} to {dir}",
    upToDate: "the schemas in {dir} are up to date",
    relinked: "{file}: $schema line now points to {target}",
    relinkedCount: "{count, plural, one {# file} other {# files}} repaired",
    commitHint: "commit {dir} with your files, so that every clone has it",
    wroteWithHint: "{wrote}; {hint}",
    notDir: "{dir} is not a folder"
  },
  fr: {
    summary: "copier les sch\xE9mas JSON dans un d\xE9p\xF4t de fichiers du LAB (.c21lab/schemas/v1) pour que les \xE9diteurs valident hors ligne dans tout clone, et r\xE9parer les lignes $schema qui ne m\xE8nent nulle part",
    argDir: "le d\xE9p\xF4t (par d\xE9faut : la racine du d\xE9p\xF4t git courant, sinon le dossier courant)",
    optNoRelink: "seulement \xE9crire les sch\xE9mas ; laisser les lignes $schema des fichiers telles quelles",
    wrote: "{count, plural, one {# fichier de sch\xE9ma \xE9crit} other {# fichiers de sch\xE9ma \xE9crits}} dans {dir}",
    upToDate: "les sch\xE9mas de {dir} sont \xE0 jour",
    relinked: "{file} : la ligne $schema pointe d\xE9sormais vers {target}",
    relinkedCount: "{count, plural, one {# fichier r\xE9par\xE9} other {# fichiers r\xE9par\xE9s}}",
    commitHint: "versionnez {dir} avec vos fichiers, pour que chaque clone l\u2019ait",
    wroteWithHint: "{wrote} ; {hint}",
    notDir: "{dir} n\u2019est pas un dossier"
  },
  es: {
    summary: "copiar los esquemas JSON en un repositorio de archivos del LAB (.c21lab/schemas/v1) para que los editores validen sin conexi\xF3n en cualquier clon, y reparar las l\xEDneas $schema que no llevan a ninguna parte",
    argDir: "el repositorio (por defecto: la ra\xEDz del repositorio git actual, si no la carpeta actual)",
    optNoRelink: "solo escribir los esquemas; dejar las l\xEDneas $schema de los archivos como est\xE1n",
    wrote: "{count, plural, one {# archivo de esquema escrito} other {# archivos de esquema escritos}} en {dir}",
    upToDate: "los esquemas de {dir} est\xE1n al d\xEDa",
    relinked: "{file}: la l\xEDnea $schema apunta ahora a {target}",
    relinkedCount: "{count, plural, one {# archivo reparado} other {# archivos reparados}}",
    commitHint: "a\xF1ada {dir} al control de versiones con sus archivos, para que todo clon lo tenga",
    wroteWithHint: "{wrote}; {hint}",
    notDir: "{dir} no es una carpeta"
  }
});

export {
  schemasMessages
};
