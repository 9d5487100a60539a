// Messages of `c21lab validate`.
import { defineMessages } from './define.js';

export const validateMessages = defineMessages({
  en: {
    summary: 'check assessment, framework and benchmark files (for CI: exact file:line:col findings)',
    argPaths: 'files, directories (searched for *.yaml / *.yml) or globs; default: the current directory',
    noFiles: 'no YAML files found in {paths}',
    result: '{files} files checked: {errors} errors, {warnings} warnings',
  },
  fr: {
    summary: "vérifier les fichiers d'évaluation, de cadre et de référence (pour la CI : fichier:ligne:colonne exacts)",
    argPaths: 'fichiers, dossiers (où chercher *.yaml / *.yml) ou motifs ; par défaut : le dossier courant',
    noFiles: 'aucun fichier YAML trouvé dans {paths}',
    result: '{files} fichiers vérifiés : {errors} erreurs, {warnings} avertissements',
  },
  es: {
    summary: 'comprobar archivos de evaluación, de marco y de referencia (para CI: archivo:línea:columna exactos)',
    argPaths: 'archivos, carpetas (se buscan *.yaml / *.yml) o patrones; por defecto: la carpeta actual',
    noFiles: 'no se encontró ningún archivo YAML en {paths}',
    result: '{files} archivos comprobados: {errors} errores, {warnings} avisos',
  },
});
