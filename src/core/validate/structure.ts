// YAML that parses but that c21lab files must not use, checked on the exact
// pass's Document: keys that are lists or mappings (`[country]: ZZ`, which
// js-yaml and yaml would read as different keys), tags (`!!js/function`,
// `!custom`, or `!!int X`, which cannot be an integer), a second %YAML
// directive, and aliases whose anchor does not exist. The fast pass
// (fast.ts) hands every file that could hold one of these to this pass.
import type { Alias, Document, Node } from 'yaml';
import { yaml } from '../yaml/lazy.js';
import type { YamlSource } from '../yaml/source.js';
import type { Reporter } from './report.js';

/** The tags of YAML's core schema; any other tag is refused. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/** Reports what the file must not use; true when the file cannot be read into data at all. */
export function structureFindings(src: YamlSource, r: Reporter): boolean {
  let fatal = secondDirective(src, r);
  yaml().visit(src.doc, {
    Pair(_, pair) {
      const key = pair.key as Node | null;
      if (key && yaml().isCollection(key)) {
        fatal = true;
        const found = yaml().isSeq(key) ? r.t('tArray') : r.t('tObject');
        r.atOffset(key.range?.[0] ?? 0, 'complex-key', r.msg('complexKey', { found }));
      }
    },
    Node(_, node) {
      const tag = (node as { tag?: string }).tag;
      if (tag === undefined) return;
      const at = node.range?.[0] ?? 0;
      if (!CORE_TAGS.has(tag)) r.atOffset(at, 'yaml-tag', r.msg('unknownTag', { tag: shortTag(tag) }));
      else if (!fits(tag, node)) {
        r.atOffset(at, 'yaml-tag', r.msg('badTagValue', { tag: shortTag(tag), found: JSON.stringify(src.text.slice(at, node.range?.[1] ?? at)) }));
      }
    },
  });
  return fatal;
}

/** Whether a node is what its core tag says (yaml keeps `!!int X` as the text "X", with a warning only). */
function fits(tag: string, node: Node): boolean {
  const value = yaml().isScalar(node) ? node.value : undefined;
  switch (tag.slice('tag:yaml.org,2002:'.length)) {
    case 'int':
      return typeof value === 'number' && Number.isInteger(value);
    case 'float':
      return typeof value === 'number';
    case 'bool':
      return typeof value === 'boolean';
    case 'null':
      return yaml().isScalar(node) && value === null;
    case 'str':
      return yaml().isScalar(node);
    case 'map':
      return yaml().isMap(node);
    case 'seq':
      return yaml().isSeq(node);
    default:
      return false;
  }
}

function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

/** YAML allows one %YAML directive per document; yaml accepts a second silently. */
function secondDirective(src: YamlSource, r: Reporter): boolean {
  const re = /^%YAML\b.*$/gm;
  let seen = false;
  for (let m = re.exec(src.text); m; m = re.exec(src.text)) {
    const before = src.text.slice(0, m.index);
    if (/^---/m.test(before)) break; // directives end at the first ---
    if (seen) {
      r.atOffset(m.index, 'yaml-syntax', r.msg('yamlSyntax', { detail: r.t('yamlTwoDirectives') }));
      return true;
    }
    seen = true;
  }
  return false;
}

/** The first alias whose anchor is not defined before it, if any. */
export function undefinedAlias(doc: Document): Alias | undefined {
  let found: Alias | undefined;
  yaml().visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) === undefined) {
        found = node;
        return yaml().visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}
