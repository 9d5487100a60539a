import {
  defineMessages
} from "./chunk-LZ5AH6GU.js";

// dist/i18n/radar.js
var radarMessages = defineMessages({
  en: {
    summary: "draw the radar of one or more assessments (SVG or PNG), optionally against a benchmark",
    argFiles: "assessment files (one line on the radar each)",
    optOut: "output file: OUT.svg or OUT.png; - writes the SVG to stdout",
    optBenchmark: "benchmark to draw dashed: a bundled id (e.g. example-panel) or a path to a benchmark file",
    optTitle: "title printed above the radar (default: the framework and the cities)",
    optWidth: "width in pixels, 480 to 4000 (default 720)",
    outRequired: "an output file is required: -o OUT.svg or -o OUT.png",
    badExt: "{file}: unknown output type; expected a name ending in .svg or .png",
    mixedFrameworks: '{file} uses framework "{found}", but {first} uses "{expected}": a radar draws one framework only',
    written: "written: {file}",
    defaultTitle: "{framework} radar \u2014 {cities}",
    noteRings: "Rings: band limits ({bands}); scale 0\u2013100\xA0%.",
    noteGaps: "A gap in a line: commitment not yet scored, or not applicable where its label says n/a.",
    naMark: "n/a",
    tooMany: "{count} series on one radar: colours repeat from the eighth on (told apart by a dotted line); consider fewer files",
    svgTitle: "Radar: {series}",
    svgDesc: "Percentage per commitment. {values}",
    svgSeries: "{label}: {values}.",
    svgNa: "n/a",
    svgNotScored: "not scored",
    svgTable: "The same figures are in the table \u201C{table}\u201D.",
    bandFrom: "{band} \u2265 {percent}\xA0%"
  },
  fr: {
    summary: "dessiner le radar d\u2019une ou plusieurs \xE9valuations (SVG ou PNG), \xE9ventuellement face \xE0 une r\xE9f\xE9rence",
    argFiles: "fichiers d\u2019\xE9valuation (une ligne du radar chacun)",
    optOut: "fichier de sortie : SORTIE.svg ou SORTIE.png ; - \xE9crit le SVG sur la sortie standard",
    optBenchmark: "r\xE9f\xE9rence trac\xE9e en pointill\xE9s : un identifiant fourni (p. ex. example-panel) ou le chemin d\u2019un fichier de r\xE9f\xE9rence",
    optTitle: "titre imprim\xE9 au-dessus du radar (par d\xE9faut : le r\xE9f\xE9rentiel et les villes)",
    optWidth: "largeur en pixels, de 480 \xE0 4000 (720 par d\xE9faut)",
    outRequired: "un fichier de sortie est n\xE9cessaire : -o SORTIE.svg ou -o SORTIE.png",
    badExt: "{file} : type de sortie inconnu ; un nom finissant par .svg ou .png est attendu",
    mixedFrameworks: "{file} utilise le r\xE9f\xE9rentiel \xAB {found} \xBB, mais {first} utilise \xAB {expected} \xBB : un radar ne repr\xE9sente qu\u2019un seul r\xE9f\xE9rentiel",
    written: "\xE9crit : {file}",
    defaultTitle: "Radar {framework} \u2014 {cities}",
    noteRings: "Cercles\xA0: limites des niveaux ({bands})\xA0; \xE9chelle de 0 \xE0 100\xA0%.",
    noteGaps: "Une interruption de ligne\xA0: engagement pas encore not\xE9, ou sans objet si son libell\xE9 porte s.o.",
    naMark: "s.o.",
    tooMany: "{count} s\xE9ries sur un m\xEAme radar\xA0: les couleurs se r\xE9p\xE8tent \xE0 partir de la huiti\xE8me (distingu\xE9es par un pointill\xE9)\xA0; envisagez moins de fichiers",
    svgTitle: "Radar\xA0: {series}",
    svgDesc: "Pourcentage par engagement. {values}",
    svgSeries: "{label}\xA0: {values}.",
    svgNa: "s.o.",
    svgNotScored: "non not\xE9",
    svgTable: "Les m\xEAmes chiffres figurent dans le tableau \xAB\xA0{table}\xA0\xBB.",
    bandFrom: "{band} \u2265 {percent}\xA0%"
  },
  es: {
    summary: "dibujar el radar de una o varias evaluaciones (SVG o PNG), opcionalmente frente a una referencia",
    argFiles: "archivos de evaluaci\xF3n (una l\xEDnea del radar cada uno)",
    optOut: "archivo de salida: SALIDA.svg o SALIDA.png; - escribe el SVG en la salida est\xE1ndar",
    optBenchmark: "referencia dibujada con trazos: un identificador incluido (p. ej. example-panel) o la ruta de un archivo de referencia",
    optTitle: "t\xEDtulo impreso encima del radar (por defecto: el marco y las ciudades)",
    optWidth: "ancho en p\xEDxeles, de 480 a 4000 (720 por defecto)",
    outRequired: "se necesita un archivo de salida: -o SALIDA.svg o -o SALIDA.png",
    badExt: "{file}: tipo de salida desconocido; se espera un nombre terminado en .svg o .png",
    mixedFrameworks: "{file} usa el marco \xAB{found}\xBB, pero {first} usa \xAB{expected}\xBB: un radar representa un solo marco",
    written: "escrito: {file}",
    defaultTitle: "Radar {framework} \u2014 {cities}",
    noteRings: "C\xEDrculos: l\xEDmites de los niveles ({bands}); escala de 0 a 100\xA0%.",
    noteGaps: "Una interrupci\xF3n en la l\xEDnea: compromiso a\xFAn sin puntuar, o no aplicable si su etiqueta dice n/a.",
    naMark: "n/a",
    tooMany: "{count} series en un mismo radar: los colores se repiten a partir de la octava (distinguidas por una l\xEDnea de puntos); considere usar menos archivos",
    svgTitle: "Radar: {series}",
    svgDesc: "Porcentaje por compromiso. {values}",
    svgSeries: "{label}: {values}.",
    svgNa: "n/a",
    svgNotScored: "sin puntuar",
    svgTable: "Las mismas cifras figuran en la tabla \xAB{table}\xBB.",
    bandFrom: "{band} \u2265 {percent}\xA0%"
  }
});

export {
  radarMessages
};
