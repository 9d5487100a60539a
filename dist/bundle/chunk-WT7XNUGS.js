import {
  expectedData,
  valuesOf
} from "./chunk-J6ASF6TJ.js";
import {
  renderFlowItem,
  setIn,
  versionOf
} from "./chunk-ZHDPVIQA.js";
import {
  MAX_ALIAS_COUNT,
  YAML_OPTIONS,
  stripBom
} from "./chunk-VHFQKG57.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/edit/sequence.js
import { Document, isCollection, isMap, isPair, isScalar, isSeq, parseDocument, visit } from "yaml";
function listAt(text, path) {
  const doc = parseDocument(stripBom(text), { ...YAML_OPTIONS, keepSourceTokens: true });
  if (doc.errors.length)
    throw new Error(`cannot edit a file with YAML errors: ${doc.errors[0]?.message}`);
  let node = doc.contents;
  for (const key of path) {
    if (!isMap(node))
      return { doc, seq: void 0 };
    node = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key)?.value;
  }
  return { doc, seq: isSeq(node) ? node : void 0 };
}
__name(listAt, "listAt");
function listIn(data, path) {
  let value = data;
  for (const key of path)
    value = value && typeof value === "object" ? value[key] : void 0;
  return Array.isArray(value) ? value : [];
}
__name(listIn, "listIn");
function verify(before, text, path, expected) {
  const doc = parseDocument(stripBom(text), YAML_OPTIONS);
  const want = expectedData(before, path, expected, "set");
  if (doc.errors.length || JSON.stringify(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })) !== JSON.stringify(want)) {
    throw new Error(`editing ${path.join(".")} did not give the expected YAML; the file was not written`);
  }
  return text;
}
__name(verify, "verify");
function inPlaceOrAnew(before, body, next, path, expected) {
  try {
    return verify(before, next, path, expected);
  } catch {
    return verify(before, setIn(body, path, expected), path, expected);
  }
}
__name(inPlaceOrAnew, "inPlaceOrAnew");
var BOM = "\uFEFF";
function renderScalar(value, version, flow) {
  if (flow)
    return renderFlowItem(value, version);
  if (typeof value === "string" && /[\n\r]/.test(value))
    return JSON.stringify(value);
  const one = new Document([value], { version }).toString({ lineWidth: 0 }).replace(/\n$/, "").replace(/^- /, "");
  return /[\n\r]/.test(one) ? JSON.stringify(value) : one;
}
__name(renderScalar, "renderScalar");
function setListItemKey(text, path, index, key, value) {
  const bom = text.startsWith(BOM) ? BOM : "";
  const body = bom ? text.slice(1) : text;
  const before = valuesOf(body);
  const expected = listIn(before, path).map((item2, i) => i === index ? { ...item2, [key]: value } : item2);
  const { doc, seq } = listAt(body, path);
  const item = seq?.items[index];
  const pair = isMap(item) ? item.items.find((p) => isScalar(p.key) && String(p.key.value) === key) : void 0;
  const node = pair?.value;
  if (!node?.range || !isScalar(node) || seq?.flow) {
    return bom + verify(before, setIn(body, path, expected), path, expected);
  }
  const keepNewline = /\r?\n$/.exec(body.slice(node.range[0], node.range[1]))?.[0] ?? "";
  const empty = node.range[0] === node.range[1];
  const lead = empty && body[node.range[0] - 1] === ":" ? " " : "";
  const trail = empty && body[node.range[0]] === "}" ? " " : "";
  const rendered = lead + renderScalar(value, versionOf(doc), isMap(item) && item.flow === true) + trail + keepNewline;
  const next = body.slice(0, node.range[0]) + rendered + body.slice(node.range[1]);
  return bom + inPlaceOrAnew(before, body, next, path, expected);
}
__name(setListItemKey, "setListItemKey");
function dashLine(body, seq, index) {
  const token = seq.srcToken?.type === "block-seq" ? seq.srcToken.items[index] : void 0;
  const dash = token?.start.find((t) => t.type === "seq-item-ind");
  return dash ? body.lastIndexOf("\n", dash.offset - 1) + 1 : void 0;
}
__name(dashLine, "dashLine");
function aliasesOut(doc, item, version) {
  const inside = /* @__PURE__ */ new Set();
  visit(item, { Node: /* @__PURE__ */ __name((_, n) => void inside.add(n), "Node") });
  inside.add(item);
  const [from, to] = item.range;
  const out = [];
  let shared = false;
  visit(doc, {
    Alias(_, alias, trail) {
      const target = alias.resolve(doc);
      const [at, end] = alias.range;
      if (!inside.has(target) || at >= from && end <= to)
        return void 0;
      const holder = trail[trail.length - 1];
      const within = isPair(holder) ? trail[trail.length - 2] : holder;
      const value = isScalar(target) ? target.toJS(doc) : void 0;
      if (!["string", "number", "boolean"].includes(typeof value)) {
        shared = true;
        return visit.BREAK;
      }
      out.push([at, end, renderScalar(value, version, isCollection(within) && within.flow === true)]);
      return void 0;
    }
  });
  return shared ? void 0 : out;
}
__name(aliasesOut, "aliasesOut");
function keptFrom(body, from, to, dashLineStart) {
  const dashColumn = body.slice(dashLineStart).search(/\S/);
  for (let at = from; at < to; ) {
    const nl = body.indexOf("\n", at);
    const line = body.slice(at, nl === -1 || nl > to ? to : nl);
    const column = line.search(/\S/);
    if (column !== -1 && line[column] === "#" && column <= dashColumn)
      return at;
    at = nl === -1 ? to : nl + 1;
  }
  return to;
}
__name(keptFrom, "keptFrom");
function removeListItem(text, path, index) {
  const bom = text.startsWith(BOM) ? BOM : "";
  const body = bom ? text.slice(1) : text;
  const before = valuesOf(body);
  const expected = listIn(before, path).filter((_, i) => i !== index);
  const { doc, seq } = listAt(body, path);
  const item = seq?.items[index];
  const lineStart = seq && !seq.flow ? dashLine(body, seq, index) : void 0;
  const writtenOut = item?.range ? aliasesOut(doc, item, versionOf(doc)) : void 0;
  if (!seq || !item?.range || lineStart === void 0 || !writtenOut || expected.length === 0) {
    return bom + verify(before, setIn(body, path, expected), path, expected);
  }
  const nl = body.indexOf("\n", Math.max(item.range[1] - 1, lineStart));
  const contentEnd = nl === -1 ? body.length : nl + 1;
  const nextDash = dashLine(body, seq, index + 1);
  const end = nextDash === void 0 ? contentEnd : keptFrom(body, contentEnd, nextDash, lineStart);
  const splices = [...writtenOut, [lineStart, end, ""]].sort((a, b) => b[0] - a[0]);
  const next = splices.reduce((t, [from, to, insert]) => t.slice(0, from) + insert + t.slice(to), body);
  return bom + inPlaceOrAnew(before, body, next, path, expected);
}
__name(removeListItem, "removeListItem");

export {
  setListItemKey,
  removeListItem
};
