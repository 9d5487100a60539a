import {
  readSafe
} from "./chunk-U7D4YD7Z.js";
import {
  MAX_ALIAS_COUNT,
  MAX_DEPTH,
  decodeText,
  lineCol,
  parseYamlBounded,
  stripBom,
  yaml
} from "./chunk-VHFQKG57.js";
import {
  phrase
} from "./chunk-VQLYC3U5.js";
import {
  READ_RULES
} from "./chunk-6EDDZTSC.js";
import {
  shownPath
} from "./chunk-24SS6AOI.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/validate/structure.js
var CORE_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));
function structureFindings(src, r) {
  let fatal = secondDirective(src, r);
  yaml().visit(src.doc, {
    Map(_, map) {
      repeatedKeys(src, map, r);
    },
    Pair(_, pair) {
      const key = pair.key;
      if (key && yaml().isCollection(key)) {
        fatal = true;
        const found = yaml().isSeq(key) ? r.t("tArray") : r.t("tObject");
        r.atOffset(key.range?.[0] ?? 0, "complex-key", r.msg("complexKey", { found }));
      }
    },
    Node(_, node) {
      const tag = node.tag;
      if (tag === void 0)
        return;
      const at = node.range?.[0] ?? 0;
      if (!CORE_TAGS.has(tag))
        r.atOffset(at, "yaml-tag", r.msg("unknownTag", { tag: shortTag(tag) }));
      else if (!fits(tag, node)) {
        r.atOffset(at, "yaml-tag", r.msg("badTagValue", { tag: shortTag(tag), found: JSON.stringify(src.text.slice(at, node.range?.[1] ?? at)) }));
      }
    }
  });
  return fatal;
}
__name(structureFindings, "structureFindings");
function fits(tag, node) {
  const value = yaml().isScalar(node) ? node.value : void 0;
  switch (tag.slice("tag:yaml.org,2002:".length)) {
    case "int":
      return typeof value === "number" && Number.isInteger(value);
    case "float":
      return typeof value === "number";
    case "bool":
      return typeof value === "boolean";
    case "null":
      return yaml().isScalar(node) && value === null;
    case "str":
      return yaml().isScalar(node);
    case "map":
      return yaml().isMap(node);
    case "seq":
      return yaml().isSeq(node);
    default:
      return false;
  }
}
__name(fits, "fits");
function shortTag(tag) {
  return tag.startsWith("tag:yaml.org,2002:") ? `!!${tag.slice("tag:yaml.org,2002:".length)}` : tag;
}
__name(shortTag, "shortTag");
function secondDirective(src, r) {
  const re = /^%YAML\b.*$/gm;
  let seen = false;
  for (let m = re.exec(src.text); m; m = re.exec(src.text)) {
    const before = src.text.slice(0, m.index);
    if (/^---/m.test(before))
      break;
    if (seen) {
      r.atOffset(m.index, "yaml-syntax", r.msg("yamlSyntax", { detail: r.t("yamlTwoDirectives") }));
      return true;
    }
    seen = true;
  }
  return false;
}
__name(secondDirective, "secondDirective");
function undefinedAlias(doc) {
  const anchors = /* @__PURE__ */ new Set();
  let found;
  yaml().visit(doc, (_, node) => {
    if (yaml().isAlias(node)) {
      if (!anchors.has(node.source)) {
        found = node;
        return yaml().visit.BREAK;
      }
    } else if (yaml().isNode(node) && node.anchor)
      anchors.add(node.anchor);
    return void 0;
  });
  return found;
}
__name(undefinedAlias, "undefinedAlias");
function repeatedKeys(src, map, r) {
  const firstByKey = /* @__PURE__ */ new Map();
  for (const pair of map.items) {
    if (!yaml().isScalar(pair.key))
      continue;
    const keyNode = pair.key;
    const value = pair.key.value;
    const merge = typeof value === "symbol";
    const id = merge ? "\0<<" : String(value);
    const first = firstByKey.get(id);
    if (!first) {
      firstByKey.set(id, keyNode);
      continue;
    }
    if (rewrittenNumber(src.text, keyNode) || rewrittenNumber(src.text, first))
      continue;
    const line = lineCol(src.text, first.range?.[0] ?? 0).line;
    r.atOffset(keyNode.range?.[0] ?? 0, "duplicate-key", r.msg("duplicateKey", { key: merge ? "<<" : id, line }));
  }
}
__name(repeatedKeys, "repeatedKeys");
function rewrittenNumber(text, node) {
  if (!yaml().isScalar(node) || typeof node.value !== "number" || !node.range)
    return void 0;
  const source = text.slice(node.range[0], node.range[1]);
  return source === String(node.value) ? void 0 : source;
}
__name(rewrittenNumber, "rewrittenNumber");

// dist/core/validate/parse.js
var MAX_FILE_BYTES = 1024 * 1024;
var SYNTAX_MESSAGES = {
  MULTIPLE_DOCS: "yamlMultiDoc",
  TAB_AS_INDENT: "yamlTab",
  BAD_INDENT: "yamlIndent",
  MULTILINE_IMPLICIT_KEY: "yamlImplicitKey",
  BLOCK_AS_IMPLICIT_KEY: "yamlImplicitKey"
};
function syntaxKey(code, message) {
  if (/quote/i.test(message))
    return "yamlMissingQuote";
  if (/end with a [\]}]|flow (sequence|map|collection)/i.test(message))
    return "yamlMissingChar";
  if (/without - indicator/.test(message))
    return "yamlIndent";
  return SYNTAX_MESSAGES[code];
}
__name(syntaxKey, "syntaxKey");
function decode(bytes, r) {
  if (bytes.length > MAX_FILE_BYTES) {
    r.atLine(1, 1, "file-too-large", r.msg("tooLarge", { size: bytes.length, max: MAX_FILE_BYTES }));
    return void 0;
  }
  const decoded = decodeText(bytes);
  if ("problem" in decoded) {
    const p = decoded.problem;
    r.atLine(p.line, p.column, "invalid-utf8", p.kind === "nul" ? r.msg("nulByte") : r.msg("invalidUtf8", { byte: p.byte }));
    return void 0;
  }
  return decoded.text;
}
__name(decode, "decode");
function parse(text, r) {
  const size = Buffer.byteLength(text);
  if (size > MAX_FILE_BYTES) {
    r.atLine(1, 1, "file-too-large", r.msg("tooLarge", { size, max: MAX_FILE_BYTES }));
    return void 0;
  }
  const bounded = parseYamlBounded(r.file, text);
  if ("tooDeep" in bounded) {
    const { line, column } = lineCol(stripBom(text), bounded.tooDeep);
    r.atLine(line, column, "too-deep", r.msg("tooDeep", { max: MAX_DEPTH }));
    return void 0;
  }
  const src = bounded;
  r.src = src;
  const fatal = src.doc.errors.filter((e) => e.code !== "DUPLICATE_KEY");
  for (const e of fatal) {
    const key = syntaxKey(e.code, e.message);
    const detail = key ? r.t(key) : r.t("yamlOther", { detail: e.message.split("\n")[0] ?? e.code, code: e.code });
    const offset = e.code === "MISSING_CHAR" && /quote/.test(e.message) ? openingQuote(src.doc, e.pos[0]) ?? e.pos[0] : e.pos[0];
    r.atOffset(offset, "yaml-syntax", r.msg("yamlSyntax", { detail }));
  }
  if (fatal.length > 0)
    return void 0;
  if (structureFindings(src, r))
    return void 0;
  const root = src.doc.contents;
  if (root === null || yaml().isScalar(root) && (root.value === null || root.value === "") && text.trim() === "") {
    r.atLine(1, 1, "empty-file", r.msg("emptyFile"));
    return void 0;
  }
  if (!yaml().isMap(root)) {
    const found = yaml().isSeq(root) ? r.t("tArray") : yaml().isScalar(root) && root.value === null ? r.t("tNull") : yaml().isScalar(root) ? r.t(scalarKind(root.value)) : r.t("tObject");
    r.at([], "not-a-mapping", r.msg("notMapping", { found }));
    return void 0;
  }
  let data;
  try {
    data = src.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT + 1 });
  } catch {
    const missing = undefinedAlias(src.doc);
    if (missing)
      r.atOffset(missing.range?.[0] ?? 0, "yaml-syntax", r.msg("yamlSyntax", { detail: r.t("undefinedAlias", { name: missing.source }) }));
    else
      r.atOffset(firstAlias(src.doc)?.range?.[0] ?? 0, "yaml-alias-limit", r.msg("aliasLimit", { max: MAX_ALIAS_COUNT }));
    return void 0;
  }
  return { src, data };
}
__name(parse, "parse");
function openingQuote(doc, end) {
  let start;
  yaml().visit(doc, {
    Scalar(_, node) {
      if ((node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") && node.range && node.range[1] >= end - 1 && node.range[0] < end) {
        start = node.range[0];
        return yaml().visit.BREAK;
      }
      return void 0;
    }
  });
  return start;
}
__name(openingQuote, "openingQuote");
function scalarKind(value) {
  return typeof value === "number" ? "tNumber" : typeof value === "boolean" ? "tBoolean" : "tString";
}
__name(scalarKind, "scalarKind");
function firstAlias(doc) {
  let found;
  yaml().visit(doc, {
    Alias(_, node) {
      found = node;
      return yaml().visit.BREAK;
    }
  });
  return found;
}
__name(firstAlias, "firstAlias");

// dist/core/validate/read.js
function readForCheck(path, within, maxBytes = MAX_FILE_BYTES, listedAsFile = false) {
  const read = readSafe(path, { maxBytes, within, listedAsFile });
  if (read.ok)
    return { bytes: read.bytes };
  if (read.problem === "missing")
    return { access: "missing" };
  if (read.problem === "unreadable")
    return { access: "unreadable", code: read.code };
  return { refused: read };
}
__name(readForCheck, "readForCheck");
var TYPE_WORDS = {
  fifo: "fileFifo",
  device: "fileDevice",
  socket: "fileSocket",
  directory: "fileDirectory",
  other: "fileOther",
  submodule: "fileSubmodule",
  symlink: "fileSymlink"
};
function refusalPhrase(refusal, cwd) {
  const rule = READ_RULES[refusal.problem];
  switch (refusal.problem) {
    case "not-regular":
      return { rule, phrase: phrase("notRegular", { type: phrase(TYPE_WORDS[refusal.type]) }) };
    case "outside":
      return { rule, phrase: phrase("linkOutside", { root: shownPath(refusal.root, cwd) }) };
    case "too-large":
      return { rule, phrase: phrase("tooLarge", { size: refusal.size, max: refusal.max }) };
  }
}
__name(refusalPhrase, "refusalPhrase");
function refusalCoded(file, refusal, cwd) {
  return { file, line: 1, column: 1, severity: "error", ...refusalPhrase(refusal, cwd) };
}
__name(refusalCoded, "refusalCoded");
var UNREADABLE_RULE = "unreadable-file";
function unreadableCoded(file, reason) {
  return { file, line: 1, column: 1, severity: "error", rule: UNREADABLE_RULE, phrase: phrase("unreadableEntry", { reason }) };
}
__name(unreadableCoded, "unreadableCoded");

export {
  rewrittenNumber,
  MAX_FILE_BYTES,
  decode,
  parse,
  readForCheck,
  refusalPhrase,
  refusalCoded,
  unreadableCoded
};
