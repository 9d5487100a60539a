import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/benchmark-text.js
function benchmarkText(b, lang) {
  const tr = b.translations?.[lang] ?? {};
  const method = tr.method ?? b.method;
  const notes = tr.notes ?? b.notes;
  return { name: tr.name ?? b.name, source: tr.source ?? b.source, ...method ? { method } : {}, ...notes ? { notes } : {} };
}
__name(benchmarkText, "benchmarkText");

export {
  benchmarkText
};
