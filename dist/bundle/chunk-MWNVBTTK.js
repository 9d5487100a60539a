import {
  conventionalReviewPath
} from "./chunk-5BREIV3R.js";
import {
  loadAssessment
} from "./chunk-7OUNB2G2.js";
import {
  prepareSchemaFolder
} from "./chunk-GGF2ND25.js";
import "./chunk-7HRDX2PI.js";
import {
  schemaModeline
} from "./chunk-DEGOPCRY.js";
import {
  atomicWrite
} from "./chunk-R3OE72S3.js";
import {
  writeLine
} from "./chunk-LRCMA3RU.js";
import "./chunk-22C5BNJH.js";
import {
  reviewMessages
} from "./chunk-4DPCYR2Y.js";
import "./chunk-STYSJCYH.js";
import {
  EXIT_OK,
  UsageError
} from "./chunk-EV44LTU6.js";
import "./chunk-33AJFZ56.js";
import "./chunk-662D3GRZ.js";
import "./chunk-F2OHDRQX.js";
import "./chunk-AWUMD5N3.js";
import {
  translator
} from "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/review.js
import { mkdir, stat } from "node:fs/promises";
import { dirname, relative, resolve, sep } from "node:path";

// dist/core/review-new.js
import { stringify } from "yaml";
function comment(text, indent = "") {
  return text.split("\n").map((line) => `${indent}# ${line}`.trimEnd()).join("\n");
}
__name(comment, "comment");
var scalar = /* @__PURE__ */ __name((v) => stringify(v, { lineWidth: 0 }).trimEnd(), "scalar");
function newReviewText(input, filePath, c) {
  const lines = [
    schemaModeline("review", filePath),
    comment(c("fileHead")),
    comment(c("fileMarkdown")),
    "",
    "c21lab: review/1",
    `assessment: ${scalar(input.assessmentPath)}`,
    ...input.framework ? [`framework: ${scalar(input.framework)}`] : [],
    `language: ${input.language}      ${comment(c("cLanguage"))}`,
    ...input.date ? [`date: ${input.date}`] : [],
    `kind: recommendations      ${comment(c("cKind"))}`,
    "",
    comment(c("cAuthors")),
    "authors:",
    ...input.experts?.length ? input.experts.map((n) => `  - name: ${scalar(n)}
    role:`) : ["  - name: " + scalar(c("authorPlaceholder")) + "\n    role:"],
    "",
    comment(c("cIntroduction")),
    "introduction:",
    "",
    comment(c("cContext")),
    "context:",
    "",
    comment(c("cSummary")),
    "summary:",
    "",
    comment(c("cCommitments")),
    "commitments:",
    ...input.commitmentIds.map((id) => `  ${scalar(id) === id && /^\d+$/.test(id) ? `"${id}"` : scalar(id)}:`),
    "",
    comment(c("cWhatChanged")),
    "whatChanged:",
    "",
    comment(c("cRecommendations")),
    comment('- title: \u2026\n  commitments: ["4", "7"]\n  owner: \u2026\n  timeframe: 2026\u20132027\n  description: |\n    \u2026'),
    "recommendations: []",
    "",
    comment(c("cNextSteps")),
    "nextSteps:",
    "",
    comment(c("cAcknowledgements")),
    "acknowledgements:",
    ""
  ];
  return lines.join("\n");
}
__name(newReviewText, "newReviewText");

// dist/cli/commands/review.js
async function run(ctx, args, options) {
  const [, file] = args;
  const cwd = ctx.io.cwd;
  const abs = resolve(cwd, file);
  const loaded = await loadAssessment(ctx.shown(abs), ctx.validation());
  const a = loaded.assessment;
  const lang = ctx.langFor(a.language);
  const t = translator(reviewMessages, lang);
  const out = resolve(cwd, typeof options.output === "string" ? options.output : conventionalReviewPath(abs));
  const name = ctx.shown(out);
  if (!options.force && await stat(out).catch(() => void 0))
    throw new UsageError(t("exists", { file: name }));
  const rel = relative(dirname(out), abs).split(sep).join("/");
  const ref = a.framework;
  const framework = /[/\\]|\.ya?ml$/i.test(ref) ? relative(dirname(out), resolve(dirname(abs), ref)).split(sep).join("/") : ref === "culture21-actions" ? void 0 : ref;
  const text = newReviewText({
    assessmentPath: rel,
    language: lang,
    commitmentIds: loaded.framework.commitments.map((c) => c.id),
    ...framework ? { framework } : {},
    ...a.experts?.length ? { experts: a.experts } : {}
  }, out, (key, params) => t(key, params));
  await mkdir(dirname(out), { recursive: true });
  await prepareSchemaFolder(ctx, out);
  await atomicWrite(out, text);
  writeLine(ctx.io.stdout, t("written", { file: name }));
  const found = resolve(out) === resolve(conventionalReviewPath(abs));
  writeLine(ctx.io.stderr, t(found ? "nextSteps" : "nextStepsElsewhere", { file: name, assessment: ctx.shown(abs) }));
  return EXIT_OK;
}
__name(run, "run");
export {
  run
};
