import {
  isStdout
} from "./chunk-MXOEDQIZ.js";
import {
  defineCommand
} from "./chunk-GX2FPJKO.js";
import "./chunk-45ZBJLQG.js";
import {
  writeLine
} from "./chunk-LRCMA3RU.js";
import "./chunk-7BUI3BKP.js";
import {
  defineMessages,
  translator
} from "./chunk-LZ5AH6GU.js";
import "./chunk-32634MZU.js";
import {
  COMPARE_FORMATS
} from "./chunk-3NATLJHL.js";
import {
  EXIT_OK,
  FindingsError,
  UsageError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/i18n/compare.js
var compareMessages = defineMessages({
  en: {
    na: "n/a",
    summary: "compare assessments side by side: cities, or one city over the years",
    argFiles: "two or more assessment files of the same framework",
    optFormat: "output format: table, json or csv",
    optRadar: "also write a radar (SVG) overlaying the files; - writes it to stdout instead of the table",
    badRadar: '--radar expects a file ending in .svg, got "{file}"',
    needTwo: "compare needs at least two files, got {count}",
    needTwoHint: "Example: c21lab compare city-2024.yaml city-2026.yaml",
    title: "Comparison of {count} assessments ({framework})",
    colCommitment: "Commitment",
    colOverallOf: "Overall ({count} of {total})",
    overallNote: "Overall: mean over the {count} of {total} commitments scored in every file ({ids}), so that it compares like with like.",
    overallNone: "Overall: no commitment is scored in every file, so no overall figure compares like with like.",
    tooMany: "{count} files on one radar: colours repeat from the eighth on (told apart by a dotted line)",
    colOverall: "Overall",
    diffNote: "{later}\u2212{earlier}: difference in percentage points. \u2014 means not scored; n/a, not applicable.",
    mismatch: 'framework "{found}" differs from "{expected}" used by {first}: files of different frameworks cannot be compared',
    mismatchContent: 'framework "{found}" has the same id as in {first} but another scale or other commitments: the percentages would not mean the same',
    mismatchSummary: "these files use different frameworks",
    radarWritten: "Radar written to {file}",
    radarTitle: "Comparison"
  },
  fr: {
    na: "s.o.",
    summary: "comparer des \xE9valuations c\xF4te \xE0 c\xF4te : des villes, ou une ville au fil des ans",
    argFiles: "deux fichiers d\u2019\xE9valuation ou plus, du m\xEAme r\xE9f\xE9rentiel",
    optFormat: "format de sortie : table, json ou csv",
    optRadar: "\xE9crire aussi un radar (SVG) superposant les fichiers ; - l\u2019\xE9crit sur la sortie standard \xE0 la place du tableau",
    badRadar: "--radar attend un fichier se terminant par .svg, re\xE7u \xAB {file} \xBB",
    needTwo: "compare demande au moins deux fichiers, re\xE7u {count}",
    needTwoHint: "Exemple : c21lab compare ville-2024.yaml ville-2026.yaml",
    title: "Comparaison de {count} \xE9valuations ({framework})",
    colCommitment: "Engagement",
    colOverallOf: "Ensemble ({count} sur {total})",
    overallNote: "Ensemble : moyenne sur {count, plural, one {le seul engagement not\xE9} other {les # engagements not\xE9s}} dans tous les fichiers ({count} sur {total} : {ids}), pour comparer ce qui est comparable.",
    overallNone: "Ensemble : aucun engagement n\u2019est not\xE9 dans tous les fichiers ; aucun chiffre d\u2019ensemble ne serait comparable.",
    tooMany: "{count} fichiers sur un m\xEAme radar : les couleurs se r\xE9p\xE8tent \xE0 partir du huiti\xE8me (distingu\xE9s par un pointill\xE9)",
    colOverall: "Global",
    diffNote: "{later}\u2212{earlier} : \xE9cart en points de pourcentage. \u2014 signifie non not\xE9 ; s.o., sans objet.",
    mismatch: "le r\xE9f\xE9rentiel \xAB {found} \xBB diff\xE8re de \xAB {expected} \xBB utilis\xE9 par {first} : des fichiers de r\xE9f\xE9rentiels diff\xE9rents ne peuvent pas \xEAtre compar\xE9s",
    mismatchContent: "le r\xE9f\xE9rentiel \xAB {found} \xBB a le m\xEAme identifiant que dans {first} mais une autre \xE9chelle ou d\u2019autres engagements : les pourcentages ne voudraient pas dire la m\xEAme chose",
    mismatchSummary: "ces fichiers utilisent des r\xE9f\xE9rentiels diff\xE9rents",
    radarWritten: "Radar \xE9crit dans {file}",
    radarTitle: "Comparaison"
  },
  es: {
    na: "n/a",
    summary: "comparar evaluaciones lado a lado: ciudades, o una ciudad a lo largo de los a\xF1os",
    argFiles: "dos o m\xE1s archivos de evaluaci\xF3n del mismo marco",
    optFormat: "formato de salida: table, json o csv",
    optRadar: "escribir tambi\xE9n un radar (SVG) que superpone los archivos; - lo escribe en la salida est\xE1ndar en lugar de la tabla",
    badRadar: "--radar espera un archivo terminado en .svg, se recibi\xF3 \xAB{file}\xBB",
    needTwo: "compare necesita al menos dos archivos, se recibieron {count}",
    needTwoHint: "Ejemplo: c21lab compare ciudad-2024.yaml ciudad-2026.yaml",
    title: "Comparaci\xF3n de {count} evaluaciones ({framework})",
    colCommitment: "Compromiso",
    colOverallOf: "Conjunto ({count} de {total})",
    overallNote: "Conjunto: media {count, plural, one {del \xFAnico compromiso puntuado} other {de los # compromisos puntuados}} en todos los archivos ({count} de {total}: {ids}), para comparar lo comparable.",
    overallNone: "Conjunto: ning\xFAn compromiso est\xE1 puntuado en todos los archivos; ninguna cifra de conjunto ser\xEDa comparable.",
    tooMany: "{count} archivos en un mismo radar: los colores se repiten a partir del octavo (distinguidos por una l\xEDnea de puntos)",
    colOverall: "Global",
    diffNote: "{later}\u2212{earlier}: diferencia en puntos porcentuales. \u2014 significa sin puntuar; n/a, no aplicable.",
    mismatch: "el marco \xAB{found}\xBB difiere de \xAB{expected}\xBB, usado por {first}: no se pueden comparar archivos de marcos distintos",
    mismatchContent: "el marco \xAB{found}\xBB tiene el mismo identificador que en {first} pero otra escala u otros compromisos: los porcentajes no significar\xEDan lo mismo",
    mismatchSummary: "estos archivos usan marcos distintos",
    radarWritten: "Radar escrito en {file}",
    radarTitle: "Comparaci\xF3n"
  }
});

// dist/cli/commands/compare.js
var options = [
  { flags: "--format <format>", help: "optFormat", default: "table", choices: COMPARE_FORMATS },
  { flags: "--radar <out.svg>", help: "optRadar" }
];
var spec = defineCommand({
  name: "compare",
  messages: compareMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(t("summary")).argument("<files...>", t("argFiles")), "describe"),
  options,
  run
});
async function run(ctx, args, options2) {
  const [{ compareAssessments, frameworkMismatches }, { compareFormatters }] = await Promise.all([
    import("./chunk-BFHLCEC7.js"),
    import("./chunk-VSAQIKJC.js")
  ]);
  const format = options2.format;
  const radar = typeof options2.radar === "string" ? options2.radar : void 0;
  let t = translator(compareMessages, ctx.lang);
  if (radar !== void 0 && !isStdout(radar) && !radar.toLowerCase().endsWith(".svg"))
    throw new UsageError(t("badRadar", { file: radar }));
  if (args.length < 2)
    throw new UsageError(t("needTwo", { count: args.length }), t("needTwoHint"));
  const inputs = [];
  for (const arg of args)
    inputs.push(await ctx.loadAssessment(arg));
  const lang = ctx.langFor(inputs[0]?.assessment.language);
  t = translator(compareMessages, lang);
  const mismatches = frameworkMismatches(inputs);
  if (mismatches.length) {
    const { locate } = await import("./chunk-IF4R2DMP.js");
    const first = inputs[0]?.file ?? "";
    const findings = mismatches.map((m) => {
      const input = inputs[m.index];
      const at = locate(input.source, ["framework"]);
      const params = { found: m.found, expected: m.expected, first };
      return {
        file: input.file,
        ...at,
        severity: "error",
        rule: "framework-mismatch",
        message: t(m.sameIdDifferentContent ? "mismatchContent" : "mismatch", params),
        path: "/framework"
      };
    });
    throw new FindingsError(t("mismatchSummary"), findings);
  }
  const cmp = compareAssessments(inputs);
  if (!isStdout(radar))
    ctx.io.stdout.write(compareFormatters[format].format(cmp, { lang, t }));
  if (radar) {
    const { renderRadarSvg, tooManySeries } = await import("./chunk-7RJANXT2.js");
    const { roleByDate } = await import("./chunk-FGYDTR2S.js");
    const roles = roleByDate(cmp.files.map((f) => f.date));
    if (tooManySeries(cmp.files.length))
      writeLine(ctx.io.stderr, t("tooMany", { count: cmp.files.length }));
    const svg = await renderRadarSvg({
      framework: cmp.framework,
      lang,
      // Colours by role, as in the report: the latest LAB blue (on top), the one before it vermillion.
      series: cmp.files.map((f, i) => ({
        label: f.label,
        values: cmp.commitments.map((r) => r.percents[i] ?? null),
        na: cmp.commitments.map((r) => r.na?.[i] ?? false),
        ...roles[i] ? { role: roles[i] } : {}
      })),
      title: t("radarTitle")
    });
    await ctx.writeOutput(radar, svg, { said: /* @__PURE__ */ __name(() => t("radarWritten", { file: radar }), "said"), dash: true });
  }
  return EXIT_OK;
}
__name(run, "run");
export {
  run,
  spec
};
