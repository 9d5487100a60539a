import {
  freeName
} from "./chunk-OEX4KTVL.js";
import {
  slugify
} from "./chunk-OPAT2NZS.js";
import {
  prepareSchemaFolder
} from "./chunk-GGF2ND25.js";
import "./chunk-7HRDX2PI.js";
import {
  schemaModeline
} from "./chunk-DEGOPCRY.js";
import {
  saveDocument
} from "./chunk-SBVRGC7F.js";
import "./chunk-R3OE72S3.js";
import {
  writeLine
} from "./chunk-LRCMA3RU.js";
import {
  createContext,
  isBundledRef,
  loadFrameworkRef,
  parseTypedDate,
  validateText
} from "./chunk-22C5BNJH.js";
import "./chunk-4DPCYR2Y.js";
import "./chunk-STYSJCYH.js";
import {
  EXIT_OK,
  FindingsError,
  InterruptedError,
  UsageError
} from "./chunk-EV44LTU6.js";
import {
  LANGS,
  isLang,
  langFromEnv
} from "./chunk-33AJFZ56.js";
import "./chunk-662D3GRZ.js";
import "./chunk-F2OHDRQX.js";
import "./chunk-AWUMD5N3.js";
import {
  PromptExit
} from "./chunk-F2WLIX4B.js";
import {
  initMessages
} from "./chunk-3PQSNO3T.js";
import {
  translator
} from "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/init.js
import { mkdir, stat } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { stringify } from "yaml";

// dist/walkthrough/init-values.js
function isCountry(value) {
  return /^[A-Z]{2}$/.test(value);
}
__name(isCountry, "isCountry");
function isDate(value) {
  return parseTypedDate(value).ok;
}
__name(isDate, "isDate");
function today(now) {
  const p = /* @__PURE__ */ __name((n) => String(n).padStart(2, "0"), "p");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
__name(today, "today");
function assessmentText(modeline, comment, v, stringify2) {
  const lines = [modeline, comment, "", "c21lab: assessment/1", `framework: ${stringify2(v.framework)}`, `city: ${stringify2(v.city)}`];
  if (v.country)
    lines.push(`country: ${v.country}`);
  lines.push(`date: ${v.date}`, `language: ${v.language}`);
  if (v.facilitators.length) {
    lines.push("", "facilitators:", ...v.facilitators.map((f) => `  - ${stringify2(f)}`));
  }
  if (v.votes)
    lines.push("", "settings:", "  votes: true");
  lines.push("", "participants: []", "", "commitments: {}", "");
  return lines.join("\n");
}
__name(assessmentText, "assessmentText");

// dist/cli/commands/init.js
var inline = /* @__PURE__ */ __name((value) => stringify(value, { lineWidth: 0 }).trimEnd(), "inline");
async function run(ctx, args, options) {
  const lang = ctx.lang;
  const t = translator(initMessages, lang);
  const ask = !options.yes && Boolean(ctx.io.stdin.isTTY);
  let prompter;
  if (ask) {
    const { inquirerPrompter } = await import("./chunk-EL3VGR3S.js");
    prompter = inquirerPrompter(lang, { input: ctx.io.stdin, output: ctx.io.stdout });
  }
  try {
    return await create(ctx, args, options, lang, t, prompter);
  } catch (error) {
    if (error instanceof PromptExit)
      throw new InterruptedError();
    throw error;
  }
}
__name(run, "run");
async function create(ctx, args, options, lang, t, prompter) {
  const opt = /* @__PURE__ */ __name((name) => options[name]?.trim(), "opt");
  const need = /* @__PURE__ */ __name(async (flag, value, question) => {
    if (value)
      return value;
    if (!prompter)
      throw new UsageError(t("missing", { flag }), t("missingHint"));
    return question();
  }, "need");
  const check = /* @__PURE__ */ __name((ok, key, flag, value) => {
    if (value !== void 0 && value !== "" && !ok(value))
      throw new UsageError(`${flag}: ${t(key, { value })}`);
  }, "check");
  check(isCountry, "badCountry", "--country", opt("country"));
  check(isDate, "badDate", "--date", opt("date"));
  const required = /* @__PURE__ */ __name((v) => v.trim() ? void 0 : t("required"), "required");
  const city = await need("--city", opt("city"), async () => (await prompter.input(t("askCity"), { validate: required })).trim());
  let country = opt("country");
  if (country === void 0 && prompter) {
    country = (await prompter.input(t("askCountry"), { validate: /* @__PURE__ */ __name((v) => v.trim() === "" || isCountry(v.trim().toUpperCase()) ? void 0 : t("badCountry", { value: v }), "validate") })).trim().toUpperCase();
  }
  const date = opt("date") ?? (prompter ? (await prompter.input(t("askDate"), { default: today(/* @__PURE__ */ new Date()), validate: /* @__PURE__ */ __name((v) => isDate(v.trim()) ? void 0 : t("badDate", { value: v }), "validate") })).trim() : today(/* @__PURE__ */ new Date()));
  let language = ctx.global.lang ?? langFromEnv(ctx.io.env) ?? "en";
  if (!ctx.global.lang && prompter) {
    const names = { en: t("langEn"), fr: t("langFr"), es: t("langEs") };
    language = await prompter.select(t("askLanguage"), LANGS.map((l) => ({ value: l, name: `${l} \xB7 ${names[l]}` })), language);
  }
  let frameworkArg = opt("framework");
  if (frameworkArg === void 0 && prompter)
    frameworkArg = (await prompter.input(t("askFramework"), { default: "culture21-actions" })).trim();
  frameworkArg ||= "culture21-actions";
  let facilitators = (options.facilitator ?? []).map((f) => f.trim()).filter(Boolean);
  if (!facilitators.length && prompter) {
    facilitators = (await prompter.input(t("askFacilitators"))).split(",").map((f) => f.trim()).filter(Boolean);
  }
  let votes = Boolean(options.votes);
  if (!options.votes && prompter)
    votes = await prompter.confirm(t("askVotes"), false);
  const chosen = join("assessments", `${slugify(city, "city")}-${date}.yaml`);
  let fileArg = args[0] ?? chosen;
  let taken;
  if (args[0] === void 0 && !options.force) {
    const free = await freeName(ctx.io.cwd, chosen, (e) => String(e.city ?? "").trim() === city && String(e.date ?? "") === date);
    if (free.kind === "same")
      throw new UsageError(t("exists", { file: free.name }), t("existsHint"));
    ({ name: fileArg, taken } = free);
  }
  const file = resolve(ctx.io.cwd, fileArg);
  if (!options.force && await stat(file).catch(() => void 0)) {
    throw new UsageError(t("exists", { file: fileArg }), t("existsHint"));
  }
  const vctx = createContext(ctx.io.cwd, { lang, env: ctx.io.env });
  const fromCwd = join(ctx.io.cwd, "c21lab-init");
  const framework = isBundledRef(frameworkArg) ? frameworkArg : relative(dirname(file), resolve(ctx.io.cwd, frameworkArg)).split("\\").join("/");
  const fw = loadFrameworkRef(frameworkArg, fromCwd, vctx);
  if (!fw.framework)
    throw new UsageError(t("badFramework", { ref: frameworkArg, message: fw.findings[0]?.message ?? "" }));
  await prepareSchemaFolder(ctx, file);
  const values = { city, country: country || void 0, date, language: isLang(language) ? language : "en", framework, facilitators, votes };
  const text = assessmentText(schemaModeline("assessment", file), t("headerComment", { file: fileArg }), values, inline);
  const report = validateText(file, text, vctx);
  const errors = report.findings.filter((f) => f.severity === "error");
  if (errors.length)
    throw new FindingsError(`internal error: the new file would not be valid`, errors);
  await mkdir(dirname(file), { recursive: true });
  await saveDocument(file, text, { shown: fileArg });
  if (taken)
    writeLine(ctx.io.stderr, t("slugTaken", { taken, file: fileArg }));
  writeLine(ctx.io.stdout, t("written", { file: fileArg }));
  writeLine(ctx.io.stdout, t("next", { file: fileArg }));
  return EXIT_OK;
}
__name(create, "create");
export {
  run
};
