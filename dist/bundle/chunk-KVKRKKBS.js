import {
  SECTIONS,
  isEmpty
} from "./chunk-AQZKPMXZ.js";
import {
  SECTION_HEADINGS,
  practiceMessages
} from "./chunk-H2CBRTA6.js";
import {
  markdownAutolink,
  markdownInLang,
  markdownLine,
  markdownParagraph
} from "./chunk-FJFMV6SU.js";
import "./chunk-ZHDPVIQA.js";
import "./chunk-G25IFU3Y.js";
import "./chunk-FG2SS7KY.js";
import "./chunk-H7INGYXH.js";
import {
  pick
} from "./chunk-33AJFZ56.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import "./chunk-PRJEF4EG.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-YSR5SL6V.js";
import "./chunk-AWAFN55Q.js";
import "./chunk-SDRMK5ZG.js";
import "./chunk-U7D4YD7Z.js";
import "./chunk-XGZ3H6EM.js";
import "./chunk-VHFQKG57.js";
import "./chunk-YUBBXHND.js";
import "./chunk-VQLYC3U5.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-6EDDZTSC.js";
import {
  TEMPLATES_DIR
} from "./chunk-24SS6AOI.js";
import "./chunk-32634MZU.js";
import {
  xmlValidChars
} from "./chunk-PU3MV42Y.js";
import "./chunk-MBAX5HX7.js";
import "./chunk-QKMJRXT4.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/practice.js
import { join } from "node:path";
import nunjucks from "nunjucks";
var TEMPLATES = join(TEMPLATES_DIR, "practice");
var FILES = { html: "practice.html.njk", md: "practice.md.njk" };
var env;
function environment() {
  if (env)
    return env;
  env = new nunjucks.Environment(new nunjucks.FileSystemLoader(TEMPLATES), {
    autoescape: true,
    throwOnUndefined: false,
    trimBlocks: true,
    lstripBlocks: true
  });
  const safe = /* @__PURE__ */ __name((s) => new nunjucks.runtime.SafeString(s), "safe");
  env.addFilter("md", (v, lang) => safe(markdownInLang(markdownParagraph(v), lang)));
  env.addFilter("mdline", (v, lang) => safe(markdownInLang(markdownLine(v), lang)));
  env.addFilter("mdurl", (v) => safe(markdownAutolink(v)));
  return env;
}
__name(environment, "environment");
var KIND = {
  summary: "text",
  context: "text",
  goals: "list",
  actions: "list",
  impact: "text",
  evaluation: "text",
  contacts: "contacts",
  links: "links"
};
function paragraphs(text) {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}
__name(paragraphs, "paragraphs");
function practiceModel(practice, fw, lang, fileName) {
  const t = translator(practiceMessages, lang);
  const labels = Object.fromEntries(Object.keys(practiceMessages.en).filter((k) => k.startsWith("h")).map((k) => [k, t(k)]));
  const sections = SECTIONS.filter((s) => !isEmpty(practice[s])).map((s) => {
    const value = practice[s];
    return {
      key: s,
      heading: t(SECTION_HEADINGS[s]),
      kind: KIND[s],
      paragraphs: typeof value === "string" ? paragraphs(value) : [],
      items: Array.isArray(value) ? value : []
    };
  });
  const tagged = (practice.tags?.commitments ?? []).map(String);
  return {
    lang,
    /** The practice's own language when the page is in another: its texts carry lang (WCAG 3.1.2). */
    textLang: practice.language && practice.language !== lang ? practice.language : "",
    labels,
    /** A label before its value (`Engagements :` in French), as the report's labelColon. */
    colon: Object.fromEntries(Object.entries(labels).map(([k, label]) => [k, t("labelColon", { label })])),
    p: practice,
    place: practice.country ? t("place", { city: practice.city, country: practice.country }) : practice.city,
    sections,
    // In the framework's order, whatever order the file lists them in.
    commitments: fw.commitments.filter((c) => tagged.includes(c.id)).map((c) => ({ id: c.id, title: pick(c.title, lang) })),
    sdgs: [...practice.tags?.sdgs ?? []].sort((a, b) => a - b).map((n) => t("sdg", { n })),
    keywords: practice.tags?.keywords ?? [],
    footer: t("footer", { file: fileName })
  };
}
__name(practiceModel, "practiceModel");
function renderPractice(practice, fw, lang, format, fileName) {
  const out = xmlValidChars(environment().render(FILES[format], practiceModel(practice, fw, lang, fileName)));
  return out.replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}
__name(renderPractice, "renderPractice");
export {
  practiceModel,
  renderPractice
};
