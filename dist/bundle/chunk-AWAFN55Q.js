import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/markdown.js
var BULLET = /^[-*][ \t]+/;
var NUMBER = /^\d{1,9}[.)][ \t]+/;
var MAX_DEPTH = 8;
function isBlankText(text) {
  return /^[\s\p{Cf}\p{Cc}]*$/u.test(text);
}
__name(isBlankText, "isBlankText");
function safeHref(raw) {
  const href = raw.trim();
  if (!/^(https?:\/\/|mailto:)/i.test(href))
    return null;
  try {
    const url = new URL(href);
    return url.protocol === "http:" || url.protocol === "https:" || url.protocol === "mailto:" ? url.href : null;
  } catch {
    return null;
  }
}
__name(safeHref, "safeHref");
function parseMarkdown(source) {
  const blocks = [];
  const chunks = source.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/);
  for (const chunk of chunks) {
    const lines = chunk.split("\n").map((l) => l.trim()).filter((l) => l !== "");
    if (!lines.length)
      continue;
    const kind = BULLET.test(lines[0]) ? BULLET : NUMBER.test(lines[0]) ? NUMBER : null;
    if (!kind) {
      blocks.push({ type: "paragraph", content: parseInline(lines.join(" ")) });
      continue;
    }
    const items = [];
    for (const line of lines) {
      if (kind.test(line))
        items.push(line.replace(kind, ""));
      else
        items[items.length - 1] += " " + line;
    }
    blocks.push({ type: "list", ordered: kind === NUMBER, items: items.map((i) => parseInline(i)) });
  }
  return blocks;
}
__name(parseMarkdown, "parseMarkdown");
function parseInline(text, depth = 0) {
  const out = [];
  let plain = "";
  const flush = /* @__PURE__ */ __name(() => {
    if (plain)
      out.push({ type: "text", text: plain });
    plain = "";
  }, "flush");
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "\\" && i + 1 < text.length && /[\\`*_[\]()#+\-.!<>]/.test(text[i + 1])) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    if (depth < MAX_DEPTH) {
      if (c === "*" && text[i + 1] === "*") {
        const end = text.indexOf("**", i + 2);
        if (end > i + 2) {
          flush();
          out.push({ type: "strong", children: parseInline(text.slice(i + 2, end), depth + 1) });
          i = end + 2;
          continue;
        }
      }
      const intraword = c === "_" && i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]);
      if ((c === "*" || c === "_") && !intraword && text[i + 1] !== c && text[i + 1] !== " " && text[i + 1] !== void 0) {
        const end = findClosing(text, c, i + 1);
        if (end > i + 1) {
          flush();
          out.push({ type: "em", children: parseInline(text.slice(i + 1, end), depth + 1) });
          i = end + 1;
          continue;
        }
      }
      if (c === "[") {
        const close = text.indexOf("](", i + 1);
        const paren = close < 0 ? -1 : text.indexOf(")", close + 2);
        if (close > i + 1 && paren > close + 2) {
          const label = text.slice(i + 1, close);
          const href = safeHref(text.slice(close + 2, paren));
          if (href && !label.includes("[")) {
            flush();
            out.push({ type: "link", href, children: parseInline(label, depth + 1) });
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
__name(parseInline, "parseInline");
function findClosing(text, marker, from) {
  for (let j = from + 1; j < text.length; j++) {
    if (text[j] === "\\") {
      j++;
      continue;
    }
    if (text[j] === marker && text[j - 1] !== " " && text[j + 1] !== marker)
      return j;
  }
  return -1;
}
__name(findClosing, "findClosing");
function plainText(nodes) {
  return nodes.map((n) => n.type === "text" ? n.text : plainText(n.children)).join("");
}
__name(plainText, "plainText");

export {
  isBlankText,
  parseMarkdown,
  plainText
};
