// Parsing YAML text once, keeping what is needed to point at a line later.
// Positions are computed lazily: most files have no findings, and mapping
// offsets to lines for every node would cost more than the parse itself.
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';

export interface YamlSource {
  file: string;
  text: string; // without BOM
  doc: Document.Parsed;
}

/** Options shared by every reader and writer, so round-trips stay faithful. */
export const YAML_OPTIONS = {
  version: '1.2',
  uniqueKeys: true,
  prettyErrors: false,
  keepSourceTokens: false,
} as const;

/** Alias expansion limit: a "billion laughs" file fails fast instead of eating memory. */
export const MAX_ALIAS_COUNT = 100;

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function parseYaml(file: string, text: string): YamlSource {
  const clean = stripBom(text);
  return { file, text: clean, doc: parseDocument(clean, YAML_OPTIONS) };
}

/** 1-based line and column of a character offset. */
export function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: end - start + 1 };
}

export type PathKey = string | number;

/**
 * The node at a data path, and the key node that introduced it (for "unknown
 * key" findings the key is the thing to point at). Map keys are matched by
 * their string form, so `3:` and `"3":` both answer to "3".
 */
export function nodeAt(doc: Document, path: readonly PathKey[]): { node?: Node; key?: Node } {
  let node: unknown = doc.contents;
  let key: Node | undefined;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return { node: node as Node, key };
      key = pair.key as Node;
      node = pair.value;
      if (node === null || node === undefined) return { node: key, key };
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step];
      if (item === undefined) return { node: node as Node, key };
      key = undefined;
      node = item;
    } else {
      break;
    }
  }
  return { node: node as Node | undefined, key };
}

/** Location of a path: the value, or with `onKey` its key; falls back to the nearest parent. */
export function locate(
  src: YamlSource,
  path: readonly PathKey[],
  onKey = false,
): { line: number; column: number; endLine: number; endColumn: number } {
  const { node, key } = nodeAt(src.doc, path);
  const target = (onKey && key) || node;
  const range = target?.range ?? [0, 0, 0];
  const start = lineCol(src.text, range[0]);
  const end = lineCol(src.text, range[1]);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
