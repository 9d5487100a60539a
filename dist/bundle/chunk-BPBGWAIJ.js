import {
  setIn,
  versionOf
} from "./chunk-FIZHRMPO.js";
import {
  MAX_ALIAS_COUNT,
  YAML_OPTIONS,
  stripBom
} from "./chunk-T4ETVVUY.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/edit/sequence.js
import { Document, isMap, isScalar, isSeq, parseDocument } from "yaml";
function listAt(text, path) {
  const doc = parseDocument(stripBom(text), YAML_OPTIONS);
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
var dataOf = /* @__PURE__ */ __name((text) => parseDocument(stripBom(text), YAML_OPTIONS).toJS({ maxAliasCount: MAX_ALIAS_COUNT }), "dataOf");
function listIn(data, path) {
  let value = data;
  for (const key of path)
    value = value && typeof value === "object" ? value[key] : void 0;
  return Array.isArray(value) ? value : [];
}
__name(listIn, "listIn");
function verify(before, text, path, expected) {
  const doc = parseDocument(stripBom(text), YAML_OPTIONS);
  const want = JSON.parse(JSON.stringify(before ?? {}));
  let at = want;
  for (const key of path.slice(0, -1))
    at = at[key] ??= {};
  at[path[path.length - 1]] = expected;
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
function setListItemKey(text, path, index, key, value) {
  const bom = text.startsWith(BOM) ? BOM : "";
  const body = bom ? text.slice(1) : text;
  const before = dataOf(body);
  const expected = listIn(before, path).map((item2, i) => i === index ? { ...item2, [key]: value } : item2);
  const { doc, seq } = listAt(body, path);
  const item = seq?.items[index];
  const pair = isMap(item) ? item.items.find((p) => isScalar(p.key) && String(p.key.value) === key) : void 0;
  const node = pair?.value;
  if (!node?.range || !isScalar(node) || seq?.flow) {
    return bom + verify(before, setIn(body, path, expected), path, expected);
  }
  const rendered = new Document(value, { version: versionOf(doc) }).toString({ lineWidth: 0 }).replace(/\n$/, "");
  const next = body.slice(0, node.range[0]) + rendered + body.slice(node.range[1]);
  return bom + inPlaceOrAnew(before, body, next, path, expected);
}
__name(setListItemKey, "setListItemKey");
function removeListItem(text, path, index) {
  const bom = text.startsWith(BOM) ? BOM : "";
  const body = bom ? text.slice(1) : text;
  const before = dataOf(body);
  const expected = listIn(before, path).filter((_, i) => i !== index);
  const { seq } = listAt(body, path);
  const item = seq?.items[index];
  if (!seq || seq.flow || !item?.range || expected.length === 0)
    return bom + verify(before, setIn(body, path, expected), path, expected);
  const lineStart = body.lastIndexOf("\n", item.range[0] - 1) + 1;
  const next = seq.items[index + 1];
  let end;
  if (next?.range)
    end = body.lastIndexOf("\n", next.range[0] - 1) + 1;
  else {
    const nl = body.indexOf("\n", Math.max(item.range[1] - 1, lineStart));
    end = nl === -1 ? body.length : nl + 1;
  }
  return bom + inPlaceOrAnew(before, body, body.slice(0, lineStart) + body.slice(end), path, expected);
}
__name(removeListItem, "removeListItem");

export {
  setListItemKey,
  removeListItem
};
