import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/yaml/lazy.js
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
var loaded;
function yaml() {
  return loaded ??= require2("yaml");
}
__name(yaml, "yaml");

// dist/core/yaml/source.js
var YAML_OPTIONS = {
  version: "1.2",
  uniqueKeys: true,
  prettyErrors: false,
  keepSourceTokens: false
};
var MAX_ALIAS_COUNT = 100;
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
__name(stripBom, "stripBom");
var utf8 = new TextDecoder("utf-8", { fatal: true });
function decodeUtf8(bytes) {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    let lineStart = 0;
    let line = 1;
    for (let i = 0; i < offset; i++) {
      if (bytes[i] === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    const before = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset));
    return { error: { offset, byte: bytes[offset] ?? 0, line, column: before.length + 1 } };
  }
}
__name(decodeUtf8, "decodeUtf8");
function firstInvalidByte(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 128) {
      i++;
      continue;
    }
    let need;
    let lo = 128;
    let hi = 191;
    if (b >= 194 && b <= 223)
      need = 1;
    else if (b >= 224 && b <= 239) {
      need = 2;
      if (b === 224)
        lo = 160;
      if (b === 237)
        hi = 159;
    } else if (b >= 240 && b <= 244) {
      need = 3;
      if (b === 240)
        lo = 144;
      if (b === 244)
        hi = 143;
    } else
      return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === void 0)
        return i;
      if (k === 1 ? c < lo || c > hi : c < 128 || c > 191)
        return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
__name(firstInvalidByte, "firstInvalidByte");
function parseYaml(file, text) {
  const clean = stripBom(text);
  return { file, text: clean, doc: yaml().parseDocument(clean, { ...YAML_OPTIONS, uniqueKeys: false, logLevel: "error" }) };
}
__name(parseYaml, "parseYaml");
var MAX_DEPTH = 100;
function parseYamlBounded(file, text) {
  const clean = stripBom(text);
  const Y = yaml();
  const lexed = lexedDepth(new Y.Lexer().lex(clean));
  if (lexed.surelyAt !== void 0)
    return { tooDeep: lexed.surelyAt };
  const tokens = [...new Y.Parser().parse(clean)];
  const deep = lexed.atMost > MAX_DEPTH ? tooDeepAt(tokens) : void 0;
  if (deep !== void 0)
    return { tooDeep: deep };
  const composer = new Y.Composer({ ...YAML_OPTIONS, uniqueKeys: false, logLevel: "error" });
  let doc;
  for (const d of composer.compose(tokens, true, clean.length)) {
    if (!doc)
      doc = d;
    else {
      doc.errors.push(new Y.YAMLParseError([d.range[0], d.range[1]], "MULTIPLE_DOCS", "Source contains multiple documents"));
      break;
    }
  }
  return { file, text: clean, doc };
}
__name(parseYamlBounded, "parseYamlBounded");
var DOCUMENT = "";
var SCALAR = "";
var FLOW_END = "";
function lexedDepth(tokens) {
  let offset = 0;
  let flow = 0;
  let indicators = 0;
  let indent = 0;
  let lineStart = true;
  let atMost = 0;
  for (const token of tokens) {
    if (token === DOCUMENT || token === SCALAR || token === FLOW_END) {
      if (token !== SCALAR)
        flow = 0;
      continue;
    }
    const first = token[0];
    if (token === "" || first === "\n" || first === "\r") {
      indicators = 0;
      indent = 0;
      lineStart = true;
    } else if (first === " " && lineStart) {
      indent = token.length;
    } else {
      lineStart = false;
      if (token === "[" || token === "{")
        flow++;
      else if ((token === "]" || token === "}") && flow > 0)
        flow--;
      else if ((token === "-" || token === "?") && flow === 0)
        indicators++;
      if (flow + indicators > MAX_DEPTH)
        return { surelyAt: offset, atMost: Infinity };
      atMost = Math.max(atMost, 2 * (indent + 1) + indicators + flow);
    }
    offset += token.length;
  }
  return { atMost };
}
__name(lexedDepth, "lexedDepth");
function tooDeepAt(tokens) {
  const stack = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop();
    if (!token || typeof token !== "object")
      continue;
    const t = token;
    let level = depth;
    if (t.type === "block-map" || t.type === "block-seq" || t.type === "flow-collection") {
      level = depth + 1;
      if (level > MAX_DEPTH)
        return t.offset ?? 0;
    }
    if (t.type === "document")
      stack.push([t.value, level]);
    for (const item of t.items ?? []) {
      stack.push([item.key, level], [item.value, level]);
    }
  }
  return void 0;
}
__name(tooDeepAt, "tooDeepAt");
var indexed;
function lineStarts(text) {
  if (indexed?.text === text)
    return indexed.starts;
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
    starts.push(i + 1);
  indexed = { text, starts };
  return starts;
}
__name(lineStarts, "lineStarts");
function lineCol(text, offset) {
  const end = Math.min(Math.max(offset, 0), text.length);
  const starts = lineStarts(text);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= end)
      lo = mid;
    else
      hi = mid - 1;
  }
  return { line: lo + 1, column: end - starts[lo] + 1 };
}
__name(lineCol, "lineCol");
function decodeText(bytes) {
  const decoded = decodeUtf8(bytes);
  if ("error" in decoded) {
    const { line, column, byte } = decoded.error;
    return { problem: { kind: "invalid-utf8", byte: byte.toString(16).toUpperCase().padStart(2, "0"), line, column } };
  }
  const nul = decoded.text.indexOf("\0");
  return nul === -1 ? decoded : { problem: { kind: "nul", ...lineCol(decoded.text, nul) } };
}
__name(decodeText, "decodeText");
function nodeAt(doc, path) {
  let node = doc.contents;
  let key;
  for (const step of path) {
    if (yaml().isMap(node)) {
      const pair = pairsOf(node).get(String(step));
      if (!pair)
        return { node, key };
      key = pair.key;
      node = pair.value;
      if (node === null || node === void 0)
        return { node: key, key };
    } else if (yaml().isSeq(node) && /^\d+$/.test(String(step))) {
      const item = node.items[Number(step)];
      if (item === void 0)
        return { node, key };
      key = void 0;
      node = item;
    } else {
      break;
    }
  }
  return { node, key };
}
__name(nodeAt, "nodeAt");
var pairIndex = /* @__PURE__ */ new WeakMap();
function pairsOf(map) {
  let index = pairIndex.get(map);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const p of map.items) {
      if (!yaml().isScalar(p.key))
        continue;
      const id = String(p.key.value);
      if (!index.has(id))
        index.set(id, p);
    }
    pairIndex.set(map, index);
  }
  return index;
}
__name(pairsOf, "pairsOf");
function locate(src, path, onKey = false) {
  const { node, key } = nodeAt(src.doc, path);
  const target = onKey && key || node;
  const range = target?.range ?? [0, 0, 0];
  const start = lineCol(src.text, range[0]);
  const end = lineCol(src.text, range[1]);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
__name(locate, "locate");

export {
  yaml,
  YAML_OPTIONS,
  MAX_ALIAS_COUNT,
  stripBom,
  decodeUtf8,
  firstInvalidByte,
  parseYaml,
  MAX_DEPTH,
  parseYamlBounded,
  lineCol,
  decodeText,
  nodeAt,
  locate
};
