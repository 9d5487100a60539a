import {
  defineMessages
} from "./chunk-LZ5AH6GU.js";

// dist/i18n/score.js
var scoreMessages = defineMessages({
  en: {
    summary: "per commitment: mean score, percent, band, coverage, vote spread, and the difference to a benchmark",
    argFiles: "assessment files (one block, or one set of rows, per file)",
    optFormat: "output format: table, json or csv",
    optBenchmark: "benchmark to compare with: a bundled id (e.g. example-panel) or a path to a benchmark file",
    colId: "#",
    colCommitment: "Commitment",
    colMean: "Mean",
    colPercent: "%",
    colBand: "Band",
    colCoverage: "Scored",
    colVotes: "Votes",
    colMin: "Min",
    colMax: "Max",
    colSd: "SD",
    colBenchmark: "Benchmark",
    colDiff: "Diff.",
    overall: "Overall",
    overallOf: "Overall ({scored} of {total} commitments)",
    bandNa: "n/a",
    na: "{count} n/a",
    scale: "scale {min}\u2013{max}; % = (mean \u2212 {min}) / ({max} \u2212 {min}) \xD7 100",
    versus: "benchmark: {name}"
  },
  fr: {
    summary: "par engagement : note moyenne, pourcentage, niveau, couverture, dispersion des votes et \xE9cart \xE0 une r\xE9f\xE9rence",
    argFiles: "fichiers d\u2019\xE9valuation (un bloc, ou un ensemble de lignes, par fichier)",
    optFormat: "format de sortie : table, json ou csv",
    optBenchmark: "r\xE9f\xE9rence de comparaison : un identifiant fourni (p. ex. example-panel) ou le chemin d\u2019un fichier de r\xE9f\xE9rence",
    colId: "n\xB0",
    colCommitment: "Engagement",
    colMean: "Moyenne",
    colPercent: "%",
    colBand: "Niveau",
    colCoverage: "Not\xE9s",
    colVotes: "Votes",
    colMin: "Min",
    colMax: "Max",
    colSd: "\xC9.-t.",
    colBenchmark: "R\xE9f\xE9rence",
    colDiff: "\xC9cart",
    overall: "Ensemble",
    overallOf: "Ensemble ({scored, plural, one {# engagement} other {# engagements}} sur {total})",
    bandNa: "s.o.",
    na: "{count} s.o.",
    scale: "\xE9chelle {min}\u2013{max} ; % = (moyenne \u2212 {min}) / ({max} \u2212 {min}) \xD7 100",
    versus: "r\xE9f\xE9rence : {name}"
  },
  es: {
    summary: "por compromiso: puntuaci\xF3n media, porcentaje, nivel, cobertura, dispersi\xF3n de los votos y diferencia con una referencia",
    argFiles: "archivos de evaluaci\xF3n (un bloque, o un conjunto de filas, por archivo)",
    optFormat: "formato de salida: table, json o csv",
    optBenchmark: "referencia con la que comparar: un identificador incluido (p. ej. example-panel) o la ruta de un archivo de referencia",
    colId: "n.\xBA",
    colCommitment: "Compromiso",
    colMean: "Media",
    colPercent: "%",
    colBand: "Nivel",
    colCoverage: "Puntuados",
    colVotes: "Votos",
    colMin: "M\xEDn",
    colMax: "M\xE1x",
    colSd: "D.E.",
    colBenchmark: "Referencia",
    colDiff: "Dif.",
    overall: "Conjunto",
    overallOf: "Conjunto ({scored} de {total} compromisos)",
    bandNa: "n/a",
    na: "{count} n/a",
    scale: "escala {min}\u2013{max}; % = (media \u2212 {min}) / ({max} \u2212 {min}) \xD7 100",
    versus: "referencia: {name}"
  }
});

export {
  scoreMessages
};
