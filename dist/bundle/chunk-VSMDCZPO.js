import {
  compareScores
} from "./chunk-VG6D3PNA.js";
import {
  svgDescription
} from "./chunk-MFKPB7LF.js";
import {
  reportMessages
} from "./chunk-H4M6G6GW.js";
import {
  longDate
} from "./chunk-FIEPM2LT.js";
import {
  chooseText
} from "./chunk-ZNHKVMQI.js";
import {
  benchmarkSeries
} from "./chunk-3ETSSY43.js";
import {
  accessibleSvg,
  renderRadarSvg,
  renderSvg,
  vegaRuntime
} from "./chunk-KG5UQLOA.js";
import "./chunk-KIOLZNT5.js";
import {
  markdownCell,
  markdownInLang,
  markdownLinkTarget
} from "./chunk-FJFMV6SU.js";
import {
  escapeHtml
} from "./chunk-UFYCAIRZ.js";
import "./chunk-B5SSD7WI.js";
import "./chunk-7L52Y7XC.js";
import {
  benchmarkText
} from "./chunk-25I2HFVG.js";
import {
  countedVotes,
  scoreAssessment,
  shownDifference
} from "./chunk-BM3PK7SN.js";
import {
  seriesLabels
} from "./chunk-Y5THGLXN.js";
import {
  formatChange,
  localNumber
} from "./chunk-MAVHN6RG.js";
import {
  SECTORS,
  pick,
  pickAny
} from "./chunk-33AJFZ56.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-YSR5SL6V.js";
import {
  plainText
} from "./chunk-AWAFN55Q.js";
import "./chunk-SDRMK5ZG.js";
import "./chunk-U7D4YD7Z.js";
import "./chunk-XGZ3H6EM.js";
import "./chunk-VHFQKG57.js";
import "./chunk-YUBBXHND.js";
import "./chunk-VQLYC3U5.js";
import {
  contentHash
} from "./chunk-WZYB4VWF.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-6EDDZTSC.js";
import {
  TEMPLATES_DIR
} from "./chunk-24SS6AOI.js";
import "./chunk-32634MZU.js";
import {
  xmlValidChars
} from "./chunk-PU3MV42Y.js";
import {
  UsageError
} from "./chunk-MBAX5HX7.js";
import "./chunk-QKMJRXT4.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/report/index.js
import { existsSync, statSync } from "node:fs";

// dist/generated/votes-chart.js
var SOURCE_HASH = "e8f9f0067fec801a";
var COMPILED_VOTES_SPEC = {
  "$schema": "https://vega.github.io/schema/vega/v6.json",
  "background": "white",
  "padding": 5,
  "width": 360,
  "style": "cell",
  "data": [
    {
      "name": "votes"
    },
    {
      "name": "agreed"
    },
    {
      "name": "data_0",
      "source": "votes",
      "transform": [
        {
          "type": "filter",
          "expr": 'isValid(datum["vote"]) && isFinite(+datum["vote"]) && isValid(datum["count"]) && isFinite(+datum["count"])'
        }
      ]
    },
    {
      "name": "data_1",
      "source": "agreed",
      "transform": [
        {
          "type": "filter",
          "expr": 'isValid(datum["agreed"]) && isFinite(+datum["agreed"])'
        }
      ]
    }
  ],
  "signals": [
    {
      "name": "y_step",
      "value": 26
    },
    {
      "name": "height",
      "update": "bandspace(domain('y').length, 0, 0) * y_step"
    }
  ],
  "marks": [
    {
      "name": "layer_0_marks",
      "type": "symbol",
      "style": [
        "circle"
      ],
      "from": {
        "data": "data_0"
      },
      "encode": {
        "update": {
          "opacity": {
            "value": 0.75
          },
          "fill": {
            "value": "#0072B2"
          },
          "ariaRoleDescription": {
            "value": "circle"
          },
          "description": {
            "signal": `"@@votesAxisVote@@: " + (format(datum["vote"], "d")) + "; commitment: " + (isValid(datum["commitment"]) ? isArray(datum["commitment"]) ? join(datum["commitment"], ' ') : datum["commitment"] : ""+datum["commitment"]) + "; @@votesAxisCount@@: " + (format(datum["count"], "d"))`
          },
          "x": {
            "scale": "x",
            "field": "vote"
          },
          "y": {
            "scale": "y",
            "field": "commitment",
            "band": 0.5
          },
          "size": {
            "scale": "size",
            "field": "count"
          },
          "shape": {
            "value": "circle"
          }
        }
      }
    },
    {
      "name": "layer_1_marks",
      "type": "rect",
      "style": [
        "tick"
      ],
      "from": {
        "data": "data_1"
      },
      "encode": {
        "update": {
          "opacity": {
            "value": 0.7
          },
          "fill": {
            "value": "black"
          },
          "ariaRoleDescription": {
            "value": "tick"
          },
          "description": {
            "signal": `"agreed: " + (format(datum["agreed"], "d")) + "; commitment: " + (isValid(datum["commitment"]) ? isArray(datum["commitment"]) ? join(datum["commitment"], ' ') : datum["commitment"] : ""+datum["commitment"])`
          },
          "yc": {
            "scale": "y",
            "field": "commitment",
            "band": 0.5
          },
          "height": {
            "value": 22
          },
          "xc": {
            "scale": "x",
            "field": "agreed"
          },
          "width": {
            "value": 3
          }
        }
      }
    }
  ],
  "scales": [
    {
      "name": "x",
      "type": "linear",
      "domain": [
        1,
        9
      ],
      "range": [
        0,
        {
          "signal": "width"
        }
      ],
      "nice": false,
      "zero": false
    },
    {
      "name": "y",
      "type": "band",
      "domain": {
        "fields": [
          {
            "data": "votes",
            "field": "commitment"
          },
          {
            "data": "agreed",
            "field": "commitment"
          }
        ],
        "sort": {
          "op": "min",
          "field": "order"
        }
      },
      "range": {
        "step": {
          "signal": "y_step"
        }
      },
      "paddingInner": 0,
      "paddingOuter": 0
    },
    {
      "name": "size",
      "type": "linear",
      "domain": [
        0,
        1
      ],
      "range": [
        0,
        360
      ],
      "zero": true
    }
  ],
  "axes": [
    {
      "scale": "x",
      "orient": "bottom",
      "grid": true,
      "gridColor": "#e3e3e3",
      "values": [
        1,
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        9
      ],
      "gridScale": "y",
      "tickMinStep": 1,
      "domain": false,
      "labels": false,
      "aria": false,
      "maxExtent": 0,
      "minExtent": 0,
      "ticks": false,
      "zindex": 0
    },
    {
      "scale": "x",
      "orient": "bottom",
      "grid": false,
      "title": "@@votesAxisVote@@",
      "format": "d",
      "values": [
        1,
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        9
      ],
      "labelFlush": true,
      "labelOverlap": true,
      "tickMinStep": 1,
      "zindex": 0
    },
    {
      "scale": "y",
      "orient": "left",
      "grid": false,
      "domain": false,
      "labelFontSize": 11,
      "labelLimit": 260,
      "labelPadding": 8,
      "ticks": false,
      "zindex": 0
    }
  ],
  "legends": [
    {
      "format": "d",
      "title": "@@votesAxisCount@@",
      "values": [
        1
      ],
      "size": "size",
      "symbolType": "circle",
      "encode": {
        "symbols": {
          "update": {
            "fill": {
              "value": "#0072B2"
            },
            "opacity": {
              "value": 0.75
            },
            "stroke": {
              "value": "transparent"
            }
          }
        }
      }
    }
  ],
  "config": {
    "axis": {
      "titleFontWeight": "normal"
    },
    "style": {
      "guide-label": {
        "font": "Helvetica, Arial, sans-serif"
      },
      "guide-title": {
        "font": "Helvetica, Arial, sans-serif"
      },
      "group-title": {
        "font": "Helvetica, Arial, sans-serif"
      },
      "group-subtitle": {
        "font": "Helvetica, Arial, sans-serif"
      },
      "cell": {
        "stroke": "#cfcfcf"
      },
      "text": {
        "font": "Helvetica, Arial, sans-serif"
      }
    }
  }
};

// dist/render/report/hash.js
function textHash(text) {
  return contentHash(text);
}
__name(textHash, "textHash");
function specHash(spec) {
  return textHash(JSON.stringify(spec));
}
__name(specHash, "specHash");

// dist/render/votes-chart/spec.js
var PLACEHOLDERS = {
  vote: "@@votesAxisVote@@",
  count: "@@votesAxisCount@@"
};
var VOTES_DATASET = "votes";
var AGREED_DATASET = "agreed";
var FONT = "Helvetica, Arial, sans-serif";
function votesLiteSpec() {
  const y = {
    field: "commitment",
    type: "nominal",
    sort: { field: "order", op: "min" },
    title: null,
    axis: { labelLimit: 260, labelFontSize: 11, domain: false, ticks: false, labelPadding: 8 }
  };
  const x = {
    type: "quantitative",
    scale: { domain: [1, 9], nice: false },
    axis: { values: [1, 2, 3, 4, 5, 6, 7, 8, 9], format: "d", grid: true, gridColor: "#e3e3e3" }
  };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: 360,
    height: { step: 26 },
    config: { font: FONT, view: { stroke: "#cfcfcf" }, background: "white", axis: { titleFontWeight: "normal" } },
    layer: [
      {
        data: { name: VOTES_DATASET },
        mark: { type: "circle", color: "#0072B2", opacity: 0.75 },
        encoding: {
          y,
          x: { ...x, field: "vote", title: PLACEHOLDERS.vote },
          size: {
            field: "count",
            type: "quantitative",
            title: PLACEHOLDERS.count,
            scale: { domain: [0, 1], range: [0, 360] },
            legend: { values: [1], format: "d" }
          }
        }
      },
      {
        data: { name: AGREED_DATASET },
        mark: { type: "tick", color: "black", thickness: 3, size: 22 },
        encoding: { y, x: { ...x, field: "agreed" } }
      }
    ]
  };
}
__name(votesLiteSpec, "votesLiteSpec");

// dist/render/votes-chart/fill.js
var compiledOnce;
function compiledVotesSpec() {
  compiledOnce ??= (async () => {
    const lite = votesLiteSpec();
    if (specHash(lite) === SOURCE_HASH)
      return COMPILED_VOTES_SPEC;
    const { compile } = await import("vega-lite");
    return compile(lite).spec;
  })();
  return compiledOnce;
}
__name(compiledVotesSpec, "compiledVotesSpec");
function found(value, what) {
  if (value === void 0)
    throw new Error(`votes chart: the compiled spec has no ${what}; regenerate it (npm run gen)`);
  return value;
}
__name(found, "found");
function replaceTitles(node, titles, inExpression = false) {
  if (typeof node === "string") {
    let out = node;
    for (const [key, placeholder] of Object.entries(PLACEHOLDERS)) {
      const title = titles[key];
      out = out.split(placeholder).join(inExpression ? JSON.stringify(title).slice(1, -1) : title);
    }
    return out;
  }
  if (Array.isArray(node))
    return node.map((x) => replaceTitles(x, titles, inExpression));
  if (node && typeof node === "object") {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, replaceTitles(v, titles, inExpression || k === "signal" || k === "expr" || k === "update")]));
  }
  return node;
}
__name(replaceTitles, "replaceTitles");
var titledJson = /* @__PURE__ */ new WeakMap();
var MAX_TITLED = 8;
function titledCopy(compiled, titles) {
  let byTitles = titledJson.get(compiled);
  if (!byTitles)
    titledJson.set(compiled, byTitles = /* @__PURE__ */ new Map());
  const key = JSON.stringify(titles);
  let json = byTitles.get(key);
  if (json === void 0) {
    if (byTitles.size >= MAX_TITLED)
      byTitles.clear();
    json = JSON.stringify(replaceTitles(compiled, titles));
    byTitles.set(key, json);
  }
  return JSON.parse(json);
}
__name(titledCopy, "titledCopy");
function fillVotesSpec(compiled, fill) {
  const spec = titledCopy(compiled, fill.titles);
  const data = spec.data ?? [];
  const dataset = /* @__PURE__ */ __name((name) => found(data.find((d) => d.name === name), `dataset "${name}"`), "dataset");
  dataset(VOTES_DATASET).values = fill.votes;
  dataset(AGREED_DATASET).values = fill.agreed;
  const { min, max } = fill.scale;
  const maxCount = Math.max(1, ...fill.votes.map((v) => v.count));
  const scale = /* @__PURE__ */ __name((name) => found(spec.scales?.find((s) => s.name === name), `scale "${name}"`), "scale");
  scale("x").domain = [min, max];
  const least = /* @__PURE__ */ new Map();
  for (const row of [...fill.votes, ...fill.agreed])
    least.set(row.commitment, Math.min(least.get(row.commitment) ?? Infinity, row.order));
  scale("y").domain = [...least].sort((a, b) => a[1] - b[1]).map(([label]) => label);
  scale("size").domain = [0, maxCount];
  const xAxes = (spec.axes ?? []).filter((a) => a.scale === "x" && "values" in a);
  found(xAxes[0], "x axis with values");
  const ticks = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  for (const axis of xAxes)
    axis.values = ticks;
  const legend = found(spec.legends?.find((l) => l.size === "size" && "values" in l), "size legend with values");
  legend.values = maxCount > 2 ? [1, Math.ceil(maxCount / 2), maxCount] : [1, maxCount];
  return spec;
}
__name(fillVotesSpec, "fillVotesSpec");

// dist/render/votes-chart.js
function votesData(assessment, fw, score, lang) {
  const out = { labels: [], votes: [], agreed: [] };
  fw.commitments.forEach((c, i) => {
    const result = assessment.commitments?.[c.id];
    const all = c.actions?.length ? c.actions.flatMap((a) => countedVotes(result?.actions?.[a.id])) : countedVotes(result);
    if (!all.length)
      return;
    const label = `${c.id}. ${pick(c.short ?? c.title, lang)}`;
    const order = out.labels.length;
    out.labels.push(label);
    const counts = /* @__PURE__ */ new Map();
    for (const v of all)
      counts.set(v, (counts.get(v) ?? 0) + 1);
    for (const [vote, count] of [...counts].sort((a, b) => a[0] - b[0]))
      out.votes.push({ commitment: label, order, vote, count });
    const mean = score.commitments[i]?.mean;
    if (typeof mean === "number")
      out.agreed.push({ commitment: label, order, agreed: mean });
  });
  return out;
}
__name(votesData, "votesData");
async function votesVegaSpec(data, fw, lang) {
  const t = translator(reportMessages, lang);
  return fillVotesSpec(await compiledVotesSpec(), {
    votes: data.votes,
    agreed: data.agreed,
    titles: { vote: t("votesAxisVote"), count: t("votesAxisCount") },
    scale: fw.scale
  });
}
__name(votesVegaSpec, "votesVegaSpec");
async function renderVotesSvg(assessment, fw, score, lang) {
  const data = votesData(assessment, fw, score, lang);
  if (!data.votes.length)
    return null;
  const vega = await vegaRuntime();
  const spec = await votesVegaSpec(data, fw, lang);
  vega.resetSVGDefIds();
  const svg = await renderSvg(vega, spec, { chart: "votes" });
  return accessibleSvg(svg.replace(/\b(id="|url\(#)(clip|gradient_)/g, "$1votes-$2").replace('class="marks"', 'class="marks votes-chart"'), { id: "votes", ...votesText(data, lang) });
}
__name(renderVotesSvg, "renderVotesSvg");
function votesText(data, lang) {
  const t = translator(reportMessages, lang);
  const parts = data.labels.map((label, order) => {
    const votes = data.votes.filter((v) => v.order === order).map((v) => t("votesSvgVote", { vote: v.vote, count: v.count })).join(", ");
    const agreed = data.agreed.find((a) => a.order === order);
    return t(agreed ? "votesSvgLine" : "votesSvgLineNoAgreed", {
      label,
      votes,
      agreed: agreed ? localNumber(String(Math.round(agreed.agreed * 100) / 100), lang) : ""
    });
  });
  return { title: t("votes"), desc: `${t("votesSvgDesc")} ${parts.join(" ")}` };
}
__name(votesText, "votesText");

// dist/render/report/source-note.js
var LANGS = ["en", "fr", "es"];
function sourceNoteParts(fw, lang, wrap) {
  const note = fw.source?.note;
  if (note === void 0 || note === "")
    return [];
  const given = typeof note === "string" ? void 0 : note[lang] !== void 0 ? lang : "en";
  const text = typeof note === "string" ? note : note[given] ?? "";
  if (text === "")
    return [];
  const whole = wrap(text);
  const at = whole.indexOf(text);
  if (given !== void 0 && given !== lang) {
    const parts2 = [{ text: whole.slice(0, at), lang: "" }, { text, lang: given }, { text: whole.slice(at + text.length), lang: "" }].filter((p) => p.text !== "");
    return parts2.flatMap((p) => quotedWords(p, p.lang || lang, fw));
  }
  const quoted = [];
  for (const c of fw.commitments) {
    for (const other of LANGS) {
      const title = c.title[other];
      if (other === lang || !title || title === c.title[lang] || title.length < 4)
        continue;
      quoted.push({ title, lang: other });
    }
  }
  quoted.sort((a, b) => b.title.length - a.title.length);
  const parts = [];
  let rest = whole;
  while (rest !== "") {
    let first;
    for (const q of quoted) {
      const index = rest.indexOf(q.title);
      if (index !== -1 && (!first || index < first.index))
        first = { index, ...q };
    }
    if (!first)
      break;
    if (first.index > 0)
      parts.push({ text: rest.slice(0, first.index), lang: "" });
    parts.push({ text: first.title, lang: first.lang });
    rest = rest.slice(first.index + first.title.length);
  }
  if (rest !== "")
    parts.push({ text: rest, lang: "" });
  return parts.flatMap((p) => p.lang ? [p] : quotedWords(p, lang, fw));
}
__name(sourceNoteParts, "sourceNoteParts");
function titleWords(fw, lang) {
  const words = /* @__PURE__ */ new Set();
  for (const c of fw.commitments)
    for (const text of [c.title[lang], c.short?.[lang]])
      for (const w of wordsOf(text ?? ""))
        words.add(w);
  return words;
}
__name(titleWords, "titleWords");
var wordsOf = /* @__PURE__ */ __name((text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean), "wordsOf");
var QUOTED = /(["“«]\s*)([^"”«»\n]{1,80}?)(\s*["”»])/gu;
function quotedWords(part, own, fw) {
  const ownWords = titleWords(fw, own);
  const others = LANGS.filter((l) => l !== own).map((l) => ({ lang: l, words: titleWords(fw, l) }));
  const out = [];
  let last = 0;
  for (const m of part.text.matchAll(QUOTED)) {
    const words = wordsOf(m[2]);
    if (!words.length || words.every((w) => ownWords.has(w)))
      continue;
    const from = others.filter((o) => words.every((w) => o.words.has(w)));
    if (from.length !== 1)
      continue;
    const start = (m.index ?? 0) + m[1].length;
    const end = start + m[2].length;
    if (start > last)
      out.push({ text: part.text.slice(last, start), lang: part.lang });
    out.push({ text: part.text.slice(start, end), lang: from[0].lang });
    last = end;
  }
  if (last === 0)
    return [part];
  if (last < part.text.length)
    out.push({ text: part.text.slice(last), lang: part.lang });
  return out;
}
__name(quotedWords, "quotedWords");
function fallbackLang(text, lang) {
  return text !== void 0 && lang !== "en" && text[lang] === void 0 && text.en !== void 0 ? "en" : "";
}
__name(fallbackLang, "fallbackLang");
function partsAround(sentence, inner, innerLang) {
  const at = inner === "" || innerLang === "" ? -1 : sentence.indexOf(inner);
  if (at === -1)
    return [{ text: sentence, lang: "" }];
  return [{ text: sentence.slice(0, at), lang: "" }, { text: inner, lang: innerLang }, { text: sentence.slice(at + inner.length), lang: "" }].filter((p) => p.text !== "");
}
__name(partsAround, "partsAround");

// dist/render/report/review-model.js
function inline(text, lang, original) {
  const chosen = chooseText(text, lang, original);
  if (!chosen)
    return null;
  const words = chosen.blocks.map((b) => b.type === "paragraph" ? plainText(b.content) : b.items.map(plainText).join("; ")).join(" ");
  return { text: words, lang: chosen.lang, foreign: chosen.foreign && new RegExp("\\p{L}", "u").test(words) };
}
__name(inline, "inline");
function reviewView(review, fw, lang, t) {
  const original = review.language;
  const rich = /* @__PURE__ */ __name((text) => chooseText(text, lang, original), "rich");
  const synthesis = {};
  for (const c of fw.commitments)
    synthesis[c.id] = rich(review.commitments?.[c.id]);
  const titleOf = /* @__PURE__ */ __name((id) => {
    const c = fw.commitments.find((x) => x.id === id);
    return c ? `${c.id}. ${pick(c.short ?? c.title, lang)}` : id;
  }, "titleOf");
  const recommendations = (review.recommendations ?? []).map((r) => ({
    title: inline(r.title, lang, original),
    commitments: (r.commitments ?? []).map((id) => titleOf(String(id))),
    owner: inline(r.owner, lang, original),
    timeframe: inline(r.timeframe, lang, original),
    description: rich(r.description)
  }));
  const authors = (review.authors ?? []).map((a) => ({ name: a.name, role: inline(a.role, lang, original) }));
  return {
    lang: original,
    date: review.date ?? "",
    dateText: review.date ? longDate(review.date, lang) : "",
    authors,
    // "Name, role; Name, role": a role often holds parentheses of its own ("Appointed expert (fictional)").
    authorsText: authors.map((a) => a.role ? `${a.name}, ${a.role.text}` : a.name).join("; "),
    introduction: rich(review.introduction),
    context: rich(review.context),
    summary: rich(review.summary),
    synthesis,
    whatChanged: rich(review.whatChanged),
    recommendationsHeading: review.kind === "pilot-measures" ? t("pilotMeasures") : t("recommendations"),
    recommendations,
    nextSteps: rich(review.nextSteps),
    acknowledgements: rich(review.acknowledgements)
  };
}
__name(reviewView, "reviewView");

// dist/render/report/then-now.js
function signed(value, decimals, lang) {
  return formatChange(value, decimals, lang);
}
__name(signed, "signed");
function thenNowView(input, earlier, labels, review, t) {
  const { framework: fw, lang } = input;
  const decimals = fw.percent.decimals ?? 1;
  const pct = /* @__PURE__ */ __name((v) => v === null ? "" : `${formatNumber(v, decimals, lang)}\xA0%`, "pct");
  const figures = compareScores(fw, [earlier.score, input.score]);
  const rows = fw.commitments.map((c, i) => {
    const now = input.score.commitments[i];
    const then = earlier.score.commitments[i];
    const row = figures.commitments[i];
    const a = row?.percents[0] ?? null;
    const b = row?.percents[1] ?? null;
    const change = row?.diffFirst[1] ?? null;
    const bandThen = then?.band ? pick(then.band.label, lang) : "";
    const bandNow = now?.band ? pick(now.band.label, lang) : "";
    const status = /* @__PURE__ */ __name((s) => s?.status === "na" ? t("na") : "\u2014", "status");
    return {
      id: c.id,
      label: `${c.id}. ${pick(c.short ?? c.title, lang)}`,
      then: a === null ? status(then) : pct(a),
      now: b === null ? status(now) : pct(b),
      change: change === null ? "\u2014" : signed(change, decimals, lang),
      changeValue: change,
      bandChange: bandThen && bandNow ? bandThen === bandNow ? t("bandSame") : `${bandThen} \u2192 ${bandNow}` : "\u2014",
      bandChanged: Boolean(bandThen && bandNow && bandThen !== bandNow),
      onlyOne: a === null !== (b === null)
    };
  });
  const [nowLabel, thenLabel] = labels;
  return {
    then: thenLabel,
    now: nowLabel,
    intro: t("thenNowIntro", { then: thenLabel, now: nowLabel }),
    rows,
    whatChanged: review?.whatChanged ?? null,
    generated: whatChanged(rows, figures.overall, input, thenLabel, nowLabel, t)
  };
}
__name(thenNowView, "thenNowView");
function whatChanged(rows, overall, input, thenLabel, nowLabel, t) {
  const { lang, framework: fw } = input;
  const decimals = fw.percent.decimals ?? 1;
  const both = rows.filter((r) => r.changeValue !== null);
  if (!both.length)
    return t("changedNone");
  const n = both.length;
  const from = overall.percents[0];
  const to = overall.percents[1];
  const change = overall.diffFirst[1];
  const item = /* @__PURE__ */ __name((r) => `${r.label} (${r.change})`, "item");
  const sentences = [
    t("changedCommon", { count: n, then: thenLabel, now: nowLabel }),
    t("changedOverall", {
      these: t("changedThese", { count: n }),
      from: formatNumber(from, decimals, lang),
      to: formatNumber(to, decimals, lang),
      change: signed(change, decimals, lang)
    })
  ];
  const up = both.filter((r) => r.changeValue > 0);
  const down = both.filter((r) => r.changeValue < 0);
  const same = both.filter((r) => r.changeValue === 0);
  if (up.length)
    sentences.push(t("changedUp", { list: up.map(item).join(", ") }));
  if (down.length)
    sentences.push(t("changedDown", { list: down.map(item).join(", ") }));
  if (same.length)
    sentences.push(t("changedSame", { list: same.map((r) => r.label).join(", ") }));
  const bands = both.filter((r) => r.bandChanged);
  if (bands.length)
    sentences.push(t("changedBands", { list: bands.map((r) => `${r.label} ${r.bandChange}`).join(", ") }));
  const only = rows.filter((r) => r.onlyOne);
  if (only.length)
    sentences.push(t("changedOnlyOne", { list: only.map((r) => r.label).join(", ") }));
  return sentences.join(" ");
}
__name(whatChanged, "whatChanged");

// dist/render/report/model.js
function safeUrl(raw) {
  if (!raw)
    return null;
  if (!/^https?:/i.test(raw.trim().replace(/^[\u0000-\u0020]+/, "").replace(/[\t\n\r]/g, "")))
    return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
__name(safeUrl, "safeUrl");
function formatNumber(value, decimals, lang) {
  return localNumber(value.toFixed(decimals), lang);
}
__name(formatNumber, "formatNumber");
function formatMean(value, lang) {
  return formatNumber(value, 2, lang).replace(/[.,]?0+$/, "");
}
__name(formatMean, "formatMean");
function formatSigned(value, decimals, lang) {
  return formatChange(value, decimals, lang);
}
__name(formatSigned, "formatSigned");
function evidenceView(items) {
  return (items ?? []).map((e) => typeof e === "string" ? { title: e, url: safeUrl(e) } : { title: e.title, url: safeUrl(e.url) });
}
__name(evidenceView, "evidenceView");
function scoreText(value, lang, t) {
  if (value === null)
    return t("notScored");
  return value === "n/a" ? t("na") : formatMean(value, lang);
}
__name(scoreText, "scoreText");
function spreadText(spread, lang, t, short = false, naVotes = 0, excluded = 0) {
  const na = [
    ...naVotes ? [t("naVotes", { count: naVotes })] : [],
    ...excluded ? [t("excludedVotes", { count: excluded })] : []
  ].join(t("clauseSep"));
  if (!spread)
    return short ? "" : na;
  const text = t(short ? "spreadShort" : spread.n === 1 ? "spreadTextOne" : "spreadText", {
    min: formatMean(spread.min, lang),
    max: formatMean(spread.max, lang),
    sd: formatNumber(spread.sd, 1, lang),
    n: spread.n
  });
  return na && !short ? `${text}${t("clauseSep")}${na}` : text;
}
__name(spreadText, "spreadText");
function itemSpread(item, lang, t) {
  return item ? spreadText(item.spread, lang, t, false, item.naVotes, item.excludedVotes) : "";
}
__name(itemSpread, "itemSpread");
function reportLabels(main, compare) {
  return seriesLabels([main, ...compare ? [compare] : []].map((s) => ({ file: s.fileName, assessment: s.assessment })));
}
__name(reportLabels, "reportLabels");
function commitmentView(input, c, index, t) {
  const { framework: fw, lang } = input;
  const def = fw.commitments[index];
  const result = input.assessment.commitments?.[c.id];
  const decimals = fw.percent.decimals ?? 1;
  const bench = input.benchmark?.values[index] ?? null;
  const diffValue = shownDifference(c.percent, bench, decimals);
  const title = pick(def.title, lang);
  const percent = c.percent === null ? "" : formatNumber(c.percent, decimals, lang);
  const band = c.band ? pick(c.band.label, lang) : "";
  const actions = (def.actions ?? []).map((a, i) => {
    const item = result?.actions?.[a.id];
    return {
      id: a.id,
      title: pick(a.title, lang),
      titleLang: fallbackLang(a.title, lang),
      score: scoreText(c.items[i]?.score ?? null, lang, t),
      spread: itemSpread(c.items[i], lang, t),
      notes: item?.notes ?? "",
      evidence: evidenceView(item?.evidence)
    };
  });
  const coverage = `${c.scored}/${c.total}` + (c.na ? ` (${t("coverageNa", { na: c.na })})` : "");
  const withActions = Boolean(def.actions?.length);
  const ownSpread = withActions ? "" : itemSpread(c.items[0], lang, t);
  const actionVotes = withActions && c.items.some((i) => i.spread || i.naVotes);
  return {
    id: c.id,
    title,
    label: `${c.id}. ${title}`,
    description: pick(def.description, lang),
    titleLang: fallbackLang(def.title, lang),
    descriptionLang: def.description ? fallbackLang(def.description, lang) : "",
    mean: c.mean === null ? "" : formatMean(c.mean, lang),
    percent,
    percentText: percent ? `${percent}\xA0%` : "",
    percentValue: c.percent,
    band,
    bandId: c.band?.id ?? null,
    status: c.status,
    bandText: band || (c.status === "na" ? t("naLong") : t("notScored")),
    benchmark: bench === null ? "" : formatNumber(bench, decimals, lang),
    diff: diffValue === null ? "" : formatSigned(diffValue, decimals, lang),
    diffValue,
    coverage,
    // With actions, the spread is per action (in `actions`): pooled, differences between actions would read as disagreement.
    spread: ownSpread,
    spreadShort: withActions ? actionVotes ? t("spreadPerAction") : "" : spreadText(c.items[0]?.spread ?? null, lang, t, true),
    scoreLine: c.status === "na" ? t("scoreLineNa") : c.mean === null ? t("scoreLineNotScored") : t("scoreLine", { score: formatMean(c.mean, lang), percent, band }),
    notes: result?.notes ?? "",
    noNotes: result?.notes ? "" : actions.some((a) => a.notes || a.evidence.length) ? t("noNotesSeeActions") : t("noNotes"),
    evidence: evidenceView(result?.evidence),
    actions,
    synthesis: null
  };
}
__name(commitmentView, "commitmentView");
function ranked(views, withBenchmark, fw, lang, t) {
  const decimals = fw.percent.decimals ?? 1;
  const key = /* @__PURE__ */ __name((v) => withBenchmark ? v.diffValue : v.percentValue, "key");
  const scored = views.map((v, i) => ({ v, i, k: key(v) })).filter((x) => x.k !== null);
  const desc = [...scored].sort((a, b) => b.k - a.k || a.i - b.i);
  const asc = [...scored].sort((a, b) => a.k - b.k || a.i - b.i);
  let strengths = [];
  let weaknesses = [];
  let reason = "";
  const anyScored = views.some((v) => v.percentValue !== null);
  if (withBenchmark) {
    strengths = desc.filter((x) => x.k > 0).slice(0, 3);
    weaknesses = asc.filter((x) => x.k < 0).slice(0, 3);
  } else if (scored.length < 2) {
    reason = scored.length === 0 ? t("noneScored") : t("rankTooFew", { count: scored.length });
  } else {
    const range = desc[0].k - asc[0].k;
    const step = 100 / (fw.scale.max - fw.scale.min);
    if (range < step) {
      reason = t("rankTooClose", { range: formatNumber(range, decimals, lang), step: formatNumber(step, decimals, lang) });
    } else {
      const take = Math.min(3, Math.floor(scored.length / 2));
      const top = desc.slice(0, take);
      const bottom = asc.slice(0, take);
      const lowestTop = Math.min(...top.map((x) => x.k));
      const highestBottom = Math.max(...bottom.map((x) => x.k));
      strengths = top.filter((x) => x.k > highestBottom);
      weaknesses = bottom.filter((x) => x.k < lowestTop);
    }
  }
  const view = /* @__PURE__ */ __name((x) => ({
    id: x.v.id,
    title: x.v.title,
    percent: x.v.percent,
    percentText: x.v.percentText,
    diff: withBenchmark ? t("points", { value: formatSigned(x.k, decimals, lang) }) : null,
    titleLang: x.v.titleLang ?? ""
  }), "view");
  const none = /* @__PURE__ */ __name((withBench) => reason || (withBenchmark ? withBench : anyScored ? "" : t("noneScored")), "none");
  return {
    strengths: strengths.map(view),
    weaknesses: weaknesses.map(view),
    /** Why there is no ranking at all ('' when there is one). */
    reason,
    noneStrengths: none(t("noneAbove")),
    noneWeaknesses: none(t("noneBelow"))
  };
}
__name(ranked, "ranked");
function citation(fw, title, lang) {
  const by = [pickAny(fw.source?.publisher, lang), fw.source?.year].filter((x) => x !== void 0 && x !== "").join(", ");
  return by ? title.endsWith(")") ? `${title}, ${by}` : `${title} (${by})` : title;
}
__name(citation, "citation");
function withColon(t, rows) {
  return rows.map((r) => ({ ...r, labelColon: t("labelColon", { label: r.label }) }));
}
__name(withColon, "withColon");
function buildReportModel(input) {
  const { assessment: a, framework: fw, score, lang } = input;
  const t = translator(reportMessages, lang);
  const decimals = fw.percent.decimals ?? 1;
  const participants = a.participants ?? [];
  const sectorLabel = /* @__PURE__ */ __name((s) => t(`sector.${s ?? "none"}`), "sectorLabel");
  const sectors = [...SECTORS, void 0].map((s) => ({ id: s ?? "none", label: sectorLabel(s), count: participants.filter((p) => p.sector === s).length })).filter((s) => s.count > 0 || s.id !== "none");
  const review = input.review ? reviewView(input.review, fw, lang, t) : null;
  const commitments = score.commitments.map((c, i) => ({ ...commitmentView(input, c, i, t), synthesis: review?.synthesis[c.id] ?? null }));
  const bench = input.benchmark?.data;
  const benchText = bench ? benchmarkText(bench, lang) : null;
  const ranking = ranked(commitments, Boolean(bench), fw, lang, t);
  const cover = score.overallCoverage;
  const frameworkTitle = pick(fw.title, lang);
  const frameworkLang = fallbackLang(fw.title, lang);
  const messages = Object.fromEntries(Object.keys(reportMessages.en).map((k) => [k, t(k)]));
  const { min, max } = fw.scale;
  return {
    lang,
    t: messages,
    title: a.title ?? t("defaultTitle", { city: a.city }),
    /** The language of the assessment's own texts (title, notes) when it is not the report's: marked with lang. */
    sourceLang: a.language !== lang ? a.language : "",
    titleLang: a.title && a.language !== lang ? a.language : "",
    subtitle: t("reportSubtitle", { framework: frameworkTitle }),
    /** The subtitle in runs, the framework's title marked when it is in another language. */
    subtitleParts: partsAround(t("reportSubtitle", { framework: frameworkTitle }), frameworkTitle, frameworkLang),
    city: a.city,
    country: a.country ?? "",
    date: a.date,
    dateText: longDate(String(a.date), lang),
    facilitators: a.facilitators ?? [],
    experts: a.experts ?? [],
    framework: { id: fw.id, title: frameworkTitle, titleLang: frameworkLang, version: fw.version ?? "", source: fw.source ?? null },
    participation: {
      intro: t("participationIntro", { count: participants.length }),
      total: participants.length,
      sectors
    },
    radar: {
      svg: input.radar.svg,
      href: input.radar.href ?? null,
      /** Where the chart is an image (Markdown): its description, which states every value and names the results table. */
      alt: svgDescription(input.radar.svg) || t("radar"),
      compare: input.compare ? t("radarCompare", { label: reportLabels(input, input.compare)[1] }) : "",
      benchmark: bench && benchText ? t("radarBenchmark", { name: benchText.name }) : ""
    },
    compare: input.compare ? { city: input.compare.assessment.city, date: input.compare.assessment.date, label: reportLabels(input, input.compare)[1] } : null,
    commitments,
    overall: score.overall === null ? "" : formatNumber(score.overall, decimals, lang),
    overallText: score.overall === null ? "" : `${formatNumber(score.overall, decimals, lang)}\xA0%`,
    /** "Mean of 5 of 9 commitments": every overall figure says what it is the mean of. */
    overallLabel: t("overallOf", { scored: cover.scored, total: cover.total }),
    overallCoverage: cover,
    overallLine: score.overall === null ? "" : t("overallLineOf", { value: formatNumber(score.overall, decimals, lang), scored: cover.scored, total: cover.total }),
    hasBenchmark: Boolean(bench),
    hasSpread: commitments.some((c) => c.spread !== ""),
    ranking: {
      basis: bench && benchText ? t("basisBenchmark", { name: benchText.name }) : t("basisScores"),
      ...ranking
    },
    thenNow: input.compare ? thenNowView(input, input.compare, reportLabels(input, input.compare), review, t) : null,
    review,
    /** The x- keys of the assessment and of the review, for your own templates. */
    extensions: { assessment: xKeys(a), review: input.review ? xKeys(input.review) : {} },
    votes: input.votes ? { svg: input.votes.svg, href: input.votes.href ?? null, alt: svgDescription(input.votes.svg) || t("votes") } : null,
    participants: participants.map((p) => ({ name: p.name, organisation: p.organisation ?? "", sector: sectorLabel(p.sector), role: p.role ?? "" })),
    methodology: {
      framework: t("methodFramework", { title: citation(fw, frameworkTitle, lang) }),
      frameworkParts: partsAround(t("methodFramework", { title: citation(fw, frameworkTitle, lang) }), frameworkTitle, frameworkLang),
      sourceNote: fw.source?.note ? t("methodSourceNote", { note: pickAny(fw.source.note, lang) }) : "",
      /** The same sentence in runs, each with its language ('' for the report's): the titles it quotes in English, say. */
      sourceNoteParts: sourceNoteParts(fw, lang, (note) => t("methodSourceNote", { note })),
      convention: t("methodConvention"),
      scale: t("methodScale", { min, max }),
      bands: [...fw.scale.bands].sort((x, y) => x.min - y.min).map((b) => ({ id: b.id, label: pick(b.label, lang), min: b.min, max: b.max, range: `${b.min}\u2013${b.max}`, description: pick(b.description, lang) })),
      percent: t("methodPercentText", {
        min,
        range: max - min,
        decimals: t("decimals", { count: decimals })
      }),
      coverage: t("methodCoverage"),
      votes: t("methodVotes"),
      benchmark: bench && benchText ? withColon(t, [
        { label: t("benchName"), value: benchText.name },
        { label: t("benchSource"), value: benchText.source },
        ...bench.year !== void 0 ? [{ label: t("benchYear"), value: String(bench.year) }] : [],
        ...bench.respondents !== void 0 ? [{ label: t("benchRespondents"), value: String(bench.respondents) }] : [],
        ...benchText.method ? [{ label: t("benchMethod"), value: benchText.method }] : [],
        ...benchText.notes ? [{ label: t("benchNotes"), value: benchText.notes }] : []
      ]) : null,
      noBenchmark: t("methodNoBenchmark")
    },
    footer: t("footer", { file: input.fileName })
  };
}
__name(buildReportModel, "buildReportModel");
function xKeys(data) {
  return Object.fromEntries(Object.entries(data).filter(([k]) => k.startsWith("x-")));
}
__name(xKeys, "xKeys");

// dist/render/report/engine.js
import { readdirSync, readFileSync } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import { join } from "node:path";

// dist/render/report/nunjucks-slim.js
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
function loadNunjucksSlim() {
  return require2("nunjucks/browser/nunjucks-slim.js");
}
__name(loadNunjucksSlim, "loadNunjucksSlim");

// dist/generated/report-templates.js
var TEMPLATES_HASH = "933ed1f55c04a2c0";
var TEMPLATES = {
  "layout.html.njk": /* @__PURE__ */ (function() {
    function root(env, context, frame, runtime, cb) {
      var lineno = 0;
      var colno = 0;
      var output = "";
      try {
        var parentTemplate = null;
        output += '<!DOCTYPE html>\n<html lang="';
        output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "lang"), env.opts.autoescape);
        output += `">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="c21lab">
<title>`;
        output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "title"), env.opts.autoescape);
        output += "</title>\n<style>\n";
        var tasks = [];
        tasks.push(function(callback) {
          env.getTemplate("report.css", false, "layout.html.njk", false, function(t_2, t_1) {
            if (t_2) {
              cb(t_2);
              return;
            }
            callback(null, t_1);
          });
        });
        tasks.push(function(template, callback) {
          template.render(context.getVariables(), frame, function(t_4, t_3) {
            if (t_4) {
              cb(t_4);
              return;
            }
            callback(null, t_3);
          });
        });
        tasks.push(function(result, callback) {
          output += result;
          callback(null);
        });
        env.waterfall(tasks, function() {
          output += "</style>\n</head>\n<body>\n";
          (parentTemplate ? function(e, c, f, r, cb2) {
            cb2("");
          } : context.getBlock("body"))(env, context, frame, runtime, function(t_6, t_5) {
            if (t_6) {
              cb(t_6);
              return;
            }
            output += t_5;
            output += "</body>\n</html>\n";
            if (parentTemplate) {
              parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
            } else {
              cb(null, output);
            }
          });
        });
      } catch (e) {
        cb(runtime.handleError(e, lineno, colno));
      }
    }
    __name(root, "root");
    function b_body(env, context, frame, runtime, cb) {
      var lineno = 16;
      var colno = 3;
      var output = "";
      try {
        var frame = frame.push(true);
        cb(null, output);
        ;
      } catch (e) {
        cb(runtime.handleError(e, lineno, colno));
      }
    }
    __name(b_body, "b_body");
    return {
      b_body,
      root
    };
  })(),
  "partials/details.html.njk": /* @__PURE__ */ (function() {
    function root(env, context, frame, runtime, cb) {
      var lineno = 0;
      var colno = 0;
      var output = "";
      try {
        var parentTemplate = null;
        output += '<section id="details">\n  <h2>';
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "details"), env.opts.autoescape);
        output += "</h2>\n";
        frame = frame.push();
        var t_3 = runtime.contextOrFrameLookup(context, frame, "commitments");
        if (t_3) {
          t_3 = runtime.fromIterator(t_3);
          var t_2 = t_3.length;
          for (var t_1 = 0; t_1 < t_3.length; t_1++) {
            var t_4 = t_3[t_1];
            frame.set("c", t_4);
            frame.set("loop.index", t_1 + 1);
            frame.set("loop.index0", t_1);
            frame.set("loop.revindex", t_2 - t_1);
            frame.set("loop.revindex0", t_2 - t_1 - 1);
            frame.set("loop.first", t_1 === 0);
            frame.set("loop.last", t_1 === t_2 - 1);
            frame.set("loop.length", t_2);
            output += '  <article class="commitment" id="commitment-';
            output += runtime.suppressValue(runtime.memberLookup(t_4, "id"), env.opts.autoescape);
            output += '">\n    <h3';
            if (runtime.memberLookup(t_4, "titleLang")) {
              output += ' lang="';
              output += runtime.suppressValue(runtime.memberLookup(t_4, "titleLang"), env.opts.autoescape);
              output += '"';
              ;
            }
            output += ">";
            output += runtime.suppressValue(runtime.memberLookup(t_4, "label"), env.opts.autoescape);
            output += '</h3>\n    <p class="scoreline">';
            output += runtime.suppressValue(runtime.memberLookup(t_4, "scoreLine"), env.opts.autoescape);
            if (runtime.memberLookup(t_4, "diff")) {
              output += " \xB7 ";
              output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colDiff"), env.opts.autoescape);
              output += " ";
              output += runtime.suppressValue(runtime.memberLookup(t_4, "diff"), env.opts.autoescape);
              ;
            }
            if (runtime.memberLookup(t_4, "spread")) {
              output += " \xB7 ";
              output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colVotes"), env.opts.autoescape);
              output += " ";
              output += runtime.suppressValue(runtime.memberLookup(t_4, "spread"), env.opts.autoescape);
              ;
            }
            output += "</p>\n";
            if (runtime.memberLookup(t_4, "description")) {
              output += '<p class="description"';
              if (runtime.memberLookup(t_4, "descriptionLang")) {
                output += ' lang="';
                output += runtime.suppressValue(runtime.memberLookup(t_4, "descriptionLang"), env.opts.autoescape);
                output += '"';
                ;
              }
              output += ">";
              output += runtime.suppressValue(runtime.memberLookup(t_4, "description"), env.opts.autoescape);
              output += "</p>";
              ;
            }
            if (runtime.memberLookup(t_4, "synthesis")) {
              output += "    <h4>";
              output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "reviewSynthesis"), env.opts.autoescape);
              output += "</h4>\n    ";
              output += runtime.suppressValue(env.getFilter("rich").call(context, runtime.memberLookup(t_4, "synthesis")), env.opts.autoescape);
              output += "\n";
              ;
            }
            output += "    <h4>";
            if (runtime.memberLookup(t_4, "synthesis")) {
              output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "groupNotes"), env.opts.autoescape);
              ;
            } else {
              output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "notes"), env.opts.autoescape);
              ;
            }
            output += "</h4>\n";
            if (runtime.memberLookup(t_4, "notes")) {
              output += '<p class="notes"';
              if (runtime.contextOrFrameLookup(context, frame, "sourceLang")) {
                output += ' lang="';
                output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "sourceLang"), env.opts.autoescape);
                output += '"';
                ;
              }
              output += ">";
              output += runtime.suppressValue(runtime.memberLookup(t_4, "notes"), env.opts.autoescape);
              output += "</p>";
              ;
            } else {
              output += '<p class="muted">';
              output += runtime.suppressValue(runtime.memberLookup(t_4, "noNotes") || runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "noNotes"), env.opts.autoescape);
              output += "</p>";
              ;
            }
            if (runtime.memberLookup(runtime.memberLookup(t_4, "evidence"), "length")) {
              output += "    <h4>";
              output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "evidence"), env.opts.autoescape);
              output += "</h4>\n";
              var t_5;
              t_5 = runtime.memberLookup(t_4, "evidence");
              frame.set("items", t_5, true);
              if (frame.topLevel) {
                context.setVariable("items", t_5);
              }
              if (frame.topLevel) {
                context.addExport("items", t_5);
              }
              var tasks = [];
              tasks.push(function(callback) {
                env.getTemplate("partials/evidence.html.njk", false, "partials/details.html.njk", false, function(t_7, t_6) {
                  if (t_7) {
                    cb(t_7);
                    return;
                  }
                  callback(null, t_6);
                });
              });
              tasks.push(function(template, callback) {
                template.render(context.getVariables(), frame, function(t_9, t_8) {
                  if (t_9) {
                    cb(t_9);
                    return;
                  }
                  callback(null, t_8);
                });
              });
              tasks.push(function(result, callback) {
                output += result;
                callback(null);
              });
              env.waterfall(tasks, function() {
              });
            }
            if (runtime.memberLookup(runtime.memberLookup(t_4, "actions"), "length")) {
              output += "    <h4>";
              output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "actions"), env.opts.autoescape);
              output += '</h4>\n    <table class="actions">\n      <thead><tr><th scope="col">';
              output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colAction"), env.opts.autoescape);
              output += '</th><th scope="col" class="num">';
              output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colScore"), env.opts.autoescape);
              output += '</th><th scope="col">';
              output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colVotes"), env.opts.autoescape);
              output += '</th><th scope="col">';
              output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "notes"), env.opts.autoescape);
              output += "</th></tr></thead>\n      <tbody>\n";
              frame = frame.push();
              var t_12 = runtime.memberLookup(t_4, "actions");
              if (t_12) {
                t_12 = runtime.fromIterator(t_12);
                var t_11 = t_12.length;
                for (var t_10 = 0; t_10 < t_12.length; t_10++) {
                  var t_13 = t_12[t_10];
                  frame.set("a", t_13);
                  frame.set("loop.index", t_10 + 1);
                  frame.set("loop.index0", t_10);
                  frame.set("loop.revindex", t_11 - t_10);
                  frame.set("loop.revindex0", t_11 - t_10 - 1);
                  frame.set("loop.first", t_10 === 0);
                  frame.set("loop.last", t_10 === t_11 - 1);
                  frame.set("loop.length", t_11);
                  output += '        <tr>\n          <th scope="row"';
                  if (runtime.memberLookup(t_13, "titleLang")) {
                    output += ' lang="';
                    output += runtime.suppressValue(runtime.memberLookup(t_13, "titleLang"), env.opts.autoescape);
                    output += '"';
                    ;
                  }
                  output += ">";
                  output += runtime.suppressValue(runtime.memberLookup(t_13, "id"), env.opts.autoescape);
                  output += " ";
                  output += runtime.suppressValue(runtime.memberLookup(t_13, "title"), env.opts.autoescape);
                  output += '</th>\n          <td class="num">';
                  output += runtime.suppressValue(runtime.memberLookup(t_13, "score"), env.opts.autoescape);
                  output += '</td>\n          <td class="spread">';
                  output += runtime.suppressValue(runtime.memberLookup(t_13, "spread") || "\u2014", env.opts.autoescape);
                  output += "</td>\n          <td";
                  if (runtime.contextOrFrameLookup(context, frame, "sourceLang") && runtime.memberLookup(t_13, "notes")) {
                    output += ' lang="';
                    output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "sourceLang"), env.opts.autoescape);
                    output += '"';
                    ;
                  }
                  output += ">";
                  output += runtime.suppressValue(runtime.memberLookup(t_13, "notes"), env.opts.autoescape);
                  var t_14;
                  t_14 = runtime.memberLookup(t_13, "evidence");
                  frame.set("items", t_14, true);
                  if (frame.topLevel) {
                    context.setVariable("items", t_14);
                  }
                  if (frame.topLevel) {
                    context.addExport("items", t_14);
                  }
                  var tasks = [];
                  tasks.push(function(callback) {
                    env.getTemplate("partials/evidence.html.njk", false, "partials/details.html.njk", false, function(t_16, t_15) {
                      if (t_16) {
                        cb(t_16);
                        return;
                      }
                      callback(null, t_15);
                    });
                  });
                  tasks.push(function(template, callback) {
                    template.render(context.getVariables(), frame, function(t_18, t_17) {
                      if (t_18) {
                        cb(t_18);
                        return;
                      }
                      callback(null, t_17);
                    });
                  });
                  tasks.push(function(result, callback) {
                    output += result;
                    callback(null);
                  });
                  env.waterfall(tasks, function() {
                    output += "</td>\n        </tr>\n";
                  });
                }
              }
              frame = frame.pop();
              output += "      </tbody>\n    </table>\n";
              ;
            }
            output += "  </article>\n";
            ;
          }
        }
        frame = frame.pop();
        output += "</section>\n";
        if (parentTemplate) {
          parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
        } else {
          cb(null, output);
        }
        ;
      } catch (e) {
        cb(runtime.handleError(e, lineno, colno));
      }
    }
    __name(root, "root");
    return {
      root
    };
  })(),
  "partials/evidence.html.njk": /* @__PURE__ */ (function() {
    function root(env, context, frame, runtime, cb) {
      var lineno = 0;
      var colno = 0;
      var output = "";
      try {
        var parentTemplate = null;
        if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "items"), "length")) {
          output += '<ul class="evidence"';
          if (runtime.contextOrFrameLookup(context, frame, "sourceLang")) {
            output += ' lang="';
            output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "sourceLang"), env.opts.autoescape);
            output += '"';
            ;
          }
          output += ">\n";
          frame = frame.push();
          var t_3 = runtime.contextOrFrameLookup(context, frame, "items");
          if (t_3) {
            t_3 = runtime.fromIterator(t_3);
            var t_2 = t_3.length;
            for (var t_1 = 0; t_1 < t_3.length; t_1++) {
              var t_4 = t_3[t_1];
              frame.set("e", t_4);
              frame.set("loop.index", t_1 + 1);
              frame.set("loop.index0", t_1);
              frame.set("loop.revindex", t_2 - t_1);
              frame.set("loop.revindex0", t_2 - t_1 - 1);
              frame.set("loop.first", t_1 === 0);
              frame.set("loop.last", t_1 === t_2 - 1);
              frame.set("loop.length", t_2);
              output += "  <li>";
              if (runtime.memberLookup(t_4, "url")) {
                output += '<a href="';
                output += runtime.suppressValue(runtime.memberLookup(t_4, "url"), env.opts.autoescape);
                output += '">';
                output += runtime.suppressValue(runtime.memberLookup(t_4, "title"), env.opts.autoescape);
                output += '</a> <span class="url">';
                output += runtime.suppressValue(runtime.memberLookup(t_4, "url"), env.opts.autoescape);
                output += "</span>";
                ;
              } else {
                output += runtime.suppressValue(runtime.memberLookup(t_4, "title"), env.opts.autoescape);
                ;
              }
              output += "</li>\n";
              ;
            }
          }
          frame = frame.pop();
          output += "</ul>\n";
          ;
        }
        if (parentTemplate) {
          parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
        } else {
          cb(null, output);
        }
        ;
      } catch (e) {
        cb(runtime.handleError(e, lineno, colno));
      }
    }
    __name(root, "root");
    return {
      root
    };
  })(),
  "partials/header.html.njk": /* @__PURE__ */ (function() {
    function root(env, context, frame, runtime, cb) {
      var lineno = 0;
      var colno = 0;
      var output = "";
      try {
        var parentTemplate = null;
        output += '<header class="cover">\n  <p class="kicker"';
        if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "framework"), "titleLang")) {
          output += ' lang="';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "framework"), "titleLang"), env.opts.autoescape);
          output += '"';
          ;
        }
        output += ">";
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "framework"), "title"), env.opts.autoescape);
        output += "</p>\n  <h1";
        if (runtime.contextOrFrameLookup(context, frame, "titleLang")) {
          output += ' lang="';
          output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "titleLang"), env.opts.autoescape);
          output += '"';
          ;
        }
        output += ">";
        output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "title"), env.opts.autoescape);
        output += '</h1>\n  <p class="subtitle">';
        frame = frame.push();
        var t_3 = runtime.contextOrFrameLookup(context, frame, "subtitleParts");
        if (t_3) {
          t_3 = runtime.fromIterator(t_3);
          var t_2 = t_3.length;
          for (var t_1 = 0; t_1 < t_3.length; t_1++) {
            var t_4 = t_3[t_1];
            frame.set("p", t_4);
            frame.set("loop.index", t_1 + 1);
            frame.set("loop.index0", t_1);
            frame.set("loop.revindex", t_2 - t_1);
            frame.set("loop.revindex0", t_2 - t_1 - 1);
            frame.set("loop.first", t_1 === 0);
            frame.set("loop.last", t_1 === t_2 - 1);
            frame.set("loop.length", t_2);
            if (runtime.memberLookup(t_4, "lang")) {
              output += '<span lang="';
              output += runtime.suppressValue(runtime.memberLookup(t_4, "lang"), env.opts.autoescape);
              output += '">';
              output += runtime.suppressValue(runtime.memberLookup(t_4, "text"), env.opts.autoescape);
              output += "</span>";
              ;
            } else {
              output += runtime.suppressValue(runtime.memberLookup(t_4, "text"), env.opts.autoescape);
              ;
            }
            ;
          }
        }
        frame = frame.pop();
        output += '</p>\n  <dl class="meta">\n    <div><dt>';
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "city"), env.opts.autoescape);
        output += "</dt><dd>";
        output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "city"), env.opts.autoescape);
        if (runtime.contextOrFrameLookup(context, frame, "country")) {
          output += " (";
          output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "country"), env.opts.autoescape);
          output += ")";
          ;
        }
        output += "</dd></div>\n    <div><dt>";
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "date"), env.opts.autoescape);
        output += '</dt><dd><time datetime="';
        output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "date"), env.opts.autoescape);
        output += '">';
        output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "dateText"), env.opts.autoescape);
        output += "</time></dd></div>\n";
        if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "facilitators"), "length")) {
          output += "<div><dt>";
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "facilitators"), env.opts.autoescape);
          output += "</dt><dd>";
          output += runtime.suppressValue(env.getFilter("join").call(context, runtime.contextOrFrameLookup(context, frame, "facilitators"), ", "), env.opts.autoescape);
          output += "</dd></div>";
          ;
        }
        if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "experts"), "length")) {
          output += "<div><dt>";
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "experts"), env.opts.autoescape);
          output += "</dt><dd>";
          output += runtime.suppressValue(env.getFilter("join").call(context, runtime.contextOrFrameLookup(context, frame, "experts"), ", "), env.opts.autoescape);
          output += "</dd></div>";
          ;
        }
        if (runtime.contextOrFrameLookup(context, frame, "review") && runtime.memberLookup(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "authors"), "length")) {
          output += "<div><dt>";
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "reviewBy"), env.opts.autoescape);
          output += "</dt><dd>";
          frame = frame.push();
          var t_7 = runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "authors");
          if (t_7) {
            t_7 = runtime.fromIterator(t_7);
            var t_6 = t_7.length;
            for (var t_5 = 0; t_5 < t_7.length; t_5++) {
              var t_8 = t_7[t_5];
              frame.set("a", t_8);
              frame.set("loop.index", t_5 + 1);
              frame.set("loop.index0", t_5);
              frame.set("loop.revindex", t_6 - t_5);
              frame.set("loop.revindex0", t_6 - t_5 - 1);
              frame.set("loop.first", t_5 === 0);
              frame.set("loop.last", t_5 === t_6 - 1);
              frame.set("loop.length", t_6);
              output += runtime.suppressValue(runtime.memberLookup(t_8, "name"), env.opts.autoescape);
              if (runtime.memberLookup(t_8, "role")) {
                output += ", ";
                output += runtime.suppressValue(env.getFilter("inl").call(context, runtime.memberLookup(t_8, "role")), env.opts.autoescape);
                ;
              }
              if (!runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "loop"), "last")) {
                output += "; ";
                ;
              }
              ;
            }
          }
          frame = frame.pop();
          output += "</dd></div>";
          ;
        }
        if (runtime.contextOrFrameLookup(context, frame, "review") && runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "date")) {
          output += "<div><dt>";
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "reviewDate"), env.opts.autoescape);
          output += '</dt><dd><time datetime="';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "date"), env.opts.autoescape);
          output += '">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "dateText"), env.opts.autoescape);
          output += "</time></dd></div>";
          ;
        }
        output += "    <div><dt>";
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "framework"), env.opts.autoescape);
        output += "</dt><dd";
        if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "framework"), "titleLang")) {
          output += ' lang="';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "framework"), "titleLang"), env.opts.autoescape);
          output += '"';
          ;
        }
        output += ">";
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "framework"), "title"), env.opts.autoescape);
        if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "framework"), "version")) {
          output += " (";
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "framework"), "version"), env.opts.autoescape);
          output += ")";
          ;
        }
        output += '</dd></div>\n  </dl>\n  <nav class="toc" aria-label="';
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "contents"), env.opts.autoescape);
        output += '">\n    <h2>';
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "contents"), env.opts.autoescape);
        output += "</h2>\n    <ol>\n";
        if (runtime.contextOrFrameLookup(context, frame, "review") && runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "summary")) {
          output += '<li><a href="#summary">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "reviewSummary"), env.opts.autoescape);
          output += "</a></li>";
          ;
        }
        if (runtime.contextOrFrameLookup(context, frame, "review") && (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "introduction") || runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "context"))) {
          output += '<li><a href="#introduction">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "reviewIntroduction"), env.opts.autoescape);
          output += "</a></li>";
          ;
        }
        output += '      <li><a href="#participation">';
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "participation"), env.opts.autoescape);
        output += '</a></li>\n      <li><a href="#radar">';
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "radar"), env.opts.autoescape);
        output += '</a></li>\n      <li><a href="#results">';
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "results"), env.opts.autoescape);
        output += "</a></li>\n";
        if (runtime.contextOrFrameLookup(context, frame, "thenNow")) {
          output += '<li><a href="#then-now">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "thenNow"), env.opts.autoescape);
          output += "</a></li>";
          ;
        }
        output += '      <li><a href="#strengths">';
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "strengthsWeaknesses"), env.opts.autoescape);
        output += '</a></li>\n      <li><a href="#details">';
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "details"), env.opts.autoescape);
        output += "</a></li>\n";
        if (runtime.contextOrFrameLookup(context, frame, "review") && runtime.memberLookup(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "recommendations"), "length")) {
          output += '<li><a href="#recommendations">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "recommendationsHeading"), env.opts.autoescape);
          output += "</a></li>";
          ;
        }
        if (runtime.contextOrFrameLookup(context, frame, "review") && runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "nextSteps")) {
          output += '<li><a href="#next-steps">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "nextSteps"), env.opts.autoescape);
          output += "</a></li>";
          ;
        }
        if (runtime.contextOrFrameLookup(context, frame, "votes")) {
          output += '<li><a href="#votes">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "votes"), env.opts.autoescape);
          output += "</a></li>";
          ;
        }
        output += '      <li><a href="#participants">';
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "annex"), env.opts.autoescape);
        output += "</a></li>\n";
        if (runtime.contextOrFrameLookup(context, frame, "review") && runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "acknowledgements")) {
          output += '<li><a href="#acknowledgements">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "acknowledgements"), env.opts.autoescape);
          output += "</a></li>";
          ;
        }
        output += '      <li><a href="#methodology">';
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "methodology"), env.opts.autoescape);
        output += "</a></li>\n    </ol>\n  </nav>\n</header>\n";
        if (parentTemplate) {
          parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
        } else {
          cb(null, output);
        }
        ;
      } catch (e) {
        cb(runtime.handleError(e, lineno, colno));
      }
    }
    __name(root, "root");
    return {
      root
    };
  })(),
  "partials/methodology.html.njk": /* @__PURE__ */ (function() {
    function root(env, context, frame, runtime, cb) {
      var lineno = 0;
      var colno = 0;
      var output = "";
      try {
        var parentTemplate = null;
        output += '<section id="methodology">\n  <h2>';
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "methodology"), env.opts.autoescape);
        output += "</h2>\n  <p>";
        frame = frame.push();
        var t_3 = runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "methodology"), "frameworkParts");
        if (t_3) {
          t_3 = runtime.fromIterator(t_3);
          var t_2 = t_3.length;
          for (var t_1 = 0; t_1 < t_3.length; t_1++) {
            var t_4 = t_3[t_1];
            frame.set("p", t_4);
            frame.set("loop.index", t_1 + 1);
            frame.set("loop.index0", t_1);
            frame.set("loop.revindex", t_2 - t_1);
            frame.set("loop.revindex0", t_2 - t_1 - 1);
            frame.set("loop.first", t_1 === 0);
            frame.set("loop.last", t_1 === t_2 - 1);
            frame.set("loop.length", t_2);
            if (runtime.memberLookup(t_4, "lang")) {
              output += '<span lang="';
              output += runtime.suppressValue(runtime.memberLookup(t_4, "lang"), env.opts.autoescape);
              output += '">';
              output += runtime.suppressValue(runtime.memberLookup(t_4, "text"), env.opts.autoescape);
              output += "</span>";
              ;
            } else {
              output += runtime.suppressValue(runtime.memberLookup(t_4, "text"), env.opts.autoescape);
              ;
            }
            ;
          }
        }
        frame = frame.pop();
        output += "</p>\n";
        if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "methodology"), "sourceNote")) {
          output += "<p>";
          frame = frame.push();
          var t_7 = runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "methodology"), "sourceNoteParts");
          if (t_7) {
            t_7 = runtime.fromIterator(t_7);
            var t_6 = t_7.length;
            for (var t_5 = 0; t_5 < t_7.length; t_5++) {
              var t_8 = t_7[t_5];
              frame.set("p", t_8);
              frame.set("loop.index", t_5 + 1);
              frame.set("loop.index0", t_5);
              frame.set("loop.revindex", t_6 - t_5);
              frame.set("loop.revindex0", t_6 - t_5 - 1);
              frame.set("loop.first", t_5 === 0);
              frame.set("loop.last", t_5 === t_6 - 1);
              frame.set("loop.length", t_6);
              if (runtime.memberLookup(t_8, "lang")) {
                output += '<span lang="';
                output += runtime.suppressValue(runtime.memberLookup(t_8, "lang"), env.opts.autoescape);
                output += '">';
                output += runtime.suppressValue(runtime.memberLookup(t_8, "text"), env.opts.autoescape);
                output += "</span>";
                ;
              } else {
                output += runtime.suppressValue(runtime.memberLookup(t_8, "text"), env.opts.autoescape);
                ;
              }
              ;
            }
          }
          frame = frame.pop();
          output += "</p>";
          ;
        }
        output += "  <p>";
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "methodology"), "scale"), env.opts.autoescape);
        output += '</p>\n  <ul class="bands">\n';
        frame = frame.push();
        var t_11 = runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "methodology"), "bands");
        if (t_11) {
          t_11 = runtime.fromIterator(t_11);
          var t_10 = t_11.length;
          for (var t_9 = 0; t_9 < t_11.length; t_9++) {
            var t_12 = t_11[t_9];
            frame.set("b", t_12);
            frame.set("loop.index", t_9 + 1);
            frame.set("loop.index0", t_9);
            frame.set("loop.revindex", t_10 - t_9);
            frame.set("loop.revindex0", t_10 - t_9 - 1);
            frame.set("loop.first", t_9 === 0);
            frame.set("loop.last", t_9 === t_10 - 1);
            frame.set("loop.length", t_10);
            output += '    <li><span class="band band-';
            output += runtime.suppressValue(runtime.memberLookup(t_12, "id"), env.opts.autoescape);
            output += '">';
            output += runtime.suppressValue(runtime.memberLookup(t_12, "label"), env.opts.autoescape);
            output += "</span> ";
            output += runtime.suppressValue(runtime.memberLookup(t_12, "range"), env.opts.autoescape);
            if (runtime.memberLookup(t_12, "description")) {
              output += " \u2014 ";
              output += runtime.suppressValue(runtime.memberLookup(t_12, "description"), env.opts.autoescape);
              ;
            }
            output += "</li>\n";
            ;
          }
        }
        frame = frame.pop();
        output += "  </ul>\n  <p>";
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "methodology"), "percent"), env.opts.autoescape);
        output += "</p>\n  <p>";
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "methodology"), "convention"), env.opts.autoescape);
        output += "</p>\n  <p>";
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "methodology"), "coverage"), env.opts.autoescape);
        output += "</p>\n  <p>";
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "methodology"), "votes"), env.opts.autoescape);
        output += "</p>\n  <h3>";
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "methodBenchmark"), env.opts.autoescape);
        output += "</h3>\n";
        if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "methodology"), "benchmark")) {
          output += '  <dl class="provenance">\n';
          frame = frame.push();
          var t_15 = runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "methodology"), "benchmark");
          if (t_15) {
            t_15 = runtime.fromIterator(t_15);
            var t_14 = t_15.length;
            for (var t_13 = 0; t_13 < t_15.length; t_13++) {
              var t_16 = t_15[t_13];
              frame.set("row", t_16);
              frame.set("loop.index", t_13 + 1);
              frame.set("loop.index0", t_13);
              frame.set("loop.revindex", t_14 - t_13);
              frame.set("loop.revindex0", t_14 - t_13 - 1);
              frame.set("loop.first", t_13 === 0);
              frame.set("loop.last", t_13 === t_14 - 1);
              frame.set("loop.length", t_14);
              output += "    <div><dt>";
              output += runtime.suppressValue(runtime.memberLookup(t_16, "label"), env.opts.autoescape);
              output += "</dt><dd>";
              output += runtime.suppressValue(runtime.memberLookup(t_16, "value"), env.opts.autoescape);
              output += "</dd></div>\n";
              ;
            }
          }
          frame = frame.pop();
          output += "  </dl>\n";
          ;
        } else {
          output += "<p>";
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "methodology"), "noBenchmark"), env.opts.autoescape);
          output += "</p>";
          ;
        }
        output += "</section>\n";
        if (parentTemplate) {
          parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
        } else {
          cb(null, output);
        }
        ;
      } catch (e) {
        cb(runtime.handleError(e, lineno, colno));
      }
    }
    __name(root, "root");
    return {
      root
    };
  })(),
  "partials/participants.html.njk": /* @__PURE__ */ (function() {
    function root(env, context, frame, runtime, cb) {
      var lineno = 0;
      var colno = 0;
      var output = "";
      try {
        var parentTemplate = null;
        output += '<section id="participants" class="annex">\n  <h2>';
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "annex"), env.opts.autoescape);
        output += "</h2>\n";
        if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "participants"), "length")) {
          output += '  <table class="participants">\n    <thead><tr><th scope="col">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colName"), env.opts.autoescape);
          output += '</th><th scope="col">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colOrganisation"), env.opts.autoescape);
          output += '</th><th scope="col">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "sector"), env.opts.autoescape);
          output += "</th></tr></thead>\n    <tbody>\n";
          frame = frame.push();
          var t_3 = runtime.contextOrFrameLookup(context, frame, "participants");
          if (t_3) {
            t_3 = runtime.fromIterator(t_3);
            var t_2 = t_3.length;
            for (var t_1 = 0; t_1 < t_3.length; t_1++) {
              var t_4 = t_3[t_1];
              frame.set("p", t_4);
              frame.set("loop.index", t_1 + 1);
              frame.set("loop.index0", t_1);
              frame.set("loop.revindex", t_2 - t_1);
              frame.set("loop.revindex0", t_2 - t_1 - 1);
              frame.set("loop.first", t_1 === 0);
              frame.set("loop.last", t_1 === t_2 - 1);
              frame.set("loop.length", t_2);
              output += "      <tr><td>";
              output += runtime.suppressValue(runtime.memberLookup(t_4, "name"), env.opts.autoescape);
              if (runtime.memberLookup(t_4, "role")) {
                output += '<br><span class="muted"';
                if (runtime.contextOrFrameLookup(context, frame, "sourceLang")) {
                  output += ' lang="';
                  output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "sourceLang"), env.opts.autoescape);
                  output += '"';
                  ;
                }
                output += ">";
                output += runtime.suppressValue(runtime.memberLookup(t_4, "role"), env.opts.autoescape);
                output += "</span>";
                ;
              }
              output += "</td><td";
              if (runtime.contextOrFrameLookup(context, frame, "sourceLang") && runtime.memberLookup(t_4, "organisation")) {
                output += ' lang="';
                output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "sourceLang"), env.opts.autoescape);
                output += '"';
                ;
              }
              output += ">";
              output += runtime.suppressValue(runtime.memberLookup(t_4, "organisation"), env.opts.autoescape);
              output += "</td><td>";
              output += runtime.suppressValue(runtime.memberLookup(t_4, "sector"), env.opts.autoescape);
              output += "</td></tr>\n";
              ;
            }
          }
          frame = frame.pop();
          output += "    </tbody>\n  </table>\n";
          ;
        } else {
          output += '<p class="muted">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "noParticipants"), env.opts.autoescape);
          output += "</p>";
          ;
        }
        output += "</section>\n";
        if (parentTemplate) {
          parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
        } else {
          cb(null, output);
        }
        ;
      } catch (e) {
        cb(runtime.handleError(e, lineno, colno));
      }
    }
    __name(root, "root");
    return {
      root
    };
  })(),
  "partials/participation.html.njk": /* @__PURE__ */ (function() {
    function root(env, context, frame, runtime, cb) {
      var lineno = 0;
      var colno = 0;
      var output = "";
      try {
        var parentTemplate = null;
        output += '<section id="participation">\n  <h2>';
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "participation"), env.opts.autoescape);
        output += "</h2>\n";
        if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "participation"), "total")) {
          output += "  <p>";
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "participation"), "intro"), env.opts.autoescape);
          output += '</p>\n  <table class="sectors">\n    <thead><tr><th scope="col">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "sector"), env.opts.autoescape);
          output += '</th><th scope="col" class="num">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "count"), env.opts.autoescape);
          output += "</th></tr></thead>\n    <tbody>\n";
          frame = frame.push();
          var t_3 = runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "participation"), "sectors");
          if (t_3) {
            t_3 = runtime.fromIterator(t_3);
            var t_2 = t_3.length;
            for (var t_1 = 0; t_1 < t_3.length; t_1++) {
              var t_4 = t_3[t_1];
              frame.set("s", t_4);
              frame.set("loop.index", t_1 + 1);
              frame.set("loop.index0", t_1);
              frame.set("loop.revindex", t_2 - t_1);
              frame.set("loop.revindex0", t_2 - t_1 - 1);
              frame.set("loop.first", t_1 === 0);
              frame.set("loop.last", t_1 === t_2 - 1);
              frame.set("loop.length", t_2);
              output += "      <tr><td>";
              output += runtime.suppressValue(runtime.memberLookup(t_4, "label"), env.opts.autoescape);
              output += '</td><td class="num">';
              output += runtime.suppressValue(runtime.memberLookup(t_4, "count"), env.opts.autoescape);
              output += "</td></tr>\n";
              ;
            }
          }
          frame = frame.pop();
          output += '    </tbody>\n    <tfoot><tr><th scope="row">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "total"), env.opts.autoescape);
          output += '</th><td class="num">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "participation"), "total"), env.opts.autoescape);
          output += "</td></tr></tfoot>\n  </table>\n";
          ;
        } else {
          output += '  <p class="muted">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "noParticipants"), env.opts.autoescape);
          output += "</p>\n";
          ;
        }
        output += "</section>\n";
        if (parentTemplate) {
          parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
        } else {
          cb(null, output);
        }
        ;
      } catch (e) {
        cb(runtime.handleError(e, lineno, colno));
      }
    }
    __name(root, "root");
    return {
      root
    };
  })(),
  "partials/radar.html.njk": /* @__PURE__ */ (function() {
    function root(env, context, frame, runtime, cb) {
      var lineno = 0;
      var colno = 0;
      var output = "";
      try {
        var parentTemplate = null;
        output += '<section id="radar">\n  <h2>';
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "radar"), env.opts.autoescape);
        output += '</h2>\n  <figure class="chart radar">\n    ';
        output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "radar"), "svg")), env.opts.autoescape);
        output += "\n    <figcaption>";
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "radarCaption"), env.opts.autoescape);
        if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "radar"), "compare")) {
          output += " ";
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "radar"), "compare"), env.opts.autoescape);
          ;
        }
        if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "radar"), "benchmark")) {
          output += " ";
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "radar"), "benchmark"), env.opts.autoescape);
          ;
        }
        output += "</figcaption>\n  </figure>\n</section>\n";
        if (parentTemplate) {
          parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
        } else {
          cb(null, output);
        }
        ;
      } catch (e) {
        cb(runtime.handleError(e, lineno, colno));
      }
    }
    __name(root, "root");
    return {
      root
    };
  })(),
  "partials/results.html.njk": /* @__PURE__ */ (function() {
    function root(env, context, frame, runtime, cb) {
      var lineno = 0;
      var colno = 0;
      var output = "";
      try {
        var parentTemplate = null;
        output += '<section id="results">\n  <h2>';
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "results"), env.opts.autoescape);
        output += '</h2>\n  <table class="results">\n    <thead>\n      <tr>\n        <th scope="col">';
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colCommitment"), env.opts.autoescape);
        output += '</th>\n        <th scope="col" class="num">';
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colScore"), env.opts.autoescape);
        output += '</th>\n        <th scope="col" class="num">';
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colPercent"), env.opts.autoescape);
        output += '</th>\n        <th scope="col">';
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colBand"), env.opts.autoescape);
        output += "</th>\n";
        if (runtime.contextOrFrameLookup(context, frame, "hasBenchmark")) {
          output += '<th scope="col" class="num">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colBenchmark"), env.opts.autoescape);
          output += '</th><th scope="col" class="num">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colDiff"), env.opts.autoescape);
          output += "</th>";
          ;
        }
        output += '        <th scope="col" class="num">';
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colCoverage"), env.opts.autoescape);
        output += "</th>\n";
        if (runtime.contextOrFrameLookup(context, frame, "hasSpread")) {
          output += '<th scope="col">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colSpread"), env.opts.autoescape);
          output += "</th>";
          ;
        }
        output += "      </tr>\n    </thead>\n    <tbody>\n";
        frame = frame.push();
        var t_3 = runtime.contextOrFrameLookup(context, frame, "commitments");
        if (t_3) {
          t_3 = runtime.fromIterator(t_3);
          var t_2 = t_3.length;
          for (var t_1 = 0; t_1 < t_3.length; t_1++) {
            var t_4 = t_3[t_1];
            frame.set("c", t_4);
            frame.set("loop.index", t_1 + 1);
            frame.set("loop.index0", t_1);
            frame.set("loop.revindex", t_2 - t_1);
            frame.set("loop.revindex0", t_2 - t_1 - 1);
            frame.set("loop.first", t_1 === 0);
            frame.set("loop.last", t_1 === t_2 - 1);
            frame.set("loop.length", t_2);
            output += '      <tr>\n        <th scope="row"';
            if (runtime.memberLookup(t_4, "titleLang")) {
              output += ' lang="';
              output += runtime.suppressValue(runtime.memberLookup(t_4, "titleLang"), env.opts.autoescape);
              output += '"';
              ;
            }
            output += ">";
            output += runtime.suppressValue(runtime.memberLookup(t_4, "label"), env.opts.autoescape);
            output += '</th>\n        <td class="num">';
            if (runtime.memberLookup(t_4, "mean")) {
              output += runtime.suppressValue(runtime.memberLookup(t_4, "mean"), env.opts.autoescape);
              ;
            } else {
              if (runtime.memberLookup(t_4, "status") == "na") {
                output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "na"), env.opts.autoescape);
                ;
              } else {
                output += "\u2014";
                ;
              }
              ;
            }
            output += '</td>\n        <td class="num">';
            if (runtime.memberLookup(t_4, "percent")) {
              output += '<span class="bar" style="--p: ';
              output += runtime.suppressValue(runtime.memberLookup(t_4, "percentValue"), env.opts.autoescape);
              output += '%"></span>';
              output += runtime.suppressValue(runtime.memberLookup(t_4, "percent"), env.opts.autoescape);
              ;
            } else {
              if (runtime.memberLookup(t_4, "status") == "na") {
                output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "na"), env.opts.autoescape);
                ;
              } else {
                output += "\u2014";
                ;
              }
              ;
            }
            output += "</td>\n        <td>";
            if (runtime.memberLookup(t_4, "band")) {
              output += '<span class="band band-';
              output += runtime.suppressValue(runtime.memberLookup(t_4, "bandId"), env.opts.autoescape);
              output += '">';
              output += runtime.suppressValue(runtime.memberLookup(t_4, "band"), env.opts.autoescape);
              output += "</span>";
              ;
            } else {
              output += '<span class="status-';
              output += runtime.suppressValue(runtime.memberLookup(t_4, "status"), env.opts.autoescape);
              output += '">';
              output += runtime.suppressValue(runtime.memberLookup(t_4, "bandText"), env.opts.autoescape);
              output += "</span>";
              ;
            }
            output += "</td>\n";
            if (runtime.contextOrFrameLookup(context, frame, "hasBenchmark")) {
              output += '<td class="num">';
              output += runtime.suppressValue(runtime.memberLookup(t_4, "benchmark") || "\u2014", env.opts.autoescape);
              output += '</td><td class="num diff';
              if (runtime.memberLookup(t_4, "diffValue") > 0) {
                output += " up";
                ;
              } else {
                if (runtime.memberLookup(t_4, "diffValue") < 0) {
                  output += " down";
                  ;
                }
                ;
              }
              output += '">';
              output += runtime.suppressValue(runtime.memberLookup(t_4, "diff") || "\u2014", env.opts.autoescape);
              output += "</td>";
              ;
            }
            output += '        <td class="num">';
            output += runtime.suppressValue(runtime.memberLookup(t_4, "coverage"), env.opts.autoescape);
            output += "</td>\n";
            if (runtime.contextOrFrameLookup(context, frame, "hasSpread")) {
              output += '<td class="spread">';
              output += runtime.suppressValue(runtime.memberLookup(t_4, "spreadShort") || "\u2014", env.opts.autoescape);
              output += "</td>";
              ;
            }
            output += "      </tr>\n";
            ;
          }
        }
        frame = frame.pop();
        output += "    </tbody>\n";
        if (runtime.contextOrFrameLookup(context, frame, "overall")) {
          output += '    <tfoot><tr><th scope="row">';
          output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "overallLabel"), env.opts.autoescape);
          output += '</th><td></td><td class="num">';
          output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "overall"), env.opts.autoescape);
          output += '</td><td colspan="';
          output += runtime.suppressValue(2 + (runtime.contextOrFrameLookup(context, frame, "hasBenchmark") ? 2 : 0) + (runtime.contextOrFrameLookup(context, frame, "hasSpread") ? 1 : 0), env.opts.autoescape);
          output += '"></td></tr></tfoot>\n';
          ;
        }
        output += "  </table>\n</section>\n";
        if (parentTemplate) {
          parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
        } else {
          cb(null, output);
        }
        ;
      } catch (e) {
        cb(runtime.handleError(e, lineno, colno));
      }
    }
    __name(root, "root");
    return {
      root
    };
  })(),
  "partials/review-credits.html.njk": /* @__PURE__ */ (function() {
    function root(env, context, frame, runtime, cb) {
      var lineno = 0;
      var colno = 0;
      var output = "";
      try {
        var parentTemplate = null;
        if (runtime.contextOrFrameLookup(context, frame, "review") && runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "acknowledgements")) {
          output += '<section id="acknowledgements">\n  <h2>';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "acknowledgements"), env.opts.autoescape);
          output += "</h2>\n  ";
          output += runtime.suppressValue(env.getFilter("rich").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "acknowledgements")), env.opts.autoescape);
          output += "\n</section>\n";
          ;
        }
        if (parentTemplate) {
          parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
        } else {
          cb(null, output);
        }
        ;
      } catch (e) {
        cb(runtime.handleError(e, lineno, colno));
      }
    }
    __name(root, "root");
    return {
      root
    };
  })(),
  "partials/review-intro.html.njk": /* @__PURE__ */ (function() {
    function root(env, context, frame, runtime, cb) {
      var lineno = 0;
      var colno = 0;
      var output = "";
      try {
        var parentTemplate = null;
        if (runtime.contextOrFrameLookup(context, frame, "review") && runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "summary")) {
          output += '<section id="summary">\n  <h2>';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "reviewSummary"), env.opts.autoescape);
          output += "</h2>\n  ";
          output += runtime.suppressValue(env.getFilter("rich").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "summary")), env.opts.autoescape);
          output += "\n</section>\n";
          ;
        }
        if (runtime.contextOrFrameLookup(context, frame, "review") && (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "introduction") || runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "context"))) {
          output += '<section id="introduction">\n  <h2>';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "reviewIntroduction"), env.opts.autoescape);
          output += "</h2>\n  ";
          output += runtime.suppressValue(env.getFilter("rich").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "introduction")), env.opts.autoescape);
          output += "\n";
          if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "context")) {
            output += "  <h3>";
            output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "reviewContext"), env.opts.autoescape);
            output += "</h3>\n  ";
            output += runtime.suppressValue(env.getFilter("rich").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "context")), env.opts.autoescape);
            output += "\n";
            ;
          }
          output += "</section>\n";
          ;
        }
        if (parentTemplate) {
          parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
        } else {
          cb(null, output);
        }
        ;
      } catch (e) {
        cb(runtime.handleError(e, lineno, colno));
      }
    }
    __name(root, "root");
    return {
      root
    };
  })(),
  "partials/review-recommendations.html.njk": /* @__PURE__ */ (function() {
    function root(env, context, frame, runtime, cb) {
      var lineno = 0;
      var colno = 0;
      var output = "";
      try {
        var parentTemplate = null;
        if (runtime.contextOrFrameLookup(context, frame, "review") && runtime.memberLookup(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "recommendations"), "length")) {
          output += '<section id="recommendations">\n  <h2>';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "recommendationsHeading"), env.opts.autoescape);
          output += "</h2>\n";
          frame = frame.push();
          var t_3 = runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "recommendations");
          if (t_3) {
            t_3 = runtime.fromIterator(t_3);
            var t_2 = t_3.length;
            for (var t_1 = 0; t_1 < t_3.length; t_1++) {
              var t_4 = t_3[t_1];
              frame.set("r", t_4);
              frame.set("loop.index", t_1 + 1);
              frame.set("loop.index0", t_1);
              frame.set("loop.revindex", t_2 - t_1);
              frame.set("loop.revindex0", t_2 - t_1 - 1);
              frame.set("loop.first", t_1 === 0);
              frame.set("loop.last", t_1 === t_2 - 1);
              frame.set("loop.length", t_2);
              output += '  <article class="recommendation">\n    <h3>';
              output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "loop"), "index"), env.opts.autoescape);
              output += ". ";
              output += runtime.suppressValue(env.getFilter("inl").call(context, runtime.memberLookup(t_4, "title")), env.opts.autoescape);
              output += '</h3>\n    <dl class="facts">\n';
              if (runtime.memberLookup(runtime.memberLookup(t_4, "commitments"), "length")) {
                output += "<div><dt>";
                output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "recServes"), env.opts.autoescape);
                output += "</dt><dd>";
                output += runtime.suppressValue(env.getFilter("join").call(context, runtime.memberLookup(t_4, "commitments"), ", "), env.opts.autoescape);
                output += "</dd></div>";
                ;
              }
              if (runtime.memberLookup(t_4, "owner")) {
                output += "<div><dt>";
                output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "recOwner"), env.opts.autoescape);
                output += "</dt><dd>";
                output += runtime.suppressValue(env.getFilter("inl").call(context, runtime.memberLookup(t_4, "owner")), env.opts.autoescape);
                output += "</dd></div>";
                ;
              }
              if (runtime.memberLookup(t_4, "timeframe")) {
                output += "<div><dt>";
                output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "recTimeframe"), env.opts.autoescape);
                output += "</dt><dd>";
                output += runtime.suppressValue(env.getFilter("inl").call(context, runtime.memberLookup(t_4, "timeframe")), env.opts.autoescape);
                output += "</dd></div>";
                ;
              }
              output += "    </dl>\n    ";
              output += runtime.suppressValue(env.getFilter("rich").call(context, runtime.memberLookup(t_4, "description")), env.opts.autoescape);
              output += "\n  </article>\n";
              ;
            }
          }
          frame = frame.pop();
          output += "</section>\n";
          ;
        }
        if (runtime.contextOrFrameLookup(context, frame, "review") && runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "nextSteps")) {
          output += '<section id="next-steps">\n  <h2>';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "nextSteps"), env.opts.autoescape);
          output += "</h2>\n  ";
          output += runtime.suppressValue(env.getFilter("rich").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "nextSteps")), env.opts.autoescape);
          output += "\n</section>\n";
          ;
        }
        if (parentTemplate) {
          parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
        } else {
          cb(null, output);
        }
        ;
      } catch (e) {
        cb(runtime.handleError(e, lineno, colno));
      }
    }
    __name(root, "root");
    return {
      root
    };
  })(),
  "partials/strengths.html.njk": /* @__PURE__ */ (function() {
    function root(env, context, frame, runtime, cb) {
      var lineno = 0;
      var colno = 0;
      var output = "";
      try {
        var parentTemplate = null;
        output += '<section id="strengths">\n  <h2>';
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "strengthsWeaknesses"), env.opts.autoescape);
        output += "</h2>\n  <p>";
        output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "ranking"), "basis"), env.opts.autoescape);
        output += "</p>\n";
        if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "ranking"), "reason")) {
          output += '  <p class="muted">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "ranking"), "reason"), env.opts.autoescape);
          output += "</p>\n";
          ;
        } else {
          output += '  <div class="columns">\n    <div class="strengths">\n      <h3>';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "strengths"), env.opts.autoescape);
          output += "</h3>\n";
          if (runtime.memberLookup(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "ranking"), "strengths"), "length")) {
            output += '      <ul class="ranked">';
            frame = frame.push();
            var t_3 = runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "ranking"), "strengths");
            if (t_3) {
              t_3 = runtime.fromIterator(t_3);
              var t_2 = t_3.length;
              for (var t_1 = 0; t_1 < t_3.length; t_1++) {
                var t_4 = t_3[t_1];
                frame.set("r", t_4);
                frame.set("loop.index", t_1 + 1);
                frame.set("loop.index0", t_1);
                frame.set("loop.revindex", t_2 - t_1);
                frame.set("loop.revindex0", t_2 - t_1 - 1);
                frame.set("loop.first", t_1 === 0);
                frame.set("loop.last", t_1 === t_2 - 1);
                frame.set("loop.length", t_2);
                output += "<li><strong";
                if (runtime.memberLookup(t_4, "titleLang")) {
                  output += ' lang="';
                  output += runtime.suppressValue(runtime.memberLookup(t_4, "titleLang"), env.opts.autoescape);
                  output += '"';
                  ;
                }
                output += ">";
                output += runtime.suppressValue(runtime.memberLookup(t_4, "id"), env.opts.autoescape);
                output += ". ";
                output += runtime.suppressValue(runtime.memberLookup(t_4, "title"), env.opts.autoescape);
                output += "</strong> \u2014 ";
                output += runtime.suppressValue(runtime.memberLookup(t_4, "percentText"), env.opts.autoescape);
                if (runtime.memberLookup(t_4, "diff")) {
                  output += " (";
                  output += runtime.suppressValue(runtime.memberLookup(t_4, "diff"), env.opts.autoescape);
                  output += ")";
                  ;
                }
                output += "</li>";
                ;
              }
            }
            frame = frame.pop();
            output += "</ul>\n";
            ;
          } else {
            if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "ranking"), "noneStrengths")) {
              output += '<p class="muted">';
              output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "ranking"), "noneStrengths"), env.opts.autoescape);
              output += "</p>";
              ;
            }
            ;
          }
          output += '    </div>\n    <div class="weaknesses">\n      <h3>';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "weaknesses"), env.opts.autoescape);
          output += "</h3>\n";
          if (runtime.memberLookup(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "ranking"), "weaknesses"), "length")) {
            output += '      <ul class="ranked">';
            frame = frame.push();
            var t_7 = runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "ranking"), "weaknesses");
            if (t_7) {
              t_7 = runtime.fromIterator(t_7);
              var t_6 = t_7.length;
              for (var t_5 = 0; t_5 < t_7.length; t_5++) {
                var t_8 = t_7[t_5];
                frame.set("r", t_8);
                frame.set("loop.index", t_5 + 1);
                frame.set("loop.index0", t_5);
                frame.set("loop.revindex", t_6 - t_5);
                frame.set("loop.revindex0", t_6 - t_5 - 1);
                frame.set("loop.first", t_5 === 0);
                frame.set("loop.last", t_5 === t_6 - 1);
                frame.set("loop.length", t_6);
                output += "<li><strong";
                if (runtime.memberLookup(t_8, "titleLang")) {
                  output += ' lang="';
                  output += runtime.suppressValue(runtime.memberLookup(t_8, "titleLang"), env.opts.autoescape);
                  output += '"';
                  ;
                }
                output += ">";
                output += runtime.suppressValue(runtime.memberLookup(t_8, "id"), env.opts.autoescape);
                output += ". ";
                output += runtime.suppressValue(runtime.memberLookup(t_8, "title"), env.opts.autoescape);
                output += "</strong> \u2014 ";
                output += runtime.suppressValue(runtime.memberLookup(t_8, "percentText"), env.opts.autoescape);
                if (runtime.memberLookup(t_8, "diff")) {
                  output += " (";
                  output += runtime.suppressValue(runtime.memberLookup(t_8, "diff"), env.opts.autoescape);
                  output += ")";
                  ;
                }
                output += "</li>";
                ;
              }
            }
            frame = frame.pop();
            output += "</ul>\n";
            ;
          } else {
            if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "ranking"), "noneWeaknesses")) {
              output += '<p class="muted">';
              output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "ranking"), "noneWeaknesses"), env.opts.autoescape);
              output += "</p>";
              ;
            }
            ;
          }
          output += "    </div>\n  </div>\n";
          ;
        }
        output += "</section>\n";
        if (parentTemplate) {
          parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
        } else {
          cb(null, output);
        }
        ;
      } catch (e) {
        cb(runtime.handleError(e, lineno, colno));
      }
    }
    __name(root, "root");
    return {
      root
    };
  })(),
  "partials/then-now.html.njk": /* @__PURE__ */ (function() {
    function root(env, context, frame, runtime, cb) {
      var lineno = 0;
      var colno = 0;
      var output = "";
      try {
        var parentTemplate = null;
        if (runtime.contextOrFrameLookup(context, frame, "thenNow")) {
          output += '<section id="then-now">\n  <h2>';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "thenNow"), env.opts.autoescape);
          output += "</h2>\n  <p>";
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "thenNow"), "intro"), env.opts.autoescape);
          output += '</p>\n  <table class="then-now">\n    <thead><tr><th scope="col">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colCommitment"), env.opts.autoescape);
          output += '</th><th scope="col" class="num">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colThen"), env.opts.autoescape);
          output += '<br><span class="muted">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "thenNow"), "then"), env.opts.autoescape);
          output += '</span></th><th scope="col" class="num">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colNow"), env.opts.autoescape);
          output += '<br><span class="muted">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "thenNow"), "now"), env.opts.autoescape);
          output += '</span></th><th scope="col" class="num">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colChange"), env.opts.autoescape);
          output += '</th><th scope="col">';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colBandChange"), env.opts.autoescape);
          output += "</th></tr></thead>\n    <tbody>\n";
          frame = frame.push();
          var t_3 = runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "thenNow"), "rows");
          if (t_3) {
            t_3 = runtime.fromIterator(t_3);
            var t_2 = t_3.length;
            for (var t_1 = 0; t_1 < t_3.length; t_1++) {
              var t_4 = t_3[t_1];
              frame.set("r", t_4);
              frame.set("loop.index", t_1 + 1);
              frame.set("loop.index0", t_1);
              frame.set("loop.revindex", t_2 - t_1);
              frame.set("loop.revindex0", t_2 - t_1 - 1);
              frame.set("loop.first", t_1 === 0);
              frame.set("loop.last", t_1 === t_2 - 1);
              frame.set("loop.length", t_2);
              output += '      <tr><th scope="row">';
              output += runtime.suppressValue(runtime.memberLookup(t_4, "label"), env.opts.autoescape);
              output += '</th><td class="num">';
              output += runtime.suppressValue(runtime.memberLookup(t_4, "then"), env.opts.autoescape);
              output += '</td><td class="num">';
              output += runtime.suppressValue(runtime.memberLookup(t_4, "now"), env.opts.autoescape);
              output += '</td><td class="num diff';
              if (runtime.memberLookup(t_4, "changeValue") > 0) {
                output += " up";
                ;
              } else {
                if (runtime.memberLookup(t_4, "changeValue") < 0) {
                  output += " down";
                  ;
                }
                ;
              }
              output += '">';
              output += runtime.suppressValue(runtime.memberLookup(t_4, "change"), env.opts.autoescape);
              output += "</td><td>";
              output += runtime.suppressValue(runtime.memberLookup(t_4, "bandChange"), env.opts.autoescape);
              output += "</td></tr>\n";
              ;
            }
          }
          frame = frame.pop();
          output += "    </tbody>\n  </table>\n  <h3>";
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "whatChanged"), env.opts.autoescape);
          output += "</h3>\n";
          if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "thenNow"), "whatChanged")) {
            output += runtime.suppressValue(env.getFilter("rich").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "thenNow"), "whatChanged")), env.opts.autoescape);
            ;
          } else {
            output += "<p>";
            output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "thenNow"), "generated"), env.opts.autoescape);
            output += '</p>\n  <p class="muted small">';
            output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "whatChangedGenerated"), env.opts.autoescape);
            output += "</p>";
            ;
          }
          output += "</section>\n";
          ;
        }
        if (parentTemplate) {
          parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
        } else {
          cb(null, output);
        }
        ;
      } catch (e) {
        cb(runtime.handleError(e, lineno, colno));
      }
    }
    __name(root, "root");
    return {
      root
    };
  })(),
  "partials/votes.html.njk": /* @__PURE__ */ (function() {
    function root(env, context, frame, runtime, cb) {
      var lineno = 0;
      var colno = 0;
      var output = "";
      try {
        var parentTemplate = null;
        if (runtime.contextOrFrameLookup(context, frame, "votes")) {
          output += '<section id="votes">\n  <h2>';
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "votes"), env.opts.autoescape);
          output += '</h2>\n  <figure class="chart votes">\n    ';
          output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "votes"), "svg")), env.opts.autoescape);
          output += "\n    <figcaption>";
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "votesCaption"), env.opts.autoescape);
          output += "</figcaption>\n  </figure>\n</section>\n";
          ;
        }
        if (parentTemplate) {
          parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
        } else {
          cb(null, output);
        }
        ;
      } catch (e) {
        cb(runtime.handleError(e, lineno, colno));
      }
    }
    __name(root, "root");
    return {
      root
    };
  })(),
  "report.css": /* @__PURE__ */ (function() {
    function root(env, context, frame, runtime, cb) {
      var lineno = 0;
      var colno = 0;
      var output = "";
      try {
        var parentTemplate = null;
        output += `/* c21lab report stylesheet: inlined into every HTML report at render time.
   Screen: a readable single column. Print: A4, no forced page break (each
   one left a half-empty page), headings kept with what follows, charts whole
   with their heading, table headers repeated. Text colours
   reach 4.5:1 on their background (WCAG 2.1 AA); checked by axe-core in
   test/render/report/axe.test.ts. No web fonts, no external resources. */
:root {
  --ink: #1d1d1f;
  --muted: #5f6368;
  --rule: #d6d6d6;
  --accent: #0072b2;
  --emerging: #b34700;   /* white text 5.5:1 */
  --developing: #e69f00; /* dark text 7.5:1 */
  --advanced: #00734f;   /* white text 5.9:1 */
}
* { box-sizing: border-box; }
html { font-size: 15px; }
body {
  margin: 0 auto;
  max-width: 52rem;
  padding: 2.5rem 2rem 3rem;
  color: var(--ink);
  background: #fff;
  font-family: "Source Sans 3", "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  line-height: 1.5;
  overflow-wrap: break-word;
}
h1, h2, h3, h4 { line-height: 1.25; font-weight: 600; }
h1 { font-size: 2rem; margin: 0.2rem 0 0.4rem; }
h2 { font-size: 1.35rem; margin: 2.4rem 0 0.8rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.1rem; margin: 1.6rem 0 0.4rem; }
h4 { font-size: 0.95rem; margin: 1rem 0 0.3rem; color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; }
p { margin: 0.4rem 0 0.8rem; }
a { color: var(--accent); }
.kicker { margin: 0; color: var(--accent); font-weight: 600; text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.85rem; }
.subtitle { margin-top: 0; color: var(--muted); font-size: 1.1rem; }
.muted { color: var(--muted); }
.meta { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 0.6rem 1.5rem; margin: 1.5rem 0; padding: 1rem 1.2rem; background: #f5f7fa; border-left: 4px solid var(--accent); }
.meta dt { font-size: 0.8rem; color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; }
.meta > div { min-width: 0; }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.toc h2 { font-size: 1rem; border: 0; margin: 1.5rem 0 0.3rem; }
.toc ol { margin: 0; padding-left: 1.4rem; columns: 2; }
table { width: 100%; border-collapse: collapse; margin: 0.6rem 0 1rem; font-size: 0.9rem; }
th, td { padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); font-size: 0.8rem; }
tbody th { font-weight: 500; }
tfoot th, tfoot td { border-bottom: 0; border-top: 2px solid var(--ink); font-weight: 600; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.sectors { width: auto; min-width: 22rem; }
table.results { font-size: 0.84rem; }
table.results th, table.results td { padding: 0.35rem 0.35rem; }
.results td.num { position: relative; }
.bar { display: inline-block; width: 2.2rem; height: 0.55rem; margin-right: 0.4rem; background: linear-gradient(90deg, var(--accent) var(--p), #e6e9ee var(--p)); border-radius: 2px; }
.diff.up { color: #00734f; }
.diff.down { color: #b34700; }
.spread { font-size: 0.82rem; color: var(--muted); white-space: nowrap; }
/* Column headings may wrap ("Puntuaci\xF3n (media)"), the figures may not: with the benchmark and spread columns the Spanish table overflowed its column by 46 px on screen. */
.results tbody th { min-width: 8.5rem; }
thead th.num { white-space: normal; }
.band { display: inline-block; padding: 0 0.45rem; border-radius: 0.7rem; font-size: 0.8rem; font-weight: 600; color: #fff; background: var(--muted); white-space: nowrap; }
.band-emerging { background: var(--emerging); }
.band-developing { background: var(--developing); color: #1d1d1f; }
.band-advanced { background: var(--advanced); }
figure.chart { margin: 1rem 0; text-align: center; }
figure.chart svg { max-width: 100%; height: auto; }
figcaption { margin-top: 0.4rem; font-size: 0.85rem; color: var(--muted); }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
.columns h3 { margin-top: 0.5rem; }
.strengths h3 { color: #00734f; }
.weaknesses h3 { color: #b34700; }
.commitment { margin: 0 0 1.6rem; padding-top: 0.2rem; }
.commitment h3 { margin-bottom: 0.2rem; }
.scoreline { font-weight: 500; }
.description { color: var(--muted); font-style: italic; }
.notes { white-space: pre-line; }
.evidence { margin: 0.2rem 0 0.6rem; padding-left: 1.2rem; }
.evidence .url { display: none; }
.bands { padding-left: 1.2rem; }
.bands li { margin: 0.3rem 0; }
.provenance div { display: grid; grid-template-columns: 9rem 1fr; gap: 1rem; padding: 0.25rem 0; border-bottom: 1px solid var(--rule); }
.provenance dt { color: var(--muted); }
.provenance dd { margin: 0; }
.status-na { font-style: italic; }
.status-not-scored { color: var(--muted); }
.rich p { margin: 0.4rem 0 0.8rem; }
.rich ul, .rich ol { margin: 0.3rem 0 0.8rem; padding-left: 1.4rem; }
.ranked { padding-left: 1.2rem; }
.recommendation { margin: 0 0 1.4rem; }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0.3rem 1.2rem; margin: 0.3rem 0 0.6rem; }
.facts dt { font-size: 0.8rem; color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; }
.facts dd { margin: 0; }
.small { font-size: 0.85rem; }
table.then-now th .muted { font-weight: 400; }
.footer { margin-top: 3rem; padding-top: 0.6rem; border-top: 1px solid var(--rule); font-size: 0.8rem; color: var(--muted); }

@page { size: A4; margin: 16mm 15mm 18mm; }
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .evidence .url { display: inline; font-size: 0.8em; color: var(--muted); word-break: break-all; }
  .toc { display: none; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  /* No forced page break at all: one before the annex and the methodology left the page before it half empty (the votes chart alone on
     its page, above a blank half). Sections follow on; headings stay with what follows, and each chart stays whole with its heading. */
  #radar, #votes { break-inside: avoid; page-break-inside: avoid; }
  h2 + *, h3 + *, h4 + * { break-before: avoid; page-break-before: avoid; }
  figure.radar svg { max-width: 16.5cm; }
  tfoot { display: table-row-group; }
  /* The full text width (18 cm on A4 with these margins): at its own 721 px it printed at about two thirds of it, with 7 pt labels. */
  figure.votes svg { width: 100%; max-width: 18cm; }
  figure.chart, .columns, .scoreline, tr, .provenance div { break-inside: avoid; page-break-inside: avoid; }
  .recommendation, .facts, .rich li { break-inside: avoid; page-break-inside: avoid; }
  p { orphans: 3; widows: 3; }
  /* A sentence that introduces a table or a chart, and the score line under a commitment's heading, stay with what follows ("12 people took part" alone at a page foot, its table overleaf). */
  p:has(+ table), p:has(+ figure), p:has(+ .columns), .scoreline { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  .band, .bar, .meta { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
@media (max-width: 40rem) {
  body { padding: 1.2rem 1rem; }
  .columns { grid-template-columns: 1fr; }
  .toc ol { columns: 1; }
}
`;
        if (parentTemplate) {
          parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
        } else {
          cb(null, output);
        }
        ;
      } catch (e) {
        cb(runtime.handleError(e, lineno, colno));
      }
    }
    __name(root, "root");
    return {
      root
    };
  })(),
  "report.html.njk": /* @__PURE__ */ (function() {
    function root(env, context, frame, runtime, cb) {
      var lineno = 0;
      var colno = 0;
      var output = "";
      try {
        var parentTemplate = null;
        env.getTemplate("layout.html.njk", true, "report.html.njk", false, function(t_3, t_2) {
          if (t_3) {
            cb(t_3);
            return;
          }
          parentTemplate = t_2;
          for (var t_1 in parentTemplate.blocks) {
            context.addBlock(t_1, parentTemplate.blocks[t_1]);
          }
          (parentTemplate ? function(e, c, f, r, cb2) {
            cb2("");
          } : context.getBlock("body"))(env, context, frame, runtime, function(t_5, t_4) {
            if (t_5) {
              cb(t_5);
              return;
            }
            output += t_4;
            if (parentTemplate) {
              parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
            } else {
              cb(null, output);
            }
          });
        });
      } catch (e) {
        cb(runtime.handleError(e, lineno, colno));
      }
    }
    __name(root, "root");
    function b_body(env, context, frame, runtime, cb) {
      var lineno = 3;
      var colno = 3;
      var output = "";
      try {
        var frame = frame.push(true);
        var tasks = [];
        tasks.push(function(callback) {
          env.getTemplate("partials/header.html.njk", false, "report.html.njk", false, function(t_7, t_6) {
            if (t_7) {
              cb(t_7);
              return;
            }
            callback(null, t_6);
          });
        });
        tasks.push(function(template, callback) {
          template.render(context.getVariables(), frame, function(t_9, t_8) {
            if (t_9) {
              cb(t_9);
              return;
            }
            callback(null, t_8);
          });
        });
        tasks.push(function(result, callback) {
          output += result;
          callback(null);
        });
        env.waterfall(tasks, function() {
          output += "<main>\n";
          var tasks2 = [];
          tasks2.push(function(callback) {
            env.getTemplate("partials/review-intro.html.njk", false, "report.html.njk", false, function(t_11, t_10) {
              if (t_11) {
                cb(t_11);
                return;
              }
              callback(null, t_10);
            });
          });
          tasks2.push(function(template, callback) {
            template.render(context.getVariables(), frame, function(t_13, t_12) {
              if (t_13) {
                cb(t_13);
                return;
              }
              callback(null, t_12);
            });
          });
          tasks2.push(function(result, callback) {
            output += result;
            callback(null);
          });
          env.waterfall(tasks2, function() {
            var tasks3 = [];
            tasks3.push(function(callback) {
              env.getTemplate("partials/participation.html.njk", false, "report.html.njk", false, function(t_15, t_14) {
                if (t_15) {
                  cb(t_15);
                  return;
                }
                callback(null, t_14);
              });
            });
            tasks3.push(function(template, callback) {
              template.render(context.getVariables(), frame, function(t_17, t_16) {
                if (t_17) {
                  cb(t_17);
                  return;
                }
                callback(null, t_16);
              });
            });
            tasks3.push(function(result, callback) {
              output += result;
              callback(null);
            });
            env.waterfall(tasks3, function() {
              var tasks4 = [];
              tasks4.push(function(callback) {
                env.getTemplate("partials/radar.html.njk", false, "report.html.njk", false, function(t_19, t_18) {
                  if (t_19) {
                    cb(t_19);
                    return;
                  }
                  callback(null, t_18);
                });
              });
              tasks4.push(function(template, callback) {
                template.render(context.getVariables(), frame, function(t_21, t_20) {
                  if (t_21) {
                    cb(t_21);
                    return;
                  }
                  callback(null, t_20);
                });
              });
              tasks4.push(function(result, callback) {
                output += result;
                callback(null);
              });
              env.waterfall(tasks4, function() {
                var tasks5 = [];
                tasks5.push(function(callback) {
                  env.getTemplate("partials/results.html.njk", false, "report.html.njk", false, function(t_23, t_22) {
                    if (t_23) {
                      cb(t_23);
                      return;
                    }
                    callback(null, t_22);
                  });
                });
                tasks5.push(function(template, callback) {
                  template.render(context.getVariables(), frame, function(t_25, t_24) {
                    if (t_25) {
                      cb(t_25);
                      return;
                    }
                    callback(null, t_24);
                  });
                });
                tasks5.push(function(result, callback) {
                  output += result;
                  callback(null);
                });
                env.waterfall(tasks5, function() {
                  var tasks6 = [];
                  tasks6.push(function(callback) {
                    env.getTemplate("partials/then-now.html.njk", false, "report.html.njk", false, function(t_27, t_26) {
                      if (t_27) {
                        cb(t_27);
                        return;
                      }
                      callback(null, t_26);
                    });
                  });
                  tasks6.push(function(template, callback) {
                    template.render(context.getVariables(), frame, function(t_29, t_28) {
                      if (t_29) {
                        cb(t_29);
                        return;
                      }
                      callback(null, t_28);
                    });
                  });
                  tasks6.push(function(result, callback) {
                    output += result;
                    callback(null);
                  });
                  env.waterfall(tasks6, function() {
                    var tasks7 = [];
                    tasks7.push(function(callback) {
                      env.getTemplate("partials/strengths.html.njk", false, "report.html.njk", false, function(t_31, t_30) {
                        if (t_31) {
                          cb(t_31);
                          return;
                        }
                        callback(null, t_30);
                      });
                    });
                    tasks7.push(function(template, callback) {
                      template.render(context.getVariables(), frame, function(t_33, t_32) {
                        if (t_33) {
                          cb(t_33);
                          return;
                        }
                        callback(null, t_32);
                      });
                    });
                    tasks7.push(function(result, callback) {
                      output += result;
                      callback(null);
                    });
                    env.waterfall(tasks7, function() {
                      var tasks8 = [];
                      tasks8.push(function(callback) {
                        env.getTemplate("partials/details.html.njk", false, "report.html.njk", false, function(t_35, t_34) {
                          if (t_35) {
                            cb(t_35);
                            return;
                          }
                          callback(null, t_34);
                        });
                      });
                      tasks8.push(function(template, callback) {
                        template.render(context.getVariables(), frame, function(t_37, t_36) {
                          if (t_37) {
                            cb(t_37);
                            return;
                          }
                          callback(null, t_36);
                        });
                      });
                      tasks8.push(function(result, callback) {
                        output += result;
                        callback(null);
                      });
                      env.waterfall(tasks8, function() {
                        var tasks9 = [];
                        tasks9.push(function(callback) {
                          env.getTemplate("partials/review-recommendations.html.njk", false, "report.html.njk", false, function(t_39, t_38) {
                            if (t_39) {
                              cb(t_39);
                              return;
                            }
                            callback(null, t_38);
                          });
                        });
                        tasks9.push(function(template, callback) {
                          template.render(context.getVariables(), frame, function(t_41, t_40) {
                            if (t_41) {
                              cb(t_41);
                              return;
                            }
                            callback(null, t_40);
                          });
                        });
                        tasks9.push(function(result, callback) {
                          output += result;
                          callback(null);
                        });
                        env.waterfall(tasks9, function() {
                          var tasks10 = [];
                          tasks10.push(function(callback) {
                            env.getTemplate("partials/votes.html.njk", false, "report.html.njk", false, function(t_43, t_42) {
                              if (t_43) {
                                cb(t_43);
                                return;
                              }
                              callback(null, t_42);
                            });
                          });
                          tasks10.push(function(template, callback) {
                            template.render(context.getVariables(), frame, function(t_45, t_44) {
                              if (t_45) {
                                cb(t_45);
                                return;
                              }
                              callback(null, t_44);
                            });
                          });
                          tasks10.push(function(result, callback) {
                            output += result;
                            callback(null);
                          });
                          env.waterfall(tasks10, function() {
                            var tasks11 = [];
                            tasks11.push(function(callback) {
                              env.getTemplate("partials/participants.html.njk", false, "report.html.njk", false, function(t_47, t_46) {
                                if (t_47) {
                                  cb(t_47);
                                  return;
                                }
                                callback(null, t_46);
                              });
                            });
                            tasks11.push(function(template, callback) {
                              template.render(context.getVariables(), frame, function(t_49, t_48) {
                                if (t_49) {
                                  cb(t_49);
                                  return;
                                }
                                callback(null, t_48);
                              });
                            });
                            tasks11.push(function(result, callback) {
                              output += result;
                              callback(null);
                            });
                            env.waterfall(tasks11, function() {
                              var tasks12 = [];
                              tasks12.push(function(callback) {
                                env.getTemplate("partials/review-credits.html.njk", false, "report.html.njk", false, function(t_51, t_50) {
                                  if (t_51) {
                                    cb(t_51);
                                    return;
                                  }
                                  callback(null, t_50);
                                });
                              });
                              tasks12.push(function(template, callback) {
                                template.render(context.getVariables(), frame, function(t_53, t_52) {
                                  if (t_53) {
                                    cb(t_53);
                                    return;
                                  }
                                  callback(null, t_52);
                                });
                              });
                              tasks12.push(function(result, callback) {
                                output += result;
                                callback(null);
                              });
                              env.waterfall(tasks12, function() {
                                var tasks13 = [];
                                tasks13.push(function(callback) {
                                  env.getTemplate("partials/methodology.html.njk", false, "report.html.njk", false, function(t_55, t_54) {
                                    if (t_55) {
                                      cb(t_55);
                                      return;
                                    }
                                    callback(null, t_54);
                                  });
                                });
                                tasks13.push(function(template, callback) {
                                  template.render(context.getVariables(), frame, function(t_57, t_56) {
                                    if (t_57) {
                                      cb(t_57);
                                      return;
                                    }
                                    callback(null, t_56);
                                  });
                                });
                                tasks13.push(function(result, callback) {
                                  output += result;
                                  callback(null);
                                });
                                env.waterfall(tasks13, function() {
                                  output += '</main>\n<footer class="footer">';
                                  output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "footer"), env.opts.autoescape);
                                  output += "</footer>\n";
                                  cb(null, output);
                                });
                              });
                            });
                          });
                        });
                      });
                    });
                  });
                });
              });
            });
          });
        });
      } catch (e) {
        cb(runtime.handleError(e, lineno, colno));
      }
    }
    __name(b_body, "b_body");
    return {
      b_body,
      root
    };
  })(),
  "report.md.njk": /* @__PURE__ */ (function() {
    function root(env, context, frame, runtime, cb) {
      var lineno = 0;
      var colno = 0;
      var output = "";
      try {
        var parentTemplate = null;
        output += "# ";
        output += runtime.suppressValue(env.getFilter("mdlang").call(context, runtime.contextOrFrameLookup(context, frame, "title"), runtime.contextOrFrameLookup(context, frame, "titleLang")), env.opts.autoescape);
        output += "\n\n*";
        frame = frame.push();
        var t_3 = runtime.contextOrFrameLookup(context, frame, "subtitleParts");
        if (t_3) {
          t_3 = runtime.fromIterator(t_3);
          var t_2 = t_3.length;
          for (var t_1 = 0; t_1 < t_3.length; t_1++) {
            var t_4 = t_3[t_1];
            frame.set("p", t_4);
            frame.set("loop.index", t_1 + 1);
            frame.set("loop.index0", t_1);
            frame.set("loop.revindex", t_2 - t_1);
            frame.set("loop.revindex0", t_2 - t_1 - 1);
            frame.set("loop.first", t_1 === 0);
            frame.set("loop.last", t_1 === t_2 - 1);
            frame.set("loop.length", t_2);
            output += runtime.suppressValue(env.getFilter("mdlang").call(context, runtime.memberLookup(t_4, "text"), runtime.memberLookup(t_4, "lang")), env.opts.autoescape);
            ;
          }
        }
        frame = frame.pop();
        output += "*\n\n| | |\n|---|---|\n| ";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "city")), env.opts.autoescape);
        output += " | ";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.contextOrFrameLookup(context, frame, "city")), env.opts.autoescape);
        if (runtime.contextOrFrameLookup(context, frame, "country")) {
          output += " (";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.contextOrFrameLookup(context, frame, "country")), env.opts.autoescape);
          output += ")";
          ;
        }
        output += " |\n| ";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "date")), env.opts.autoescape);
        output += " | ";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.contextOrFrameLookup(context, frame, "dateText")), env.opts.autoescape);
        output += " |\n";
        if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "facilitators"), "length")) {
          output += "| ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "facilitators")), env.opts.autoescape);
          output += " | ";
          output += runtime.suppressValue(env.getFilter("md").call(context, env.getFilter("join").call(context, runtime.contextOrFrameLookup(context, frame, "facilitators"), ", ")), env.opts.autoescape);
          output += " |\n";
          ;
        }
        if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "experts"), "length")) {
          output += "| ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "experts")), env.opts.autoescape);
          output += " | ";
          output += runtime.suppressValue(env.getFilter("md").call(context, env.getFilter("join").call(context, runtime.contextOrFrameLookup(context, frame, "experts"), ", ")), env.opts.autoescape);
          output += " |\n";
          ;
        }
        if (runtime.contextOrFrameLookup(context, frame, "review") && runtime.memberLookup(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "authors"), "length")) {
          output += "| ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "reviewBy")), env.opts.autoescape);
          output += " | ";
          frame = frame.push();
          var t_7 = runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "authors");
          if (t_7) {
            t_7 = runtime.fromIterator(t_7);
            var t_6 = t_7.length;
            for (var t_5 = 0; t_5 < t_7.length; t_5++) {
              var t_8 = t_7[t_5];
              frame.set("a", t_8);
              frame.set("loop.index", t_5 + 1);
              frame.set("loop.index0", t_5);
              frame.set("loop.revindex", t_6 - t_5);
              frame.set("loop.revindex0", t_6 - t_5 - 1);
              frame.set("loop.first", t_5 === 0);
              frame.set("loop.last", t_5 === t_6 - 1);
              frame.set("loop.length", t_6);
              output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(t_8, "name")), env.opts.autoescape);
              if (runtime.memberLookup(t_8, "role")) {
                output += ", ";
                output += runtime.suppressValue(env.getFilter("inlmd").call(context, runtime.memberLookup(t_8, "role")), env.opts.autoescape);
                ;
              }
              if (!runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "loop"), "last")) {
                output += "; ";
                ;
              }
              ;
            }
          }
          frame = frame.pop();
          output += " |\n";
          ;
        }
        if (runtime.contextOrFrameLookup(context, frame, "review") && runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "date")) {
          output += "| ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "reviewDate")), env.opts.autoescape);
          output += " | ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "dateText")), env.opts.autoescape);
          output += " |\n";
          ;
        }
        output += "| ";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "framework")), env.opts.autoescape);
        output += " | ";
        output += runtime.suppressValue(env.getFilter("mdlang").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "framework"), "title"), runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "framework"), "titleLang")), env.opts.autoescape);
        if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "framework"), "version")) {
          output += " (";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "framework"), "version")), env.opts.autoescape);
          output += ")";
          ;
        }
        output += " |\n\n";
        if (runtime.contextOrFrameLookup(context, frame, "review") && runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "summary")) {
          output += "## ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "reviewSummary")), env.opts.autoescape);
          output += "\n\n";
          output += runtime.suppressValue(env.getFilter("richmd").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "summary")), env.opts.autoescape);
          output += "\n\n";
          ;
        }
        if (runtime.contextOrFrameLookup(context, frame, "review") && (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "introduction") || runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "context"))) {
          output += "## ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "reviewIntroduction")), env.opts.autoescape);
          output += "\n\n";
          output += runtime.suppressValue(env.getFilter("richmd").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "introduction")), env.opts.autoescape);
          output += "\n\n";
          if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "context")) {
            output += "### ";
            output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "reviewContext")), env.opts.autoescape);
            output += "\n\n";
            output += runtime.suppressValue(env.getFilter("richmd").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "context")), env.opts.autoescape);
            output += "\n\n";
            ;
          }
          ;
        }
        output += "## ";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "participation")), env.opts.autoescape);
        output += "\n\n";
        if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "participation"), "total")) {
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "participation"), "intro")), env.opts.autoescape);
          output += "\n\n| ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "sector")), env.opts.autoescape);
          output += " | ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "count")), env.opts.autoescape);
          output += " |\n|---|---:|\n";
          frame = frame.push();
          var t_11 = runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "participation"), "sectors");
          if (t_11) {
            t_11 = runtime.fromIterator(t_11);
            var t_10 = t_11.length;
            for (var t_9 = 0; t_9 < t_11.length; t_9++) {
              var t_12 = t_11[t_9];
              frame.set("s", t_12);
              frame.set("loop.index", t_9 + 1);
              frame.set("loop.index0", t_9);
              frame.set("loop.revindex", t_10 - t_9);
              frame.set("loop.revindex0", t_10 - t_9 - 1);
              frame.set("loop.first", t_9 === 0);
              frame.set("loop.last", t_9 === t_10 - 1);
              frame.set("loop.length", t_10);
              output += "| ";
              output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(t_12, "label")), env.opts.autoescape);
              output += " | ";
              output += runtime.suppressValue(runtime.memberLookup(t_12, "count"), env.opts.autoescape);
              output += " |\n";
              ;
            }
          }
          frame = frame.pop();
          output += "| **";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "total")), env.opts.autoescape);
          output += "** | **";
          output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "participation"), "total"), env.opts.autoescape);
          output += "** |\n";
          ;
        } else {
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "noParticipants")), env.opts.autoescape);
          output += "\n";
          ;
        }
        output += "\n## ";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "radar")), env.opts.autoescape);
        output += "\n\n![";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "radar"), "alt") || runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "radar")), env.opts.autoescape);
        output += "](";
        output += runtime.suppressValue(env.getFilter("mdurl").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "radar"), "href")), env.opts.autoescape);
        output += ")\n\n";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "radarCaption")), env.opts.autoescape);
        if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "radar"), "compare")) {
          output += " ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "radar"), "compare")), env.opts.autoescape);
          ;
        }
        if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "radar"), "benchmark")) {
          output += " ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "radar"), "benchmark")), env.opts.autoescape);
          ;
        }
        output += "\n\n## ";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "results")), env.opts.autoescape);
        output += "\n\n| ";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colCommitment")), env.opts.autoescape);
        output += " | ";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colScore")), env.opts.autoescape);
        output += " | ";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colPercent")), env.opts.autoescape);
        output += " | ";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colBand")), env.opts.autoescape);
        output += " |";
        if (runtime.contextOrFrameLookup(context, frame, "hasBenchmark")) {
          output += " ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colBenchmark")), env.opts.autoescape);
          output += " | ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colDiff")), env.opts.autoescape);
          output += " |";
          ;
        }
        output += " ";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colCoverage")), env.opts.autoescape);
        output += " |";
        if (runtime.contextOrFrameLookup(context, frame, "hasSpread")) {
          output += " ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colSpread")), env.opts.autoescape);
          output += " |";
          ;
        }
        output += "\n|---|---:|---:|---|";
        if (runtime.contextOrFrameLookup(context, frame, "hasBenchmark")) {
          output += "---:|---:|";
          ;
        }
        output += "---:|";
        if (runtime.contextOrFrameLookup(context, frame, "hasSpread")) {
          output += "---|";
          ;
        }
        output += "\n";
        frame = frame.push();
        var t_15 = runtime.contextOrFrameLookup(context, frame, "commitments");
        if (t_15) {
          t_15 = runtime.fromIterator(t_15);
          var t_14 = t_15.length;
          for (var t_13 = 0; t_13 < t_15.length; t_13++) {
            var t_16 = t_15[t_13];
            frame.set("c", t_16);
            frame.set("loop.index", t_13 + 1);
            frame.set("loop.index0", t_13);
            frame.set("loop.revindex", t_14 - t_13);
            frame.set("loop.revindex0", t_14 - t_13 - 1);
            frame.set("loop.first", t_13 === 0);
            frame.set("loop.last", t_13 === t_14 - 1);
            frame.set("loop.length", t_14);
            output += "| ";
            output += runtime.suppressValue(env.getFilter("mdlang").call(context, runtime.memberLookup(t_16, "label"), runtime.memberLookup(t_16, "titleLang")), env.opts.autoescape);
            output += " | ";
            if (runtime.memberLookup(t_16, "mean")) {
              output += runtime.suppressValue(runtime.memberLookup(t_16, "mean"), env.opts.autoescape);
              ;
            } else {
              if (runtime.memberLookup(t_16, "status") == "na") {
                output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "na")), env.opts.autoescape);
                ;
              } else {
                output += "\u2014";
                ;
              }
              ;
            }
            output += " | ";
            if (runtime.memberLookup(t_16, "percent")) {
              output += runtime.suppressValue(runtime.memberLookup(t_16, "percent"), env.opts.autoescape);
              ;
            } else {
              if (runtime.memberLookup(t_16, "status") == "na") {
                output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "na")), env.opts.autoescape);
                ;
              } else {
                output += "\u2014";
                ;
              }
              ;
            }
            output += " | ";
            output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(t_16, "bandText")), env.opts.autoescape);
            output += " |";
            if (runtime.contextOrFrameLookup(context, frame, "hasBenchmark")) {
              output += " ";
              output += runtime.suppressValue(runtime.memberLookup(t_16, "benchmark") || "\u2014", env.opts.autoescape);
              output += " | ";
              output += runtime.suppressValue(runtime.memberLookup(t_16, "diff") || "\u2014", env.opts.autoescape);
              output += " |";
              ;
            }
            output += " ";
            output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(t_16, "coverage")), env.opts.autoescape);
            output += " |";
            if (runtime.contextOrFrameLookup(context, frame, "hasSpread")) {
              output += " ";
              output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(t_16, "spreadShort") || "\u2014"), env.opts.autoescape);
              output += " |";
              ;
            }
            output += "\n";
            ;
          }
        }
        frame = frame.pop();
        if (runtime.contextOrFrameLookup(context, frame, "overall")) {
          output += "\n**";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.contextOrFrameLookup(context, frame, "overallLine")), env.opts.autoescape);
          output += "**\n";
          ;
        }
        if (runtime.contextOrFrameLookup(context, frame, "thenNow")) {
          output += "\n## ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "thenNow")), env.opts.autoescape);
          output += "\n\n";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "thenNow"), "intro")), env.opts.autoescape);
          output += "\n\n| ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colCommitment")), env.opts.autoescape);
          output += " | ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colThen")), env.opts.autoescape);
          output += " (";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "thenNow"), "then")), env.opts.autoescape);
          output += ") | ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colNow")), env.opts.autoescape);
          output += " (";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "thenNow"), "now")), env.opts.autoescape);
          output += ") | ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colChange")), env.opts.autoescape);
          output += " | ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colBandChange")), env.opts.autoescape);
          output += " |\n|---|---:|---:|---:|---|\n";
          frame = frame.push();
          var t_19 = runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "thenNow"), "rows");
          if (t_19) {
            t_19 = runtime.fromIterator(t_19);
            var t_18 = t_19.length;
            for (var t_17 = 0; t_17 < t_19.length; t_17++) {
              var t_20 = t_19[t_17];
              frame.set("r", t_20);
              frame.set("loop.index", t_17 + 1);
              frame.set("loop.index0", t_17);
              frame.set("loop.revindex", t_18 - t_17);
              frame.set("loop.revindex0", t_18 - t_17 - 1);
              frame.set("loop.first", t_17 === 0);
              frame.set("loop.last", t_17 === t_18 - 1);
              frame.set("loop.length", t_18);
              output += "| ";
              output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(t_20, "label")), env.opts.autoescape);
              output += " | ";
              output += runtime.suppressValue(runtime.memberLookup(t_20, "then"), env.opts.autoescape);
              output += " | ";
              output += runtime.suppressValue(runtime.memberLookup(t_20, "now"), env.opts.autoescape);
              output += " | ";
              output += runtime.suppressValue(runtime.memberLookup(t_20, "change"), env.opts.autoescape);
              output += " | ";
              output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(t_20, "bandChange")), env.opts.autoescape);
              output += " |\n";
              ;
            }
          }
          frame = frame.pop();
          output += "\n### ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "whatChanged")), env.opts.autoescape);
          output += "\n\n";
          if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "thenNow"), "whatChanged")) {
            output += runtime.suppressValue(env.getFilter("richmd").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "thenNow"), "whatChanged")), env.opts.autoescape);
            output += "\n";
            ;
          } else {
            output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "thenNow"), "generated")), env.opts.autoescape);
            output += "\n\n*";
            output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "whatChangedGenerated")), env.opts.autoescape);
            output += "*\n";
            ;
          }
          ;
        }
        output += "\n## ";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "strengthsWeaknesses")), env.opts.autoescape);
        output += "\n\n";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "ranking"), "basis")), env.opts.autoescape);
        output += "\n\n";
        if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "ranking"), "reason")) {
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "ranking"), "reason")), env.opts.autoescape);
          output += "\n\n";
          ;
        } else {
          output += "### ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "strengths")), env.opts.autoescape);
          output += "\n\n";
          frame = frame.push();
          var t_23 = runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "ranking"), "strengths");
          if (t_23) {
            t_23 = runtime.fromIterator(t_23);
            var t_22 = t_23.length;
            for (var t_21 = 0; t_21 < t_23.length; t_21++) {
              var t_24 = t_23[t_21];
              frame.set("r", t_24);
              frame.set("loop.index", t_21 + 1);
              frame.set("loop.index0", t_21);
              frame.set("loop.revindex", t_22 - t_21);
              frame.set("loop.revindex0", t_22 - t_21 - 1);
              frame.set("loop.first", t_21 === 0);
              frame.set("loop.last", t_21 === t_22 - 1);
              frame.set("loop.length", t_22);
              output += "- **";
              output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(t_24, "id")), env.opts.autoescape);
              output += ". ";
              output += runtime.suppressValue(env.getFilter("mdlang").call(context, runtime.memberLookup(t_24, "title"), runtime.memberLookup(t_24, "titleLang")), env.opts.autoescape);
              output += "** \u2014 ";
              output += runtime.suppressValue(runtime.memberLookup(t_24, "percentText"), env.opts.autoescape);
              if (runtime.memberLookup(t_24, "diff")) {
                output += " (";
                output += runtime.suppressValue(runtime.memberLookup(t_24, "diff"), env.opts.autoescape);
                output += ")";
                ;
              }
              output += "\n";
              ;
            }
          }
          if (!t_22) {
            output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "ranking"), "noneStrengths")), env.opts.autoescape);
            output += "\n";
          }
          frame = frame.pop();
          output += "\n### ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "weaknesses")), env.opts.autoescape);
          output += "\n\n";
          frame = frame.push();
          var t_27 = runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "ranking"), "weaknesses");
          if (t_27) {
            t_27 = runtime.fromIterator(t_27);
            var t_26 = t_27.length;
            for (var t_25 = 0; t_25 < t_27.length; t_25++) {
              var t_28 = t_27[t_25];
              frame.set("r", t_28);
              frame.set("loop.index", t_25 + 1);
              frame.set("loop.index0", t_25);
              frame.set("loop.revindex", t_26 - t_25);
              frame.set("loop.revindex0", t_26 - t_25 - 1);
              frame.set("loop.first", t_25 === 0);
              frame.set("loop.last", t_25 === t_26 - 1);
              frame.set("loop.length", t_26);
              output += "- **";
              output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(t_28, "id")), env.opts.autoescape);
              output += ". ";
              output += runtime.suppressValue(env.getFilter("mdlang").call(context, runtime.memberLookup(t_28, "title"), runtime.memberLookup(t_28, "titleLang")), env.opts.autoescape);
              output += "** \u2014 ";
              output += runtime.suppressValue(runtime.memberLookup(t_28, "percentText"), env.opts.autoescape);
              if (runtime.memberLookup(t_28, "diff")) {
                output += " (";
                output += runtime.suppressValue(runtime.memberLookup(t_28, "diff"), env.opts.autoescape);
                output += ")";
                ;
              }
              output += "\n";
              ;
            }
          }
          if (!t_26) {
            output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "ranking"), "noneWeaknesses")), env.opts.autoescape);
            output += "\n";
          }
          frame = frame.pop();
          ;
        }
        output += "\n## ";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "details")), env.opts.autoescape);
        output += "\n";
        frame = frame.push();
        var t_31 = runtime.contextOrFrameLookup(context, frame, "commitments");
        if (t_31) {
          t_31 = runtime.fromIterator(t_31);
          var t_30 = t_31.length;
          for (var t_29 = 0; t_29 < t_31.length; t_29++) {
            var t_32 = t_31[t_29];
            frame.set("c", t_32);
            frame.set("loop.index", t_29 + 1);
            frame.set("loop.index0", t_29);
            frame.set("loop.revindex", t_30 - t_29);
            frame.set("loop.revindex0", t_30 - t_29 - 1);
            frame.set("loop.first", t_29 === 0);
            frame.set("loop.last", t_29 === t_30 - 1);
            frame.set("loop.length", t_30);
            output += "\n### ";
            output += runtime.suppressValue(env.getFilter("mdlang").call(context, runtime.memberLookup(t_32, "label"), runtime.memberLookup(t_32, "titleLang")), env.opts.autoescape);
            output += "\n\n**";
            output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(t_32, "scoreLine")), env.opts.autoescape);
            output += "**";
            if (runtime.memberLookup(t_32, "diff")) {
              output += " \xB7 ";
              output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colDiff")), env.opts.autoescape);
              output += " ";
              output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(t_32, "diff")), env.opts.autoescape);
              ;
            }
            if (runtime.memberLookup(t_32, "spread")) {
              output += " \xB7 ";
              output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colVotes")), env.opts.autoescape);
              output += " ";
              output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(t_32, "spread")), env.opts.autoescape);
              ;
            }
            output += "\n\n";
            if (runtime.memberLookup(t_32, "description")) {
              output += "*";
              output += runtime.suppressValue(env.getFilter("mdlang").call(context, runtime.memberLookup(t_32, "description"), runtime.memberLookup(t_32, "descriptionLang")), env.opts.autoescape);
              output += "*\n\n";
              ;
            }
            if (runtime.memberLookup(t_32, "synthesis")) {
              output += "**";
              output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "reviewSynthesis")), env.opts.autoescape);
              output += "**\n\n";
              output += runtime.suppressValue(env.getFilter("richmd").call(context, runtime.memberLookup(t_32, "synthesis")), env.opts.autoescape);
              output += "\n\n**";
              output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "groupNotes")), env.opts.autoescape);
              output += "**\n\n";
              ;
            }
            if (runtime.memberLookup(t_32, "notes")) {
              output += runtime.suppressValue(env.getFilter("mdparas").call(context, runtime.memberLookup(t_32, "notes"), runtime.contextOrFrameLookup(context, frame, "sourceLang")), env.opts.autoescape);
              output += "\n";
              ;
            } else {
              output += "*";
              output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(t_32, "noNotes") || runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "noNotes")), env.opts.autoescape);
              output += "*\n";
              ;
            }
            if (runtime.memberLookup(runtime.memberLookup(t_32, "evidence"), "length")) {
              output += "\n**";
              output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "evidence")), env.opts.autoescape);
              output += "**\n\n";
              frame = frame.push();
              var t_35 = runtime.memberLookup(t_32, "evidence");
              if (t_35) {
                t_35 = runtime.fromIterator(t_35);
                var t_34 = t_35.length;
                for (var t_33 = 0; t_33 < t_35.length; t_33++) {
                  var t_36 = t_35[t_33];
                  frame.set("e", t_36);
                  frame.set("loop.index", t_33 + 1);
                  frame.set("loop.index0", t_33);
                  frame.set("loop.revindex", t_34 - t_33);
                  frame.set("loop.revindex0", t_34 - t_33 - 1);
                  frame.set("loop.first", t_33 === 0);
                  frame.set("loop.last", t_33 === t_34 - 1);
                  frame.set("loop.length", t_34);
                  output += "- ";
                  if (runtime.memberLookup(t_36, "url")) {
                    output += "[";
                    output += runtime.suppressValue(env.getFilter("mdlang").call(context, runtime.memberLookup(t_36, "title"), runtime.contextOrFrameLookup(context, frame, "sourceLang")), env.opts.autoescape);
                    output += "](";
                    output += runtime.suppressValue(env.getFilter("mdurl").call(context, runtime.memberLookup(t_36, "url")), env.opts.autoescape);
                    output += ")";
                    ;
                  } else {
                    output += runtime.suppressValue(env.getFilter("mdlang").call(context, runtime.memberLookup(t_36, "title"), runtime.contextOrFrameLookup(context, frame, "sourceLang")), env.opts.autoescape);
                    ;
                  }
                  output += "\n";
                  ;
                }
              }
              frame = frame.pop();
              ;
            }
            if (runtime.memberLookup(runtime.memberLookup(t_32, "actions"), "length")) {
              output += "\n| ";
              output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colAction")), env.opts.autoescape);
              output += " | ";
              output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colScore")), env.opts.autoescape);
              output += " | ";
              output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colVotes")), env.opts.autoescape);
              output += " | ";
              output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "notes")), env.opts.autoescape);
              output += " |\n|---|---:|---|---|\n";
              frame = frame.push();
              var t_39 = runtime.memberLookup(t_32, "actions");
              if (t_39) {
                t_39 = runtime.fromIterator(t_39);
                var t_38 = t_39.length;
                for (var t_37 = 0; t_37 < t_39.length; t_37++) {
                  var t_40 = t_39[t_37];
                  frame.set("a", t_40);
                  frame.set("loop.index", t_37 + 1);
                  frame.set("loop.index0", t_37);
                  frame.set("loop.revindex", t_38 - t_37);
                  frame.set("loop.revindex0", t_38 - t_37 - 1);
                  frame.set("loop.first", t_37 === 0);
                  frame.set("loop.last", t_37 === t_38 - 1);
                  frame.set("loop.length", t_38);
                  output += "| ";
                  output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(t_40, "id")), env.opts.autoescape);
                  output += " ";
                  output += runtime.suppressValue(env.getFilter("mdlang").call(context, runtime.memberLookup(t_40, "title"), runtime.memberLookup(t_40, "titleLang")), env.opts.autoescape);
                  output += " | ";
                  output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(t_40, "score")), env.opts.autoescape);
                  output += " | ";
                  output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(t_40, "spread") || "\u2014"), env.opts.autoescape);
                  output += " | ";
                  output += runtime.suppressValue(env.getFilter("mdlang").call(context, runtime.memberLookup(t_40, "notes"), runtime.memberLookup(t_40, "notes") ? runtime.contextOrFrameLookup(context, frame, "sourceLang") : ""), env.opts.autoescape);
                  frame = frame.push();
                  var t_43 = runtime.memberLookup(t_40, "evidence");
                  if (t_43) {
                    t_43 = runtime.fromIterator(t_43);
                    var t_42 = t_43.length;
                    for (var t_41 = 0; t_41 < t_43.length; t_41++) {
                      var t_44 = t_43[t_41];
                      frame.set("e", t_44);
                      frame.set("loop.index", t_41 + 1);
                      frame.set("loop.index0", t_41);
                      frame.set("loop.revindex", t_42 - t_41);
                      frame.set("loop.revindex0", t_42 - t_41 - 1);
                      frame.set("loop.first", t_41 === 0);
                      frame.set("loop.last", t_41 === t_42 - 1);
                      frame.set("loop.length", t_42);
                      if (runtime.memberLookup(t_44, "url")) {
                        output += " [";
                        output += runtime.suppressValue(env.getFilter("mdlang").call(context, runtime.memberLookup(t_44, "title"), runtime.contextOrFrameLookup(context, frame, "sourceLang")), env.opts.autoescape);
                        output += "](";
                        output += runtime.suppressValue(env.getFilter("mdurl").call(context, runtime.memberLookup(t_44, "url")), env.opts.autoescape);
                        output += ")";
                        ;
                      } else {
                        output += " ";
                        output += runtime.suppressValue(env.getFilter("mdlang").call(context, runtime.memberLookup(t_44, "title"), runtime.contextOrFrameLookup(context, frame, "sourceLang")), env.opts.autoescape);
                        ;
                      }
                      ;
                    }
                  }
                  frame = frame.pop();
                  output += " |\n";
                  ;
                }
              }
              frame = frame.pop();
              ;
            }
            ;
          }
        }
        frame = frame.pop();
        if (runtime.contextOrFrameLookup(context, frame, "review") && runtime.memberLookup(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "recommendations"), "length")) {
          output += "\n## ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "recommendationsHeading")), env.opts.autoescape);
          output += "\n";
          frame = frame.push();
          var t_47 = runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "recommendations");
          if (t_47) {
            t_47 = runtime.fromIterator(t_47);
            var t_46 = t_47.length;
            for (var t_45 = 0; t_45 < t_47.length; t_45++) {
              var t_48 = t_47[t_45];
              frame.set("r", t_48);
              frame.set("loop.index", t_45 + 1);
              frame.set("loop.index0", t_45);
              frame.set("loop.revindex", t_46 - t_45);
              frame.set("loop.revindex0", t_46 - t_45 - 1);
              frame.set("loop.first", t_45 === 0);
              frame.set("loop.last", t_45 === t_46 - 1);
              frame.set("loop.length", t_46);
              output += "\n### ";
              output += runtime.suppressValue(runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "loop"), "index"), env.opts.autoescape);
              output += ". ";
              output += runtime.suppressValue(env.getFilter("inlmd").call(context, runtime.memberLookup(t_48, "title")), env.opts.autoescape);
              output += "\n\n";
              if (runtime.memberLookup(runtime.memberLookup(t_48, "commitments"), "length")) {
                output += "- **";
                output += runtime.suppressValue(env.getFilter("md").call(context, env.getFilter("replace").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "labelColon"), "{label}", runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "recServes"))), env.opts.autoescape);
                output += "** ";
                output += runtime.suppressValue(env.getFilter("md").call(context, env.getFilter("join").call(context, runtime.memberLookup(t_48, "commitments"), ", ")), env.opts.autoescape);
                output += "\n";
                ;
              }
              if (runtime.memberLookup(t_48, "owner")) {
                output += "- **";
                output += runtime.suppressValue(env.getFilter("md").call(context, env.getFilter("replace").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "labelColon"), "{label}", runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "recOwner"))), env.opts.autoescape);
                output += "** ";
                output += runtime.suppressValue(env.getFilter("inlmd").call(context, runtime.memberLookup(t_48, "owner")), env.opts.autoescape);
                output += "\n";
                ;
              }
              if (runtime.memberLookup(t_48, "timeframe")) {
                output += "- **";
                output += runtime.suppressValue(env.getFilter("md").call(context, env.getFilter("replace").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "labelColon"), "{label}", runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "recTimeframe"))), env.opts.autoescape);
                output += "** ";
                output += runtime.suppressValue(env.getFilter("inlmd").call(context, runtime.memberLookup(t_48, "timeframe")), env.opts.autoescape);
                output += "\n";
                ;
              }
              output += "\n";
              output += runtime.suppressValue(env.getFilter("richmd").call(context, runtime.memberLookup(t_48, "description")), env.opts.autoescape);
              output += "\n";
              ;
            }
          }
          frame = frame.pop();
          ;
        }
        if (runtime.contextOrFrameLookup(context, frame, "review") && runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "nextSteps")) {
          output += "\n## ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "nextSteps")), env.opts.autoescape);
          output += "\n\n";
          output += runtime.suppressValue(env.getFilter("richmd").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "nextSteps")), env.opts.autoescape);
          output += "\n";
          ;
        }
        if (runtime.contextOrFrameLookup(context, frame, "votes")) {
          output += "\n## ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "votes")), env.opts.autoescape);
          output += "\n\n![";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "votes"), "alt") || runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "votes")), env.opts.autoescape);
          output += "](";
          output += runtime.suppressValue(env.getFilter("mdurl").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "votes"), "href")), env.opts.autoescape);
          output += ")\n\n";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "votesCaption")), env.opts.autoescape);
          output += "\n";
          ;
        }
        output += "\n## ";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "annex")), env.opts.autoescape);
        output += "\n\n";
        if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "participants"), "length")) {
          output += "| ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colName")), env.opts.autoescape);
          output += " | ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "colOrganisation")), env.opts.autoescape);
          output += " | ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "sector")), env.opts.autoescape);
          output += " |\n|---|---|---|\n";
          frame = frame.push();
          var t_51 = runtime.contextOrFrameLookup(context, frame, "participants");
          if (t_51) {
            t_51 = runtime.fromIterator(t_51);
            var t_50 = t_51.length;
            for (var t_49 = 0; t_49 < t_51.length; t_49++) {
              var t_52 = t_51[t_49];
              frame.set("p", t_52);
              frame.set("loop.index", t_49 + 1);
              frame.set("loop.index0", t_49);
              frame.set("loop.revindex", t_50 - t_49);
              frame.set("loop.revindex0", t_50 - t_49 - 1);
              frame.set("loop.first", t_49 === 0);
              frame.set("loop.last", t_49 === t_50 - 1);
              frame.set("loop.length", t_50);
              output += "| ";
              output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(t_52, "name")), env.opts.autoescape);
              if (runtime.memberLookup(t_52, "role")) {
                output += " (";
                output += runtime.suppressValue(env.getFilter("mdlang").call(context, runtime.memberLookup(t_52, "role"), runtime.contextOrFrameLookup(context, frame, "sourceLang")), env.opts.autoescape);
                output += ")";
                ;
              }
              output += " | ";
              output += runtime.suppressValue(env.getFilter("mdlang").call(context, runtime.memberLookup(t_52, "organisation"), runtime.contextOrFrameLookup(context, frame, "sourceLang")), env.opts.autoescape);
              output += " | ";
              output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(t_52, "sector")), env.opts.autoescape);
              output += " |\n";
              ;
            }
          }
          frame = frame.pop();
          ;
        } else {
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "noParticipants")), env.opts.autoescape);
          output += "\n";
          ;
        }
        output += "\n";
        if (runtime.contextOrFrameLookup(context, frame, "review") && runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "acknowledgements")) {
          output += "## ";
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "acknowledgements")), env.opts.autoescape);
          output += "\n\n";
          output += runtime.suppressValue(env.getFilter("richmd").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "review"), "acknowledgements")), env.opts.autoescape);
          output += "\n\n";
          ;
        }
        output += "## ";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "methodology")), env.opts.autoescape);
        output += "\n\n";
        frame = frame.push();
        var t_55 = runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "methodology"), "frameworkParts");
        if (t_55) {
          t_55 = runtime.fromIterator(t_55);
          var t_54 = t_55.length;
          for (var t_53 = 0; t_53 < t_55.length; t_53++) {
            var t_56 = t_55[t_53];
            frame.set("p", t_56);
            frame.set("loop.index", t_53 + 1);
            frame.set("loop.index0", t_53);
            frame.set("loop.revindex", t_54 - t_53);
            frame.set("loop.revindex0", t_54 - t_53 - 1);
            frame.set("loop.first", t_53 === 0);
            frame.set("loop.last", t_53 === t_54 - 1);
            frame.set("loop.length", t_54);
            output += runtime.suppressValue(env.getFilter("mdlang").call(context, runtime.memberLookup(t_56, "text"), runtime.memberLookup(t_56, "lang")), env.opts.autoescape);
            ;
          }
        }
        frame = frame.pop();
        output += "\n\n";
        if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "methodology"), "sourceNote")) {
          frame = frame.push();
          var t_59 = runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "methodology"), "sourceNoteParts");
          if (t_59) {
            t_59 = runtime.fromIterator(t_59);
            var t_58 = t_59.length;
            for (var t_57 = 0; t_57 < t_59.length; t_57++) {
              var t_60 = t_59[t_57];
              frame.set("p", t_60);
              frame.set("loop.index", t_57 + 1);
              frame.set("loop.index0", t_57);
              frame.set("loop.revindex", t_58 - t_57);
              frame.set("loop.revindex0", t_58 - t_57 - 1);
              frame.set("loop.first", t_57 === 0);
              frame.set("loop.last", t_57 === t_58 - 1);
              frame.set("loop.length", t_58);
              output += runtime.suppressValue(env.getFilter("mdlang").call(context, runtime.memberLookup(t_60, "text"), runtime.memberLookup(t_60, "lang")), env.opts.autoescape);
              ;
            }
          }
          frame = frame.pop();
          output += "\n";
          ;
        }
        output += "\n";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "methodology"), "scale")), env.opts.autoescape);
        output += "\n\n";
        frame = frame.push();
        var t_63 = runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "methodology"), "bands");
        if (t_63) {
          t_63 = runtime.fromIterator(t_63);
          var t_62 = t_63.length;
          for (var t_61 = 0; t_61 < t_63.length; t_61++) {
            var t_64 = t_63[t_61];
            frame.set("b", t_64);
            frame.set("loop.index", t_61 + 1);
            frame.set("loop.index0", t_61);
            frame.set("loop.revindex", t_62 - t_61);
            frame.set("loop.revindex0", t_62 - t_61 - 1);
            frame.set("loop.first", t_61 === 0);
            frame.set("loop.last", t_61 === t_62 - 1);
            frame.set("loop.length", t_62);
            output += "- **";
            output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(t_64, "label")), env.opts.autoescape);
            output += "** ";
            output += runtime.suppressValue(runtime.memberLookup(t_64, "range"), env.opts.autoescape);
            if (runtime.memberLookup(t_64, "description")) {
              output += " \u2014 ";
              output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(t_64, "description")), env.opts.autoescape);
              ;
            }
            output += "\n";
            ;
          }
        }
        frame = frame.pop();
        output += "\n";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "methodology"), "percent")), env.opts.autoescape);
        output += "\n\n";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "methodology"), "convention")), env.opts.autoescape);
        output += "\n\n";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "methodology"), "coverage")), env.opts.autoescape);
        output += "\n\n";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "methodology"), "votes")), env.opts.autoescape);
        output += "\n\n### ";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "t"), "methodBenchmark")), env.opts.autoescape);
        output += "\n\n";
        if (runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "methodology"), "benchmark")) {
          frame = frame.push();
          var t_67 = runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "methodology"), "benchmark");
          if (t_67) {
            t_67 = runtime.fromIterator(t_67);
            var t_66 = t_67.length;
            for (var t_65 = 0; t_65 < t_67.length; t_65++) {
              var t_68 = t_67[t_65];
              frame.set("row", t_68);
              frame.set("loop.index", t_65 + 1);
              frame.set("loop.index0", t_65);
              frame.set("loop.revindex", t_66 - t_65);
              frame.set("loop.revindex0", t_66 - t_65 - 1);
              frame.set("loop.first", t_65 === 0);
              frame.set("loop.last", t_65 === t_66 - 1);
              frame.set("loop.length", t_66);
              output += "- **";
              output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(t_68, "labelColon")), env.opts.autoescape);
              output += "** ";
              output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(t_68, "value")), env.opts.autoescape);
              output += "\n";
              ;
            }
          }
          frame = frame.pop();
          ;
        } else {
          output += runtime.suppressValue(env.getFilter("md").call(context, runtime.memberLookup(runtime.contextOrFrameLookup(context, frame, "methodology"), "noBenchmark")), env.opts.autoescape);
          output += "\n";
          ;
        }
        output += "\n---\n\n*";
        output += runtime.suppressValue(env.getFilter("md").call(context, runtime.contextOrFrameLookup(context, frame, "footer")), env.opts.autoescape);
        output += "*\n";
        if (parentTemplate) {
          parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
        } else {
          cb(null, output);
        }
        ;
      } catch (e) {
        cb(runtime.handleError(e, lineno, colno));
      }
    }
    __name(root, "root");
    return {
      root
    };
  })()
};

// dist/render/report/engine.js
var BUNDLED_REPORT_TEMPLATES = join(TEMPLATES_DIR, "report");
var ENV_OPTIONS = { autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true };
var require3 = createRequire2(import.meta.url);
function bundledTemplateSources(dir = BUNDLED_REPORT_TEMPLATES) {
  const names = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath ?? d.path, d.name).slice(dir.length + 1).split("\\").join("/")).sort();
  return names.map((name) => [name, readFileSync(join(dir, name), "utf8")]);
}
__name(bundledTemplateSources, "bundledTemplateSources");
function templatesHash(sources) {
  return textHash(JSON.stringify(sources));
}
__name(templatesHash, "templatesHash");
function reportEnvironment(userDir, bundledDir = BUNDLED_REPORT_TEMPLATES) {
  if (!userDir && TEMPLATES_HASH === templatesHash(bundledTemplateSources(bundledDir))) {
    const slim = loadNunjucksSlim();
    const loader = new slim.PrecompiledLoader(TEMPLATES);
    return { env: new slim.Environment(loader, ENV_OPTIONS), runtime: slim.runtime, precompiled: true };
  }
  const nunjucks = require3("nunjucks");
  const paths = userDir ? [userDir, bundledDir] : [bundledDir];
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(paths, { noCache: false }), ENV_OPTIONS);
  return { env, runtime: nunjucks.runtime, precompiled: false };
}
__name(reportEnvironment, "reportEnvironment");

// dist/render/report/rich.js
function inlineHtml(nodes) {
  return nodes.map((n) => {
    if (n.type === "text")
      return escapeHtml(n.text);
    if (n.type === "link")
      return `<a href="${escapeHtml(n.href)}">${inlineHtml(n.children)}</a>`;
    const tag = n.type === "em" ? "em" : "strong";
    return `<${tag}>${inlineHtml(n.children)}</${tag}>`;
  }).join("");
}
__name(inlineHtml, "inlineHtml");
function blockHtml(b) {
  if (b.type === "paragraph")
    return `<p>${inlineHtml(b.content)}</p>`;
  const tag = b.ordered ? "ol" : "ul";
  return `<${tag}>${b.items.map((i) => `<li>${inlineHtml(i)}</li>`).join("")}</${tag}>`;
}
__name(blockHtml, "blockHtml");
function richHtml(text) {
  if (!text || !text.blocks.length)
    return "";
  const lang = text.foreign ? ` lang="${text.lang}"` : "";
  return `<div class="rich"${lang}>${text.blocks.map(blockHtml).join("")}</div>`;
}
__name(richHtml, "richHtml");
function inlineHtmlView(view) {
  if (!view)
    return "";
  return view.foreign ? `<span lang="${view.lang}">${escapeHtml(view.text)}</span>` : escapeHtml(view.text);
}
__name(inlineHtmlView, "inlineHtmlView");
function inlineMd(nodes) {
  return nodes.map((n) => {
    if (n.type === "text")
      return markdownCell(n.text);
    if (n.type === "link")
      return `[${inlineMd(n.children)}](${markdownLinkTarget(n.href)})`;
    const mark = n.type === "em" ? "*" : "**";
    return `${mark}${inlineMd(n.children)}${mark}`;
  }).join("");
}
__name(inlineMd, "inlineMd");
var inLang = markdownInLang;
function richMd(text) {
  if (!text)
    return "";
  const lang = text.foreign ? text.lang : void 0;
  return text.blocks.map((b) => {
    if (b.type === "paragraph")
      return inLang(inlineMd(b.content), lang);
    return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : "-"} ${inLang(inlineMd(item), lang)}`).join("\n");
  }).join("\n\n");
}
__name(richMd, "richMd");
function inlineMdView(view) {
  if (!view)
    return "";
  return inLang(markdownCell(view.text), view.foreign ? view.lang : void 0);
}
__name(inlineMdView, "inlineMdView");
function paragraphsMd(value, lang) {
  return String(value ?? "").replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/).map((p) => markdownCell(p)).filter((p) => p !== "").map((p) => inLang(p, lang)).join("\n\n");
}
__name(paragraphsMd, "paragraphsMd");
function lineMd(value, lang) {
  return inLang(markdownCell(value), lang);
}
__name(lineMd, "lineMd");

// dist/render/report/index.js
var TEMPLATE_FILES = { html: "report.html.njk", md: "report.md.njk" };
function stripXmlProlog(svg) {
  return svg.replace(/^\s*<\?xml[^>]*>\s*/, "").replace(/^\s*<!DOCTYPE[^>]*>\s*/i, "");
}
__name(stripXmlProlog, "stripXmlProlog");
var ReportRenderer = class {
  static {
    __name(this, "ReportRenderer");
  }
  lang;
  env;
  /**
   * Awaited between the steps of a report (radar, votes chart, model, template), when set: `report --out-dir`
   * sets it to a turn of the event loop, so that the previous report's write, whose every step waits for such
   * a turn, goes on (its fsync included) while this one is drawn instead of after. Nothing a report shows depends on it.
   */
  between;
  /** userDir: a folder of the user's own templates, searched first, file by file. `lang`: for error messages. */
  constructor(lang, userDir) {
    this.lang = lang;
    const t = translator(reportMessages, lang);
    if (userDir && !(existsSync(userDir) && statSync(userDir).isDirectory())) {
      throw new UsageError(t("noTemplateDir", { dir: userDir }));
    }
    const { env, runtime } = reportEnvironment(userDir);
    this.env = env;
    const safe = /* @__PURE__ */ __name((s) => new runtime.SafeString(s), "safe");
    this.env.addFilter("md", (v) => safe(markdownCell(v)));
    this.env.addFilter("mdurl", (v) => safe(markdownLinkTarget(v)));
    this.env.addFilter("rich", (v) => safe(richHtml(v)));
    this.env.addFilter("richmd", (v) => safe(richMd(v)));
    this.env.addFilter("inl", (v) => safe(inlineHtmlView(v)));
    this.env.addFilter("inlmd", (v) => safe(inlineMdView(v)));
    this.env.addFilter("mdparas", (v, lang2) => safe(paragraphsMd(v, lang2)));
    this.env.addFilter("mdlang", (v, lang2) => safe(lineMd(v, lang2)));
  }
  /** Renders a ready view model with the template of that format. */
  renderModel(format, model) {
    try {
      return this.env.render(TEMPLATE_FILES[format], model);
    } catch (error) {
      const t = translator(reportMessages, this.lang);
      throw new UsageError(t("templateError", { message: error.message.replace(/\s+/g, " ").trim() }));
    }
  }
  /** Scores and draws one report: its view model and its two SVGs. `md`: the charts are files beside the report. */
  async prepare(input, lang, md = false, assetBase = "report") {
    const { assessment, framework: fw } = input;
    const score = scoreAssessment(assessment, fw);
    const compareScore = input.compare ? scoreAssessment(input.compare.assessment, input.compare.framework) : void 0;
    const bench = input.benchmark ? benchmarkSeries(input.benchmark, fw, lang) : void 0;
    const labels = reportLabels(input, input.compare);
    const series = [{
      label: labels[0],
      role: "current",
      values: score.commitments.map((c) => c.percent),
      na: score.commitments.map((c) => c.status === "na")
    }];
    if (input.compare && compareScore) {
      series.push({ label: labels[1], role: "earlier", values: compareScore.commitments.map((c) => c.percent), na: compareScore.commitments.map((c) => c.status === "na") });
    }
    (await vegaRuntime()).resetSVGDefIds();
    const tableName = translator(reportMessages, lang)("results");
    const radarSvg = stripXmlProlog(await renderRadarSvg({ framework: fw, lang, series, ...bench ? { benchmark: bench } : {}, width: 640, tableName }));
    await this.between?.();
    const votesSvg = await renderVotesSvg(assessment, fw, score, lang);
    await this.between?.();
    const radarName = `${assetBase}-radar.svg`;
    const votesName = `${assetBase}-votes.svg`;
    const modelInput = {
      assessment,
      framework: fw,
      score,
      fileName: input.fileName,
      lang,
      ...input.review ? { review: input.review } : {},
      radar: md ? { svg: radarSvg, href: radarName } : { svg: radarSvg },
      votes: votesSvg === null ? null : md ? { svg: votesSvg, href: votesName } : { svg: votesSvg },
      ...input.compare && compareScore ? { compare: { assessment: input.compare.assessment, framework: input.compare.framework, score: compareScore, fileName: input.compare.fileName } } : {},
      ...input.benchmark && bench ? { benchmark: { data: input.benchmark, values: bench.values } } : {}
    };
    const assets = md ? [{ name: radarName, content: radarSvg + "\n" }, ...votesSvg ? [{ name: votesName, content: votesSvg + "\n" }] : []] : [];
    return { model: buildReportModel(modelInput), radarSvg, votesSvg, assets };
  }
  /** Scores, draws and renders one report. `assetBase`: the Markdown file's name without extension. */
  async render(input, format, lang, assetBase = "report") {
    const prepared = await this.prepare(input, lang, format === "md", assetBase);
    await this.between?.();
    return { text: xmlValidChars(this.renderModel(format, prepared.model)), assets: prepared.assets };
  }
};
export {
  BUNDLED_REPORT_TEMPLATES,
  ReportRenderer,
  TEMPLATE_FILES
};
