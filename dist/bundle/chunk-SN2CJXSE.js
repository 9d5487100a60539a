import {
  isStdout
} from "./chunk-MXOEDQIZ.js";
import {
  defineCommand
} from "./chunk-GX2FPJKO.js";
import {
  LANGS,
  isLang
} from "./chunk-33AJFZ56.js";
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
  EXIT_OK,
  FindingsError,
  InterruptedError,
  UsageError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/i18n/init.js
var initMessages = defineMessages({
  en: {
    summary: "create a new assessment file for a LAB, asking for what is missing",
    argFile: "where to write it (default: assessments/<city>-<date>.yaml; - for stdout)",
    optCity: "the city that holds the LAB",
    optCountry: "ISO 3166-1 alpha-2 country code, e.g. FR (ZZ for a fictional place)",
    optDate: "first day of the LAB, YYYY-MM-DD (default: today)",
    optFramework: "a bundled framework id or a framework file (default: culture21-actions)",
    optFacilitator: "a facilitator\u2019s name (repeat the option for several)",
    optVotes: "collect each participant\u2019s vote during c21lab assess",
    optYes: "ask nothing: use the defaults for what is not given",
    optForce: "overwrite the file if it exists",
    askCity: "City:",
    askCountry: "Country code, two letters (Enter to leave it out):",
    askDate: "First day of the LAB (YYYY-MM-DD):",
    askLanguage: "Language of the LAB and its report:",
    askFramework: "Framework (a bundled id or a file):",
    askFacilitators: "Facilitators, separated by commas (Enter for none):",
    askVotes: "Collect each participant\u2019s vote during the walkthrough?",
    yes: "Yes",
    no: "No",
    yesNoError: "Answer y (yes) or n (no).",
    keyNavigate: "navigate",
    keySelect: "select",
    required: "A value is required.",
    badCountry: 'expected two capital letters, e.g. FR, AR, ZZ; found "{value}"',
    flagProblem: "{flag}: {problem}",
    missing: "missing {flag}: it has no default, and there is no terminal to ask it (or --yes was given)",
    missingHint: 'e.g. c21lab init --city "Exampleville" --date 2026-05-14',
    exists: "{file} already exists; nothing was written",
    slugTaken: "{taken} holds another assessment whose name gives the same file name: writing {file}",
    existsHint: "choose another path, or add --force to overwrite it",
    badFramework: 'framework "{ref}" cannot be used: {message}',
    headerComment: "# Written by c21lab init. Edit it by hand, or fill it in with: c21lab assess {file}",
    headerCommentDash: "# Written by c21lab init. Edit it by hand, or fill it in with c21lab assess followed by this file's path.",
    written: "written: {file}",
    next: "next: c21lab assess {file}",
    langEn: "English",
    langFr: "French (fran\xE7ais)",
    langEs: "Spanish (espa\xF1ol)"
  },
  fr: {
    summary: "cr\xE9er un nouveau fichier d\u2019\xE9valuation pour un LAB, en demandant ce qui manque",
    argFile: "o\xF9 l\u2019\xE9crire (par d\xE9faut : assessments/<ville>-<date>.yaml ; - pour la sortie standard)",
    optCity: "la ville qui accueille le LAB",
    optCountry: "code pays ISO 3166-1 alpha-2, par ex. FR (ZZ pour un lieu fictif)",
    optDate: "premier jour du LAB, AAAA-MM-JJ (par d\xE9faut : aujourd\u2019hui)",
    optFramework: "un r\xE9f\xE9rentiel fourni (identifiant) ou un fichier de r\xE9f\xE9rentiel (par d\xE9faut : culture21-actions)",
    optFacilitator: "nom d\u2019une personne qui anime (r\xE9p\xE9tez l\u2019option pour plusieurs)",
    optVotes: "recueillir le vote de chaque participant pendant c21lab assess",
    optYes: "ne rien demander : valeurs par d\xE9faut pour ce qui n\u2019est pas donn\xE9",
    optForce: "\xE9craser le fichier s\u2019il existe",
    askCity: "Ville :",
    askCountry: "Code pays, deux lettres (Entr\xE9e pour l\u2019omettre) :",
    askDate: "Premier jour du LAB (AAAA-MM-JJ) :",
    askLanguage: "Langue du LAB et de son rapport :",
    askFramework: "R\xE9f\xE9rentiel (identifiant fourni ou fichier) :",
    askFacilitators: "Animateurs et animatrices, s\xE9par\xE9s par des virgules (Entr\xE9e pour aucun) :",
    askVotes: "Recueillir le vote de chaque participant pendant l\u2019\xE9valuation ?",
    yes: "Oui",
    no: "Non",
    yesNoError: "R\xE9pondez o (oui) ou n (non).",
    keyNavigate: "naviguer",
    keySelect: "choisir",
    required: "Une valeur est n\xE9cessaire.",
    badCountry: "deux lettres majuscules attendues, par ex. FR, AR, ZZ ; trouv\xE9 \xAB {value} \xBB",
    flagProblem: "{flag} : {problem}",
    missing: "{flag} manquant : pas de valeur par d\xE9faut, et pas de terminal pour la demander (ou --yes a \xE9t\xE9 donn\xE9)",
    missingHint: 'par ex. c21lab init --city "Exampleville" --date 2026-05-14',
    exists: "{file} existe d\xE9j\xE0 ; rien n\u2019a \xE9t\xE9 \xE9crit",
    slugTaken: "{taken} contient une autre \xE9valuation dont le nom donne le m\xEAme nom de fichier : \xE9criture de {file}",
    existsHint: "choisissez un autre chemin, ou ajoutez --force pour l\u2019\xE9craser",
    badFramework: "le r\xE9f\xE9rentiel \xAB {ref} \xBB est inutilisable : {message}",
    headerComment: "# \xC9crit par c21lab init. Modifiez-le \xE0 la main, ou remplissez-le avec : c21lab assess {file}",
    headerCommentDash: "# \xC9crit par c21lab init. Modifiez-le \xE0 la main, ou remplissez-le avec c21lab assess suivi du chemin de ce fichier.",
    written: "\xE9crit : {file}",
    next: "ensuite : c21lab assess {file}",
    langEn: "anglais (English)",
    langFr: "fran\xE7ais",
    langEs: "espagnol (espa\xF1ol)"
  },
  es: {
    summary: "crear un nuevo archivo de autoevaluaci\xF3n para un LAB, preguntando lo que falte",
    argFile: "d\xF3nde escribirlo (por defecto: assessments/<ciudad>-<fecha>.yaml; - para la salida est\xE1ndar)",
    optCity: "la ciudad que celebra el LAB",
    optCountry: "c\xF3digo de pa\xEDs ISO 3166-1 alfa-2, p. ej. AR (ZZ para un lugar ficticio)",
    optDate: "primer d\xEDa del LAB, AAAA-MM-DD (por defecto: hoy)",
    optFramework: "un marco incluido (id) o un archivo de marco (por defecto: culture21-actions)",
    optFacilitator: "nombre de una persona facilitadora (repita la opci\xF3n para varias)",
    optVotes: "recoger el voto de cada participante durante c21lab assess",
    optYes: "no preguntar nada: valores por defecto para lo que no se indique",
    optForce: "sobrescribir el archivo si existe",
    askCity: "Ciudad:",
    askCountry: "C\xF3digo de pa\xEDs, dos letras (Intro para omitirlo):",
    askDate: "Primer d\xEDa del LAB (AAAA-MM-DD):",
    askLanguage: "Idioma del LAB y de su informe:",
    askFramework: "Marco (un id incluido o un archivo):",
    askFacilitators: "Personas facilitadoras, separadas por comas (Intro para ninguna):",
    askVotes: "\xBFRecoger el voto de cada participante durante la evaluaci\xF3n?",
    yes: "S\xED",
    no: "No",
    yesNoError: "Responda s (s\xED) o n (no).",
    keyNavigate: "moverse",
    keySelect: "elegir",
    required: "Se necesita un valor.",
    badCountry: "se esperan dos letras may\xFAsculas, p. ej. FR, AR, ZZ; se encontr\xF3 \xAB{value}\xBB",
    flagProblem: "{flag}: {problem}",
    missing: "falta {flag}: no tiene valor por defecto y no hay terminal para preguntarlo (o se indic\xF3 --yes)",
    missingHint: 'p. ej. c21lab init --city "Exampleville" --date 2026-05-14',
    exists: "{file} ya existe; no se escribi\xF3 nada",
    slugTaken: "{taken} contiene otra evaluaci\xF3n cuyo nombre da el mismo nombre de archivo: se escribe {file}",
    existsHint: "elija otra ruta, o a\xF1ada --force para sobrescribirlo",
    badFramework: "el marco \xAB{ref}\xBB no se puede usar: {message}",
    headerComment: "# Escrito por c21lab init. Ed\xEDtelo a mano, o rell\xE9nelo con: c21lab assess {file}",
    headerCommentDash: "# Escrito por c21lab init. Ed\xEDtelo a mano, o rell\xE9nelo con c21lab assess seguido de la ruta de este archivo.",
    written: "escrito: {file}",
    next: "siguiente paso: c21lab assess {file}",
    langEn: "ingl\xE9s (English)",
    langFr: "franc\xE9s (fran\xE7ais)",
    langEs: "espa\xF1ol"
  }
});

// dist/cli/commands/init.js
import { stat } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
var options = [
  { flags: "--city <name>", help: "optCity" },
  { flags: "--country <code>", help: "optCountry" },
  { flags: "--date <yyyy-mm-dd>", help: "optDate" },
  { flags: "--framework <id|path>", help: "optFramework" },
  { flags: "--facilitator <name>", help: "optFacilitator", repeat: true },
  { flags: "--votes", help: "optVotes" },
  { flags: "-y, --yes", help: "optYes" },
  { flags: "--force", help: "optForce" }
];
var spec = defineCommand({
  name: "init",
  messages: initMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(t("summary")).argument("[file]", t("argFile")), "describe"),
  options,
  run
});
async function run(ctx, args, options2) {
  const { PromptExit } = await import("./chunk-WZ3WHLXS.js");
  const lang = ctx.lang;
  const t = translator(initMessages, lang);
  const ask = !options2.yes && Boolean(ctx.io.stdin.isTTY);
  let prompter;
  if (ask) {
    const { inquirerPrompter } = await import("./chunk-PEVTIAVB.js");
    prompter = inquirerPrompter(lang, { input: ctx.io.stdin, output: isStdout(args[0]) ? ctx.io.stderr : ctx.io.stdout });
  }
  try {
    return await create(ctx, args, options2, lang, t, prompter);
  } catch (error) {
    if (error instanceof PromptExit)
      throw new InterruptedError();
    throw error;
  }
}
__name(run, "run");
async function create(ctx, args, options2, lang, t, prompter) {
  const [{ stringify }, { schemaModeline }, { slugify }, { assessmentText, isCountry, today }, { freeName }, { prepareSchemaFolder }] = await Promise.all([
    import("yaml"),
    import("./chunk-N3POYKDP.js"),
    import("./chunk-FE5SN256.js"),
    import("./chunk-ZFY5B6TQ.js"),
    import("./chunk-ELN2FRSO.js"),
    import("./chunk-MY7SMBXP.js")
  ]);
  const inline = /* @__PURE__ */ __name((value) => stringify(value, { lineWidth: 0 }).trimEnd(), "inline");
  const opt = /* @__PURE__ */ __name((name) => options2[name]?.trim(), "opt");
  const need = /* @__PURE__ */ __name(async (flag, value, question) => {
    if (value)
      return value;
    if (!prompter)
      throw new UsageError(t("missing", { flag }), t("missingHint"));
    return question();
  }, "need");
  const [{ datePhrase }, { phraseWords }] = await Promise.all([import("./chunk-BD26U6UC.js"), import("./chunk-4SEANC7Z.js")]);
  const badDate = /* @__PURE__ */ __name((value) => {
    const p = datePhrase(value);
    return p && phraseWords(lang)(p);
  }, "badDate");
  const typedCountry = opt("country");
  if (typedCountry && !isCountry(typedCountry))
    throw new UsageError(t("flagProblem", { flag: "--country", problem: t("badCountry", { value: typedCountry }) }));
  const typedDate = opt("date");
  const dateWrong = typedDate ? badDate(typedDate) : void 0;
  if (dateWrong)
    throw new UsageError(t("flagProblem", { flag: "--date", problem: dateWrong }));
  const required = /* @__PURE__ */ __name((v) => v.trim() ? void 0 : t("required"), "required");
  const city = await need("--city", opt("city"), async () => (await prompter.input(t("askCity"), { validate: required })).trim());
  let country = opt("country");
  if (country === void 0 && prompter) {
    country = (await prompter.input(t("askCountry"), { validate: /* @__PURE__ */ __name((v) => v.trim() === "" || isCountry(v.trim().toUpperCase()) ? void 0 : t("badCountry", { value: v }), "validate") })).trim().toUpperCase();
  }
  const date = opt("date") ?? (prompter ? (await prompter.input(t("askDate"), { default: today(/* @__PURE__ */ new Date()), validate: /* @__PURE__ */ __name((v) => badDate(v.trim()), "validate") })).trim() : today(/* @__PURE__ */ new Date()));
  let language = ctx.lang;
  if (!ctx.global.lang && prompter) {
    const names = { en: t("langEn"), fr: t("langFr"), es: t("langEs") };
    language = await prompter.select(t("askLanguage"), LANGS.map((l) => ({ value: l, name: `${l} \xB7 ${names[l]}` })), language);
  }
  let frameworkArg = opt("framework");
  if (frameworkArg === void 0 && prompter)
    frameworkArg = (await prompter.input(t("askFramework"), { default: "culture21-actions" })).trim();
  frameworkArg ||= "culture21-actions";
  let facilitators = (options2.facilitator ?? []).map((f) => f.trim()).filter(Boolean);
  if (!facilitators.length && prompter) {
    facilitators = (await prompter.input(t("askFacilitators"))).split(",").map((f) => f.trim()).filter(Boolean);
  }
  let votes = Boolean(options2.votes);
  if (!options2.votes && prompter)
    votes = await prompter.confirm(t("askVotes"), false);
  const chosen = join("assessments", `${slugify(city, "city")}-${date}.yaml`);
  const dash = isStdout(args[0]);
  let fileArg = dash ? "assessment.yaml" : args[0] ?? chosen;
  let taken;
  if (args[0] === void 0 && !options2.force) {
    const free = await freeName(ctx.io.cwd, chosen, (e) => String(e.city ?? "").trim() === city && String(e.date ?? "") === date);
    if (free.kind === "same")
      throw new UsageError(t("exists", { file: free.name }), t("existsHint"));
    ({ name: fileArg, taken } = free);
  }
  const file = resolve(ctx.io.cwd, fileArg);
  if (!dash && !options2.force && await stat(file).catch(() => void 0)) {
    throw new UsageError(t("exists", { file: fileArg }), t("existsHint"));
  }
  const [vctx, { loadFrameworkRef, validateText }, { isBundledRef }] = await Promise.all([
    ctx.validation(),
    import("./chunk-B3FEPWK6.js"),
    import("./chunk-AZX5KY2H.js")
  ]);
  const fromCwd = join(ctx.io.cwd, "c21lab-init");
  const framework = isBundledRef(frameworkArg) ? frameworkArg : relative(dirname(file), resolve(ctx.io.cwd, frameworkArg)).split("\\").join("/");
  const fw = loadFrameworkRef(frameworkArg, fromCwd, vctx);
  if (!fw.framework)
    throw new UsageError(t("badFramework", { ref: frameworkArg, message: fw.findings[0]?.message ?? "" }));
  if (!dash)
    await prepareSchemaFolder(ctx, file);
  const values = { city, country: country || void 0, date, language: isLang(language) ? language : "en", framework, facilitators, votes };
  const header = dash ? t("headerCommentDash") : t("headerComment", { file: fileArg });
  const text = assessmentText(schemaModeline("assessment", file), header, values, inline);
  const report = validateText(file, text, vctx);
  const errors = report.findings.filter((f) => f.severity === "error");
  if (errors.length)
    throw new FindingsError(`internal error: the new file would not be valid`, errors);
  await ctx.writeOutput(dash ? "-" : fileArg, text, { locked: true, dash: true });
  if (dash)
    return EXIT_OK;
  if (taken)
    writeLine(ctx.io.stderr, t("slugTaken", { taken, file: fileArg }));
  writeLine(ctx.io.stdout, t("written", { file: fileArg }));
  writeLine(ctx.io.stdout, t("next", { file: fileArg }));
  return EXIT_OK;
}
__name(create, "create");
export {
  run,
  spec
};
