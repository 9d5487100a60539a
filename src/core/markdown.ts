// The small, safe Markdown subset of review texts: paragraphs (separated by a
// blank line), bullet lists ("- " or "* "), numbered lists ("1. " or "1) "),
// *emphasis* / _emphasis_, **strong**, and [links](url) whose scheme is http,
// https or mailto. Everything else, raw HTML included, is text. The result is
// a tree of plain strings that each renderer escapes for its own target (HTML,
// Markdown, Word), so no input can place markup in an output. Pure.

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'em' | 'strong'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] };

const BULLET = /^[-*][ \t]+/;
const NUMBER = /^\d{1,9}[.)][ \t]+/;
/** Guards against pathological input: nesting deeper than this is left as text. */
const MAX_DEPTH = 8;

/**
 * A text with nothing to show: empty, spaces and line breaks only, or only
 * invisible characters — format characters (zero-width spaces and joiners,
 * direction marks and overrides, a byte-order mark, a soft hyphen) and
 * control characters (a NUL) — which would print an empty heading, a blank
 * paragraph or a city with no name.
 */
export function isBlankText(text: string): boolean {
  return /^[\s\p{Cf}\p{Cc}]*$/u.test(text);
}

/** A link target the reports may make clickable: http(s) or mailto only, else null. */
export function safeHref(raw: string): string | null {
  const href = raw.trim();
  if (!/^(https?:\/\/|mailto:)/i.test(href)) return null;
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:' ? url.href : null;
  } catch {
    return null;
  }
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  const chunks = source.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  for (const chunk of chunks) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    if (!lines.length) continue;
    const kind = BULLET.test(lines[0] as string) ? BULLET : NUMBER.test(lines[0] as string) ? NUMBER : null;
    if (!kind) {
      blocks.push({ type: 'paragraph', content: parseInline(lines.join(' ')) });
      continue;
    }
    // A list: each line that starts with the marker begins an item; other lines continue the item.
    const items: string[] = [];
    for (const line of lines) {
      if (kind.test(line)) items.push(line.replace(kind, ''));
      else items[items.length - 1] += ' ' + line;
    }
    blocks.push({ type: 'list', ordered: kind === NUMBER, items: items.map((i) => parseInline(i)) });
  }
  return blocks;
}

export function parseInline(text: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push({ type: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '\\' && i + 1 < text.length && /[\\`*_[\]()#+\-.!<>]/.test(text[i + 1] as string)) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    if (depth < MAX_DEPTH) {
      if (c === '*' && text[i + 1] === '*') {
        const end = text.indexOf('**', i + 2);
        if (end > i + 2) {
          flush();
          out.push({ type: 'strong', children: parseInline(text.slice(i + 2, end), depth + 1) });
          i = end + 2;
          continue;
        }
      }
      // `_` inside a word (snake_case, file_name) is a letter, as in CommonMark; `*` may open anywhere.
      const intraword = c === '_' && i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1] as string);
      if ((c === '*' || c === '_') && !intraword && text[i + 1] !== c && text[i + 1] !== ' ' && text[i + 1] !== undefined) {
        const end = findClosing(text, c, i + 1);
        if (end > i + 1) {
          flush();
          out.push({ type: 'em', children: parseInline(text.slice(i + 1, end), depth + 1) });
          i = end + 1;
          continue;
        }
      }
      if (c === '[') {
        const close = text.indexOf('](', i + 1);
        const paren = close < 0 ? -1 : text.indexOf(')', close + 2);
        if (close > i + 1 && paren > close + 2) {
          const label = text.slice(i + 1, close);
          const href = safeHref(text.slice(close + 2, paren));
          if (href && !label.includes('[')) {
            flush();
            out.push({ type: 'link', href, children: parseInline(label, depth + 1) });
            i = paren + 1;
            continue;
          }
        }
      }
    }
    plain += c;
    i++;
  }
  flush();
  return out;
}

/** The closing emphasis marker: the same character, not doubled, not preceded by a space. */
function findClosing(text: string, marker: string, from: number): number {
  for (let j = from + 1; j < text.length; j++) {
    if (text[j] === '\\') {
      j++;
      continue;
    }
    if (text[j] === marker && text[j - 1] !== ' ' && text[j + 1] !== marker) return j;
  }
  return -1;
}

/** The text alone, without markup: for titles, alt text and plain formats. */
export function plainText(nodes: Inline[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : plainText(n.children))).join('');
}
