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
  HISTORY_FORMATS
} from "./chunk-3NATLJHL.js";
import {
  EXIT_FINDINGS,
  EXIT_OK,
  UsageError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/i18n/history.js
var historyMessages = defineMessages({
  en: {
    summary: "show how an assessment changed over time, from its git history",
    argFile: "assessment file, committed in a git repository",
    optFormat: "output format: table or json",
    optRadar: "also write a radar (SVG) overlaying the versions; - writes it to stdout instead of the table",
    optPerLab: "keep only the last commit of each LAB date",
    badRadar: '--radar expects a file ending in .svg, got "{file}"',
    title: "History of {file}: {count, plural, one {# version} other {# versions}} in git",
    colDate: "LAB date",
    colCommit: "Commit",
    colCommitted: "Committed",
    colOverall: "Overall",
    colCommitment: "Commitment",
    colFirst: "First",
    colLatest: "Latest",
    colChange: "Change",
    invalid: "not scored: line {line}:{column} {rule} {message}",
    deleted: "deleted in this commit",
    otherFramework: 'framework "{framework}", not comparable with "{current}"',
    trendTitle: "Change since the first version ({from} \u2192 {to}), in percentage points",
    trendSingle: "Only one version could be scored: no trend yet.",
    sameDateNote: "* Several commits carry the same LAB date: they are edits of one LAB (scores entered during the workshop, corrections), not separate LABs. --per-lab keeps the last commit of each date.",
    uncommitted: "The working copy has changes not yet committed: they are not part of this history.",
    noValid: "No version of {file} could be scored.",
    percentNote: "Percent per commitment, as in `c21lab score`; \u2014 means not scored; n/a, not applicable.",
    na: "n/a",
    overallCell: "{value} ({scored}/{total})",
    overallNote: "Overall: mean of the percentages of the commitments scored in that version; ({scored}/{total}) means {scored} of the {total} commitments.",
    trendOverallOf: "Overall ({count} of {total} commitments, those scored in both)",
    radarWritten: "Radar written to {file}",
    radarTitle: "{city}: history",
    tooMany: "{count} versions on one radar: colours repeat from the eighth on (told apart by a dotted line)",
    seriesLabel: "{date} ({commit})",
    noFile: "{file}: no such file",
    gitMissing: "git is not installed, or not on the PATH",
    gitMissingHint: "Install git (https://git-scm.com): history reads the versions of the file with it.",
    notRepo: "{file} is not inside a git repository",
    notRepoHint: 'History comes from git: commit the file in a repository first, or compare files side by side with "c21lab compare".',
    notTracked: "{file} is not tracked by git",
    notTrackedHint: "Add and commit it first: git add {file} && git commit",
    noCommits: "{file} is tracked but has no commit yet",
    noCommitsHint: "Commit it first: git commit",
    gitFailed: "git could not read the history of {file}: {detail}",
    gitTimeout: "git did not answer within {seconds} s while reading the history of {file}, and was stopped",
    gitTimeoutHint: 'git may be waiting on the network (a partial clone fetches each old version from its remote) or on another program. Check that "git log -p -- {file}" answers, then try again.'
  },
  fr: {
    summary: "montrer l\u2019\xE9volution d\u2019une \xE9valuation dans le temps, d\u2019apr\xE8s son historique git",
    argFile: "fichier d\u2019\xE9valuation, enregistr\xE9 dans un d\xE9p\xF4t git",
    optFormat: "format de sortie : table ou json",
    optRadar: "\xE9crire aussi un radar (SVG) superposant les versions ; - l\u2019\xE9crit sur la sortie standard \xE0 la place du tableau",
    optPerLab: "ne garder que le dernier commit de chaque date de LAB",
    badRadar: "--radar attend un fichier se terminant par .svg, re\xE7u \xAB {file} \xBB",
    title: "Historique de {file} : {count, plural, one {# version} other {# versions}} dans git",
    colDate: "Date du LAB",
    colCommit: "Commit",
    colCommitted: "Enregistr\xE9 le",
    colOverall: "Global",
    colCommitment: "Engagement",
    colFirst: "Premi\xE8re",
    colLatest: "Derni\xE8re",
    colChange: "\xC9volution",
    invalid: "non not\xE9 : ligne {line}:{column} {rule} {message}",
    deleted: "supprim\xE9 dans ce commit",
    otherFramework: "r\xE9f\xE9rentiel \xAB {framework} \xBB, non comparable avec \xAB {current} \xBB",
    trendTitle: "\xC9volution depuis la premi\xE8re version ({from} \u2192 {to}), en points de pourcentage",
    trendSingle: "Une seule version a pu \xEAtre not\xE9e : pas encore d\u2019\xE9volution.",
    sameDateNote: "* Plusieurs commits portent la m\xEAme date de LAB : ce sont des modifications d\u2019un m\xEAme LAB (notes saisies pendant l\u2019atelier, corrections), pas des LAB distincts. --per-lab garde le dernier commit de chaque date.",
    uncommitted: "La copie de travail contient des modifications non enregistr\xE9es : elles ne font pas partie de cet historique.",
    noValid: "Aucune version de {file} n\u2019a pu \xEAtre not\xE9e.",
    percentNote: "Pourcentage par engagement, comme dans `c21lab score` ; \u2014 signifie non not\xE9 ; s.o., sans objet.",
    na: "s.o.",
    overallCell: "{value} ({scored}/{total})",
    overallNote: "Global : moyenne des pourcentages des engagements not\xE9s dans cette version ; ({scored}/{total}) signifie {scored, plural, one {# engagement} other {# engagements}} sur {total}.",
    trendOverallOf: "Global ({count, plural, one {# engagement} other {# engagements}} sur {total}, ceux not\xE9s dans les deux)",
    radarWritten: "Radar \xE9crit dans {file}",
    radarTitle: "{city} : historique",
    tooMany: "{count} versions sur un m\xEAme radar : les couleurs se r\xE9p\xE8tent \xE0 partir de la huiti\xE8me (distingu\xE9es par un pointill\xE9)",
    seriesLabel: "{date} ({commit})",
    noFile: "{file} : fichier introuvable",
    gitMissing: "git n\u2019est pas install\xE9, ou pas dans le PATH",
    gitMissingHint: "Installez git (https://git-scm.com) : l\u2019historique lit les versions du fichier avec lui.",
    notRepo: "{file} n\u2019est pas dans un d\xE9p\xF4t git",
    notRepoHint: "L\u2019historique vient de git : enregistrez d\u2019abord le fichier dans un d\xE9p\xF4t, ou comparez des fichiers c\xF4te \xE0 c\xF4te avec \xAB c21lab compare \xBB.",
    notTracked: "{file} n\u2019est pas suivi par git",
    notTrackedHint: "Ajoutez-le et enregistrez-le d\u2019abord : git add {file} && git commit",
    noCommits: "{file} est suivi mais n\u2019a encore aucun commit",
    noCommitsHint: "Enregistrez-le d\u2019abord : git commit",
    gitFailed: "git n\u2019a pas pu lire l\u2019historique de {file} : {detail}",
    gitTimeout: "git n\u2019a pas r\xE9pondu en {seconds} s en lisant l\u2019historique de {file}, et a \xE9t\xE9 arr\xEAt\xE9",
    gitTimeoutHint: "git attend peut-\xEAtre le r\xE9seau (un clone partiel va chercher chaque ancienne version sur son d\xE9p\xF4t distant) ou un autre programme. V\xE9rifiez que \xAB git log -p -- {file} \xBB r\xE9pond, puis r\xE9essayez."
  },
  es: {
    summary: "mostrar c\xF3mo ha cambiado una evaluaci\xF3n con el tiempo, seg\xFAn su historial git",
    argFile: "archivo de evaluaci\xF3n, confirmado en un repositorio git",
    optFormat: "formato de salida: table o json",
    optRadar: "escribir tambi\xE9n un radar (SVG) que superpone las versiones; - lo escribe en la salida est\xE1ndar en lugar de la tabla",
    optPerLab: "conservar solo el \xFAltimo commit de cada fecha de LAB",
    badRadar: "--radar espera un archivo terminado en .svg, se recibi\xF3 \xAB{file}\xBB",
    title: "Historial de {file}: {count, plural, one {# versi\xF3n} other {# versiones}} en git",
    colDate: "Fecha del LAB",
    colCommit: "Commit",
    colCommitted: "Confirmado",
    colOverall: "Global",
    colCommitment: "Compromiso",
    colFirst: "Primera",
    colLatest: "\xDAltima",
    colChange: "Cambio",
    invalid: "sin puntuar: l\xEDnea {line}:{column} {rule} {message}",
    deleted: "eliminado en este commit",
    otherFramework: "marco \xAB{framework}\xBB, no comparable con \xAB{current}\xBB",
    trendTitle: "Cambio desde la primera versi\xF3n ({from} \u2192 {to}), en puntos porcentuales",
    trendSingle: "Solo se pudo puntuar una versi\xF3n: todav\xEDa no hay tendencia.",
    sameDateNote: "* Varios commits llevan la misma fecha de LAB: son ediciones de un mismo LAB (puntuaciones introducidas durante el taller, correcciones), no LAB distintos. --per-lab conserva el \xFAltimo commit de cada fecha.",
    uncommitted: "La copia de trabajo tiene cambios sin confirmar: no forman parte de este historial.",
    noValid: "No se pudo puntuar ninguna versi\xF3n de {file}.",
    percentNote: "Porcentaje por compromiso, como en `c21lab score`; \u2014 significa sin puntuar; n/a, no aplicable.",
    na: "n/a",
    overallCell: "{value} ({scored}/{total})",
    overallNote: "Global: media de los porcentajes de los compromisos puntuados en esa versi\xF3n; ({scored}/{total}) significa {scored} de los {total} compromisos.",
    trendOverallOf: "Global ({count} de {total} compromisos, los puntuados en ambas)",
    radarWritten: "Radar escrito en {file}",
    radarTitle: "{city}: historial",
    tooMany: "{count} versiones en un mismo radar: los colores se repiten a partir de la octava (distinguidas por una l\xEDnea de puntos)",
    seriesLabel: "{date} ({commit})",
    noFile: "{file}: no existe el archivo",
    gitMissing: "git no est\xE1 instalado, o no est\xE1 en el PATH",
    gitMissingHint: "Instale git (https://git-scm.com): el historial lee con \xE9l las versiones del archivo.",
    notRepo: "{file} no est\xE1 dentro de un repositorio git",
    notRepoHint: "El historial viene de git: confirme primero el archivo en un repositorio, o compare archivos lado a lado con \xABc21lab compare\xBB.",
    notTracked: "git no sigue {file}",
    notTrackedHint: "A\xF1\xE1dalo y conf\xEDrmelo primero: git add {file} && git commit",
    noCommits: "{file} est\xE1 seguido pero a\xFAn no tiene ning\xFAn commit",
    noCommitsHint: "Conf\xEDrmelo primero: git commit",
    gitFailed: "git no pudo leer el historial de {file}: {detail}",
    gitTimeout: "git no respondi\xF3 en {seconds} s al leer el historial de {file} y fue detenido",
    gitTimeoutHint: "Puede que git est\xE9 esperando a la red (un clon parcial descarga cada versi\xF3n antigua de su remoto) o a otro programa. Compruebe que \xABgit log -p -- {file}\xBB responde y vuelva a intentarlo."
  }
});

// dist/cli/commands/history.js
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
var options = [
  { flags: "--format <format>", help: "optFormat", default: "table", choices: HISTORY_FORMATS },
  { flags: "--radar <out.svg>", help: "optRadar" },
  { flags: "--per-lab", help: "optPerLab" }
];
var spec = defineCommand({
  name: "history",
  messages: historyMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(t("summary")).argument("<file>", t("argFile")), "describe"),
  options,
  run
});
async function run(ctx, args, options2) {
  const [{ GitError }, { readHistory }, { historyFormatters }] = await Promise.all([
    import("./chunk-7ZO4Z342.js"),
    import("./chunk-BVRUJXYY.js"),
    import("./chunk-SZYEQ2Q2.js")
  ]);
  const file = args[0] ?? "";
  const format = options2.format;
  const radar = typeof options2.radar === "string" ? options2.radar : void 0;
  let t = translator(historyMessages, ctx.lang);
  if (radar !== void 0 && !isStdout(radar) && !radar.toLowerCase().endsWith(".svg"))
    throw new UsageError(t("badRadar", { file: radar }));
  const info = await stat(resolve(ctx.io.cwd, file)).catch(() => void 0);
  if (!info)
    throw new UsageError(t("noFile", { file }));
  if (!info.isFile())
    await ctx.loadAssessment(file);
  let history;
  try {
    history = await readHistory(file, { cwd: ctx.io.cwd, env: ctx.io.env, perLab: Boolean(options2.perLab), word: (await ctx.validation()).word });
  } catch (error) {
    throw error instanceof GitError ? localized(error, file, t) : error;
  }
  const latest = history.latest === void 0 ? void 0 : history.versions[history.latest];
  const lang = ctx.langFor(latest?.language);
  t = translator(historyMessages, lang);
  if (!isStdout(radar))
    ctx.io.stdout.write(historyFormatters[format].format(history, { lang, t }));
  if (!history.framework) {
    if (format === "json" || isStdout(radar))
      writeLine(ctx.io.stderr, t("noValid", { file: history.file }));
    return EXIT_FINDINGS;
  }
  if (radar) {
    const { renderRadarSvg, tooManySeries } = await import("./chunk-7RJANXT2.js");
    const ok = history.versions.filter((v) => v.status === "ok");
    const series = ok.map((v, i) => ({
      label: t("seriesLabel", { date: v.date ?? "\u2014", commit: v.short }),
      values: v.percents ?? [],
      na: v.na ?? [],
      ...i === ok.length - 1 ? { role: "current" } : i === ok.length - 2 ? { role: "earlier" } : {}
    }));
    if (tooManySeries(series.length))
      writeLine(ctx.io.stderr, t("tooMany", { count: series.length }));
    const svg = await renderRadarSvg({
      framework: history.framework,
      lang,
      series,
      title: t("radarTitle", { city: latest?.city ?? history.file })
    });
    await ctx.writeOutput(radar, svg, { said: /* @__PURE__ */ __name(() => t("radarWritten", { file: radar }), "said"), dash: true });
  }
  return EXIT_OK;
}
__name(run, "run");
function localized(error, file, t) {
  switch (error.problem) {
    case "git-missing":
      return new UsageError(t("gitMissing"), t("gitMissingHint"));
    case "not-a-repository":
      return new UsageError(t("notRepo", { file }), t("notRepoHint"));
    case "not-tracked":
      return new UsageError(t("notTracked", { file }), t("notTrackedHint", { file }));
    case "no-commits":
      return new UsageError(t("noCommits", { file }), t("noCommitsHint"));
    case "git-timeout":
      return new UsageError(t("gitTimeout", { file, seconds: error.seconds }), t("gitTimeoutHint", { file }));
    default:
      return new UsageError(t("gitFailed", { file, detail: error.detail.split("\n")[0] || error.message }));
  }
}
__name(localized, "localized");
export {
  run,
  spec
};
