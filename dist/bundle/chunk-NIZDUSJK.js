import {
  defineMessages
} from "./chunk-LZ5AH6GU.js";

// dist/i18n/panel.js
var panelMessages = defineMessages({
  en: {
    summary: "build a benchmark file from a set of assessments (mean percent per commitment)",
    argFiles: "assessment files to average (all of the same framework)",
    optOut: "benchmark file to write, e.g. benchmarks/my-panel.yaml; - writes it to stdout",
    optName: "name of the benchmark, shown in legends and reports",
    optSource: "where the assessments come from (printed in reports)",
    optId: "short id of the benchmark (lower case, digits, . _ -)",
    optYear: "year of the benchmark",
    optForce: "overwrite the output file if it exists",
    outRequired: "an output file is required: -o BENCH.yaml",
    nameRequired: "--name is required: the name shown in legends and reports",
    sourceRequired: "--source is required: where the assessments come from",
    badId: '--id "{id}" is not a valid id: use lower case letters, digits, ".", "_" and "-", starting with a letter or digit',
    badExt: "{file}: a benchmark file name must end in .yaml or .yml",
    exists: "{file} already exists; use --force to overwrite it",
    mixedFrameworks: '{file} uses framework "{found}", but {first} uses "{expected}": a benchmark averages one framework only',
    nothingScored: "{count, plural, one {the assessment scores no commitment} other {none of the # assessments scores any commitment}}: there is nothing to average",
    method: "Built with c21lab panel from {count, plural, one {# assessment} other {# assessments}}. Each value is the mean, over the assessments that scored the commitment, of its percentage on the radar scale ((mean - min) / (max - min) x 100, {decimals, plural, one {# decimal} other {# decimals}}); null where no assessment scored it. Commitments scored per assessment: {counts}.",
    written: "written: {file} ({count, plural, one {# assessment} other {# assessments}})",
    builtFrom: "Built with c21lab panel from:",
    notFound: 'benchmark "{ref}" not found: not a bundled benchmark ({ids}) and no such file',
    otherFramework: 'benchmark "{name}" is for framework "{found}", but the assessments use "{expected}": a benchmark of another framework is never drawn or compared',
    otherUnit: 'benchmark "{name}" is in unit "{found}"; only "percent" (0\u2013100, as the radar draws) can be compared. Convert each value v with (v - {min}) / ({max} - {min}) x 100 and set unit: percent',
    unknownCommitment: 'benchmark value for "{id}": no commitment with this id in framework "{framework}" (expected one of {ids})',
    refused: "{file}: benchmark refused"
  },
  fr: {
    summary: "construire un fichier de r\xE9f\xE9rence \xE0 partir d\u2019un ensemble d\u2019\xE9valuations (pourcentage moyen par engagement)",
    argFiles: "fichiers d\u2019\xE9valuation \xE0 moyenner (tous du m\xEAme r\xE9f\xE9rentiel)",
    optOut: "fichier de r\xE9f\xE9rence \xE0 \xE9crire, p. ex. benchmarks/mon-panel.yaml ; - l\u2019\xE9crit sur la sortie standard",
    optName: "nom de la r\xE9f\xE9rence, affich\xE9 dans les l\xE9gendes et les rapports",
    optSource: "provenance des \xE9valuations (imprim\xE9e dans les rapports)",
    optId: "identifiant court de la r\xE9f\xE9rence (minuscules, chiffres, . _ -)",
    optYear: "ann\xE9e de la r\xE9f\xE9rence",
    optForce: "\xE9craser le fichier de sortie s\u2019il existe",
    outRequired: "un fichier de sortie est n\xE9cessaire : -o REFERENCE.yaml",
    nameRequired: "--name est obligatoire : le nom affich\xE9 dans les l\xE9gendes et les rapports",
    sourceRequired: "--source est obligatoire : la provenance des \xE9valuations",
    badId: "--id \xAB {id} \xBB n\u2019est pas un identifiant valide : utilisez des minuscules, des chiffres, \xAB . \xBB, \xAB _ \xBB et \xAB - \xBB, en commen\xE7ant par une lettre ou un chiffre",
    badExt: "{file} : le nom d\u2019un fichier de r\xE9f\xE9rence doit finir par .yaml ou .yml",
    exists: "{file} existe d\xE9j\xE0 ; utilisez --force pour l\u2019\xE9craser",
    mixedFrameworks: "{file} utilise le r\xE9f\xE9rentiel \xAB {found} \xBB, mais {first} utilise \xAB {expected} \xBB : une r\xE9f\xE9rence ne moyenne qu\u2019un seul r\xE9f\xE9rentiel",
    nothingScored: "{count, plural, one {l\u2019\xE9valuation ne note aucun engagement} other {aucune des # \xE9valuations ne note un engagement}} : il n\u2019y a rien \xE0 moyenner",
    method: "Construit avec c21lab panel \xE0 partir de {count, plural, one {# \xE9valuation} other {# \xE9valuations}}. Chaque valeur est la moyenne, sur les \xE9valuations qui ont not\xE9 l\u2019engagement, de son pourcentage sur l\u2019\xE9chelle du radar ((moyenne - min) / (max - min) x 100, {decimals, plural, one {# d\xE9cimale} other {# d\xE9cimales}}) ; null si aucune \xE9valuation ne l\u2019a not\xE9. Engagements not\xE9s par \xE9valuation : {counts}.",
    written: "\xE9crit : {file} ({count, plural, one {# \xE9valuation} other {# \xE9valuations}})",
    builtFrom: "Construit avec c21lab panel \xE0 partir de :",
    notFound: "r\xE9f\xE9rence \xAB {ref} \xBB introuvable : ce n\u2019est ni une r\xE9f\xE9rence fournie ({ids}) ni un fichier existant",
    otherFramework: "la r\xE9f\xE9rence \xAB {name} \xBB porte sur le r\xE9f\xE9rentiel \xAB {found} \xBB, mais les \xE9valuations utilisent \xAB {expected} \xBB : une r\xE9f\xE9rence d\u2019un autre r\xE9f\xE9rentiel n\u2019est jamais trac\xE9e ni compar\xE9e",
    otherUnit: "la r\xE9f\xE9rence \xAB {name} \xBB est exprim\xE9e en \xAB {found} \xBB ; seule l\u2019unit\xE9 \xAB percent \xBB (0\u2013100, celle du radar) peut \xEAtre compar\xE9e. Convertissez chaque valeur v par (v - {min}) / ({max} - {min}) x 100 et indiquez unit: percent",
    unknownCommitment: "valeur de r\xE9f\xE9rence pour \xAB {id} \xBB : aucun engagement de ce num\xE9ro dans le r\xE9f\xE9rentiel \xAB {framework} \xBB (attendu : {ids})",
    refused: "{file} : r\xE9f\xE9rence refus\xE9e"
  },
  es: {
    summary: "construir un archivo de referencia a partir de un conjunto de evaluaciones (porcentaje medio por compromiso)",
    argFiles: "archivos de evaluaci\xF3n que promediar (todos del mismo marco)",
    optOut: "archivo de referencia que escribir, p. ej. benchmarks/mi-panel.yaml; - lo escribe en la salida est\xE1ndar",
    optName: "nombre de la referencia, mostrado en leyendas e informes",
    optSource: "procedencia de las evaluaciones (se imprime en los informes)",
    optId: "identificador corto de la referencia (min\xFAsculas, d\xEDgitos, . _ -)",
    optYear: "a\xF1o de la referencia",
    optForce: "sobrescribir el archivo de salida si existe",
    outRequired: "se necesita un archivo de salida: -o REFERENCIA.yaml",
    nameRequired: "--name es obligatorio: el nombre mostrado en leyendas e informes",
    sourceRequired: "--source es obligatorio: la procedencia de las evaluaciones",
    badId: "--id \xAB{id}\xBB no es un identificador v\xE1lido: use min\xFAsculas, d\xEDgitos, \xAB.\xBB, \xAB_\xBB y \xAB-\xBB, empezando por una letra o un d\xEDgito",
    badExt: "{file}: el nombre de un archivo de referencia debe terminar en .yaml o .yml",
    exists: "{file} ya existe; use --force para sobrescribirlo",
    mixedFrameworks: "{file} usa el marco \xAB{found}\xBB, pero {first} usa \xAB{expected}\xBB: una referencia promedia un solo marco",
    nothingScored: "{count, plural, one {la evaluaci\xF3n no punt\xFAa ning\xFAn compromiso} other {ninguna de las # evaluaciones punt\xFAa alg\xFAn compromiso}}: no hay nada que promediar",
    method: "Construido con c21lab panel a partir de {count, plural, one {# evaluaci\xF3n} other {# evaluaciones}}. Cada valor es la media, sobre las evaluaciones que puntuaron el compromiso, de su porcentaje en la escala del radar ((media - m\xEDn) / (m\xE1x - m\xEDn) x 100, {decimals, plural, one {# decimal} other {# decimales}}); null si ninguna evaluaci\xF3n lo puntu\xF3. Compromisos puntuados por evaluaci\xF3n: {counts}.",
    written: "escrito: {file} ({count, plural, one {# evaluaci\xF3n} other {# evaluaciones}})",
    builtFrom: "Construido con c21lab panel a partir de:",
    notFound: "referencia \xAB{ref}\xBB no encontrada: no es una referencia incluida ({ids}) ni un archivo existente",
    otherFramework: "la referencia \xAB{name}\xBB corresponde al marco \xAB{found}\xBB, pero las evaluaciones usan \xAB{expected}\xBB: una referencia de otro marco nunca se dibuja ni se compara",
    otherUnit: "la referencia \xAB{name}\xBB est\xE1 en la unidad \xAB{found}\xBB; solo \xABpercent\xBB (0\u2013100, la del radar) puede compararse. Convierta cada valor v con (v - {min}) / ({max} - {min}) x 100 e indique unit: percent",
    unknownCommitment: "valor de referencia para \xAB{id}\xBB: no hay ning\xFAn compromiso con este n\xFAmero en el marco \xAB{framework}\xBB (se espera uno de {ids})",
    refused: "{file}: referencia rechazada"
  }
});

export {
  panelMessages
};
