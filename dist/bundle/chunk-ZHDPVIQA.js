import {
  MAX_ALIAS_COUNT,
  YAML_OPTIONS,
  lineCol
} from "./chunk-VHFQKG57.js";
import {
  EditRefusedError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/edit/splice.js
import { Document, isAlias, isCollection, isMap, isNode, isPair, isScalar, isSeq, parseDocument, visit } from "yaml";
var BOM = "\uFEFF";
var FLOW_KEYS = /* @__PURE__ */ new Set(["votes"]);
function parse(text) {
  const doc = parseDocument(text, YAML_OPTIONS);
  if (doc.errors.length)
    throw new Error(`cannot edit a file with YAML errors: ${doc.errors[0]?.message}`);
  return doc;
}
__name(parse, "parse");
function findPair(map, key) {
  return map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
}
__name(findPair, "findPair");
function rangeOf(node) {
  return node?.range ?? void 0;
}
__name(rangeOf, "rangeOf");
function nest(path, value) {
  return path.reduceRight((inner, key) => ({ [key]: inner }), value);
}
__name(nest, "nest");
var versionOf = /* @__PURE__ */ __name((doc) => doc.directives?.yaml.version === "1.1" ? "1.1" : "1.2", "versionOf");
function quoteMultiLine(doc, quote) {
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === "string" && quote(node.value))
        node.type = "QUOTE_DOUBLE";
    }
  });
}
__name(quoteMultiLine, "quoteMultiLine");
var hasLineBreak = /* @__PURE__ */ __name((text) => /[\n\r]/.test(text), "hasLineBreak");
var ONE_LINE = { lineWidth: 0, doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY };
function keepsTrailingLines(text) {
  const tail = /\s*$/.exec(text)?.[0] ?? "";
  return (tail.match(/\n|\r\n?/g)?.length ?? 0) > 1;
}
__name(keepsTrailingLines, "keepsTrailingLines");
var sameValues = /* @__PURE__ */ __name((a, b) => JSON.stringify(a) === JSON.stringify(b), "sameValues");
function renderBlock(value, version) {
  const render = /* @__PURE__ */ __name((quote) => {
    const doc = new Document(value, { version, aliasDuplicateObjects: false });
    visit(doc, {
      Pair(_, pair) {
        if (isScalar(pair.key) && FLOW_KEYS.has(String(pair.key.value)) && isMap(pair.value))
          pair.value.flow = true;
      }
    });
    quoteMultiLine(doc, quote);
    return doc.toString(ONE_LINE);
  }, "render");
  const block = render(keepsTrailingLines);
  if (sameValues(parseDocument(block, { version }).toJS(), value))
    return block;
  return render(hasLineBreak);
}
__name(renderBlock, "renderBlock");
function renderInline(value, version) {
  if (typeof value === "string" && hasLineBreak(value))
    return JSON.stringify(value);
  const doc = new Document(value, { version, aliasDuplicateObjects: false });
  if (isMap(doc.contents) || isSeq(doc.contents))
    doc.contents.flow = true;
  quoteMultiLine(doc, hasLineBreak);
  const rendered = doc.toString(ONE_LINE).replace(/\n$/, "");
  if (typeof value === "string" && (hasLineBreak(rendered) || /^[|>]/.test(rendered)))
    return JSON.stringify(value);
  return rendered;
}
__name(renderInline, "renderInline");
function renderFlowItem(value, version) {
  if (typeof value === "string" && hasLineBreak(value))
    return JSON.stringify(value);
  const doc = new Document([value], { version, aliasDuplicateObjects: false });
  doc.contents.flow = true;
  quoteMultiLine(doc, hasLineBreak);
  return doc.toString(ONE_LINE).replace(/\n$/, "").replace(/^\[ /, "").replace(/ \]$/, "");
}
__name(renderFlowItem, "renderFlowItem");
function indentLines(block, indent, eol) {
  const pad = " ".repeat(indent);
  return block.split("\n").map((line) => line ? pad + line : line).join("\n").replace(/\n/g, eol);
}
__name(indentLines, "indentLines");
function shiftLines(text, delta, fromFirst) {
  return text.split("\n").map((line, i) => {
    if (i === 0 && !fromFirst || line.trim() === "")
      return line;
    if (delta >= 0)
      return " ".repeat(delta) + line;
    const spaces = /^ */.exec(line)?.[0].length ?? 0;
    return line.slice(Math.min(spaces, -delta));
  }).join("\n");
}
__name(shiftLines, "shiftLines");
function columnOf(text, offset) {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return offset - lineStart;
}
__name(columnOf, "columnOf");
function lineEnd(text, offset) {
  const nl = text.indexOf("\n", offset);
  return nl === -1 ? text.length : nl;
}
__name(lineEnd, "lineEnd");
function lineAfter(text, offset) {
  if (offset > 0 && text[offset - 1] === "\n")
    return { at: offset, prefix: "" };
  const nl = text.indexOf("\n", offset);
  return nl === -1 ? { at: text.length, prefix: "\n" } : { at: nl + 1, prefix: "" };
}
__name(lineAfter, "lineAfter");
function lineAfterNode(text, end) {
  const lineStart = text.lastIndexOf("\n", end - 1) + 1;
  if (lineStart > 0 && lineStart < end && /^[ \t]*$/.test(text.slice(lineStart, end)))
    return { at: lineStart, prefix: "" };
  return lineAfter(text, end);
}
__name(lineAfterNode, "lineAfterNode");
function itemColumn(text, keyStart) {
  const explicit = /\?[ \t]+$/.exec(text.slice(text.lastIndexOf("\n", keyStart - 1) + 1, keyStart));
  return columnOf(text, explicit ? keyStart - explicit[0].length : keyStart);
}
__name(itemColumn, "itemColumn");
function splice(text, start, end, insert) {
  return text.slice(0, start) + insert + text.slice(end);
}
__name(splice, "splice");
function tagFits(tag, value) {
  switch (tag) {
    case "tag:yaml.org,2002:str":
      return typeof value === "string";
    case "tag:yaml.org,2002:int":
      return Number.isInteger(value);
    case "tag:yaml.org,2002:float":
      return typeof value === "number";
    case "tag:yaml.org,2002:bool":
      return typeof value === "boolean";
    case "tag:yaml.org,2002:null":
      return value === null;
    default:
      return false;
  }
}
__name(tagFits, "tagFits");
function valueStart(c, node, propsFrom, value) {
  const range = node.range;
  if (!node.tag || tagFits(node.tag, value))
    return { start: range[0] };
  const props = c.text.slice(propsFrom, range[0]);
  const m = /(^|[\s:])(![^\s]*\s*)/.exec(props);
  if (!m)
    return { start: range[0] };
  const at = propsFrom + m.index + (m[1]?.length ?? 0);
  return { start: range[0], drop: [at, at + (m[2]?.length ?? 0)] };
}
__name(valueStart, "valueStart");
function replaceNodeText(c, node, propsFrom, value, rendered) {
  const { start, drop } = valueStart(c, node, propsFrom, value);
  const end = node.range[1];
  const replaced = splice(c.text, start, end, rendered);
  return drop ? splice(replaced, drop[0], drop[1], "") : replaced;
}
__name(replaceNodeText, "replaceNodeText");
function insertIntoBlockMap(c, map, indent, rest, value) {
  const block = indentLines(renderBlock(nest(rest, value), c.version), indent, c.eol);
  const end = map.range?.[1] ?? c.text.length;
  const { at, prefix } = lineAfterNode(c.text, end);
  return splice(c.text, at, at, prefix.replace(/\n/g, c.eol) + block);
}
__name(insertIntoBlockMap, "insertIntoBlockMap");
function anchorText(node) {
  const anchor = node?.anchor;
  return anchor ? `&${anchor} ` : "";
}
__name(anchorText, "anchorText");
function replaceValue(c, pair, indent, key, value) {
  const node = pair.value;
  const isObject = value !== null && typeof value === "object";
  const empty = isObject && Object.keys(value).length === 0;
  const inline = !isObject || FLOW_KEYS.has(key) || empty;
  const keyEnd = pair.key.range[1];
  const colon = c.text.indexOf(":", keyEnd);
  if (inline) {
    const rendered = renderInline(value, c.version);
    if (!node?.range || isScalar(node) && node.value === null && node.range[0] === node.range[1]) {
      return splice(c.text, colon + 1, colon + 1, " " + rendered);
    }
    const block2 = (isMap(node) || isSeq(node)) && !node.flow;
    if (!block2) {
      const old = c.text.slice(node.range[0], node.range[1]);
      const keepNewline = old.endsWith("\n") && !rendered.endsWith("\n") ? c.eol : "";
      return replaceNodeText(c, node, colon + 1, value, rendered + keepNewline);
    }
    return splice(c.text, colon + 1, node.range[1], " " + anchorText(node) + rendered + c.eol);
  }
  const block = indentLines(renderBlock(value, c.version), indent + 2, c.eol);
  const start = node?.range ? node.range[0] : colon + 1;
  let end = node?.range ? node.range[1] : colon + 1;
  const comments = [];
  const lines = [];
  c.text.slice(colon + 1, start).split("\n").map((line) => line.replace(/\r$/, "")).forEach((line, i) => {
    const m = /(?:^|[ \t])[ \t]*#.*$/.exec(line);
    if (!m)
      return;
    if (i === 0)
      comments.push(m[0]);
    else
      lines.push(" ".repeat(/^ */.exec(line)?.[0].length ?? 0) + m[0].trim());
  });
  const after = c.text[end - 1] !== "\n" ? /^[ \t]*#[^\r\n]*/.exec(c.text.slice(end)) : null;
  if (after) {
    const spaces = /^[ \t]/.test(after[0]) ? "" : /[ \t]+$/.exec(c.text.slice(colon + 1, start))?.[0] ?? " ";
    comments.push(spaces + after[0]);
    end += after[0].length;
  }
  const [onKeyLine = "", ...others] = comments;
  for (const other of others)
    lines.push(" ".repeat(indent + 2) + other.trim());
  const tail = c.text.slice(end);
  const rest = tail.startsWith("\n") || tail.startsWith("\r\n") ? tail.replace(/^\r?\n/, "") : tail;
  const anchor = anchorText(node).trimEnd();
  const own = lines.map((line) => line + c.eol).join("");
  return c.text.slice(0, colon + 1) + (anchor ? " " + anchor : "") + onKeyLine + c.eol + own + block + rest;
}
__name(replaceValue, "replaceValue");
function lastItemEnd(items) {
  const last = items[items.length - 1];
  if (isPair(last))
    return (rangeOf(last.value) ?? rangeOf(last.key))?.[1];
  return rangeOf(last)?.[1];
}
__name(lastItemEnd, "lastItemEnd");
function insertIntoFlowMap(c, map, key, value) {
  const rendered = renderFlowItem({ [key]: value }, c.version);
  const end = lastItemEnd(map.items);
  if (end === void 0) {
    const [start, stop] = map.range;
    return splice(c.text, start, stop, rendered);
  }
  return splice(c.text, end, end, ", " + rendered.replace(/^\{ /, "").replace(/ \}$/, ""));
}
__name(insertIntoFlowMap, "insertIntoFlowMap");
function replaceFlowValue(c, pair, value) {
  const node = pair.value;
  const rendered = renderFlowItem(value, c.version);
  const keyEnd = pair.key.range[1];
  if (!node?.range || isScalar(node) && node.value === null && node.range[0] === node.range[1]) {
    const colon = /^\s*:/.exec(c.text.slice(keyEnd));
    if (colon)
      return splice(c.text, keyEnd + colon[0].length, keyEnd + colon[0].length, " " + rendered);
    return splice(c.text, keyEnd, keyEnd, ": " + rendered);
  }
  return replaceNodeText(c, node, keyEnd, value, rendered);
}
__name(replaceFlowValue, "replaceFlowValue");
function deleteFromFlowMap(c, map, pair) {
  const at = map.items.indexOf(pair);
  const keyStart = pair.key.range[0];
  const end = (rangeOf(pair.value) ?? pair.key.range)[1];
  const t = c.text;
  let out;
  let lineAt;
  if (at < map.items.length - 1) {
    let j = end;
    while (t[j] === " " || t[j] === "	")
      j++;
    if (t[j] === ",") {
      j++;
      let k = j;
      while (t[k] === " " || t[k] === "	")
        k++;
      if (t[k] !== "#" && t[k] !== "\n" && t[k] !== "\r")
        j = k;
    }
    out = splice(t, keyStart, j, "");
    lineAt = keyStart;
  } else {
    let j = lastItemEnd(map.items.slice(0, at)) ?? keyStart;
    while (j < keyStart && t[j] !== ",") {
      if (t[j] === "#")
        j = lineEnd(t, j);
      else
        j++;
    }
    const between = t.slice(j + 1, keyStart);
    if (j < keyStart && !/[#\n]/.test(between))
      out = splice(t, j, end, "");
    else if (j < keyStart)
      out = splice(splice(t, keyStart, end, ""), j, j + 1, "");
    else
      out = splice(t, keyStart, end, "");
    lineAt = j < keyStart ? j : keyStart;
  }
  const ls = out.lastIndexOf("\n", lineAt - 1) + 1;
  const le = lineEnd(out, lineAt);
  if (ls > 0 && out.slice(ls, le).trim() === "" && t.slice(ls, lineEnd(t, ls)).trim() !== "")
    return out.slice(0, ls) + out.slice(le + 1);
  return out;
}
__name(deleteFromFlowMap, "deleteFromFlowMap");
function sharedOnPath(doc, path, whole) {
  const changed = /* @__PURE__ */ new Set([doc.contents]);
  let node = doc.contents;
  let reached = true;
  for (const key of path) {
    if (!isMap(node)) {
      reached = false;
      break;
    }
    const pair = findPair(node, key);
    if (!pair || pair.value === null || pair.value === void 0) {
      reached = false;
      break;
    }
    if (isAlias(pair.value))
      return { alias: pair.value, holder: pair, within: node };
    node = pair.value;
    changed.add(node);
  }
  if (whole && reached && isNode(node))
    visit(node, { Node: /* @__PURE__ */ __name((_, n) => void changed.add(n), "Node") });
  let found;
  visit(doc, {
    Alias(_, alias, trail) {
      if (!changed.has(alias.resolve(doc)))
        return void 0;
      found = { alias, holder: trail[trail.length - 1], within: trail[trail.length - 2] ?? trail[trail.length - 1] };
      return visit.BREAK;
    }
  });
  return found;
}
__name(sharedOnPath, "sharedOnPath");
function hasAnchorInside(node) {
  let inside = false;
  if (isCollection(node)) {
    visit(node, {
      Node(_, n) {
        if (n !== node && n.anchor) {
          inside = true;
          return visit.BREAK;
        }
        return void 0;
      }
    });
  }
  return inside;
}
__name(hasAnchorInside, "hasAnchorInside");
function unshareText(c, doc, s, faithful) {
  const target = s.alias.resolve(doc);
  const [as, ae] = s.alias.range;
  const [ts, te] = target.range;
  const own = c.text.slice(ts, te);
  const inFlow = (isMap(s.within) || isSeq(s.within)) && s.within.flow;
  const blockCollection = isCollection(target) && !target.flow;
  const blockScalar = isScalar(target) && (target.type === "BLOCK_LITERAL" || target.type === "BLOCK_FOLDED");
  const tag = target.tag ? doc.directives.tagString(target.tag) + " " : "";
  const inPair = isPair(s.holder);
  const keyIndent = inPair ? columnOf(c.text, rangeOf(s.holder.key)?.[0] ?? as) : 0;
  faithful = faithful && !hasAnchorInside(target);
  if (faithful && !blockCollection && !blockScalar && !/[\r\n]/.test(own))
    return splice(c.text, as, ae, tag + own);
  if (faithful && blockCollection && inPair && !inFlow) {
    const from = c.text.lastIndexOf("\n", ts - 1) + 1;
    let lines = c.text.slice(from, te);
    if (!lines.endsWith("\n"))
      lines += c.eol;
    const moved = shiftLines(lines.replace(/\r?\n$/, ""), keyIndent + 2 - columnOf(c.text, ts), true) + c.eol;
    const le = lineEnd(c.text, ae);
    const head = c.text.slice(0, as).replace(/[ \t]+$/, "") + (tag ? " " + tag.trimEnd() : "") + c.text.slice(ae, le).replace(/\r$/, "");
    return head + c.eol + moved + c.text.slice(Math.min(le + 1, c.text.length));
  }
  if (faithful && blockCollection && !inPair && !inFlow) {
    const moved = shiftLines(own.replace(/\r?\n$/, ""), columnOf(c.text, as) - columnOf(c.text, ts), false);
    return splice(c.text, as, ae, tag + moved);
  }
  const value = target.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
  if (inFlow)
    return splice(c.text, as, ae, renderFlowItem(value, c.version));
  if (value === null || typeof value !== "object" || Object.keys(value).length === 0)
    return splice(c.text, as, ae, renderInline(value, c.version));
  if (inPair) {
    const le = lineEnd(c.text, ae);
    const head = c.text.slice(0, as).replace(/[ \t]+$/, "") + c.text.slice(ae, le).replace(/\r$/, "");
    return head + c.eol + indentLines(renderBlock(value, c.version), keyIndent + 2, c.eol) + c.text.slice(Math.min(le + 1, c.text.length));
  }
  const block = renderBlock(value, c.version).replace(/\n$/, "");
  return splice(c.text, as, ae, shiftLines(block, columnOf(c.text, as), false).replace(/\n/g, c.eol));
}
__name(unshareText, "unshareText");
var valuesOf = /* @__PURE__ */ __name((doc) => JSON.stringify(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })), "valuesOf");
var isMergePair = /* @__PURE__ */ __name((p) => isPair(p) && isScalar(p.key) && typeof p.key.value === "symbol" && p.key.value.description === "<<", "isMergePair");
function mergeSources(doc, map) {
  const resolve = /* @__PURE__ */ __name((n) => isAlias(n) ? n.resolve(doc) : n, "resolve");
  const out = [];
  for (const p of map.items) {
    if (!isMergePair(p))
      continue;
    const value = resolve(p.value);
    for (const item of isSeq(value) ? value.items.map(resolve) : [value])
      if (isMap(item))
        out.push(item);
  }
  return out;
}
__name(mergeSources, "mergeSources");
function mergedPair(doc, map, key, depth = 0) {
  if (depth > MAX_ALIAS_COUNT)
    return void 0;
  for (const source of mergeSources(doc, map)) {
    const pair = findPair(source, key) ?? mergedPair(doc, source, key, depth + 1);
    if (pair)
      return pair;
  }
  return void 0;
}
__name(mergedPair, "mergedPair");
function mergeOnPath(doc, path, mode) {
  let node = doc.contents;
  for (let i = 0; i < path.length; i++) {
    if (!isMap(node))
      return void 0;
    const key = path[i];
    const own = findPair(node, key);
    if (mode.expandLast && i === path.length - 1) {
      return mergedPair(doc, node, key) ? { kind: "expand", map: node, key, path: path.slice(0, i + 1) } : void 0;
    }
    if (!own) {
      if (i >= mode.entries)
        return void 0;
      const from = mergedPair(doc, node, key);
      return from ? { kind: "entry", map: node, key, from, path: path.slice(0, i + 1) } : void 0;
    }
    if (isAlias(own.value))
      return void 0;
    node = own.value;
  }
  return void 0;
}
__name(mergeOnPath, "mergeOnPath");
function copyableText(c, node) {
  if (!node.range || hasAnchorInside(node))
    return void 0;
  return c.text.slice(node.range[0], node.range[1]);
}
__name(copyableText, "copyableText");
function blockItemIndent(c, map) {
  const first = map.items[0]?.key;
  return first?.range ? itemColumn(c.text, first.range[0]) : 0;
}
__name(blockItemIndent, "blockItemIndent");
function writeOutEntry(c, doc, s, faithful) {
  const from = s.from;
  const value = from.value;
  const keyRange = rangeOf(from.key);
  const keyText = keyRange ? c.text.slice(keyRange[0], keyRange[1]) : "";
  const tag = value && isNode(value) && value.tag ? doc.directives.tagString(value.tag) + " " : "";
  const own = faithful && value && isNode(value) && !/[\r\n]/.test(keyText) && keyText ? copyableText(c, value) : void 0;
  const blockScalar = isScalar(value) && (value.type === "BLOCK_LITERAL" || value.type === "BLOCK_FOLDED");
  const blockCollection = isCollection(value) && !value.flow;
  if (own !== void 0 && !blockScalar && !blockCollection && !/[\r\n]/.test(own)) {
    if (s.map.flow) {
      const end = lastItemEnd(s.map.items);
      return splice(c.text, end, end, `, ${keyText}: ${tag}${own}`);
    }
    const { at, prefix } = lineAfterNode(c.text, s.map.range[1]);
    return splice(c.text, at, at, prefix.replace(/\n/g, c.eol) + " ".repeat(blockItemIndent(c, s.map)) + `${keyText}: ${tag}${own}`.trimEnd() + c.eol);
  }
  if (own !== void 0 && blockCollection && !s.map.flow && value) {
    const [ts, te] = value.range;
    let lines = c.text.slice(c.text.lastIndexOf("\n", ts - 1) + 1, te);
    lines = lines.replace(/\r?\n$/, "");
    const indent = blockItemIndent(c, s.map);
    const moved = shiftLines(lines, indent + 2 - columnOf(c.text, ts), true).replace(/\r?\n/g, c.eol);
    const { at, prefix } = lineAfterNode(c.text, s.map.range[1]);
    return splice(c.text, at, at, prefix.replace(/\n/g, c.eol) + " ".repeat(indent) + `${keyText}:${tag ? " " + tag.trimEnd() : ""}` + c.eol + moved + c.eol);
  }
  const data = value ? value.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }) : null;
  if (s.map.flow)
    return insertIntoFlowMap(c, s.map, s.key, data);
  return insertIntoBlockMap(c, s.map, blockItemIndent(c, s.map), [s.key], data);
}
__name(writeOutEntry, "writeOutEntry");
function expandMerge(c, doc, s) {
  const merges = s.map.items.filter(isMergePair);
  const pair = merges[0];
  if (merges.length !== 1 || !pair)
    return void 0;
  const merged = s.map.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
  const own = new Set(s.map.items.filter((p) => !isMergePair(p)).map((p) => isScalar(p.key) ? String(p.key.value) : ""));
  const given = Object.fromEntries(Object.entries(merged).filter(([k]) => !own.has(k)));
  const keyStart = pair.key.range[0];
  const valueEnd = rangeOf(pair.value)?.[1] ?? pair.key.range[1];
  if (s.map.flow) {
    if (Object.keys(given).length === 0)
      return s.map.items.length > 1 ? deleteFromFlowMap(c, s.map, pair) : void 0;
    return splice(c.text, keyStart, valueEnd, renderFlowItem(given, c.version).replace(/^\{ /, "").replace(/ \}$/, ""));
  }
  const lineStart = c.text.lastIndexOf("\n", keyStart - 1) + 1;
  if (c.text.slice(lineStart, keyStart).trim() !== "")
    return void 0;
  const { at } = lineAfterNode(c.text, valueEnd);
  const block = Object.keys(given).length ? indentLines(renderBlock(given, c.version), blockItemIndent(c, s.map), c.eol) : "";
  return splice(c.text, lineStart, at, block);
}
__name(expandMerge, "expandMerge");
function valuesWithout(doc, path) {
  const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  let at = data;
  for (const key of path.slice(0, -1))
    at = at && typeof at === "object" ? at[key] : void 0;
  if (at && typeof at === "object")
    delete at[path[path.length - 1]];
  return JSON.stringify(data);
}
__name(valuesWithout, "valuesWithout");
function refuseMerge(text, s) {
  const pair = s.map.items.find(isMergePair);
  const { line, column } = lineCol(text, rangeOf(pair?.key)?.[0] ?? rangeOf(s.map)?.[0] ?? 0);
  throw new EditRefusedError("mergeKey", s.path.join("."), line, column);
}
__name(refuseMerge, "refuseMerge");
function unshared(body, eol, path, whole = true, doc = parse(body), merges = { entries: path.length - 1, expandLast: false }) {
  let text = body;
  let values;
  for (let step = 0; step < 1e4; step++) {
    const s = sharedOnPath(doc, path, whole);
    if (!s) {
      const m = mergeOnPath(doc, path, merges);
      if (!m)
        return { text, doc };
      values ??= valuesOf(doc);
      let next2;
      for (const faithful of m.kind === "entry" ? [true, false] : [false]) {
        const c = { text, eol, version: versionOf(doc) };
        const candidate = m.kind === "entry" ? writeOutEntry(c, doc, m, faithful) : expandMerge(c, doc, m);
        if (candidate === void 0)
          break;
        const parsed = parseDocument(candidate, YAML_OPTIONS);
        if (parsed.errors.length)
          continue;
        const same = m.kind === "entry" ? valuesOf(parsed) === values : valuesWithout(parsed, m.path) === valuesWithout(doc, m.path);
        if (!same)
          continue;
        const again = mergeOnPath(parsed, path, merges);
        if (again && again.kind === m.kind && again.path.length === m.path.length)
          continue;
        next2 = { text: candidate, doc: parsed };
        break;
      }
      if (!next2)
        refuseMerge(text, m);
      ({ text, doc } = next2);
      if (m.kind === "expand")
        values = valuesOf(doc);
      continue;
    }
    values ??= valuesOf(doc);
    let next;
    for (const faithful of [true, false]) {
      const candidate = unshareText({ text, eol, version: versionOf(doc) }, doc, s, faithful);
      const parsed = parseDocument(candidate, YAML_OPTIONS);
      if (!parsed.errors.length && valuesOf(parsed) === values && sharedOnPath(parsed, path, whole)?.alias.range?.[0] !== s.alias.range?.[0]) {
        next = { text: candidate, doc: parsed };
        break;
      }
    }
    if (!next)
      throw new Error(`cannot write out the value shared through the alias *${s.alias.source}`);
    ({ text, doc } = next);
  }
  throw new Error("too many aliases to write out");
}
__name(unshared, "unshared");
function withBody(text, edit) {
  const bom = text.startsWith(BOM) ? BOM : "";
  const body = bom ? text.slice(1) : text;
  return { bom, result: edit(body, body.includes("\r\n") ? "\r\n" : "\n") };
}
__name(withBody, "withBody");
function setIn(text, path, value) {
  if (path.length === 0)
    throw new Error("setIn needs a path");
  const { bom, result } = withBody(text, (original, eol) => {
    const { text: body, doc } = unshared(original, eol, path);
    return setInDoc({ text: body, eol, version: versionOf(doc) }, doc, path, value);
  });
  return bom + result;
}
__name(setIn, "setIn");
function setInDoc(c, doc, path, value) {
  const body = c.text;
  let node = doc.contents;
  let indent = 0;
  let parent;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const last = i === path.length - 1;
    if (isScalar(node) && node.value === null && parent) {
      const nested = nest(path.slice(i), value);
      return parent.flow ? replaceFlowValue(c, parent.pair, nested) : replaceValue(c, parent.pair, parent.indent, parent.key, nested);
    }
    if (!isMap(node))
      throw new Error(`cannot set ${path.join(".")}: ${path.slice(0, i).join(".") || "the document"} is not a map`);
    if (node.flow) {
      if (node.items.length === 0 && parent && !parent.flow && !FLOW_KEYS.has(parent.key)) {
        return replaceValue(c, parent.pair, parent.indent, parent.key, nest(path.slice(i), value));
      }
      const pair2 = findPair(node, key);
      if (!pair2)
        return insertIntoFlowMap(c, node, key, last ? value : nest(path.slice(i + 1), value));
      if (last || pair2.value === null || pair2.value === void 0)
        return replaceFlowValue(c, pair2, last ? value : nest(path.slice(i + 1), value));
      parent = { pair: pair2, indent, key, flow: true };
      node = pair2.value;
      continue;
    }
    const itemIndent = node.items.length ? itemColumn(body, (node.items[0]?.key).range[0]) : indent;
    const pair = findPair(node, key);
    if (!pair)
      return insertIntoBlockMap(c, node, itemIndent, path.slice(i), value);
    if (last)
      return replaceValue(c, pair, itemIndent, key, value);
    parent = { pair, indent: itemIndent, key, flow: false };
    indent = itemIndent + 2;
    node = pair.value ?? null;
    if (node === null)
      return replaceValue(c, pair, itemIndent, key, nest(path.slice(i + 1), value));
  }
  throw new Error("unreachable");
}
__name(setInDoc, "setInDoc");
function nodeAtPath(doc, path, follow = false) {
  const through = /* @__PURE__ */ __name((node2) => follow && isAlias(node2) ? node2.resolve(doc) : node2, "through");
  let node = through(doc.contents);
  for (const key of path) {
    if (!isMap(node))
      return void 0;
    node = through(findPair(node, key)?.value ?? void 0);
  }
  return node;
}
__name(nodeAtPath, "nodeAtPath");
function hasKeyAt(data, path) {
  let at = data;
  for (const key of path) {
    if (!at || typeof at !== "object" || Array.isArray(at) || !Object.prototype.hasOwnProperty.call(at, key))
      return false;
    at = at[key];
  }
  return true;
}
__name(hasKeyAt, "hasKeyAt");
function appendIn(text, path, item) {
  const { bom, result } = withBody(text, (original, eol) => {
    const { text: body, doc } = unshared(original, eol, path, false, void 0, { entries: path.length, expandLast: false });
    const c = { text: body, eol, version: versionOf(doc) };
    const seq = nodeAtPath(doc, path);
    if (seq === void 0 || isScalar(seq) && seq.value === null)
      return setInDoc(c, doc, path, [item]);
    if (!isSeq(seq))
      throw new Error(`cannot append to ${path.join(".")}: not a list`);
    if (seq.flow && seq.items.length === 0)
      return setInDoc(c, doc, path, [item]);
    if (seq.flow) {
      const end = lastItemEnd(seq.items) ?? seq.range[0] + 1;
      return splice(body, end, end, ", " + renderFlowItem(item, c.version));
    }
    const indent = columnOf(body, seq.range[0]);
    const block = indentLines(renderBlock([item], c.version), indent, c.eol);
    const { at, prefix } = lineAfterNode(body, seq.range[1]);
    return splice(body, at, at, prefix.replace(/\n/g, c.eol) + block);
  });
  return bom + result;
}
__name(appendIn, "appendIn");
function deleteIn(text, path) {
  if (path.length === 0)
    throw new Error("deleteIn needs a path");
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  const { bom, result } = withBody(text, (original, eol) => {
    const parsed = parse(original);
    const there = nodeAtPath(parsed, parentPath, true);
    const explicit = isMap(there) && findPair(there, key) !== void 0;
    if (!explicit && !hasKeyAt(parsed.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), path))
      return original;
    const { text: body, doc } = unshared(original, eol, path, true, parsed, { entries: path.length - 1, expandLast: true });
    const c = { text: body, eol, version: versionOf(doc) };
    const map = nodeAtPath(doc, parentPath);
    const pair = isMap(map) ? findPair(map, key) : void 0;
    if (!isMap(map) || !pair)
      throw new Error(`cannot remove ${path.join(".")}: the value shared through an alias could not be written out`);
    if (map.items.length === 1) {
      if (!parentPath.length)
        throw new Error("cannot empty the whole document");
      return setInDoc(c, doc, parentPath, {});
    }
    if (map.flow)
      return deleteFromFlowMap(c, map, pair);
    const keyStart = pair.key.range[0];
    const lineStart = body.lastIndexOf("\n", keyStart - 1) + 1;
    const valueEnd = pair.value?.range?.[1];
    const { at } = valueEnd === void 0 ? lineAfter(body, keyStart) : lineAfterNode(body, valueEnd);
    return splice(body, lineStart, at, "");
  });
  return bom + result;
}
__name(deleteIn, "deleteIn");

export {
  versionOf,
  renderInline,
  renderFlowItem,
  setIn,
  appendIn,
  deleteIn
};
