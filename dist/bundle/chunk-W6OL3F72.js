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
  formatFindings
} from "./chunk-PAYUHFNP.js";
import "./chunk-YSZEVEG4.js";
import {
  EXIT_OK,
  FindingsError,
  UsageError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/i18n/merge.js
var mergeMessages = defineMessages({
  en: {
    summary: "merge the files that breakout groups or several laptops wrote for one LAB",
    argFiles: "assessment files of the same LAB (same city, date and framework); the first one\u2019s comments and layout are kept",
    optOut: "the merged file to write; - writes it to stdout",
    optPrefer: "the file whose value wins where files disagree (one of the inputs)",
    optForce: "overwrite the output file if it exists",
    needTwo: "merge needs at least two files; got {count}.",
    needOut: "Say where to write the merged file with -o FILE.",
    exists: "{file} already exists; use --force to overwrite it",
    preferNotInput: "--prefer {file} is not one of the files to merge.",
    preferHint: "Give one of: {files}.",
    sameFile: "{file} is given twice.",
    mismatch_city: 'another LAB: the city is "{found}", the first file ({first}) says "{expected}"',
    mismatch_date: "another LAB: the date is {found}, the first file ({first}) says {expected}",
    mismatch_framework: 'another framework: "{found}", the first file ({first}) uses "{expected}"',
    mismatchSummary: "These files are not of the same LAB: nothing was merged.",
    caseVariant: 'participant id "{id}" differs only by case from "{other}" in {first}: ids are unique whatever their case, so write it the same way in every file',
    caseVariantSummary: "{count, plural, one {# participant id differs} other {# participant ids differ}} only by case between the files: nothing was merged.",
    conflict_score: "item {item}: agreed score {value} here, {others}",
    conflict_vote: "item {item}: {who} voted {value} here, {others}",
    conflict_participant: "participant {who}: {value} here, {others}",
    elsewhere: "{value} in {file}:{line}:{column}",
    conflictsSummary: "{count, plural, one {# conflict} other {# conflicts}} between the files: nothing was written.",
    conflictsHint: "Say which file wins with --prefer FILE (its values are kept; where it has none, the first file listed that has one).",
    resolved: "{count, plural, one {# conflict resolved} other {# conflicts resolved}} in favour of {file}:",
    wrote: "Merged {count} files into {out}: {participants, plural, one {# participant} other {# participants}}, {scored} of {total} items scored.",
    notValid: "The merged file would not validate, so it was not written (this is a bug in c21lab; please report it).",
    tooLarge: "The merged file would be larger than one file may be, so it was not written: merge fewer files, or shorten their notes."
  },
  fr: {
    summary: "fusionner les fichiers qu\u2019ont \xE9crits les groupes de travail ou plusieurs ordinateurs pour un m\xEAme LAB",
    argFiles: "fichiers d\u2019\xE9valuation du m\xEAme LAB (m\xEAme ville, m\xEAme date, m\xEAme r\xE9f\xE9rentiel) ; les commentaires et la mise en page du premier sont conserv\xE9s",
    optOut: "le fichier fusionn\xE9 \xE0 \xE9crire ; - l\u2019\xE9crit sur la sortie standard",
    optPrefer: "le fichier dont la valeur l\u2019emporte quand les fichiers divergent (un des fichiers fusionn\xE9s)",
    optForce: "\xE9craser le fichier de sortie s\u2019il existe",
    needTwo: "la fusion demande au moins deux fichiers ; re\xE7u {count}.",
    needOut: "Indiquez o\xF9 \xE9crire le fichier fusionn\xE9 avec -o FICHIER.",
    exists: "{file} existe d\xE9j\xE0 ; utilisez --force pour l\u2019\xE9craser",
    preferNotInput: "--prefer {file} n\u2019est pas un des fichiers \xE0 fusionner.",
    preferHint: "Indiquez l\u2019un de : {files}.",
    sameFile: "{file} est donn\xE9 deux fois.",
    mismatch_city: "un autre LAB : la ville est \xAB {found} \xBB, le premier fichier ({first}) indique \xAB {expected} \xBB",
    mismatch_date: "un autre LAB : la date est {found}, le premier fichier ({first}) indique {expected}",
    mismatch_framework: "un autre r\xE9f\xE9rentiel : \xAB {found} \xBB, le premier fichier ({first}) utilise \xAB {expected} \xBB",
    mismatchSummary: "Ces fichiers ne sont pas du m\xEAme LAB : rien n\u2019a \xE9t\xE9 fusionn\xE9.",
    caseVariant: "l\u2019identifiant de participant \xAB {id} \xBB ne diff\xE8re de \xAB {other} \xBB dans {first} que par la casse : les identifiants sont uniques, majuscules et minuscules confondues ; \xE9crivez-le de la m\xEAme fa\xE7on dans chaque fichier",
    caseVariantSummary: "{count, plural, one {# identifiant de participant ne diff\xE8re} other {# identifiants de participant ne diff\xE8rent}} que par la casse entre les fichiers : rien n\u2019a \xE9t\xE9 fusionn\xE9.",
    conflict_score: "\xE9l\xE9ment {item} : note retenue {value} ici, {others}",
    conflict_vote: "\xE9l\xE9ment {item} : {who} a vot\xE9 {value} ici, {others}",
    conflict_participant: "participant {who} : {value} ici, {others}",
    elsewhere: "{value} dans {file}:{line}:{column}",
    conflictsSummary: "{count, plural, one {# conflit} other {# conflits}} entre les fichiers : rien n\u2019a \xE9t\xE9 \xE9crit.",
    conflictsHint: "Indiquez quel fichier l\u2019emporte avec --prefer FICHIER (ses valeurs sont gard\xE9es ; l\xE0 o\xF9 il n\u2019en a pas, celles du premier fichier donn\xE9 qui en a une).",
    resolved: "{count, plural, one {# conflit tranch\xE9} other {# conflits tranch\xE9s}} en faveur de {file} :",
    wrote: "{count} fichiers fusionn\xE9s dans {out} : {participants, plural, one {# participant} other {# participants}}, {scored, plural, one {# \xE9l\xE9ment not\xE9} other {# \xE9l\xE9ments not\xE9s}} sur {total}.",
    notValid: "Le fichier fusionn\xE9 ne serait pas valide : il n\u2019a pas \xE9t\xE9 \xE9crit (c\u2019est un d\xE9faut de c21lab ; merci de le signaler).",
    tooLarge: "Le fichier fusionn\xE9 d\xE9passerait la taille permise pour un fichier : il n\u2019a pas \xE9t\xE9 \xE9crit ; fusionnez moins de fichiers, ou raccourcissez leurs commentaires."
  },
  es: {
    summary: "fusionar los archivos que escribieron los grupos de trabajo o varios ordenadores para un mismo LAB",
    argFiles: "archivos de evaluaci\xF3n del mismo LAB (misma ciudad, fecha y marco); se conservan los comentarios y el formato del primero",
    optOut: "el archivo fusionado que se escribir\xE1; - lo escribe en la salida est\xE1ndar",
    optPrefer: "el archivo cuyo valor prevalece cuando los archivos difieren (uno de los que se fusionan)",
    optForce: "sobrescribir el archivo de salida si existe",
    needTwo: "la fusi\xF3n necesita al menos dos archivos; {count, plural, one {se recibi\xF3 #} other {se recibieron #}}.",
    needOut: "Indique d\xF3nde escribir el archivo fusionado con -o ARCHIVO.",
    exists: "{file} ya existe; use --force para sobrescribirlo",
    preferNotInput: "--prefer {file} no es uno de los archivos que se fusionan.",
    preferHint: "Indique uno de: {files}.",
    sameFile: "{file} aparece dos veces.",
    mismatch_city: "otro LAB: la ciudad es \xAB{found}\xBB, el primer archivo ({first}) dice \xAB{expected}\xBB",
    mismatch_date: "otro LAB: la fecha es {found}, el primer archivo ({first}) dice {expected}",
    mismatch_framework: "otro marco: \xAB{found}\xBB, el primer archivo ({first}) usa \xAB{expected}\xBB",
    mismatchSummary: "Estos archivos no son del mismo LAB: no se fusion\xF3 nada.",
    caseVariant: "el identificador de participante \xAB{id}\xBB solo se distingue de \xAB{other}\xBB en {first} por may\xFAsculas y min\xFAsculas: los identificadores son \xFAnicos sin distinguirlas, as\xED que escr\xEDbalo igual en todos los archivos",
    caseVariantSummary: "{count, plural, one {# identificador de participante se distingue} other {# identificadores de participante se distinguen}} solo por may\xFAsculas y min\xFAsculas entre los archivos: no se fusion\xF3 nada.",
    conflict_score: "elemento {item}: puntuaci\xF3n acordada {value} aqu\xED, {others}",
    conflict_vote: "elemento {item}: {who} vot\xF3 {value} aqu\xED, {others}",
    conflict_participant: "participante {who}: {value} aqu\xED, {others}",
    elsewhere: "{value} en {file}:{line}:{column}",
    conflictsSummary: "{count, plural, one {# conflicto} other {# conflictos}} entre los archivos: no se escribi\xF3 nada.",
    conflictsHint: "Indique qu\xE9 archivo prevalece con --prefer ARCHIVO (se conservan sus valores; donde no tiene, los del primer archivo indicado que tenga uno).",
    resolved: "{count, plural, one {# conflicto resuelto} other {# conflictos resueltos}} a favor de {file}:",
    wrote: "Se fusionaron {count} archivos en {out}: {participants, plural, one {# participante} other {# participantes}}, {scored} de {total} elementos puntuados.",
    notValid: "El archivo fusionado no ser\xEDa v\xE1lido, as\xED que no se escribi\xF3 (es un fallo de c21lab; por favor, inf\xF3rmelo).",
    tooLarge: "El archivo fusionado superar\xEDa el tama\xF1o permitido para un archivo, as\xED que no se escribi\xF3: fusione menos archivos, o acorte sus notas."
  }
});

// dist/cli/commands/merge.js
import { stat } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve } from "node:path";
var options = [
  { flags: "-o, --output <file>", help: "optOut" },
  { flags: "--prefer <file>", help: "optPrefer" },
  { flags: "--force", help: "optForce" }
];
var spec = defineCommand({
  name: "merge",
  messages: mergeMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(t("summary")).argument("<files...>", t("argFiles")), "describe"),
  options,
  run
});
function show(value) {
  if (value !== null && typeof value === "object") {
    const p = value;
    return `"${[p.name, p.organisation, p.sector].filter(Boolean).join(", ")}"`;
  }
  return String(value);
}
__name(show, "show");
function conflictFinding(c, inputs, t, severity) {
  const [here, ...rest] = c.values;
  const others = rest.map((o) => t("elsewhere", { value: show(o.value), file: inputs[o.index]?.file ?? "", line: o.line, column: o.column })).join(", ");
  const params = { item: c.item ?? "", who: c.participant ?? "", value: show(here.value), others };
  return {
    file: inputs[here.index]?.file ?? "",
    line: here.line,
    column: here.column,
    severity,
    rule: `merge-conflict-${c.kind}`,
    message: t(`conflict_${c.kind}`, params)
  };
}
__name(conflictFinding, "conflictFinding");
async function run(ctx, args, options2) {
  const [{ mergeAssessments, mergeMismatches }, { setFramework }, { openAssessment }] = await Promise.all([
    import("./chunk-S3SLZ64U.js"),
    import("./chunk-ASUMGMMU.js"),
    import("./chunk-2GCIJEFA.js")
  ]);
  let t = translator(mergeMessages, ctx.lang);
  if (args.length < 2)
    throw new UsageError(t("needTwo", { count: args.length }));
  const output = options2.output;
  if (!output)
    throw new UsageError(t("needOut"));
  if (!isStdout(output) && !options2.force && await stat(resolve(ctx.io.cwd, output)).catch(() => void 0)) {
    throw new UsageError(t("exists", { file: output }));
  }
  const abs = args.map((a) => resolve(ctx.io.cwd, a));
  const twice = abs.find((a, i) => abs.indexOf(a) !== i);
  if (twice)
    throw new UsageError(t("sameFile", { file: ctx.shown(twice) }));
  let prefer;
  if (options2.prefer !== void 0) {
    prefer = abs.indexOf(resolve(ctx.io.cwd, options2.prefer));
    if (prefer === -1)
      throw new UsageError(t("preferNotInput", { file: options2.prefer }), t("preferHint", { files: args.join(", ") }));
  }
  const opened = [];
  for (const arg of args)
    opened.push(await openAssessment(arg, ctx.io.cwd, { validation: await ctx.validation() }));
  const inputs = opened.map((o) => ({ file: o.shown, text: o.text, assessment: o.assessment, framework: o.framework, source: o.source }));
  t = translator(mergeMessages, ctx.langFor(opened[0]?.assessment.language));
  const mismatches = mergeMismatches(inputs);
  if (mismatches.length) {
    const first2 = inputs[0]?.file ?? "";
    throw new FindingsError(t("mismatchSummary"), mismatches.map((m) => ({
      file: inputs[m.index]?.file ?? "",
      line: m.line,
      column: m.column,
      severity: "error",
      rule: "merge-other-lab",
      message: t(`mismatch_${m.field}`, { found: m.found, expected: m.expected, first: first2 })
    })));
  }
  const { participantKey } = await import("./chunk-6264S22B.js");
  const { locate } = await import("./chunk-IF4R2DMP.js");
  const seen = /* @__PURE__ */ new Map();
  const variants = [];
  inputs.forEach((input) => (input.assessment.participants ?? []).forEach((p, at) => {
    const before = seen.get(participantKey(p.id));
    if (!before)
      seen.set(participantKey(p.id), { id: p.id, file: input.file });
    else if (before.id !== p.id && before.file !== input.file) {
      variants.push({
        file: input.file,
        ...locate(input.source, ["participants", at, "id"]),
        severity: "error",
        rule: "merge-participant-case",
        message: t("caseVariant", { id: p.id, other: before.id, first: before.file })
      });
    }
  }));
  if (variants.length)
    throw new FindingsError(t("caseVariantSummary", { count: variants.length }), variants);
  const result = mergeAssessments(inputs, prefer);
  if (result.conflicts.length && prefer === void 0) {
    const findings = result.conflicts.map((c) => conflictFinding(c, inputs, t, "error"));
    const error = new FindingsError(t("conflictsSummary", { count: result.conflicts.length }), findings);
    throw Object.assign(error, { hint: t("conflictsHint") });
  }
  const dash = isStdout(output);
  const out = resolve(ctx.io.cwd, output);
  let text = result.text;
  const first = opened[0];
  const ref = first.assessment.framework;
  if (/[\\/]|\.ya?ml$/i.test(ref) && !isAbsolute(ref) && dirname(out) !== dirname(first.path)) {
    const target = resolve(dirname(first.path), ref);
    text = setFramework(text, relative(dirname(out), target).split("\\").join("/"));
  }
  const { validateText } = await import("./chunk-B3FEPWK6.js");
  const check = validateText(out, text, await ctx.validation());
  const named = dash ? output : ctx.shown(out);
  const errors = check.findings.filter((f) => f.severity === "error").map((f) => f.file === out ? { ...f, file: named } : f);
  if (errors.length)
    throw new FindingsError(t(errors.every((f) => f.rule === "file-too-large") ? "tooLarge" : "notValid"), errors);
  await ctx.writeOutput(dash ? output : out, text, { dash: true });
  const say = dash ? ctx.io.stderr : ctx.io.stdout;
  if (result.conflicts.length) {
    writeLine(say, t("resolved", { count: result.conflicts.length, file: inputs[prefer]?.file ?? "" }));
    writeLine(say, formatFindings(result.conflicts.map((c) => conflictFinding(c, inputs, t, "warning")), ctx.style));
  }
  if (dash)
    return EXIT_OK;
  const data = check.data ?? {};
  const fw = first.framework;
  const items = fw.commitments.flatMap((c) => c.actions?.length ? c.actions.map((a) => [c.id, a.id]) : [[c.id, void 0]]);
  const merged = data;
  const scored = items.filter(([c, a]) => (a ? merged.commitments?.[c]?.actions?.[a]?.score : merged.commitments?.[c]?.score) !== void 0).length;
  writeLine(ctx.io.stdout, ctx.style.green(t("wrote", { count: inputs.length, out: ctx.shown(out), participants: data.participants?.length ?? 0, scored, total: items.length })));
  return EXIT_OK;
}
__name(run, "run");
export {
  run,
  spec
};
