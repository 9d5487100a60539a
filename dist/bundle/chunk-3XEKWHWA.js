import {
  YAML_OPTIONS,
  stripBom
} from "./chunk-T4ETVVUY.js";
import {
  participantKey
} from "./chunk-WFSRVUYZ.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/edit/splice.js
import { Document, isMap, isScalar, isSeq, parseDocument, visit } from "yaml";
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
function nest(path, value) {
  return path.reduceRight((inner, key) => ({ [key]: inner }), value);
}
__name(nest, "nest");
function renderBlock(value) {
  const doc = new Document(value, { version: "1.2" });
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && FLOW_KEYS.has(String(pair.key.value)) && isMap(pair.value))
        pair.value.flow = true;
    }
  });
  return doc.toString({ lineWidth: 0 });
}
__name(renderBlock, "renderBlock");
function renderInline(value) {
  if (typeof value === "string" && /[\n\r]/.test(value))
    return JSON.stringify(value);
  const doc = new Document(value, { version: "1.2" });
  if (isMap(doc.contents) || isSeq(doc.contents))
    doc.contents.flow = true;
  return doc.toString({ lineWidth: 0 }).replace(/\n$/, "");
}
__name(renderInline, "renderInline");
function indentLines(block, indent, eol) {
  const pad = " ".repeat(indent);
  return block.split("\n").map((line) => line ? pad + line : line).join("\n").replace(/\n/g, eol);
}
__name(indentLines, "indentLines");
function columnOf(text, offset) {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return offset - lineStart;
}
__name(columnOf, "columnOf");
function lineAfter(text, offset) {
  if (offset > 0 && text[offset - 1] === "\n")
    return { at: offset, prefix: "" };
  const nl = text.indexOf("\n", offset);
  return nl === -1 ? { at: text.length, prefix: "\n" } : { at: nl + 1, prefix: "" };
}
__name(lineAfter, "lineAfter");
function splice(text, start, end, insert) {
  return text.slice(0, start) + insert + text.slice(end);
}
__name(splice, "splice");
function insertIntoBlockMap(c, map, indent, rest, value) {
  const block = indentLines(renderBlock(nest(rest, value)), indent, c.eol);
  const end = map.range?.[1] ?? c.text.length;
  const { at, prefix } = lineAfter(c.text, end);
  return splice(c.text, at, at, prefix.replace(/\n/g, c.eol) + block);
}
__name(insertIntoBlockMap, "insertIntoBlockMap");
function replaceValue(c, pair, indent, key, value) {
  const node = pair.value;
  const isCollection = value !== null && typeof value === "object";
  const empty = isCollection && Object.keys(value).length === 0;
  const inline = !isCollection || FLOW_KEYS.has(key) || empty;
  const keyEnd = pair.key.range[1];
  const colon = c.text.indexOf(":", keyEnd);
  if (inline) {
    const rendered = renderInline(value);
    if (!node?.range || isScalar(node) && node.value === null && node.range[0] === node.range[1]) {
      return splice(c.text, colon + 1, colon + 1, " " + rendered);
    }
    const [valueStart, end2] = node.range;
    const block2 = (isMap(node) || isSeq(node)) && !node.flow;
    const start = block2 ? colon + 1 : valueStart;
    const old = c.text.slice(start, end2);
    const keepNewline = old.endsWith("\n") && !rendered.endsWith("\n") ? c.eol : "";
    return splice(c.text, start, end2, (block2 ? " " : "") + rendered + keepNewline);
  }
  const block = indentLines(renderBlock(value), indent + 2, c.eol);
  const end = node?.range ? node.range[1] : colon + 1;
  const tail = c.text.slice(end);
  const rest = tail.startsWith("\n") || tail.startsWith("\r\n") ? tail.replace(/^\r?\n/, "") : tail;
  return c.text.slice(0, colon + 1) + c.eol + block + rest;
}
__name(replaceValue, "replaceValue");
function setIn(text, path, value) {
  if (path.length === 0)
    throw new Error("setIn needs a path");
  const bom = text.startsWith(BOM) ? BOM : "";
  const body = bom ? text.slice(1) : text;
  const c = { text: body, eol: body.includes("\r\n") ? "\r\n" : "\n" };
  const doc = parse(body);
  let node = doc.contents;
  let indent = 0;
  let parent;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (isScalar(node) && node.value === null && parent) {
      return bom + replaceValue(c, parent.pair, parent.indent, parent.key, nest(path.slice(i), value));
    }
    if (!isMap(node))
      throw new Error(`cannot set ${path.join(".")}: ${path.slice(0, i).join(".") || "the document"} is not a map`);
    if (node.flow) {
      const current = node.toJSON() ?? {};
      const merged = { ...current, [key]: i === path.length - 1 ? value : nest(path.slice(i + 1), value) };
      if (node.items.length === 0 && parent && !FLOW_KEYS.has(parent.key)) {
        return bom + replaceValue(c, parent.pair, parent.indent, parent.key, merged);
      }
      if (i < path.length - 1 && findPair(node, key)) {
        return bom + replaceFlow(c, node, setDeep(current, path.slice(i), value));
      }
      return bom + replaceFlow(c, node, merged);
    }
    const itemIndent = node.items.length ? columnOf(body, (node.items[0]?.key).range[0]) : indent;
    const pair = findPair(node, key);
    if (!pair)
      return bom + insertIntoBlockMap(c, node, itemIndent, path.slice(i), value);
    if (i === path.length - 1)
      return bom + replaceValue(c, pair, itemIndent, key, value);
    parent = { pair, indent: itemIndent, key };
    indent = itemIndent + 2;
    node = pair.value ?? null;
    if (node === null)
      return bom + replaceValue(c, pair, itemIndent, key, nest(path.slice(i + 1), value));
  }
  throw new Error("unreachable");
}
__name(setIn, "setIn");
function setDeep(obj, path, value) {
  const [head, ...rest] = path;
  if (head === void 0)
    return obj;
  const inner = obj[head] && typeof obj[head] === "object" ? obj[head] : {};
  return { ...obj, [head]: rest.length ? setDeep(inner, rest, value) : value };
}
__name(setDeep, "setDeep");
function replaceFlow(c, node, value) {
  const [start, end] = node.range;
  return splice(c.text, start, end, renderInline(value));
}
__name(replaceFlow, "replaceFlow");
function nodeAtPath(doc, path) {
  let node = doc.contents;
  for (const key of path) {
    if (!isMap(node))
      return void 0;
    node = findPair(node, key)?.value ?? void 0;
  }
  return node;
}
__name(nodeAtPath, "nodeAtPath");
function appendIn(text, path, item) {
  const bom = text.startsWith(BOM) ? BOM : "";
  const body = bom ? text.slice(1) : text;
  const c = { text: body, eol: body.includes("\r\n") ? "\r\n" : "\n" };
  const seq = nodeAtPath(parse(body), path);
  if (seq === void 0 || isScalar(seq) && seq.value === null)
    return setIn(text, path, [item]);
  if (!isSeq(seq))
    throw new Error(`cannot append to ${path.join(".")}: not a list`);
  if (seq.flow && seq.items.length === 0)
    return setIn(text, path, [item]);
  if (seq.flow)
    return bom + replaceFlow(c, seq, [...seq.toJSON(), item]);
  const indent = columnOf(body, seq.range[0]);
  const block = indentLines(renderBlock([item]), indent, c.eol);
  const { at, prefix } = lineAfter(body, seq.range[1]);
  return bom + splice(body, at, at, prefix.replace(/\n/g, c.eol) + block);
}
__name(appendIn, "appendIn");
function deleteIn(text, path) {
  const bom = text.startsWith(BOM) ? BOM : "";
  const body = bom ? text.slice(1) : text;
  const c = { text: body, eol: body.includes("\r\n") ? "\r\n" : "\n" };
  const doc = parse(body);
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  const map = parentPath.length ? nodeAtPath(doc, parentPath) : doc.contents;
  if (!isMap(map))
    return text;
  const pair = findPair(map, key);
  if (!pair)
    return text;
  if (map.flow || map.items.length === 1) {
    const rest = Object.fromEntries(Object.entries(map.toJSON() ?? {}).filter(([k]) => k !== key));
    if (map.flow && Object.keys(rest).length)
      return bom + replaceFlow(c, map, rest);
    if (!parentPath.length)
      throw new Error("cannot empty the whole document");
    return setIn(text, parentPath, {});
  }
  const keyStart = pair.key.range[0];
  const lineStart = body.lastIndexOf("\n", keyStart - 1) + 1;
  const valueEnd = pair.value?.range?.[1] ?? keyStart;
  const { at } = lineAfter(body, valueEnd);
  return bom + splice(body, lineStart, at, "");
}
__name(deleteIn, "deleteIn");

// dist/core/edit/assessment.js
import { parseDocument as parseDocument2 } from "yaml";
function itemPath(commitment, action) {
  return action ? ["commitments", commitment, "actions", action] : ["commitments", commitment];
}
__name(itemPath, "itemPath");
function checked(text, path, expected, append = false) {
  const doc = parseDocument2(stripBom(text), YAML_OPTIONS);
  let value = doc.errors.length ? void 0 : doc.toJS();
  for (const key of path)
    value = value && typeof value === "object" ? value[key] : void 0;
  if (append && Array.isArray(value))
    value = value[value.length - 1];
  if (doc.errors.length || JSON.stringify(value) !== JSON.stringify(expected)) {
    throw new Error(`internal error: editing ${path.join(".")} did not give the expected YAML; the file was not written`);
  }
  return text;
}
__name(checked, "checked");
function set(text, path, value) {
  return checked(setIn(text, path, value), path, value);
}
__name(set, "set");
function setScore(text, commitment, action, score) {
  return set(text, [...itemPath(commitment, action), "score"], score);
}
__name(setScore, "setScore");
function clearScore(text, commitment, action) {
  const path = [...itemPath(commitment, action), "score"];
  return checked(deleteIn(text, path), path, void 0);
}
__name(clearScore, "clearScore");
function setVote(text, commitment, action, participant, vote) {
  return set(text, [...itemPath(commitment, action), "votes", participant], vote);
}
__name(setVote, "setVote");
function setVotes(text, commitment, action, votes) {
  return set(text, [...itemPath(commitment, action), "votes"], votes);
}
__name(setVotes, "setVotes");
function setNotes(text, commitment, action, notes) {
  return set(text, [...itemPath(commitment, action), "notes"], notes);
}
__name(setNotes, "setNotes");
function addEvidence(text, commitment, action, evidence) {
  const path = [...itemPath(commitment, action), "evidence"];
  return checked(appendIn(text, path, evidence), path, evidence, true);
}
__name(addEvidence, "addEvidence");
function addParticipant(text, participant) {
  const clean = Object.fromEntries(Object.entries(participant).filter(([, v]) => v !== void 0 && v !== ""));
  return checked(appendIn(text, ["participants"], clean), ["participants"], clean, true);
}
__name(addParticipant, "addParticipant");
function nextParticipantId(existing) {
  const taken = new Set(existing.map((p) => participantKey(p.id)));
  let n = existing.length + 1;
  while (taken.has(`p${n}`))
    n++;
  return `p${n}`;
}
__name(nextParticipantId, "nextParticipantId");

export {
  setIn,
  appendIn,
  deleteIn,
  itemPath,
  setScore,
  clearScore,
  setVote,
  setVotes,
  setNotes,
  addEvidence,
  addParticipant,
  nextParticipantId
};
