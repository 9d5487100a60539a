// Edits on the text of a YAML file that change only the lines they must.
//
// Why not `doc.setIn()` + `doc.toString()`: the yaml package re-renders the
// whole file, so a hand-edited file loses the spaces before its end-of-line
// comments, its folded paragraphs and the place of some comments. Instead we
// parse the text into a yaml Document to *find* the node (its source range),
// render only the new value with the yaml stringifier, and splice it into the
// original text. Every other byte stays as the person wrote it.
import { Document, isMap, isScalar, isSeq, parseDocument, visit, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { YAML_OPTIONS } from '../yaml/source.js';

export type EditPath = readonly string[];

const BOM = '\ufeff';

/** Keys whose maps are written inline, `{ p1: 5, p2: 7 }`, as in hand-written files. */
const FLOW_KEYS = new Set(['votes']);

function parse(text: string): Document.Parsed {
  const doc = parseDocument(text, YAML_OPTIONS);
  if (doc.errors.length) throw new Error(`cannot edit a file with YAML errors: ${doc.errors[0]?.message}`);
  return doc;
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && String(p.key.value) === key) as Pair | undefined;
}

/** Nests a value under the remaining keys: ['a','b'], 1 → { a: { b: 1 } }. */
function nest(path: EditPath, value: unknown): unknown {
  return path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
}

/** Block YAML for a value at indent 0, ending with a newline; `votes` maps inline. */
function renderBlock(value: unknown): string {
  const doc = new Document(value, { version: '1.2' });
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && FLOW_KEYS.has(String(pair.key.value)) && isMap(pair.value)) pair.value.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

/** One-line YAML for a value (scalars, and flow collections). */
function renderInline(value: unknown): string {
  if (typeof value === 'string' && /[\n\r]/.test(value)) return JSON.stringify(value); // a valid YAML double-quoted scalar
  const doc = new Document(value, { version: '1.2' });
  if (isMap(doc.contents) || isSeq(doc.contents)) doc.contents.flow = true;
  return doc.toString({ lineWidth: 0 }).replace(/\n$/, '');
}

function indentLines(block: string, indent: number, eol: string): string {
  const pad = ' '.repeat(indent);
  return block
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n')
    .replace(/\n/g, eol);
}

function columnOf(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return offset - lineStart;
}

/** The offset where a new line may be inserted after `offset` (start of the next line). */
function lineAfter(text: string, offset: number): { at: number; prefix: string } {
  if (offset > 0 && text[offset - 1] === '\n') return { at: offset, prefix: '' };
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? { at: text.length, prefix: '\n' } : { at: nl + 1, prefix: '' };
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

interface Ctx {
  text: string;
  eol: string;
}

/** Adds `key: value` at the end of a block map, at the indentation of its items. */
function insertIntoBlockMap(c: Ctx, map: YAMLMap, indent: number, rest: EditPath, value: unknown): string {
  const block = indentLines(renderBlock(nest(rest, value)), indent, c.eol);
  const end = map.range?.[1] ?? c.text.length;
  const { at, prefix } = lineAfter(c.text, end);
  return splice(c.text, at, at, prefix.replace(/\n/g, c.eol) + block);
}

/** Replaces the value node of `pair` (in a block map indented at `indent`) with `value`. */
function replaceValue(c: Ctx, pair: Pair, indent: number, key: string, value: unknown): string {
  const node = pair.value as { range?: [number, number, number] } | null;
  const isCollection = value !== null && typeof value === 'object';
  const empty = isCollection && Object.keys(value as object).length === 0;
  const inline = !isCollection || FLOW_KEYS.has(key) || empty;
  const keyEnd = (pair.key as { range: [number, number, number] }).range[1];
  const colon = c.text.indexOf(':', keyEnd);
  if (inline) {
    const rendered = renderInline(value);
    if (!node?.range || (isScalar(node) && node.value === null && node.range[0] === node.range[1])) {
      return splice(c.text, colon + 1, colon + 1, ' ' + rendered);
    }
    const [valueStart, end] = node.range;
    // A block collection starts on the next line: the inline value goes right after the colon.
    const block = (isMap(node) || isSeq(node)) && !node.flow;
    const start = block ? colon + 1 : valueStart;
    const old = c.text.slice(start, end);
    const keepNewline = old.endsWith('\n') && !rendered.endsWith('\n') ? c.eol : '';
    return splice(c.text, start, end, (block ? ' ' : '') + rendered + keepNewline);
  }
  // A block collection replaces whatever followed the colon (an empty `{}`, a null…).
  const block = indentLines(renderBlock(value), indent + 2, c.eol);
  const end = node?.range ? node.range[1] : colon + 1;
  const tail = c.text.slice(end);
  const rest = tail.startsWith('\n') || tail.startsWith('\r\n') ? tail.replace(/^\r?\n/, '') : tail;
  return c.text.slice(0, colon + 1) + c.eol + block + rest;
}

/**
 * Sets the value at `path` (map keys only), creating the maps on the way.
 * Returns the new text; every line outside the edit is kept byte for byte.
 */
export function setIn(text: string, path: EditPath, value: unknown): string {
  if (path.length === 0) throw new Error('setIn needs a path');
  const bom = text.startsWith(BOM) ? BOM : '';
  const body = bom ? text.slice(1) : text;
  const c: Ctx = { text: body, eol: body.includes('\r\n') ? '\r\n' : '\n' };
  const doc = parse(body);
  let node: unknown = doc.contents;
  let indent = 0;
  let parent: { pair: Pair; indent: number; key: string } | undefined;
  for (let i = 0; i < path.length; i++) {
    const key = path[i] as string;
    if (isScalar(node) && node.value === null && parent) {
      return bom + replaceValue(c, parent.pair, parent.indent, parent.key, nest(path.slice(i), value));
    }
    if (!isMap(node)) throw new Error(`cannot set ${path.join('.')}: ${path.slice(0, i).join('.') || 'the document'} is not a map`);
    if (node.flow) {
      const current = (node.toJSON() ?? {}) as Record<string, unknown>;
      const merged = { ...current, [key]: i === path.length - 1 ? value : nest(path.slice(i + 1), value) };
      if (node.items.length === 0 && parent && !FLOW_KEYS.has(parent.key)) {
        return bom + replaceValue(c, parent.pair, parent.indent, parent.key, merged);
      }
      if (i < path.length - 1 && findPair(node, key)) {
        // Deep edit inside a flow map: rewrite the flow map as a whole.
        return bom + replaceFlow(c, node, setDeep(current, path.slice(i), value));
      }
      return bom + replaceFlow(c, node, merged);
    }
    const itemIndent = node.items.length ? columnOf(body, (node.items[0]?.key as { range: number[] }).range[0] as number) : indent;
    const pair = findPair(node, key);
    if (!pair) return bom + insertIntoBlockMap(c, node, itemIndent, path.slice(i), value);
    if (i === path.length - 1) return bom + replaceValue(c, pair, itemIndent, key, value);
    parent = { pair, indent: itemIndent, key };
    indent = itemIndent + 2;
    node = pair.value ?? null;
    if (node === null) return bom + replaceValue(c, pair, itemIndent, key, nest(path.slice(i + 1), value));
  }
  throw new Error('unreachable');
}

function setDeep(obj: Record<string, unknown>, path: EditPath, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path as string[];
  if (head === undefined) return obj;
  const inner = (obj[head] && typeof obj[head] === 'object' ? obj[head] : {}) as Record<string, unknown>;
  return { ...obj, [head]: rest.length ? setDeep(inner, rest, value) : value };
}

function replaceFlow(c: Ctx, node: YAMLMap | YAMLSeq, value: unknown): string {
  const [start, end] = node.range as [number, number, number];
  return splice(c.text, start, end, renderInline(value));
}

/** The node at a path of map keys, matching `3:` and `"3":` alike. */
function nodeAtPath(doc: Document.Parsed, path: EditPath): unknown {
  let node: unknown = doc.contents;
  for (const key of path) {
    if (!isMap(node)) return undefined;
    node = findPair(node, key)?.value ?? undefined;
  }
  return node;
}

/** Appends an item to the sequence at `path`, creating it when absent. */
export function appendIn(text: string, path: EditPath, item: unknown): string {
  const bom = text.startsWith(BOM) ? BOM : '';
  const body = bom ? text.slice(1) : text;
  const c: Ctx = { text: body, eol: body.includes('\r\n') ? '\r\n' : '\n' };
  const seq = nodeAtPath(parse(body), path);
  if (seq === undefined || (isScalar(seq) && seq.value === null)) return setIn(text, path, [item]);
  if (!isSeq(seq)) throw new Error(`cannot append to ${path.join('.')}: not a list`);
  if (seq.flow && seq.items.length === 0) return setIn(text, path, [item]);
  if (seq.flow) return bom + replaceFlow(c, seq, [...(seq.toJSON() as unknown[]), item]);
  const indent = columnOf(body, (seq.range as number[])[0] as number);
  const block = indentLines(renderBlock([item]), indent, c.eol);
  const { at, prefix } = lineAfter(body, (seq.range as number[])[1] as number);
  return bom + splice(body, at, at, prefix.replace(/\n/g, c.eol) + block);
}

/**
 * Removes the key at `path` (and its value). A map left empty becomes `{}`,
 * so the file stays valid. Absent keys are no change.
 */
export function deleteIn(text: string, path: EditPath): string {
  const bom = text.startsWith(BOM) ? BOM : '';
  const body = bom ? text.slice(1) : text;
  const c: Ctx = { text: body, eol: body.includes('\r\n') ? '\r\n' : '\n' };
  const doc = parse(body);
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1] as string;
  const map = parentPath.length ? nodeAtPath(doc, parentPath) : doc.contents;
  if (!isMap(map)) return text;
  const pair = findPair(map, key);
  if (!pair) return text;
  if (map.flow || map.items.length === 1) {
    const rest = Object.fromEntries(Object.entries((map.toJSON() ?? {}) as Record<string, unknown>).filter(([k]) => k !== key));
    if (map.flow && Object.keys(rest).length) return bom + replaceFlow(c, map, rest);
    if (!parentPath.length) throw new Error('cannot empty the whole document');
    return setIn(text, parentPath, {});
  }
  const keyStart = (pair.key as { range: number[] }).range[0] as number;
  const lineStart = body.lastIndexOf('\n', keyStart - 1) + 1;
  const valueEnd = (pair.value as { range?: number[] } | null)?.range?.[1] ?? keyStart;
  const { at } = lineAfter(body, valueEnd);
  return bom + splice(body, lineStart, at, '');
}
