import {
  isBlankText
} from "./chunk-AWAFN55Q.js";
import {
  MAX_FILE_BYTES,
  decode,
  parse,
  readForCheck,
  refusalPhrase,
  rewrittenNumber
} from "./chunk-SDRMK5ZG.js";
import {
  RootFinder,
  bundledFrameworkIds,
  isAllowed,
  resolveFrameworkTarget
} from "./chunk-XGZ3H6EM.js";
import {
  MAX_DEPTH,
  lineCol,
  locate,
  nodeAt,
  yaml
} from "./chunk-VHFQKG57.js";
import {
  datePhrase
} from "./chunk-YUBBXHND.js";
import {
  itemIdPhrase,
  joined,
  participantIdPhrase,
  phrase,
  phraseId,
  scorePhrase,
  seq,
  withHint
} from "./chunk-VQLYC3U5.js";
import {
  contentHash
} from "./chunk-WZYB4VWF.js";
import {
  schemaPath
} from "./chunk-P3QU5RUN.js";
import {
  DATA_DIR,
  shownPath
} from "./chunk-24SS6AOI.js";
import {
  parseItemId,
  parseParticipantId,
  participantKey,
  suggest
} from "./chunk-32634MZU.js";
import {
  __export,
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/validate/index.js
import { resolve } from "node:path";

// dist/core/validate/fast.js
import jsyaml2 from "js-yaml";

// dist/core/validate/token-scan.js
var NUMERAL = String.raw`[-+]?(?:0[0-9a-zA-Z_]|[0-9][0-9_.]*[eE]|[0-9]+_|\.[0-9]|\.(?:inf|Inf|INF|nan|NaN|NAN)|\+)`;
var BREAK = String.raw`[\n\r\u2028\u2029]`;
var TOKEN = new RegExp(String.raw`${BREAK}[ \t]*(?:[-?][ \t]+)*[[{?]|[[{,][ \t]*[[{?]|:[ \t]+\?(?:[ \t]|$)|(?:${BREAK}|[[{,]|[:?-][ \t])[ \t]*${NUMERAL}`, "m");
var TOKEN_AT_START = new RegExp(String.raw`^[ \t]*(?:(?:[-?][ \t]+)*[[{?]|${NUMERAL})`);
function oddToken(text) {
  return TOKEN_AT_START.test(text) || TOKEN.test(text);
}
__name(oddToken, "oddToken");

// dist/core/validate/fast-yaml.js
import jsyaml from "js-yaml";
var UNCOMMON = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;
var INTEGER = /^(?:0|-?[1-9][0-9]{0,14})$/;
var GIVE_UP = new Error("not in the common subset");
var numerals = false;
function readCommon(text, events, seen) {
  if (UNCOMMON.test(text))
    return void 0;
  numerals = false;
  try {
    const data = new Reader(text, events).document();
    if (seen)
      seen.numerals = numerals;
    return data;
  } catch (error) {
    if (error !== GIVE_UP)
      throw error;
    if (events) {
      events.positions.length = 0;
      events.kinds.length = 0;
      events.results.length = 0;
    }
    return void 0;
  }
}
__name(readCommon, "readCommon");
function giveUp() {
  throw GIVE_UP;
}
__name(giveUp, "giveUp");
var { types } = jsyaml;
var NUMBER_TYPES = [types.int, types.float];
function plainValue(s) {
  switch (s) {
    case "~":
    case "null":
    case "Null":
    case "NULL":
      return null;
    case "true":
    case "True":
    case "TRUE":
      return true;
    case "false":
    case "False":
    case "FALSE":
      return false;
  }
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57 || c === 45 || c === 43 || c === 46) {
    if (INTEGER.test(s))
      return Number(s);
    numerals = true;
    for (const type of NUMBER_TYPES)
      if (type.resolve(s))
        return type.construct(s);
  }
  return s;
}
__name(plainValue, "plainValue");
function indicator(c, next) {
  switch (c) {
    case ",":
    case "[":
    case "]":
    case "{":
    case "}":
    case "#":
    case "&":
    case "*":
    case "!":
    case "|":
    case ">":
    case "'":
    case '"':
    case "%":
    case "@":
    case "`":
      return true;
    case "?":
    case ":":
      return true;
    case "-":
      return next === void 0 || next === " " || next === "	" || next === "\n" || next === "\r";
  }
  return false;
}
__name(indicator, "indicator");
function flowIndicator(c) {
  return c === "," || c === "[" || c === "]" || c === "{" || c === "}";
}
__name(flowIndicator, "flowIndicator");
var Reader = class {
  static {
    __name(this, "Reader");
  }
  text;
  events;
  /** The current line: its start, its end (the `\n` or the text's end), and the column its content starts at. */
  ls = 0;
  le = 0;
  col = 0;
  eof = false;
  depth = 0;
  constructor(text, events) {
    this.text = text;
    this.events = events;
  }
  document() {
    this.ls = 0;
    this.skipToContent();
    if (this.eof || this.col !== 0)
      giveUp();
    const data = this.collection(0);
    if (!this.eof || Array.isArray(data))
      giveUp();
    return data;
  }
  open(at) {
    this.events?.positions.push(-at - 1);
  }
  close(at, kind, result) {
    const e = this.events;
    if (!e)
      return;
    e.positions.push(at);
    e.kinds.push(kind);
    e.results.push(result);
  }
  scalar(start, end, value) {
    if (!this.events)
      return;
    this.open(start);
    this.close(end, "scalar", value);
  }
  /** From the line starting at `ls`, past blank and comment lines, to the next line with content (or the end). */
  skipToContent() {
    const text = this.text;
    for (; ; ) {
      if (this.ls >= text.length) {
        this.eof = true;
        return;
      }
      let le = text.indexOf("\n", this.ls);
      if (le === -1)
        le = text.length;
      let i = this.ls;
      while (i < le && text.charCodeAt(i) === 32)
        i++;
      if (i < le && text.charCodeAt(i) !== 35) {
        if (i === this.ls && (text.startsWith("---", i) || text.startsWith("...", i)))
          giveUp();
        this.le = le;
        this.col = i - this.ls;
        return;
      }
      this.ls = le + 1;
    }
  }
  nextLine() {
    this.ls = this.le + 1;
    this.skipToContent();
  }
  isDash(at) {
    return this.text.charCodeAt(at) === 45 && (at + 1 === this.le || this.text.charCodeAt(at + 1) === 32);
  }
  /** A block mapping or sequence whose first line's content starts at column `col`; ends on the first line after it. */
  collection(col) {
    if (++this.depth >= MAX_DEPTH)
      giveUp();
    const value = this.isDash(this.ls + col) ? this.sequence(col) : this.mapping(col);
    this.depth--;
    return value;
  }
  mapping(col) {
    const text = this.text;
    const map = {};
    this.open(this.ls + col);
    let end = this.ls + col;
    for (; ; ) {
      const start = this.ls + col;
      const [key, colon] = this.key(start);
      if (key === "__proto__" || Object.hasOwn(map, key))
        giveUp();
      let p = colon + 1;
      while (p < this.le && text.charCodeAt(p) === 32)
        p++;
      let value;
      if (p === this.le || text.charCodeAt(p) === 35) {
        this.nextLine();
        if (!this.eof && this.col > col)
          value = this.collection(this.col);
        else if (!this.eof && this.col === col && this.isDash(this.ls + col))
          value = this.collection(col);
        else {
          value = null;
          this.scalar(p, p, null);
          this.lastEnd = p;
        }
        end = this.lastEnd;
      } else {
        value = this.inline(p, col);
        end = this.lastEnd;
        if (!this.eof && this.col > col)
          giveUp();
      }
      map[key] = value;
      if (this.eof || this.col < col)
        break;
      if (this.col > col)
        giveUp();
    }
    this.close(end, "mapping", map);
    this.lastEnd = end;
    return map;
  }
  sequence(col) {
    const text = this.text;
    const list2 = [];
    this.open(this.ls + col);
    let end = this.ls + col;
    while (!this.eof && this.col === col && this.isDash(this.ls + col)) {
      let p = this.ls + col + 1;
      while (p < this.le && text.charCodeAt(p) === 32)
        p++;
      let item;
      if (p === this.le || text.charCodeAt(p) === 35) {
        this.nextLine();
        if (!this.eof && this.col > col)
          item = this.collection(this.col);
        else {
          item = null;
          this.scalar(p, p, null);
          this.lastEnd = p;
        }
      } else if (this.isDash(p) || this.startsKey(p)) {
        this.col = p - this.ls;
        item = this.collection(this.col);
        if (!this.eof && this.col > col)
          giveUp();
      } else {
        item = this.inline(p, col);
        if (!this.eof && this.col > col)
          giveUp();
      }
      end = this.lastEnd;
      list2.push(item);
      if (!this.eof && this.col > col)
        giveUp();
    }
    this.close(end, "sequence", list2);
    this.lastEnd = end;
    return list2;
  }
  /** Where the last node read ends. */
  lastEnd = 0;
  /** A key at `start` (quoted or plain, on this line, then `:` and a space or the line's end): its string form and the colon's place. */
  key(start) {
    const text = this.text;
    const le = this.le;
    const c = text[start];
    let value;
    let keyEnd;
    let i;
    if (c === '"' || c === "'") {
      keyEnd = this.quotedEnd(start);
      value = this.quotedValue(start, keyEnd);
      i = keyEnd;
      while (i < le && text.charCodeAt(i) === 32)
        i++;
      if (text.charCodeAt(i) !== 58)
        giveUp();
      if (i - start > 1e3)
        giveUp();
    } else {
      if (indicator(c, text[start + 1]))
        giveUp();
      i = start;
      for (; ; ) {
        if (i >= le)
          giveUp();
        const ch = text.charCodeAt(i);
        if (ch === 58 && (i + 1 === le || text.charCodeAt(i + 1) === 32))
          break;
        if (ch === 35 && text.charCodeAt(i - 1) === 32)
          giveUp();
        i++;
      }
      keyEnd = i;
      while (text.charCodeAt(keyEnd - 1) === 32)
        keyEnd--;
      if (i - start > 1e3)
        giveUp();
      value = plainValue(text.slice(start, keyEnd));
    }
    if (i + 1 < le && text.charCodeAt(i + 1) !== 32)
      giveUp();
    this.scalar(start, keyEnd, value);
    return [String(value), i];
  }
  /** Whether a sequence item at `p` is a compact mapping's first key. */
  startsKey(p) {
    const text = this.text;
    const c = text[p];
    let i = p;
    if (c === '"' || c === "'") {
      i = this.quotedEnd(p);
      while (i < this.le && text.charCodeAt(i) === 32)
        i++;
      return text.charCodeAt(i) === 58;
    }
    if (c === "[" || c === "{" || c === "|" || c === ">")
      return false;
    for (; i < this.le; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 58 && (i + 1 === this.le || text.charCodeAt(i + 1) === 32))
        return true;
      if (ch === 35 && text.charCodeAt(i - 1) === 32)
        return false;
    }
    return false;
  }
  /** A value that starts on this line at `p`; `col` is its collection's column. Leaves the reader on the next line with content. */
  inline(p, col) {
    const text = this.text;
    const c = text[p];
    let value;
    let end;
    if (c === '"' || c === "'") {
      end = this.quotedEnd(p);
      value = this.quotedValue(p, end);
      this.scalar(p, end, value);
    } else if (c === "[" || c === "{") {
      [value, end] = this.flow(p);
    } else if (c === "|" || c === ">") {
      return this.block(p, col);
    } else {
      if (indicator(c, text[p + 1]))
        giveUp();
      let i = p;
      end = p;
      for (; i < this.le; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 58 && (i + 1 === this.le || text.charCodeAt(i + 1) === 32))
          giveUp();
        if (ch === 35 && text.charCodeAt(i - 1) === 32)
          break;
        if (ch !== 32)
          end = i + 1;
      }
      value = plainValue(text.slice(p, end));
      this.scalar(p, end, value);
      this.lastEnd = end;
      this.nextLine();
      return value;
    }
    this.restOfLine(end);
    this.lastEnd = end;
    this.nextLine();
    return value;
  }
  /** After a node on a line: only spaces, then the line's end or a comment. */
  restOfLine(from) {
    const text = this.text;
    let i = from;
    while (i < this.le && text.charCodeAt(i) === 32)
      i++;
    if (i < this.le && !(text.charCodeAt(i) === 35 && i > from))
      giveUp();
  }
  /** Just past the closing quote of a scalar quoted at `start`, on this line; a backslash gives up (escapes are js-yaml's). */
  quotedEnd(start) {
    const text = this.text;
    const q = text.charCodeAt(start);
    for (let i = start + 1; i < this.le; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 92 && q === 34)
        giveUp();
      if (ch === q) {
        if (q === 39 && text.charCodeAt(i + 1) === 39) {
          i++;
          continue;
        }
        return i + 1;
      }
    }
    return giveUp();
  }
  quotedValue(start, end) {
    const inner = this.text.slice(start + 1, end - 1);
    return this.text[start] === "'" && inner.includes("''") ? inner.replaceAll("''", "'") : inner;
  }
  /** A flow sequence or mapping of scalars, closed on this line. */
  flow(p) {
    const text = this.text;
    const isMap = text[p] === "{";
    const close = isMap ? "}" : "]";
    const result = isMap ? {} : [];
    this.open(p);
    const le = this.le;
    let i = p + 1;
    while (i < le && text.charCodeAt(i) === 32)
      i++;
    if (text[i] === close)
      i++;
    else {
      for (; ; ) {
        const item = this.flowScalar(i, isMap);
        i = item.end;
        while (i < le && text.charCodeAt(i) === 32)
          i++;
        if (isMap) {
          if (text[i] !== ":" || text[i + 1] !== " " || i - p > 1e3)
            giveUp();
          i += 2;
          while (i < le && text.charCodeAt(i) === 32)
            i++;
          const key = String(item.value);
          if (key === "__proto__" || Object.hasOwn(result, key))
            giveUp();
          const value = this.flowScalar(i, false);
          result[key] = value.value;
          i = value.end;
          while (i < le && text.charCodeAt(i) === 32)
            i++;
        } else {
          if (text[i] === ":")
            giveUp();
          result.push(item.value);
        }
        if (text[i] === close) {
          i++;
          break;
        }
        if (text[i] !== ",")
          giveUp();
        i++;
        while (i < le && text.charCodeAt(i) === 32)
          i++;
        if (text[i] === close)
          giveUp();
      }
    }
    this.close(i, isMap ? "mapping" : "sequence", result);
    return [result, i];
  }
  /** A scalar inside a flow collection: quoted, or plain up to `,`, a bracket, or `:` before a space. */
  flowScalar(p, isKey) {
    const text = this.text;
    const c = text[p];
    if (c === void 0 || p >= this.le)
      giveUp();
    let value;
    let end;
    if (c === '"' || c === "'") {
      end = this.quotedEnd(p);
      value = this.quotedValue(p, end);
    } else {
      if (indicator(c, text[p + 1]) || c === "-" && flowIndicator(text[p + 1]))
        giveUp();
      end = p;
      let i = p;
      for (; i < this.le; i++) {
        const ch = text[i];
        if (ch === "," || ch === "]" || ch === "}" || ch === "[" || ch === "{")
          break;
        if (ch === ":") {
          const next = text[i + 1];
          if (next === " " || next === "," || next === "]" || next === "}" || i + 1 === this.le) {
            if (!isKey)
              giveUp();
            break;
          }
          giveUp();
        }
        if (ch === "#" && text[i - 1] === " ")
          giveUp();
        if (ch !== " ")
          end = i + 1;
      }
      if (end === p)
        giveUp();
      value = plainValue(text.slice(p, end));
    }
    this.scalar(p, end, value);
    return { value, end };
  }
  /** A `|` or `>` block at `p` whose lines are all indented alike past `col`, without blank lines inside. */
  block(p, col) {
    const text = this.text;
    const folded = text[p] === ">";
    let i = p + 1;
    const chomp = text[i] === "-" || text[i] === "+" ? text[i++] : "";
    while (i < this.le && text.charCodeAt(i) === 32)
      i++;
    if (i !== this.le)
      giveUp();
    const lines = [];
    let indent = -1;
    let ls = this.le + 1;
    let lastEnd = p + 1;
    while (ls < text.length) {
      let le = text.indexOf("\n", ls);
      if (le === -1)
        le = text.length;
      let k = ls;
      while (k < le && text.charCodeAt(k) === 32)
        k++;
      const spaces = k - ls;
      if (k === le) {
        if (indent === -1 || spaces >= indent || chomp === "+")
          giveUp();
        let next = le + 1;
        while (next < text.length) {
          let ne = text.indexOf("\n", next);
          if (ne === -1)
            ne = text.length;
          let nk = next;
          while (nk < ne && text.charCodeAt(nk) === 32)
            nk++;
          if (nk !== ne) {
            if (nk - next >= indent)
              giveUp();
            break;
          }
          if (nk - next >= indent)
            giveUp();
          next = ne + 1;
        }
        break;
      }
      if (indent === -1) {
        if (spaces <= col)
          giveUp();
        indent = spaces;
      }
      if (spaces < indent)
        break;
      if (spaces > indent)
        giveUp();
      lines.push(text.slice(k, le));
      lastEnd = le;
      ls = le + 1;
    }
    if (indent === -1)
      giveUp();
    const value = lines.join(folded ? " " : "\n") + (chomp === "-" ? "" : "\n");
    this.scalar(p, lastEnd, value);
    this.lastEnd = lastEnd;
    this.ls = ls;
    this.skipToContent();
    return value;
  }
};

// dist/core/validate/fast.js
function risky(text) {
  return text.includes("	") || text.includes("__proto__") || text.includes("\r") && CR_ALONE.test(text) || QUOTE_HASH.test(text) || marker(text) || nodePropertyChar(text) && NODE_PROPERTY.test(text);
}
__name(risky, "risky");
var CR_ALONE = /\r(?!\n)/;
var QUOTE_HASH = /[\]}"']#/;
var MARKER_AFTER_BREAK = /[\n\r\u2028\u2029](?:%|---|\.\.\.)/;
function marker(text) {
  return text.startsWith("%") || text.startsWith("---") || text.startsWith("...") || MARKER_AFTER_BREAK.test(text);
}
__name(marker, "marker");
function nodePropertyChar(text) {
  return text.includes("*") || text.includes("&") || text.includes("!") || text.includes("<");
}
__name(nodePropertyChar, "nodePropertyChar");
var NODE_PROPERTY = /(?:^\s*|[:?-]\s*|[[{](?:[^\n\r]*[\s,[{])?)(?:[*&!][^\s,[\]{}]|<<)/m;
var DIGIT_DOT = /[0-9_]\./;
var ODD_KEY = /(?:^[ \t]*|[?-][ \t]+|[[{,][ \t]*)[-+]?(?:[0-9][0-9_]*\.[0-9_]*0|[0-9][0-9_]*\.)(?=[ \t]*(?:[:,\]}#\r\n]|$))/m;
var WHOLE_DECIMAL = /(?:^[ \t]*|[:?-][ \t]+|[[{,][ \t]*)[-+]?[0-9]+\.0*(?=[ \t]*(?:[,\]}#\r\n]|$))/m;
function longDecimal(text) {
  for (const [numeral] of text.matchAll(/[0-9][0-9_]*\.[0-9][0-9_]*/g)) {
    if (numeral.replace(/_/g, "").length >= 17)
      return true;
  }
  return false;
}
__name(longDecimal, "longDecimal");
var EMPTY_ENTRY_AT_START = /^[ ]*(?:-[ ]+)*-[ ]*(?:#[^\n\r]*)?(?:[\n\r]|$)/;
var EMPTY_ENTRY = /[\n\r][ ]*(?:-[ ]+)*-[ ]*(?:#[^\n\r]*)?(?:[\n\r]|$)/;
function emptyEntry(text) {
  return EMPTY_ENTRY_AT_START.test(text) || EMPTY_ENTRY.test(text);
}
__name(emptyEntry, "emptyEntry");
function longKey(text) {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1)
      end = text.length;
    if (end - start > 1024 && text.indexOf(":", start + 1e3) !== -1 && text.indexOf(":", start + 1e3) < end)
      return true;
    start = end + 1;
  }
  return false;
}
__name(longKey, "longKey");
function scanLines(text) {
  let depth = 0;
  let dashes = 0;
  let deepest = 0;
  let indent = 0;
  let atIndent = true;
  let shallow = true;
  const risky2 = { risky: true, shallow: false };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 && atIndent) {
      indent++;
      continue;
    }
    atIndent = false;
    if (c === 123 || c === 91) {
      if (++depth > MAX_DEPTH)
        return risky2;
      if (depth > deepest)
        deepest = depth;
    } else if (c === 125 || c === 93)
      depth--;
    else if (c === 45 && text.charCodeAt(i + 1) === 32) {
      if (++dashes > MAX_DEPTH / 2)
        return risky2;
    } else if (c === 10) {
      if (depth !== 0)
        return risky2;
      if (2 * indent + dashes + deepest + 3 > MAX_DEPTH)
        shallow = false;
      dashes = 0;
      deepest = 0;
      indent = 0;
      atIndent = true;
    }
  }
  if (2 * indent + dashes + deepest + 3 > MAX_DEPTH)
    shallow = false;
  return { risky: depth !== 0, shallow };
}
__name(scanLines, "scanLines");
function fastRead(text, events) {
  if (risky(text) || longKey(text))
    return void 0;
  try {
    const seen = { numerals: true };
    let data = readCommon(text, events, seen);
    let shallow = true;
    if (seen.numerals && (oddToken(text) || DIGIT_DOT.test(text) && (ODD_KEY.test(text) || longDecimal(text))))
      return void 0;
    if (data === void 0) {
      const lines = scanLines(text);
      if (lines.risky || emptyEntry(text))
        return void 0;
      shallow = lines.shallow;
      const options = { schema: jsyaml2.CORE_SCHEMA, json: false, ...events ? { listener: events.listener } : {} };
      data = jsyaml2.load(text, options);
    }
    if (typeof data !== "object" || data === null || Array.isArray(data))
      return void 0;
    if (seen.numerals && data.c21lab === "assessment/1" && DIGIT_DOT.test(text) && WHOLE_DECIMAL.test(text))
      return void 0;
    return shallow || withinDepth(data) ? data : void 0;
  } catch {
    return void 0;
  }
}
__name(fastRead, "fastRead");
function withinDepth(data) {
  const stack = [[data, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop();
    if (depth > MAX_DEPTH)
      return false;
    for (const child of Object.values(value)) {
      if (typeof child === "object" && child !== null)
        stack.push([child, depth + 1]);
    }
  }
  return true;
}
__name(withinDepth, "withinDepth");

// dist/core/validate/fast-locate.js
import jsyaml3 from "js-yaml";
var Events = class {
  static {
    __name(this, "Events");
  }
  /** One entry per event: an open at position p is stored as -(p + 1), a close as p. */
  positions = [];
  /** One entry per close: the node's kind and value. */
  kinds = [];
  results = [];
  listener = /* @__PURE__ */ __name((event, state) => {
    if (event === "open") {
      this.positions.push(-state.position - 1);
      return;
    }
    this.positions.push(state.position);
    this.kinds.push(state.kind);
    this.results.push(state.result);
  }, "listener");
};
var FastLocator = class {
  static {
    __name(this, "FastLocator");
  }
  text;
  data;
  events;
  nodes;
  constructor(text, data, events) {
    this.text = text;
    this.data = data;
    this.events = events;
  }
  /** The place of a data path as `locate` in yaml/source.ts gives it, or undefined when it cannot be told exactly. */
  locate(path, onKey = false) {
    const range = this.rangeOf(path, onKey);
    if (!range)
      return void 0;
    const start = lineCol(this.text, range[0]);
    const end = lineCol(this.text, range[1]);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }
  /** The source of a number value at a path (for "write it in quotes" hints), or null when there is none; undefined when unknown. */
  numberSource(path) {
    const n = this.index();
    const target = n && this.walk(n, path);
    if (!n || !target)
      return void 0;
    if (target.found !== path.length || kindOf(n, target.node) !== "scalar" || typeof resultOf(n, target.node) !== "number")
      return null;
    if (!matches(n, target.node, target.value))
      return void 0;
    const range = this.scalarRange(n, target.node);
    return range ? this.text.slice(range[0], range[1]) : void 0;
  }
  index() {
    if (this.nodes === void 0 || this.nodes !== null && this.nodes.shared && this.nodes !== lent) {
      this.nodes = buildIndex(this.events);
      this.checked = void 0;
    }
    return this.nodes;
  }
  /** Mappings and sequences already checked against the data (a file of 80,000 keys checks its top level once, not once a finding). */
  checked;
  levelChecked(n, node, value) {
    const checked = this.checked ??= /* @__PURE__ */ new Map();
    let ok = checked.get(node);
    if (ok === void 0)
      checked.set(node, ok = levelMatches(n, node, value));
    return ok;
  }
  /**
   * Follows a path as nodeAt does: through mappings by key, sequences by
   * index, stopping at the nearest parent that exists. `found` counts the steps
   * taken; `key` is the key node of the last mapping step; `value`, the data
   * read at `node`. Each mapping and sequence passed through is checked
   * against the data read (the same keys in the same order, as many items)
   * before it is trusted; anything else on the path is not needed to place it.
   */
  walk(n, path) {
    let node = 0;
    let key = -1;
    let found2 = 0;
    let value = this.data;
    for (const step of path) {
      const kind = kindOf(n, node);
      if (kind === "mapping") {
        if (!this.levelChecked(n, node, value))
          return void 0;
        const wanted = String(step);
        let at = -1;
        for (let k = node + 1; k < n.end[node]; k = n.end[n.end[k]]) {
          if (String(resultOf(n, k)) === wanted) {
            at = k;
            break;
          }
        }
        if (at === -1)
          return { node, key, found: found2, value };
        key = at;
        node = n.end[at];
        value = Object.hasOwn(value, wanted) ? value[wanted] : void 0;
        if (resultOf(n, node) === null || resultOf(n, node) === void 0)
          return void 0;
      } else if (kind === "sequence" && /^\d+$/.test(String(step))) {
        if (!this.levelChecked(n, node, value))
          return void 0;
        let item = node + 1;
        for (let i = Number(step); i > 0 && item < n.end[node]; i--)
          item = n.end[item];
        if (item >= n.end[node])
          return { node, key, found: found2, value };
        if (resultOf(n, item) === null || resultOf(n, item) === void 0)
          return void 0;
        key = -1;
        node = item;
        value = value[Number(step)];
      } else {
        break;
      }
      found2++;
    }
    return { node, key, found: found2, value };
  }
  rangeOf(path, onKey) {
    const n = this.index();
    const target = n && this.walk(n, path);
    if (!n || !target)
      return void 0;
    if (onKey && target.key !== -1)
      return kindOf(n, target.key) === "scalar" ? this.scalarRange(n, target.key) : void 0;
    return kindOf(n, target.node) === "scalar" && matches(n, target.node, target.value) ? this.scalarRange(n, target.node) : void 0;
  }
  /** Where a scalar starts and ends in the text, checked by reading that text back; undefined when unsure. */
  scalarRange(n, node) {
    const text = this.text;
    const start = skipSeparation(text, n.open[node], n.close[node]);
    if (start === void 0)
      return void 0;
    const c = text[start];
    let end;
    if (c === '"')
      end = closingDouble(text, start);
    else if (c === "'")
      end = closingSingle(text, start);
    else if (c === "|" || c === ">")
      return void 0;
    else
      end = plainEnd(text, start, inFlow(text, n, node));
    if (end === void 0 || end > n.close[node])
      return void 0;
    const source = text.slice(start, end);
    if (source.includes("\n"))
      return void 0;
    if (readsBack(source, resultOf(n, node)))
      return [start, end];
    let read;
    try {
      read = jsyaml3.load(source, { schema: jsyaml3.CORE_SCHEMA });
    } catch {
      return void 0;
    }
    const result = resultOf(n, node);
    const same = typeof result === "string" ? String(read) === result && typeof read === "string" : Object.is(read, result);
    return same || read !== null && typeof read !== "object" && String(read) === String(result) ? [start, end] : void 0;
  }
};
function readsBack(source, result) {
  const c = source[0];
  if (typeof result === "string") {
    if (c === '"')
      return !source.includes("\\") && source.slice(1, -1) === result ? true : void 0;
    if (c === "'")
      return !source.slice(1, -1).includes("'") && source.slice(1, -1) === result ? true : void 0;
    return source === result ? true : void 0;
  }
  if (typeof result === "number" && PLAIN_INTEGER.test(source) && Object.is(Number(source), result))
    return true;
  return void 0;
}
__name(readsBack, "readsBack");
var PLAIN_INTEGER = /^-?(?:0|[1-9][0-9]{0,14})$/;
function kindOf(n, node) {
  return n.kinds[n.closed[node]];
}
__name(kindOf, "kindOf");
function resultOf(n, node) {
  return n.results[n.closed[node]];
}
__name(resultOf, "resultOf");
function inFlow(text, n, node) {
  for (let p = n.parent[node]; p !== -1; p = n.parent[p])
    if (isFlowStart(text, n.open[p]))
      return true;
  return false;
}
__name(inFlow, "inFlow");
var SHARED_NODES = 1 << 15;
var shared;
var lent = null;
function arrays(count) {
  if (count > SHARED_NODES)
    return Array.from({ length: 6 }, () => new Int32Array(count));
  if (!shared || shared[0].length < count)
    shared = Array.from({ length: 6 }, () => new Int32Array(Math.min(SHARED_NODES, Math.max(count, 1024))));
  return shared;
}
__name(arrays, "arrays");
function buildIndex(events) {
  const positions = events.positions;
  const count = events.kinds.length;
  if (count === 0 || positions.length !== 2 * count)
    return null;
  const [open, close, end, parent, closedAt, stack] = arrays(count);
  const n = { open, close, end, parent, closed: closedAt, kinds: events.kinds, results: events.results, shared: count <= SHARED_NODES };
  if (n.shared)
    lent = null;
  let depth = 0;
  let opened = 0;
  let closed = 0;
  for (let i = 0; i < positions.length; i++) {
    const at = positions[i];
    if (at < 0) {
      if (opened > 0 && depth === 0)
        return null;
      open[opened] = -at - 1;
      parent[opened] = depth > 0 ? stack[depth - 1] : -1;
      stack[depth++] = opened++;
      continue;
    }
    if (depth === 0)
      return null;
    const node = stack[--depth];
    close[node] = at;
    end[node] = opened;
    closedAt[node] = closed++;
  }
  if (depth !== 0)
    return null;
  if (n.shared)
    lent = n;
  return n;
}
__name(buildIndex, "buildIndex");
function isFlowStart(text, open) {
  const at = skipSeparation(text, open, text.length);
  return at !== void 0 && (text[at] === "{" || text[at] === "[");
}
__name(isFlowStart, "isFlowStart");
function matches(n, node, value) {
  const kind = kindOf(n, node);
  const end = n.end[node];
  if (kind === "mapping") {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return false;
    const record = value;
    const keys = Object.keys(record);
    let child = node + 1;
    for (let i = 0; i < keys.length; i++) {
      if (child >= end || kindOf(n, child) !== "scalar" || String(resultOf(n, child)) !== keys[i])
        return false;
      const item = n.end[child];
      if (item >= end || !matches(n, item, record[keys[i]]))
        return false;
      child = n.end[item];
    }
    return child === end;
  }
  if (kind === "sequence") {
    if (!Array.isArray(value))
      return false;
    const items = value;
    let child = node + 1;
    for (let i = 0; i < items.length; i++) {
      if (child >= end || !matches(n, child, items[i]))
        return false;
      child = n.end[child];
    }
    return child === end;
  }
  if (kind !== "scalar" || !Object.is(resultOf(n, node), value))
    return false;
  for (let child = node + 1; child < end; child = n.end[child])
    if (kindOf(n, child) !== "scalar" || !Object.is(resultOf(n, child), value))
      return false;
  return true;
}
__name(matches, "matches");
function levelMatches(n, node, value) {
  const kind = kindOf(n, node);
  const end = n.end[node];
  let child = node + 1;
  if (kind === "mapping") {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return false;
    for (const key of Object.keys(value)) {
      if (child >= end || kindOf(n, child) !== "scalar" || String(resultOf(n, child)) !== key)
        return false;
      const item = n.end[child];
      if (item >= end)
        return false;
      child = n.end[item];
    }
    return child === end;
  }
  if (kind !== "sequence" || !Array.isArray(value))
    return false;
  for (let i = 0; i < value.length; i++) {
    if (child >= end)
      return false;
    child = n.end[child];
  }
  return child === end;
}
__name(levelMatches, "levelMatches");
function skipSeparation(text, from, limit) {
  let i = from;
  while (i < limit) {
    const c = text[i];
    if (c === " " || c === "\n" || c === "\r")
      i++;
    else if (c === "#" && (i === 0 || /[ \n\r]/.test(text[i - 1]))) {
      const nl = text.indexOf("\n", i);
      if (nl === -1)
        return void 0;
      i = nl + 1;
    } else
      return i;
  }
  return void 0;
}
__name(skipSeparation, "skipSeparation");
function closingDouble(text, start) {
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === "\\")
      i++;
    else if (c === '"')
      return i + 1;
    else if (c === "\n")
      return void 0;
  }
  return void 0;
}
__name(closingDouble, "closingDouble");
function closingSingle(text, start) {
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      if (text[i + 1] === "'")
        i++;
      else
        return i + 1;
    } else if (c === "\n")
      return void 0;
  }
  return void 0;
}
__name(closingSingle, "closingSingle");
function plainEnd(text, start, flow) {
  let i = start;
  let last = start;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === "\n" || c === "\r")
      break;
    if (c === "#" && text[i - 1] === " ")
      break;
    const next = text[i + 1];
    if (c === ":" && (next === void 0 || next === " " || next === "\n" || next === "\r" || flow && (next === "," || next === "]" || next === "}")))
      break;
    if (flow && (c === "," || c === "]" || c === "}" || c === "[" || c === "{"))
      break;
    if (c !== " ")
      last = i + 1;
  }
  return last;
}
__name(plainEnd, "plainEnd");

// dist/core/validate/report.js
var MAX_PER_RULE = 100;
var Reporter = class {
  static {
    __name(this, "Reporter");
  }
  file;
  src;
  findings = [];
  t = phrase;
  // Made on the first finding: most files have none, and each file is checked with two reporters.
  perRule;
  omitted;
  seen;
  /**
   * Without a YAML document (the fast pass), places come from here; a place
   * it cannot tell sets `unlocated`, and the caller takes the exact pass.
   */
  locator;
  unlocated = false;
  constructor(file, src) {
    this.file = file;
    this.src = src;
  }
  place(path, onKey) {
    if (this.src)
      return locate(this.src, path, onKey);
    const found2 = this.locator?.locate(path, onKey);
    if (found2)
      return found2;
    if (this.locator)
      this.unlocated = true;
    return { line: 1, column: 1 };
  }
  /** A finding at a data path (the key itself with `onKey`), falling back to the nearest parent. */
  at(path, rule, message, options = {}) {
    const severity = options.severity ?? "error";
    if (this.countOmitted(rule, severity))
      return;
    this.push(this.place(path, options.onKey), rule, message, severity, pointer(path));
  }
  /** A finding at a character offset of the text. */
  atOffset(offset, rule, message, severity = "error") {
    if (this.countOmitted(rule, severity))
      return;
    if (!this.src && this.locator)
      this.unlocated = true;
    this.push(this.src ? lineCol(this.src.text, offset) : { line: 1, column: 1 }, rule, message, severity);
  }
  atLine(line, column, rule, message, severity = "error") {
    this.push({ line, column }, rule, message, severity);
  }
  /**
   * Takes back the findings of `rule` at `path`, shown or only counted past the cap: a later check found
   * their cause (score-source.ts: `1e1` is one mistake, how it is written, not also "10 is out of scale").
   * The caller knows one was made at `path`: past the cap, paths are not kept, only counted.
   */
  drop(path, rule, severity = "error") {
    const at = pointer(path);
    const key = `${severity} ${rule}`;
    let dropped = 0;
    for (let i = this.findings.length - 1; i >= 0; i--) {
      const f = this.findings[i];
      if (f.path === at && f.rule === rule && f.severity === severity) {
        this.findings.splice(i, 1);
        dropped++;
      }
    }
    if (dropped) {
      this.perRule?.set(key, (this.perRule.get(key) ?? dropped) - dropped);
      return;
    }
    const o = this.omitted?.get(key);
    if (o && --o.count === 0)
      this.omitted?.delete(key);
  }
  /** A message with an optional "did you mean" appended. */
  msg(key, params, suggestion) {
    return withHint(phrase(key, params), suggestion);
  }
  /** A 1-based line number of a data path, for "first at line N" messages. */
  lineOf(path, onKey = false) {
    return this.place(path, onKey).line;
  }
  /** True once a rule has as many findings as are shown: callers may skip costly work for the rest. */
  full(rule, severity = "error") {
    return (this.perRule?.get(`${severity} ${rule}`) ?? 0) >= MAX_PER_RULE;
  }
  /** Past the cap, a finding is only counted: after the first omitted one (which gives the "and N more" line its place), not even located. */
  countOmitted(rule, severity) {
    const o = this.omitted?.get(`${severity} ${rule}`);
    if (!o)
      return false;
    o.count++;
    return true;
  }
  push(where, rule, message, severity, path) {
    const key = `${severity} ${rule}`;
    const perRule = this.perRule ??= /* @__PURE__ */ new Map();
    const count = perRule.get(key) ?? 0;
    if (count >= MAX_PER_RULE) {
      const omitted = this.omitted ??= /* @__PURE__ */ new Map();
      const o = omitted.get(key);
      if (o)
        o.count++;
      else
        omitted.set(key, { severity, rule, count: 1, line: where.line, column: where.column });
      return;
    }
    const said = typeof message === "function" ? message() : message;
    const id = `${where.line}:${where.column}:${rule}:${phraseId(said)}`;
    const seen = this.seen ??= /* @__PURE__ */ new Set();
    if (seen.has(id))
      return;
    seen.add(id);
    perRule.set(key, count + 1);
    const { line, column } = where;
    let coded;
    if (where.endLine !== void 0) {
      const { endLine, endColumn } = where;
      coded = path === void 0 ? { file: this.file, line, column, endLine, endColumn, rule, phrase: said, severity } : { file: this.file, line, column, endLine, endColumn, rule, phrase: said, severity, path };
    } else {
      coded = path === void 0 ? { file: this.file, line, column, rule, phrase: said, severity } : { file: this.file, line, column, rule, phrase: said, severity, path };
    }
    this.findings.push(coded);
  }
  /** Findings in reading order, each reported once, with one "and N more" line per capped rule. */
  sorted() {
    if (!this.omitted)
      return this.findings.length > 1 ? [...this.findings].sort((a, b) => a.line - b.line || a.column - b.column) : [...this.findings];
    const more = [...this.omitted.values()].map((o) => ({
      file: this.file,
      line: o.line,
      column: o.column,
      severity: o.severity,
      rule: o.rule,
      phrase: phrase("moreFindings", { count: o.count, rule: o.rule }),
      omitted: o.count
    }));
    return [...this.findings, ...more].sort((a, b) => a.line - b.line || a.column - b.column);
  }
};
function pointer(path) {
  return "/" + path.map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
}
__name(pointer, "pointer");
function shown(value, t = phrase) {
  if (value === void 0)
    return t("nothingHere");
  if (value === null)
    return t("tNull");
  if (typeof value === "string")
    return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean")
    return String(value);
  if (Array.isArray(value))
    return t("tArray");
  if (value instanceof Date)
    return t("tTimestamp");
  if (value instanceof Uint8Array)
    return t("tBinary");
  return t("tObject");
}
__name(shown, "shown");
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
__name(isRecord, "isRecord");
function own(record, key) {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : void 0;
}
__name(own, "own");
function list(items, none, max = 12) {
  if (items.length === 0)
    return none;
  const shownItems = items.length > max ? [...items.slice(0, max), "\u2026"] : items;
  return shownItems.join(", ");
}
__name(list, "list");

// dist/core/validate/rules/assessment.js
function checkAssessment(data, framework2, r, sourceOf) {
  written = sourceOf;
  try {
    checkAssessmentWith(data, framework2, r);
  } finally {
    written = void 0;
  }
}
__name(checkAssessment, "checkAssessment");
var written;
function checkAssessmentWith(data, framework2, r) {
  checkDate(data.date, r);
  checkTexts(data, r);
  const participants = checkParticipants(data, r);
  const voters = /* @__PURE__ */ new Set();
  const commitments = isRecord(data.commitments) ? data.commitments : void 0;
  const byId = new Map((framework2?.commitments ?? []).map((c) => [c.id, c]));
  const fwName = framework2?.id ?? "";
  for (const [cid, c] of Object.entries(commitments ?? {})) {
    const base = ["commitments", cid];
    const fc = byId.get(cid);
    if (framework2 && !fc) {
      const parsed = parseItemId(cid, framework2, "commitment", { verbatim: true });
      if (!parsed.ok)
        r.at(base, "unknown-commitment", itemIdPhrase(parsed), { onKey: true });
    }
    if (!isRecord(c))
      continue;
    const actionIds = (fc?.actions ?? []).map((a) => a.id);
    if (fc && actionIds.length > 0) {
      for (const key of ["score", "votes"]) {
        if (own(c, key) !== void 0) {
          r.at([...base, key], "score-with-actions", r.msg("scoreWithActions", { commitment: cid, ids: list(actionIds, r.t("none")), key }), { onKey: true });
        }
      }
    }
    checkScore(c.score, base, "score", framework2?.scale, r);
    checkVotes(c.votes, [...base, "votes"], participants, voters, framework2?.scale, r);
    checkEvidence(c.evidence, [...base, "evidence"], r);
    if (!isRecord(c.actions))
      continue;
    if (fc && actionIds.length === 0) {
      r.at([...base, "actions"], "unknown-action", r.msg("noActions", { commitment: cid, framework: fwName }), { onKey: true });
    }
    for (const [aid, a] of Object.entries(c.actions)) {
      const apath = [...base, "actions", aid];
      if (framework2 && fc && actionIds.length > 0 && !actionIds.includes(aid)) {
        const parsed = parseItemId(aid, framework2, { actionsOf: cid }, { verbatim: true });
        if (!parsed.ok)
          r.at(apath, "unknown-action", itemIdPhrase(parsed), { onKey: true });
      }
      if (!isRecord(a))
        continue;
      checkScore(a.score, apath, "score", framework2?.scale, r);
      checkVotes(a.votes, [...apath, "votes"], participants, voters, framework2?.scale, r);
      checkEvidence(a.evidence, [...apath, "evidence"], r);
    }
  }
  if (framework2)
    checkCompleteness(commitments ?? {}, framework2, r);
  const collectsVotes = isRecord(data.settings) && data.settings.votes === true || voters.size > 0;
  if (collectsVotes) {
    for (const [id, index] of participants ?? []) {
      if (!voters.has(id))
        r.at(["participants", index], "no-votes", r.msg("noVotes", { id }), { severity: "warning" });
    }
  }
}
__name(checkAssessmentWith, "checkAssessmentWith");
function checkDate(value, r) {
  if (typeof value !== "string")
    return;
  const problem = datePhrase(value);
  if (problem)
    r.at(["date"], "invalid-date", problem);
}
__name(checkDate, "checkDate");
function checkTexts(data, r) {
  const blank = /* @__PURE__ */ __name((v) => typeof v === "string" && v !== "" && isBlankText(v), "blank");
  if (blank(data.city))
    r.at(["city"], "invalid-value", r.msg("blankText"));
  if (Array.isArray(data.participants)) {
    data.participants.forEach((p, i) => {
      if (isRecord(p) && blank(p.name))
        r.at(["participants", i, "name"], "invalid-value", r.msg("blankText"));
    });
  }
}
__name(checkTexts, "checkTexts");
function allowedUrl(url) {
  let bare = "";
  for (const ch of url)
    if (ch > " " && ch !== "\x7F")
      bare += ch;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(bare)?.[1]?.toLowerCase();
  return scheme === void 0 || scheme === "http" || scheme === "https" || scheme === "mailto";
}
__name(allowedUrl, "allowedUrl");
function checkEvidence(evidence, path, r) {
  if (!Array.isArray(evidence))
    return;
  evidence.forEach((e, i) => {
    if (!isRecord(e) || typeof e.url !== "string" || e.url === "" || allowedUrl(e.url))
      return;
    const url = e.url;
    r.at([...path, i, "url"], "invalid-url", () => r.msg("badUrl", { found: shown(url, r.t) }));
  });
}
__name(checkEvidence, "checkEvidence");
function checkParticipants(data, r) {
  if (!Array.isArray(data.participants))
    return void 0;
  const ids = /* @__PURE__ */ new Map();
  const byKey = /* @__PURE__ */ new Map();
  data.participants.forEach((p, i) => {
    if (!isRecord(p) || typeof p.id !== "string")
      return;
    const first = byKey.get(participantKey(p.id));
    if (first === void 0) {
      byKey.set(participantKey(p.id), { id: p.id, index: i });
      ids.set(p.id, i);
      return;
    }
    const line = r.lineOf(["participants", first.index, "id"]);
    r.at(["participants", i, "id"], "duplicate-participant", first.id === p.id ? r.msg("duplicateParticipant", { id: p.id, line }) : r.msg("duplicateParticipantCase", { id: p.id, first: first.id, line }));
  });
  return ids;
}
__name(checkParticipants, "checkParticipants");
function checkScore(value, base, last, scale, r) {
  if (!scale || typeof value !== "number" || !Number.isInteger(value))
    return;
  if (value < scale.min || value > scale.max) {
    const path = [...base, last];
    const typed = written?.(path) ?? String(value);
    r.at(path, "score-out-of-scale", scorePhrase(typed, scale) ?? r.msg("scoreExpected", { min: scale.min, max: scale.max, found: shown(value, r.t) }));
  }
}
__name(checkScore, "checkScore");
function checkVotes(votes, path, participants, voters, scale, r) {
  if (!isRecord(votes))
    return;
  for (const id of Object.keys(votes)) {
    const value = votes[id];
    voters.add(id);
    if (!participants || participants.size === 0) {
      r.at([...path, id], "unknown-participant", r.msg("noParticipants", { id }), { onKey: true });
    } else if (!participants.has(id)) {
      r.at([...path, id], "unknown-participant", () => {
        const parsed = parseParticipantId(id, [...participants.keys()], { verbatim: true });
        return parsed.ok ? { seq: [] } : participantIdPhrase(parsed);
      }, { onKey: true });
    }
    checkScore(value, path, id, scale, r);
  }
}
__name(checkVotes, "checkVotes");
function checkCompleteness(commitments, framework2, r) {
  for (const fc of framework2.commitments) {
    const c = own(commitments, fc.id);
    const result = isRecord(c) ? c : {};
    const base = ["commitments", fc.id];
    if (fc.actions && fc.actions.length > 0) {
      const actions = isRecord(result.actions) ? result.actions : {};
      for (const fa of fc.actions) {
        const a = own(actions, fa.id);
        if (!isRecord(a) || a.score === void 0 || a.score === null) {
          r.at([...base, "actions", fa.id], "not-scored", r.msg("notScoredAction", { id: fa.id, commitment: fc.id }), { severity: "warning", onKey: true });
        }
      }
    } else if (result.score === void 0 || result.score === null) {
      r.at(base, "not-scored", r.msg("notScoredCommitment", { id: fc.id }), { severity: "warning", onKey: true });
    }
  }
}
__name(checkCompleteness, "checkCompleteness");

// dist/core/validate/rules/benchmark.js
function checkBenchmark(data, framework2, r) {
  if (!isRecord(data.values))
    return;
  const ids = framework2?.commitments.map((c) => c.id) ?? [];
  for (const [id, value] of Object.entries(data.values)) {
    const parsed = framework2 && !ids.includes(id) ? parseItemId(id, framework2, "commitment", { verbatim: true }) : void 0;
    if (parsed && !parsed.ok)
      r.at(["values", id], "unknown-commitment", itemIdPhrase(parsed), { onKey: true });
    if (typeof value !== "number")
      continue;
    const [min, max] = data.unit === "mean-score" && framework2 ? [framework2.scale.min, framework2.scale.max] : [0, 100];
    if (data.unit === "mean-score" && framework2 && (value < min || value > max)) {
      r.at(["values", id], "out-of-range", r.msg("benchmarkRange", { min, max, unit: String(data.unit), found: shown(value, r.t) }));
    }
  }
}
__name(checkBenchmark, "checkBenchmark");

// dist/core/validate/rules/framework.js
function checkFramework(data, r) {
  checkIds(data, r);
  checkScale(data, r);
}
__name(checkFramework, "checkFramework");
function checkIds(data, r) {
  if (!Array.isArray(data.commitments))
    return;
  const commitments = /* @__PURE__ */ new Map();
  const actions = /* @__PURE__ */ new Map();
  data.commitments.forEach((c, i) => {
    if (!isRecord(c))
      return;
    if (typeof c.id === "string") {
      const first = commitments.get(c.id);
      if (first === void 0)
        commitments.set(c.id, i);
      else
        r.at(["commitments", i, "id"], "duplicate-id", r.msg("duplicateCommitmentId", { id: c.id, line: r.lineOf(["commitments", first, "id"]) }));
    }
    if (!Array.isArray(c.actions))
      return;
    c.actions.forEach((a, j) => {
      if (!isRecord(a) || typeof a.id !== "string")
        return;
      const first = actions.get(a.id);
      if (first === void 0)
        actions.set(a.id, [i, j]);
      else
        r.at(["commitments", i, "actions", j, "id"], "duplicate-id", r.msg("duplicateActionId", { id: a.id, line: r.lineOf(["commitments", first[0], "actions", first[1], "id"]) }));
    });
  });
}
__name(checkIds, "checkIds");
function checkScale(data, r) {
  const scale = data.scale;
  if (!isRecord(scale) || !Number.isInteger(scale.min) || !Number.isInteger(scale.max))
    return;
  const min = scale.min;
  const max = scale.max;
  if (min >= max) {
    r.at(["scale", "min"], "scale-range", r.msg("scaleRange", { min, max }));
    return;
  }
  if (!Array.isArray(scale.bands))
    return;
  const bands = [];
  scale.bands.forEach((b, index) => {
    if (!isRecord(b) || !Number.isInteger(b.min) || !Number.isInteger(b.max))
      return;
    const band = { id: String(b.id), min: b.min, max: b.max, index };
    if (band.min > band.max) {
      r.at(["scale", "bands", index, "min"], "band-range", r.msg("bandRange", { id: band.id, bmin: band.min, bmax: band.max }));
      return;
    }
    if (band.min < min || band.max > max) {
      r.at(["scale", "bands", index], "band-out-of-scale", r.msg("bandOutside", { id: band.id, bmin: band.min, bmax: band.max, min, max }));
    }
    bands.push(band);
  });
  bands.sort((a, b) => a.min - b.min || a.index - b.index);
  let next = min;
  let previous;
  for (const band of bands) {
    if (band.min > next && next <= max) {
      r.at(["scale", "bands", band.index], "band-gap", r.msg("bandGap", { range: span(next, Math.min(band.min - 1, max)) }));
    } else if (previous && band.min <= previous.max) {
      r.at(["scale", "bands", band.index], "band-overlap", r.msg("bandOverlap", { id: band.id, other: previous.id, ...fromTo(band.min, Math.min(band.max, previous.max)) }));
    }
    next = Math.max(next, band.max + 1);
    if (!previous || band.max > previous.max)
      previous = band;
  }
  if (next <= max)
    r.at(["scale", "bands"], "band-gap", r.msg("bandGap", { range: span(next, max) }));
}
__name(checkScale, "checkScale");
function span(from, to) {
  return from === to ? String(from) : `${from}\u2013${to}`;
}
__name(span, "span");
function fromTo(from, to) {
  return { from: String(from), to: String(to) };
}
__name(fromTo, "fromTo");

// dist/core/validate/rules/numeric-ids.js
function checkNumericKeys(src, r) {
  yaml().visit(src.doc, {
    Pair(_, pair) {
      const key = pair.key;
      if (!yaml().isScalar(key))
        return;
      const source = rewrittenNumber(src.text, key);
      if (source === void 0)
        return;
      r.atOffset(key.range[0], "numeric-id", r.msg("numericId", { source, value: String(key.value) }));
    }
  });
}
__name(checkNumericKeys, "checkNumericKeys");
function numberSource(src, path) {
  let node = src.doc.contents;
  for (const step of path) {
    if (yaml().isMap(node)) {
      node = node.items.find((p) => yaml().isScalar(p.key) && String(p.key.value) === String(step))?.value;
    } else if (node && typeof node === "object" && "items" in node && Array.isArray(node.items)) {
      node = node.items[Number(step)];
    } else
      return void 0;
  }
  return yaml().isScalar(node) && typeof node.value === "number" && node.range ? src.text.slice(node.range[0], node.range[1]) : void 0;
}
__name(numberSource, "numberSource");

// dist/core/validate/rules/practice.js
var DEFAULT_PRACTICE_FRAMEWORK = "culture21-actions";
function checkPractice(data, framework2, r) {
  if (!framework2 || !isRecord(data.tags) || !Array.isArray(data.tags.commitments))
    return;
  data.tags.commitments.forEach((id, i) => {
    if (typeof id !== "string" && typeof id !== "number")
      return;
    const parsed = parseItemId(String(id), framework2, "commitment", { verbatim: true });
    if (!parsed.ok)
      r.at(["tags", "commitments", i], "unknown-commitment", itemIdPhrase(parsed));
  });
}
__name(checkPractice, "checkPractice");

// dist/core/validate/rules/score-source.js
var PLAIN = /^-?(?:0|[1-9][0-9]*)$/;
function documentSources(src) {
  return (path) => {
    const { node } = nodeAt(src.doc, path);
    if (!yaml().isScalar(node) || typeof node.value !== "number" || !node.range)
      return null;
    return { source: src.text.slice(node.range[0], node.range[1]), tag: node.tag };
  };
}
__name(documentSources, "documentSources");
function checkScoreSources(data, r, sourceAt, fractionsOnly = false, scale) {
  if (data.c21lab !== "assessment/1" || !isRecord(data.commitments))
    return;
  const wanted = /* @__PURE__ */ __name((v) => typeof v === "number" && !(fractionsOnly && Number.isInteger(v)), "wanted");
  const scored = /* @__PURE__ */ __name((item, base) => {
    if (wanted(item.score))
      one([...base, "score"], item.score, r, sourceAt, scale);
    if (!isRecord(item.votes))
      return;
    for (const id in item.votes) {
      const v = item.votes[id];
      if (Object.hasOwn(item.votes, id) && wanted(v))
        one([...base, "votes", id], v, r, sourceAt, scale);
    }
  }, "scored");
  for (const [cid, c] of Object.entries(data.commitments)) {
    if (!isRecord(c))
      continue;
    scored(c, ["commitments", cid]);
    if (!isRecord(c.actions))
      continue;
    for (const [aid, a] of Object.entries(c.actions))
      if (isRecord(a))
        scored(a, ["commitments", cid, "actions", aid]);
  }
}
__name(checkScoreSources, "checkScoreSources");
function one(path, value, r, sourceAt, scale) {
  const written2 = sourceAt(path, value);
  if (!written2 || PLAIN.test(written2.source) && written2.tag === void 0)
    return;
  const shown2 = String(Number.isInteger(value) ? value : Math.round(value));
  const source = written2.tag ? `${tagged(written2.tag)} ${written2.source}` : written2.source;
  if (scale && Number.isInteger(value) && (value < scale.min || value > scale.max))
    r.drop(path, "score-out-of-scale");
  r.at(path, "invalid-score", () => scale && scorePhrase(source, scale) || r.msg("scoreNumeral", { value: shown2, source }));
}
__name(one, "one");
function tagged(tag) {
  return tag.startsWith("tag:yaml.org,2002:") ? `!!${tag.slice("tag:yaml.org,2002:".length)}` : tag;
}
__name(tagged, "tagged");

// dist/core/validate/rules/review-empty-text.js
var TOP = ["introduction", "context", "summary", "whatChanged", "nextSteps", "acknowledgements"];
var IN_RECOMMENDATION = ["title", "owner", "timeframe", "description"];
function keyName(path) {
  const last = [...path].reverse().find((k) => typeof k === "string");
  return String(last ?? path[path.length - 1] ?? "");
}
__name(keyName, "keyName");
function check(value, path, r) {
  if (typeof value === "string") {
    if (isBlankText(value))
      r.at(path, "review-empty-text", { review: "emptyText", params: { key: keyName(path) } }, { severity: "warning" });
    return;
  }
  if (!isRecord(value))
    return;
  const entries = Object.entries(value).filter(([, v]) => typeof v === "string");
  if (entries.length > 0 && entries.every(([, v]) => isBlankText(v))) {
    r.at(path, "review-empty-text", { review: "emptyText", params: { key: keyName(path) } }, { severity: "warning" });
    return;
  }
  for (const [lang, v] of entries) {
    if (isBlankText(v)) {
      r.at([...path, lang], "review-empty-text", { review: "emptyLangText", params: { key: keyName(path), lang } }, { severity: "warning" });
    }
  }
}
__name(check, "check");
function checkEmptyTexts(data, r) {
  for (const key of TOP)
    check(data[key], [key], r);
  if (isRecord(data.commitments))
    for (const [id, v] of Object.entries(data.commitments))
      check(v, ["commitments", id], r);
  if (Array.isArray(data.authors)) {
    data.authors.forEach((a, i) => {
      if (isRecord(a))
        check(a.role, ["authors", i, "role"], r);
    });
  }
  if (Array.isArray(data.recommendations)) {
    data.recommendations.forEach((rec, i) => {
      if (!isRecord(rec))
        return;
      for (const key of IN_RECOMMENDATION) {
        const value = rec[key];
        if (key === "title" && (typeof value === "string" || isRecord(value) && Object.values(value).every((v) => typeof v !== "string" || isBlankText(v))))
          continue;
        check(value, ["recommendations", i, key], r);
      }
    });
  }
}
__name(checkEmptyTexts, "checkEmptyTexts");

// dist/core/validate/rules/review.js
var LINK = /\[[^\]\n]*\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)/g;
function texts(value, path) {
  if (typeof value === "string")
    return [{ path, text: value }];
  if (isRecord(value))
    return Object.entries(value).flatMap(([k, v]) => typeof v === "string" ? [{ path: [...path, k], text: v }] : []);
  return [];
}
__name(texts, "texts");
function checkReview(data, framework2, r) {
  const t = /* @__PURE__ */ __name((review2, params) => ({ review: review2, params }), "t");
  const ids = framework2?.commitments.map((c) => c.id);
  const known = /* @__PURE__ */ __name((id, path, onKey) => {
    if (!ids || !framework2)
      return;
    const parsed = parseItemId(id, framework2, "commitment", { verbatim: true });
    if (!parsed.ok)
      r.at(path, "review-commitment", itemIdPhrase(parsed), { onKey });
  }, "known");
  if (isRecord(data.commitments))
    for (const id of Object.keys(data.commitments))
      known(id, ["commitments", id], true);
  checkTitles(data, r, t);
  checkEmptyTexts(data, r);
  const all = [];
  for (const key of ["introduction", "context", "summary", "whatChanged", "nextSteps", "acknowledgements"])
    all.push(...texts(data[key], [key]));
  if (isRecord(data.commitments))
    for (const [id, v] of Object.entries(data.commitments))
      all.push(...texts(v, ["commitments", id]));
  if (Array.isArray(data.recommendations)) {
    data.recommendations.forEach((rec, i) => {
      if (!isRecord(rec))
        return;
      if (Array.isArray(rec.commitments)) {
        rec.commitments.forEach((id, j) => {
          if (typeof id === "string" || typeof id === "number")
            known(String(id), ["recommendations", i, "commitments", j], false);
        });
      }
      for (const key of ["title", "owner", "timeframe", "description"])
        all.push(...texts(rec[key], ["recommendations", i, key]));
    });
  }
  for (const { path, text } of all) {
    let from = 0;
    for (const m of text.matchAll(LINK)) {
      const target = m[1] ?? "";
      if (/^(https?:\/\/|mailto:)/i.test(target))
        continue;
      const message = t("unsafeLink", { target });
      const needle = `](${target})`;
      const offset = linkOffset(r, path, needle, from);
      if (offset !== void 0) {
        from = offset + needle.length;
        r.atOffset(offset + 2, "review-link", message, "warning");
      } else if (!r.src && r.locator) {
        r.unlocated = true;
      } else {
        r.at(path, "review-link", message, { severity: "warning" });
      }
    }
  }
}
__name(checkReview, "checkReview");
function linkOffset(r, path, needle, from) {
  if (!r.src)
    return void 0;
  const { node } = nodeAt(r.src.doc, path);
  const range = node?.range;
  if (!range)
    return void 0;
  const at = r.src.text.indexOf(needle, Math.max(range[0], from));
  return at !== -1 && at < range[1] ? at : void 0;
}
__name(linkOffset, "linkOffset");
function checkTitles(data, r, t) {
  if (!Array.isArray(data.recommendations))
    return;
  data.recommendations.forEach((rec, i) => {
    if (!isRecord(rec) || !("title" in rec))
      return;
    const title = rec.title;
    const given = typeof title === "string" ? [title] : isRecord(title) ? Object.values(title) : [];
    const blank = typeof title === "number" ? false : given.filter((v) => typeof v === "string").every((v) => isBlankText(v));
    if (blank)
      r.at(["recommendations", i, "title"], "review-empty-title", t("emptyTitle", { n: i + 1 }));
  });
}
__name(checkTitles, "checkTitles");

// dist/core/validate/schema.js
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// dist/core/validate/compiled/options.js
var AJV_OPTIONS = {
  allErrors: true,
  strict: true,
  // `required: ["en"]` beside free-form language keys is intended.
  strictRequired: false,
  allowUnionTypes: true,
  // Errors carry the schema and data they are about, for human messages.
  verbose: true,
  // Dates are checked by our own rule (rules/date.ts), with a message that says why.
  validateFormats: false
};
function schemaHash(text) {
  return contentHash(text);
}
__name(schemaHash, "schemaHash");

// dist/generated/validators.js
var validators_exports = {};
__export(validators_exports, {
  assessment: () => assessment,
  benchmark: () => benchmark,
  framework: () => framework,
  hashes: () => hashes,
  practice: () => practice,
  review: () => review
});
import ucs2lengthModule from "ajv/dist/runtime/ucs2length.js";
var ucs2length = ucs2lengthModule.default ?? ucs2lengthModule;
var hashes = { "assessment": "a2d840a33cbf7c69", "framework": "02f7407587d3f977", "benchmark": "b21ce231e3c26053", "practice": "359258bd156cec95", "review": "fcfc0247f12361cc" };
var assessment = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:c21lab:schema:assessment:1", "title": "c21lab assessment (version 1)", "description": "One Culture 21 LAB self-assessment: the city, the people in the room, and the scores, votes, notes and evidence per commitment (and per action where the framework lists actions). Scores are checked against the framework's scale by `c21lab validate`, beyond this schema.", "type": "object", "required": ["c21lab", "framework", "city", "date", "language"], "additionalProperties": false, "patternProperties": { "^x-": { "title": "Extension", "description": "Keys starting with x- are yours: c21lab keeps them and ignores them." } }, "properties": { "c21lab": { "title": "File kind and format version", "description": "Always `assessment/1` for this format. Tells c21lab (and you, in a year) what the file is.", "const": "assessment/1" }, "framework": { "title": "Framework", "description": "The id of a bundled framework (`culture21-actions`) or a path, relative to this file, to a framework YAML file of your own.", "type": "string", "minLength": 1 }, "city": { "title": "City", "description": "The city (or local government) that held the LAB.", "type": "string", "minLength": 1 }, "country": { "title": "Country", "description": "ISO 3166-1 alpha-2 code in capitals, e.g. `FR`, `AR`. `ZZ` marks a fictional place.", "type": "string", "pattern": "^[A-Z]{2}$" }, "date": { "title": "Date of the LAB", "description": "First day of the LAB, as YYYY-MM-DD. Quoted or not, it must be a real calendar date.", "type": "string", "format": "date" }, "language": { "title": "Language", "description": "Language of the LAB and of its report: `en`, `fr` or `es`.", "enum": ["en", "fr", "es"] }, "title": { "title": "Title", "description": "Optional title of the LAB, e.g. `Culture 21 LAB \u2014 Exampleville 2026`.", "type": "string" }, "facilitators": { "title": "Facilitators", "description": "Who ran the LAB (names).", "type": "array", "items": { "type": "string", "minLength": 1 } }, "experts": { "title": "Experts", "description": "Expert(s) appointed to assist the LAB and write the report (names).", "type": "array", "items": { "type": "string", "minLength": 1 } }, "settings": { "title": "Walkthrough settings", "description": "How `c21lab assess` runs for this file.", "type": "object", "additionalProperties": false, "properties": { "votes": { "title": "Collect individual votes", "description": "When true, `c21lab assess` asks every participant's vote before the agreed score (as `--votes` does).", "type": "boolean" } } }, "participants": { "title": "Participants", "description": "The local actors in the room. Votes refer to them by `id`; the report lists them in an annex.", "type": "array", "items": { "$ref": "#/$defs/participant" } }, "commitments": { "title": "Commitments", "description": 'Results per commitment, keyed by the framework\'s commitment id (`"1"` \u2026 `"9"`). A commitment that is absent has not been scored yet.', "type": "object", "additionalProperties": { "$ref": "#/$defs/commitment" } } }, "$defs": { "participant": { "title": "Participant", "type": "object", "required": ["id", "name"], "additionalProperties": false, "patternProperties": { "^x-": { "title": "Extension" } }, "properties": { "id": { "title": "Participant id", "description": "Short unique id used in votes, e.g. `p1` or `maria`. Letters, digits, `-` and `_`, at most 64 characters. Unique whatever the case: `P1` and `p1` cannot both be declared.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]*$", "maxLength": 64 }, "name": { "title": "Name", "description": "Name as it appears in the report's annex.", "type": "string", "minLength": 1 }, "organisation": { "title": "Organisation", "description": "Department, association, company or university.", "type": "string" }, "sector": { "title": "Sector", "description": "One of: local-government, civil-society, private, academia, other. The report shows participation by sector.", "enum": ["local-government", "civil-society", "private", "academia", "other"] }, "role": { "title": "Role", "description": "Optional role or position.", "type": "string" } } }, "score": { "title": "Score", "description": "A whole number on the framework's scale (1\u20139 for Culture 21 Actions), or `n/a` when the item does not apply. Leave it out while not yet scored.", "oneOf": [{ "type": "integer" }, { "const": "n/a" }] }, "votes": { "title": "Individual votes", "description": "Each participant's own score, keyed by participant id. The agreed `score` is what counts; the spread of the votes is reported.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]*$", "maxLength": 64 }, "additionalProperties": { "$ref": "#/$defs/score" } }, "evidence": { "title": "Evidence", "description": "References that support the score: plain text, or `{ title, url }`.", "type": "array", "items": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "object", "required": ["title"], "additionalProperties": false, "properties": { "title": { "title": "Title", "type": "string", "minLength": 1 }, "url": { "title": "Link", "description": "Where the evidence can be found.", "type": "string", "minLength": 1 } } }] } }, "action": { "title": "Action result", "type": "object", "additionalProperties": false, "patternProperties": { "^x-": { "title": "Extension" } }, "properties": { "score": { "$ref": "#/$defs/score" }, "votes": { "$ref": "#/$defs/votes" }, "notes": { "title": "Notes", "description": "What the group said: arguments, disagreements, examples.", "type": "string" }, "evidence": { "$ref": "#/$defs/evidence" } } }, "commitment": { "title": "Commitment result", "type": "object", "additionalProperties": false, "patternProperties": { "^x-": { "title": "Extension" } }, "properties": { "score": { "$ref": "#/$defs/score", "description": "The agreed score of the commitment. Only when the framework lists no actions for it; otherwise score the actions." }, "votes": { "$ref": "#/$defs/votes" }, "notes": { "title": "Notes", "description": "What the group said: arguments, disagreements, examples.", "type": "string" }, "evidence": { "$ref": "#/$defs/evidence" }, "actions": { "title": "Actions", "description": 'Results per action, keyed by the framework\'s action id (quote ids such as `"1.10"`).', "type": "object", "additionalProperties": { "$ref": "#/$defs/action" } } } } } };
var schema32 = { "title": "Participant", "type": "object", "required": ["id", "name"], "additionalProperties": false, "patternProperties": { "^x-": { "title": "Extension" } }, "properties": { "id": { "title": "Participant id", "description": "Short unique id used in votes, e.g. `p1` or `maria`. Letters, digits, `-` and `_`, at most 64 characters. Unique whatever the case: `P1` and `p1` cannot both be declared.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]*$", "maxLength": 64 }, "name": { "title": "Name", "description": "Name as it appears in the report's annex.", "type": "string", "minLength": 1 }, "organisation": { "title": "Organisation", "description": "Department, association, company or university.", "type": "string" }, "sector": { "title": "Sector", "description": "One of: local-government, civil-society, private, academia, other. The report shows participation by sector.", "enum": ["local-government", "civil-society", "private", "academia", "other"] }, "role": { "title": "Role", "description": "Optional role or position.", "type": "string" } } };
var func1 = Object.prototype.hasOwnProperty;
var func2 = ucs2length;
var pattern4 = new RegExp("^x-", "u");
var pattern5 = new RegExp("^[A-Z]{2}$", "u");
var pattern7 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_-]*$", "u");
var schema33 = { "title": "Commitment result", "type": "object", "additionalProperties": false, "patternProperties": { "^x-": { "title": "Extension" } }, "properties": { "score": { "$ref": "#/$defs/score", "description": "The agreed score of the commitment. Only when the framework lists no actions for it; otherwise score the actions." }, "votes": { "$ref": "#/$defs/votes" }, "notes": { "title": "Notes", "description": "What the group said: arguments, disagreements, examples.", "type": "string" }, "evidence": { "$ref": "#/$defs/evidence" }, "actions": { "title": "Actions", "description": 'Results per action, keyed by the framework\'s action id (quote ids such as `"1.10"`).', "type": "object", "additionalProperties": { "$ref": "#/$defs/action" } } } };
var schema34 = { "title": "Score", "description": "A whole number on the framework's scale (1\u20139 for Culture 21 Actions), or `n/a` when the item does not apply. Leave it out while not yet scored.", "oneOf": [{ "type": "integer" }, { "const": "n/a" }] };
var schema37 = { "title": "Evidence", "description": "References that support the score: plain text, or `{ title, url }`.", "type": "array", "items": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "object", "required": ["title"], "additionalProperties": false, "properties": { "title": { "title": "Title", "type": "string", "minLength": 1 }, "url": { "title": "Link", "description": "Where the evidence can be found.", "type": "string", "minLength": 1 } } }] } };
var schema35 = { "title": "Individual votes", "description": "Each participant's own score, keyed by participant id. The agreed `score` is what counts; the spread of the votes is reported.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]*$", "maxLength": 64 }, "additionalProperties": { "$ref": "#/$defs/score" } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (func2(key0) > 64) {
          const err0 = { instancePath, schemaPath: "#/propertyNames/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema35.propertyNames, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (!pattern7.test(key0)) {
          const err1 = { instancePath, schemaPath: "#/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9_-]*$", parentSchema: schema35.propertyNames, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema35.propertyNames, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      const _errs5 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs6 = errors;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/score/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.oneOf[0].type, parentSchema: schema34.oneOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs8 = errors;
      if ("n/a" !== data0) {
        const err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/score/oneOf/1/const", keyword: "const", params: { allowedValue: "n/a" }, message: "must be equal to constant", schema: "n/a", parentSchema: schema34.oneOf[1], data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var _valid0 = _errs8 === errors;
      if (_valid0 && valid3) {
        valid3 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid3 = true;
          passing0 = 1;
        }
      }
      if (!valid3) {
        const err5 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/score/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema34.oneOf, parentSchema: schema34, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
__name(validate22, "validate22");
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema38 = { "title": "Action result", "type": "object", "additionalProperties": false, "patternProperties": { "^x-": { "title": "Extension" } }, "properties": { "score": { "$ref": "#/$defs/score" }, "votes": { "$ref": "#/$defs/votes" }, "notes": { "title": "Notes", "description": "What the group said: arguments, disagreements, examples.", "type": "string" }, "evidence": { "$ref": "#/$defs/evidence" } } };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "score" || key0 === "votes" || key0 === "notes" || key0 === "evidence" || pattern4.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.score !== void 0) {
      let data0 = data.score;
      const _errs4 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs5 = errors;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err1 = { instancePath: instancePath + "/score", schemaPath: "#/$defs/score/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.oneOf[0].type, parentSchema: schema34.oneOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs7 = errors;
      if ("n/a" !== data0) {
        const err2 = { instancePath: instancePath + "/score", schemaPath: "#/$defs/score/oneOf/1/const", keyword: "const", params: { allowedValue: "n/a" }, message: "must be equal to constant", schema: "n/a", parentSchema: schema34.oneOf[1], data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err3 = { instancePath: instancePath + "/score", schemaPath: "#/$defs/score/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema34.oneOf, parentSchema: schema34, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.votes !== void 0) {
      if (!validate22(data.votes, { instancePath: instancePath + "/votes", parentData: data, parentDataProperty: "votes", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.notes !== void 0) {
      let data2 = data.notes;
      if (typeof data2 !== "string") {
        const err4 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.notes.type, parentSchema: schema38.properties.notes, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data3 = data.evidence;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          const _errs15 = errors;
          let valid6 = false;
          let passing1 = null;
          const _errs16 = errors;
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err5 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/$defs/evidence/items/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items.oneOf[0], data: data4 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/$defs/evidence/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.oneOf[0].type, parentSchema: schema37.items.oneOf[0], data: data4 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          var _valid1 = _errs16 === errors;
          if (_valid1) {
            valid6 = true;
            passing1 = 0;
          }
          const _errs18 = errors;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.title === void 0) {
              const err7 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/$defs/evidence/items/oneOf/1/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema37.items.oneOf[1].required, parentSchema: schema37.items.oneOf[1], data: data4 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            for (const key1 in data4) {
              if (!(key1 === "title" || key1 === "url")) {
                const err8 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/$defs/evidence/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.items.oneOf[1], data: data4 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data4.title !== void 0) {
              let data5 = data4.title;
              if (typeof data5 === "string") {
                if (func2(data5) < 1) {
                  const err9 = { instancePath: instancePath + "/evidence/" + i0 + "/title", schemaPath: "#/$defs/evidence/items/oneOf/1/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items.oneOf[1].properties.title, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              } else {
                const err10 = { instancePath: instancePath + "/evidence/" + i0 + "/title", schemaPath: "#/$defs/evidence/items/oneOf/1/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.oneOf[1].properties.title.type, parentSchema: schema37.items.oneOf[1].properties.title, data: data5 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data4.url !== void 0) {
              let data6 = data4.url;
              if (typeof data6 === "string") {
                if (func2(data6) < 1) {
                  const err11 = { instancePath: instancePath + "/evidence/" + i0 + "/url", schemaPath: "#/$defs/evidence/items/oneOf/1/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items.oneOf[1].properties.url, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/evidence/" + i0 + "/url", schemaPath: "#/$defs/evidence/items/oneOf/1/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.oneOf[1].properties.url.type, parentSchema: schema37.items.oneOf[1].properties.url, data: data6 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/$defs/evidence/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.items.oneOf[1].type, parentSchema: schema37.items.oneOf[1], data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          var _valid1 = _errs18 === errors;
          if (_valid1 && valid6) {
            valid6 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid6 = true;
              passing1 = 1;
            }
          }
          if (!valid6) {
            const err14 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/$defs/evidence/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema37.items.oneOf, parentSchema: schema37.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          } else {
            errors = _errs15;
            if (vErrors !== null) {
              if (_errs15) {
                vErrors.length = _errs15;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/evidence", schemaPath: "#/$defs/evidence/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.type, parentSchema: schema37, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
__name(validate24, "validate24");
validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "score" || key0 === "votes" || key0 === "notes" || key0 === "evidence" || key0 === "actions" || pattern4.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.score !== void 0) {
      let data0 = data.score;
      const _errs4 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs5 = errors;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err1 = { instancePath: instancePath + "/score", schemaPath: "#/$defs/score/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.oneOf[0].type, parentSchema: schema34.oneOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs7 = errors;
      if ("n/a" !== data0) {
        const err2 = { instancePath: instancePath + "/score", schemaPath: "#/$defs/score/oneOf/1/const", keyword: "const", params: { allowedValue: "n/a" }, message: "must be equal to constant", schema: "n/a", parentSchema: schema34.oneOf[1], data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err3 = { instancePath: instancePath + "/score", schemaPath: "#/$defs/score/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema34.oneOf, parentSchema: schema34, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.votes !== void 0) {
      if (!validate22(data.votes, { instancePath: instancePath + "/votes", parentData: data, parentDataProperty: "votes", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.notes !== void 0) {
      let data2 = data.notes;
      if (typeof data2 !== "string") {
        const err4 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.notes.type, parentSchema: schema33.properties.notes, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data3 = data.evidence;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          const _errs15 = errors;
          let valid6 = false;
          let passing1 = null;
          const _errs16 = errors;
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err5 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/$defs/evidence/items/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items.oneOf[0], data: data4 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/$defs/evidence/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.oneOf[0].type, parentSchema: schema37.items.oneOf[0], data: data4 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          var _valid1 = _errs16 === errors;
          if (_valid1) {
            valid6 = true;
            passing1 = 0;
          }
          const _errs18 = errors;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.title === void 0) {
              const err7 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/$defs/evidence/items/oneOf/1/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema37.items.oneOf[1].required, parentSchema: schema37.items.oneOf[1], data: data4 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            for (const key1 in data4) {
              if (!(key1 === "title" || key1 === "url")) {
                const err8 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/$defs/evidence/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.items.oneOf[1], data: data4 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data4.title !== void 0) {
              let data5 = data4.title;
              if (typeof data5 === "string") {
                if (func2(data5) < 1) {
                  const err9 = { instancePath: instancePath + "/evidence/" + i0 + "/title", schemaPath: "#/$defs/evidence/items/oneOf/1/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items.oneOf[1].properties.title, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              } else {
                const err10 = { instancePath: instancePath + "/evidence/" + i0 + "/title", schemaPath: "#/$defs/evidence/items/oneOf/1/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.oneOf[1].properties.title.type, parentSchema: schema37.items.oneOf[1].properties.title, data: data5 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data4.url !== void 0) {
              let data6 = data4.url;
              if (typeof data6 === "string") {
                if (func2(data6) < 1) {
                  const err11 = { instancePath: instancePath + "/evidence/" + i0 + "/url", schemaPath: "#/$defs/evidence/items/oneOf/1/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items.oneOf[1].properties.url, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/evidence/" + i0 + "/url", schemaPath: "#/$defs/evidence/items/oneOf/1/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.oneOf[1].properties.url.type, parentSchema: schema37.items.oneOf[1].properties.url, data: data6 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/$defs/evidence/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.items.oneOf[1].type, parentSchema: schema37.items.oneOf[1], data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          var _valid1 = _errs18 === errors;
          if (_valid1 && valid6) {
            valid6 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid6 = true;
              passing1 = 1;
            }
          }
          if (!valid6) {
            const err14 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/$defs/evidence/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema37.items.oneOf, parentSchema: schema37.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          } else {
            errors = _errs15;
            if (vErrors !== null) {
              if (_errs15) {
                vErrors.length = _errs15;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/evidence", schemaPath: "#/$defs/evidence/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.type, parentSchema: schema37, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.actions !== void 0) {
      let data7 = data.actions;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key2 in data7) {
          if (!validate24(data7[key2], { instancePath: instancePath + "/actions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data7, parentDataProperty: key2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.actions.type, parentSchema: schema33.properties.actions, data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
__name(validate21, "validate21");
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.c21lab === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "c21lab" }, message: "must have required property 'c21lab'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.framework === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "framework" }, message: "must have required property 'framework'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.city === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "city" }, message: "must have required property 'city'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.date === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.language === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "language" }, message: "must have required property 'language'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema31.properties, key0) || pattern4.test(key0))) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.c21lab !== void 0) {
      let data0 = data.c21lab;
      if ("assessment/1" !== data0) {
        const err6 = { instancePath: instancePath + "/c21lab", schemaPath: "#/properties/c21lab/const", keyword: "const", params: { allowedValue: "assessment/1" }, message: "must be equal to constant", schema: "assessment/1", parentSchema: schema31.properties.c21lab, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.framework !== void 0) {
      let data1 = data.framework;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err7 = { instancePath: instancePath + "/framework", schemaPath: "#/properties/framework/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.framework, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/framework", schemaPath: "#/properties/framework/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.framework.type, parentSchema: schema31.properties.framework, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.city !== void 0) {
      let data2 = data.city;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err9 = { instancePath: instancePath + "/city", schemaPath: "#/properties/city/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.city, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/city", schemaPath: "#/properties/city/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.city.type, parentSchema: schema31.properties.city, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.country !== void 0) {
      let data3 = data.country;
      if (typeof data3 === "string") {
        if (!pattern5.test(data3)) {
          const err11 = { instancePath: instancePath + "/country", schemaPath: "#/properties/country/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, message: 'must match pattern "^[A-Z]{2}$"', schema: "^[A-Z]{2}$", parentSchema: schema31.properties.country, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/country", schemaPath: "#/properties/country/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.country.type, parentSchema: schema31.properties.country, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.date !== void 0) {
      let data4 = data.date;
      if (!(typeof data4 === "string")) {
        const err13 = { instancePath: instancePath + "/date", schemaPath: "#/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.date.type, parentSchema: schema31.properties.date, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.language !== void 0) {
      let data5 = data.language;
      if (!(data5 === "en" || data5 === "fr" || data5 === "es")) {
        const err14 = { instancePath: instancePath + "/language", schemaPath: "#/properties/language/enum", keyword: "enum", params: { allowedValues: schema31.properties.language.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.language.enum, parentSchema: schema31.properties.language, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data6 = data.title;
      if (typeof data6 !== "string") {
        const err15 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.title.type, parentSchema: schema31.properties.title, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.facilitators !== void 0) {
      let data7 = data.facilitators;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (typeof data8 === "string") {
            if (func2(data8) < 1) {
              const err16 = { instancePath: instancePath + "/facilitators/" + i0, schemaPath: "#/properties/facilitators/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.facilitators.items, data: data8 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/facilitators/" + i0, schemaPath: "#/properties/facilitators/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.facilitators.items.type, parentSchema: schema31.properties.facilitators.items, data: data8 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/facilitators", schemaPath: "#/properties/facilitators/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.facilitators.type, parentSchema: schema31.properties.facilitators, data: data7 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.experts !== void 0) {
      let data9 = data.experts;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data10 = data9[i1];
          if (typeof data10 === "string") {
            if (func2(data10) < 1) {
              const err19 = { instancePath: instancePath + "/experts/" + i1, schemaPath: "#/properties/experts/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.experts.items, data: data10 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/experts/" + i1, schemaPath: "#/properties/experts/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.experts.items.type, parentSchema: schema31.properties.experts.items, data: data10 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/experts", schemaPath: "#/properties/experts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.experts.type, parentSchema: schema31.properties.experts, data: data9 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.settings !== void 0) {
      let data11 = data.settings;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key1 in data11) {
          if (!(key1 === "votes")) {
            const err22 = { instancePath: instancePath + "/settings", schemaPath: "#/properties/settings/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.settings, data: data11 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data11.votes !== void 0) {
          let data12 = data11.votes;
          if (typeof data12 !== "boolean") {
            const err23 = { instancePath: instancePath + "/settings/votes", schemaPath: "#/properties/settings/properties/votes/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.settings.properties.votes.type, parentSchema: schema31.properties.settings.properties.votes, data: data12 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/settings", schemaPath: "#/properties/settings/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.settings.type, parentSchema: schema31.properties.settings, data: data11 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.participants !== void 0) {
      let data13 = data.participants;
      if (Array.isArray(data13)) {
        const len2 = data13.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data14 = data13[i2];
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.id === void 0) {
              const err25 = { instancePath: instancePath + "/participants/" + i2, schemaPath: "#/$defs/participant/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema32.required, parentSchema: schema32, data: data14 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data14.name === void 0) {
              const err26 = { instancePath: instancePath + "/participants/" + i2, schemaPath: "#/$defs/participant/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema32.required, parentSchema: schema32, data: data14 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            for (const key2 in data14) {
              if (!(key2 === "id" || key2 === "name" || key2 === "organisation" || key2 === "sector" || key2 === "role" || pattern4.test(key2))) {
                const err27 = { instancePath: instancePath + "/participants/" + i2, schemaPath: "#/$defs/participant/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data: data14 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data14.id !== void 0) {
              let data15 = data14.id;
              if (typeof data15 === "string") {
                if (func2(data15) > 64) {
                  const err28 = { instancePath: instancePath + "/participants/" + i2 + "/id", schemaPath: "#/$defs/participant/properties/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema32.properties.id, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (!pattern7.test(data15)) {
                  const err29 = { instancePath: instancePath + "/participants/" + i2 + "/id", schemaPath: "#/$defs/participant/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9_-]*$", parentSchema: schema32.properties.id, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/participants/" + i2 + "/id", schemaPath: "#/$defs/participant/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.id.type, parentSchema: schema32.properties.id, data: data15 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data14.name !== void 0) {
              let data16 = data14.name;
              if (typeof data16 === "string") {
                if (func2(data16) < 1) {
                  const err31 = { instancePath: instancePath + "/participants/" + i2 + "/name", schemaPath: "#/$defs/participant/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.name, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/participants/" + i2 + "/name", schemaPath: "#/$defs/participant/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.name.type, parentSchema: schema32.properties.name, data: data16 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data14.organisation !== void 0) {
              let data17 = data14.organisation;
              if (typeof data17 !== "string") {
                const err33 = { instancePath: instancePath + "/participants/" + i2 + "/organisation", schemaPath: "#/$defs/participant/properties/organisation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.organisation.type, parentSchema: schema32.properties.organisation, data: data17 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data14.sector !== void 0) {
              let data18 = data14.sector;
              if (!(data18 === "local-government" || data18 === "civil-society" || data18 === "private" || data18 === "academia" || data18 === "other")) {
                const err34 = { instancePath: instancePath + "/participants/" + i2 + "/sector", schemaPath: "#/$defs/participant/properties/sector/enum", keyword: "enum", params: { allowedValues: schema32.properties.sector.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.sector.enum, parentSchema: schema32.properties.sector, data: data18 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data14.role !== void 0) {
              let data19 = data14.role;
              if (typeof data19 !== "string") {
                const err35 = { instancePath: instancePath + "/participants/" + i2 + "/role", schemaPath: "#/$defs/participant/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.role.type, parentSchema: schema32.properties.role, data: data19 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
          } else {
            const err36 = { instancePath: instancePath + "/participants/" + i2, schemaPath: "#/$defs/participant/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data14 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/participants", schemaPath: "#/properties/participants/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.participants.type, parentSchema: schema31.properties.participants, data: data13 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.commitments !== void 0) {
      let data20 = data.commitments;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key3 in data20) {
          if (!validate21(data20[key3], { instancePath: instancePath + "/commitments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data20, parentDataProperty: key3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/commitments", schemaPath: "#/properties/commitments/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.commitments.type, parentSchema: schema31.properties.commitments, data: data20 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
  } else {
    const err39 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err39];
    } else {
      vErrors.push(err39);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
__name(validate20, "validate20");
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var framework = validate28;
var schema41 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:c21lab:schema:framework:1", "title": "c21lab framework (version 1)", "description": "A self-assessment framework as data: its commitments (and optional actions) with titles in several languages, the scoring scale with its bands, and how a mean score becomes a percentage.", "type": "object", "required": ["c21lab", "id", "title", "scale", "percent", "commitments"], "additionalProperties": false, "patternProperties": { "^x-": { "title": "Extension" } }, "properties": { "c21lab": { "title": "File kind and format version", "description": "Always `framework/1`.", "const": "framework/1" }, "id": { "title": "Framework id", "description": "Short id that assessments and benchmarks name in their `framework` key, e.g. `culture21-actions`.", "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]*$" }, "version": { "title": "Version", "description": "Version or year of the framework text.", "type": "string" }, "title": { "$ref": "#/$defs/text", "title": "Title", "description": "Name of the framework, per language." }, "description": { "$ref": "#/$defs/text", "title": "Description" }, "source": { "title": "Source", "description": "Where the framework comes from, and what in this file is ours rather than the source's.", "type": "object", "additionalProperties": false, "properties": { "title": { "title": "Title of the source document", "type": "string" }, "publisher": { "title": "Publisher", "oneOf": [{ "type": "string" }, { "type": "object", "required": ["en"], "additionalProperties": false, "patternProperties": { "^(en|fr|es)$": { "title": "The text in one language", "type": "string" } } }], "description": "A string, or the same text per language: `{ en: \u2026, fr: \u2026, es: \u2026 }` (en required)." }, "year": { "title": "Year", "type": "integer" }, "url": { "title": "Link", "type": "string" }, "note": { "title": "Note", "description": "What was taken from the source and what was written for c21lab. A string, or the same text per language: `{ en: \u2026, fr: \u2026, es: \u2026 }` (en required).", "oneOf": [{ "type": "string" }, { "type": "object", "required": ["en"], "additionalProperties": false, "patternProperties": { "^(en|fr|es)$": { "title": "The text in one language", "type": "string" } } }] } } }, "scale": { "title": "Scale", "description": "Whole-number scale for every item, with its bands. Bands must cover the scale without gaps or overlaps.", "type": "object", "required": ["min", "max", "bands"], "additionalProperties": false, "properties": { "min": { "title": "Lowest score", "type": "integer" }, "max": { "title": "Highest score", "type": "integer" }, "bands": { "title": "Bands", "description": "Named ranges of the scale, lowest first (e.g. emerging 1\u20133, developing 4\u20136, advanced 7\u20139).", "type": "array", "minItems": 1, "items": { "type": "object", "required": ["id", "min", "max", "label"], "additionalProperties": false, "properties": { "id": { "title": "Band id", "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$" }, "min": { "title": "Lowest score in the band", "type": "integer" }, "max": { "title": "Highest score in the band", "type": "integer" }, "label": { "$ref": "#/$defs/text", "title": "Label" }, "description": { "$ref": "#/$defs/text", "title": "What the band means" } } } } } }, "percent": { "title": "Percent formula", "description": "How a commitment's mean score becomes the percentage drawn on the radar. `linear`: (mean \u2212 min) / (max \u2212 min) \xD7 100.", "type": "object", "required": ["formula"], "additionalProperties": false, "properties": { "formula": { "title": "Formula", "enum": ["linear"] }, "decimals": { "title": "Decimals", "description": "Digits after the decimal point (default 1).", "type": "integer", "minimum": 0, "maximum": 3 } } }, "commitments": { "title": "Commitments", "description": "The framework's top-level items, in the order the radar draws them.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/commitment" } } }, "$defs": { "text": { "title": "Text in several languages", "description": "Keyed by language code. `en` is required and is used where a language is missing.", "type": "object", "required": ["en"], "properties": { "en": { "title": "English", "type": "string", "minLength": 1 }, "fr": { "title": "Fran\xE7ais", "type": "string", "minLength": 1 }, "es": { "title": "Espa\xF1ol", "type": "string", "minLength": 1 } }, "propertyNames": { "pattern": "^[a-z]{2}$" }, "additionalProperties": { "type": "string", "minLength": 1 } }, "action": { "title": "Action", "type": "object", "required": ["id", "title"], "additionalProperties": false, "properties": { "id": { "title": "Action id", "description": "Unique within the framework, e.g. `1.1`. Always a string.", "type": "string", "minLength": 1 }, "title": { "$ref": "#/$defs/text", "title": "Action text" }, "description": { "$ref": "#/$defs/text", "title": "Description" } } }, "commitment": { "title": "Commitment", "type": "object", "required": ["id", "title"], "additionalProperties": false, "patternProperties": { "^x-": { "title": "Extension" } }, "properties": { "id": { "title": "Commitment id", "description": "Unique within the framework, e.g. `1`. Always a string.", "type": "string", "minLength": 1 }, "title": { "$ref": "#/$defs/text", "title": "Title" }, "short": { "$ref": "#/$defs/text", "title": "Short title", "description": "A short label for radar axes." }, "description": { "$ref": "#/$defs/text", "title": "Description" }, "prompts": { "title": "Discussion prompts", "description": "Questions the facilitator puts to the room before scoring.", "type": "array", "items": { "$ref": "#/$defs/text" } }, "actions": { "title": "Actions", "description": "Optional list of actions. When present, the actions are scored and the commitment's score is their mean.", "type": "array", "items": { "$ref": "#/$defs/action" } } } } } };
var schema42 = { "title": "Text in several languages", "description": "Keyed by language code. `en` is required and is used where a language is missing.", "type": "object", "required": ["en"], "properties": { "en": { "title": "English", "type": "string", "minLength": 1 }, "fr": { "title": "Fran\xE7ais", "type": "string", "minLength": 1 }, "es": { "title": "Espa\xF1ol", "type": "string", "minLength": 1 } }, "propertyNames": { "pattern": "^[a-z]{2}$" }, "additionalProperties": { "type": "string", "minLength": 1 } };
var pattern12 = new RegExp("^[a-z0-9][a-z0-9._-]*$", "u");
var pattern13 = new RegExp("^[a-z]{2}$", "u");
var pattern15 = new RegExp("^(en|fr|es)$", "u");
var pattern19 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");
var schema46 = { "title": "Commitment", "type": "object", "required": ["id", "title"], "additionalProperties": false, "patternProperties": { "^x-": { "title": "Extension" } }, "properties": { "id": { "title": "Commitment id", "description": "Unique within the framework, e.g. `1`. Always a string.", "type": "string", "minLength": 1 }, "title": { "$ref": "#/$defs/text", "title": "Title" }, "short": { "$ref": "#/$defs/text", "title": "Short title", "description": "A short label for radar axes." }, "description": { "$ref": "#/$defs/text", "title": "Description" }, "prompts": { "title": "Discussion prompts", "description": "Questions the facilitator puts to the room before scoring.", "type": "array", "items": { "$ref": "#/$defs/text" } }, "actions": { "title": "Actions", "description": "Optional list of actions. When present, the actions are scored and the commitment's score is their mean.", "type": "array", "items": { "$ref": "#/$defs/action" } } } };
var schema51 = { "title": "Action", "type": "object", "required": ["id", "title"], "additionalProperties": false, "properties": { "id": { "title": "Action id", "description": "Unique within the framework, e.g. `1.1`. Always a string.", "type": "string", "minLength": 1 }, "title": { "$ref": "#/$defs/text", "title": "Action text" }, "description": { "$ref": "#/$defs/text", "title": "Description" } } };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "title" || key0 === "description")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema51.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.id.type, parentSchema: schema51.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.en === void 0) {
          const err5 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/text/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'", schema: schema42.required, parentSchema: schema42, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key1 in data1) {
          const _errs7 = errors;
          if (typeof key1 === "string") {
            if (!pattern13.test(key1)) {
              const err6 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/text/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}$" }, message: 'must match pattern "^[a-z]{2}$"', schema: "^[a-z]{2}$", parentSchema: schema42.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
          var valid2 = _errs7 === errors;
          if (!valid2) {
            const err7 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/text/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema42.propertyNames, parentSchema: schema42, data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        for (const key2 in data1) {
          if (!(key2 === "en" || key2 === "fr" || key2 === "es")) {
            let data2 = data1[key2];
            if (typeof data2 === "string") {
              if (func2(data2) < 1) {
                const err8 = { instancePath: instancePath + "/title/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.additionalProperties, data: data2 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            } else {
              const err9 = { instancePath: instancePath + "/title/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.additionalProperties.type, parentSchema: schema42.additionalProperties, data: data2 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          }
        }
        if (data1.en !== void 0) {
          let data3 = data1.en;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err10 = { instancePath: instancePath + "/title/en", schemaPath: "#/$defs/text/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.en, data: data3 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/title/en", schemaPath: "#/$defs/text/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.en.type, parentSchema: schema42.properties.en, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data1.fr !== void 0) {
          let data4 = data1.fr;
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err12 = { instancePath: instancePath + "/title/fr", schemaPath: "#/$defs/text/properties/fr/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.fr, data: data4 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/title/fr", schemaPath: "#/$defs/text/properties/fr/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.fr.type, parentSchema: schema42.properties.fr, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data1.es !== void 0) {
          let data5 = data1.es;
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err14 = { instancePath: instancePath + "/title/es", schemaPath: "#/$defs/text/properties/es/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.es, data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/title/es", schemaPath: "#/$defs/text/properties/es/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.es.type, parentSchema: schema42.properties.es, data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data1 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data6 = data.description;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.en === void 0) {
          const err17 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'", schema: schema42.required, parentSchema: schema42, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key3 in data6) {
          const _errs20 = errors;
          if (typeof key3 === "string") {
            if (!pattern13.test(key3)) {
              const err18 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}$" }, message: 'must match pattern "^[a-z]{2}$"', schema: "^[a-z]{2}$", parentSchema: schema42.propertyNames, data: key3, propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
          var valid6 = _errs20 === errors;
          if (!valid6) {
            const err19 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema42.propertyNames, parentSchema: schema42, data: data6 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        for (const key4 in data6) {
          if (!(key4 === "en" || key4 === "fr" || key4 === "es")) {
            let data7 = data6[key4];
            if (typeof data7 === "string") {
              if (func2(data7) < 1) {
                const err20 = { instancePath: instancePath + "/description/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.additionalProperties, data: data7 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            } else {
              const err21 = { instancePath: instancePath + "/description/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.additionalProperties.type, parentSchema: schema42.additionalProperties, data: data7 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
        }
        if (data6.en !== void 0) {
          let data8 = data6.en;
          if (typeof data8 === "string") {
            if (func2(data8) < 1) {
              const err22 = { instancePath: instancePath + "/description/en", schemaPath: "#/$defs/text/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.en, data: data8 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/description/en", schemaPath: "#/$defs/text/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.en.type, parentSchema: schema42.properties.en, data: data8 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data6.fr !== void 0) {
          let data9 = data6.fr;
          if (typeof data9 === "string") {
            if (func2(data9) < 1) {
              const err24 = { instancePath: instancePath + "/description/fr", schemaPath: "#/$defs/text/properties/fr/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.fr, data: data9 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/description/fr", schemaPath: "#/$defs/text/properties/fr/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.fr.type, parentSchema: schema42.properties.fr, data: data9 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data6.es !== void 0) {
          let data10 = data6.es;
          if (typeof data10 === "string") {
            if (func2(data10) < 1) {
              const err26 = { instancePath: instancePath + "/description/es", schemaPath: "#/$defs/text/properties/es/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.es, data: data10 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/description/es", schemaPath: "#/$defs/text/properties/es/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.es.type, parentSchema: schema42.properties.es, data: data10 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data6 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
  } else {
    const err29 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data };
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
__name(validate30, "validate30");
validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "title" || key0 === "short" || key0 === "description" || key0 === "prompts" || key0 === "actions" || pattern4.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.id.type, parentSchema: schema46.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.en === void 0) {
          const err5 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/text/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'", schema: schema42.required, parentSchema: schema42, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key1 in data1) {
          const _errs7 = errors;
          if (typeof key1 === "string") {
            if (!pattern13.test(key1)) {
              const err6 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/text/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}$" }, message: 'must match pattern "^[a-z]{2}$"', schema: "^[a-z]{2}$", parentSchema: schema42.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
          var valid2 = _errs7 === errors;
          if (!valid2) {
            const err7 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/text/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema42.propertyNames, parentSchema: schema42, data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        for (const key2 in data1) {
          if (!(key2 === "en" || key2 === "fr" || key2 === "es")) {
            let data2 = data1[key2];
            if (typeof data2 === "string") {
              if (func2(data2) < 1) {
                const err8 = { instancePath: instancePath + "/title/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.additionalProperties, data: data2 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            } else {
              const err9 = { instancePath: instancePath + "/title/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.additionalProperties.type, parentSchema: schema42.additionalProperties, data: data2 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          }
        }
        if (data1.en !== void 0) {
          let data3 = data1.en;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err10 = { instancePath: instancePath + "/title/en", schemaPath: "#/$defs/text/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.en, data: data3 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/title/en", schemaPath: "#/$defs/text/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.en.type, parentSchema: schema42.properties.en, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data1.fr !== void 0) {
          let data4 = data1.fr;
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err12 = { instancePath: instancePath + "/title/fr", schemaPath: "#/$defs/text/properties/fr/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.fr, data: data4 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/title/fr", schemaPath: "#/$defs/text/properties/fr/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.fr.type, parentSchema: schema42.properties.fr, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data1.es !== void 0) {
          let data5 = data1.es;
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err14 = { instancePath: instancePath + "/title/es", schemaPath: "#/$defs/text/properties/es/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.es, data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/title/es", schemaPath: "#/$defs/text/properties/es/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.es.type, parentSchema: schema42.properties.es, data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data1 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.short !== void 0) {
      let data6 = data.short;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.en === void 0) {
          const err17 = { instancePath: instancePath + "/short", schemaPath: "#/$defs/text/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'", schema: schema42.required, parentSchema: schema42, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key3 in data6) {
          const _errs20 = errors;
          if (typeof key3 === "string") {
            if (!pattern13.test(key3)) {
              const err18 = { instancePath: instancePath + "/short", schemaPath: "#/$defs/text/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}$" }, message: 'must match pattern "^[a-z]{2}$"', schema: "^[a-z]{2}$", parentSchema: schema42.propertyNames, data: key3, propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
          var valid6 = _errs20 === errors;
          if (!valid6) {
            const err19 = { instancePath: instancePath + "/short", schemaPath: "#/$defs/text/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema42.propertyNames, parentSchema: schema42, data: data6 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        for (const key4 in data6) {
          if (!(key4 === "en" || key4 === "fr" || key4 === "es")) {
            let data7 = data6[key4];
            if (typeof data7 === "string") {
              if (func2(data7) < 1) {
                const err20 = { instancePath: instancePath + "/short/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.additionalProperties, data: data7 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            } else {
              const err21 = { instancePath: instancePath + "/short/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.additionalProperties.type, parentSchema: schema42.additionalProperties, data: data7 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
        }
        if (data6.en !== void 0) {
          let data8 = data6.en;
          if (typeof data8 === "string") {
            if (func2(data8) < 1) {
              const err22 = { instancePath: instancePath + "/short/en", schemaPath: "#/$defs/text/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.en, data: data8 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/short/en", schemaPath: "#/$defs/text/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.en.type, parentSchema: schema42.properties.en, data: data8 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data6.fr !== void 0) {
          let data9 = data6.fr;
          if (typeof data9 === "string") {
            if (func2(data9) < 1) {
              const err24 = { instancePath: instancePath + "/short/fr", schemaPath: "#/$defs/text/properties/fr/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.fr, data: data9 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/short/fr", schemaPath: "#/$defs/text/properties/fr/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.fr.type, parentSchema: schema42.properties.fr, data: data9 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data6.es !== void 0) {
          let data10 = data6.es;
          if (typeof data10 === "string") {
            if (func2(data10) < 1) {
              const err26 = { instancePath: instancePath + "/short/es", schemaPath: "#/$defs/text/properties/es/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.es, data: data10 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/short/es", schemaPath: "#/$defs/text/properties/es/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.es.type, parentSchema: schema42.properties.es, data: data10 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/short", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data6 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data11 = data.description;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.en === void 0) {
          const err29 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'", schema: schema42.required, parentSchema: schema42, data: data11 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        for (const key5 in data11) {
          const _errs33 = errors;
          if (typeof key5 === "string") {
            if (!pattern13.test(key5)) {
              const err30 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}$" }, message: 'must match pattern "^[a-z]{2}$"', schema: "^[a-z]{2}$", parentSchema: schema42.propertyNames, data: key5, propertyName: key5 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
          var valid10 = _errs33 === errors;
          if (!valid10) {
            const err31 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid", schema: schema42.propertyNames, parentSchema: schema42, data: data11 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        for (const key6 in data11) {
          if (!(key6 === "en" || key6 === "fr" || key6 === "es")) {
            let data12 = data11[key6];
            if (typeof data12 === "string") {
              if (func2(data12) < 1) {
                const err32 = { instancePath: instancePath + "/description/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.additionalProperties, data: data12 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            } else {
              const err33 = { instancePath: instancePath + "/description/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.additionalProperties.type, parentSchema: schema42.additionalProperties, data: data12 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
        }
        if (data11.en !== void 0) {
          let data13 = data11.en;
          if (typeof data13 === "string") {
            if (func2(data13) < 1) {
              const err34 = { instancePath: instancePath + "/description/en", schemaPath: "#/$defs/text/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.en, data: data13 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = { instancePath: instancePath + "/description/en", schemaPath: "#/$defs/text/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.en.type, parentSchema: schema42.properties.en, data: data13 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data11.fr !== void 0) {
          let data14 = data11.fr;
          if (typeof data14 === "string") {
            if (func2(data14) < 1) {
              const err36 = { instancePath: instancePath + "/description/fr", schemaPath: "#/$defs/text/properties/fr/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.fr, data: data14 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = { instancePath: instancePath + "/description/fr", schemaPath: "#/$defs/text/properties/fr/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.fr.type, parentSchema: schema42.properties.fr, data: data14 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data11.es !== void 0) {
          let data15 = data11.es;
          if (typeof data15 === "string") {
            if (func2(data15) < 1) {
              const err38 = { instancePath: instancePath + "/description/es", schemaPath: "#/$defs/text/properties/es/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.es, data: data15 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = { instancePath: instancePath + "/description/es", schemaPath: "#/$defs/text/properties/es/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.es.type, parentSchema: schema42.properties.es, data: data15 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data11 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.prompts !== void 0) {
      let data16 = data.prompts;
      if (Array.isArray(data16)) {
        const len0 = data16.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data17 = data16[i0];
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.en === void 0) {
              const err41 = { instancePath: instancePath + "/prompts/" + i0, schemaPath: "#/$defs/text/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'", schema: schema42.required, parentSchema: schema42, data: data17 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            for (const key7 in data17) {
              const _errs48 = errors;
              if (typeof key7 === "string") {
                if (!pattern13.test(key7)) {
                  const err42 = { instancePath: instancePath + "/prompts/" + i0, schemaPath: "#/$defs/text/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}$" }, message: 'must match pattern "^[a-z]{2}$"', schema: "^[a-z]{2}$", parentSchema: schema42.propertyNames, data: key7, propertyName: key7 };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              }
              var valid16 = _errs48 === errors;
              if (!valid16) {
                const err43 = { instancePath: instancePath + "/prompts/" + i0, schemaPath: "#/$defs/text/propertyNames", keyword: "propertyNames", params: { propertyName: key7 }, message: "property name must be valid", schema: schema42.propertyNames, parentSchema: schema42, data: data17 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            for (const key8 in data17) {
              if (!(key8 === "en" || key8 === "fr" || key8 === "es")) {
                let data18 = data17[key8];
                if (typeof data18 === "string") {
                  if (func2(data18) < 1) {
                    const err44 = { instancePath: instancePath + "/prompts/" + i0 + "/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.additionalProperties, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                } else {
                  const err45 = { instancePath: instancePath + "/prompts/" + i0 + "/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.additionalProperties.type, parentSchema: schema42.additionalProperties, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              }
            }
            if (data17.en !== void 0) {
              let data19 = data17.en;
              if (typeof data19 === "string") {
                if (func2(data19) < 1) {
                  const err46 = { instancePath: instancePath + "/prompts/" + i0 + "/en", schemaPath: "#/$defs/text/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.en, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              } else {
                const err47 = { instancePath: instancePath + "/prompts/" + i0 + "/en", schemaPath: "#/$defs/text/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.en.type, parentSchema: schema42.properties.en, data: data19 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data17.fr !== void 0) {
              let data20 = data17.fr;
              if (typeof data20 === "string") {
                if (func2(data20) < 1) {
                  const err48 = { instancePath: instancePath + "/prompts/" + i0 + "/fr", schemaPath: "#/$defs/text/properties/fr/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.fr, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = { instancePath: instancePath + "/prompts/" + i0 + "/fr", schemaPath: "#/$defs/text/properties/fr/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.fr.type, parentSchema: schema42.properties.fr, data: data20 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data17.es !== void 0) {
              let data21 = data17.es;
              if (typeof data21 === "string") {
                if (func2(data21) < 1) {
                  const err50 = { instancePath: instancePath + "/prompts/" + i0 + "/es", schemaPath: "#/$defs/text/properties/es/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.es, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              } else {
                const err51 = { instancePath: instancePath + "/prompts/" + i0 + "/es", schemaPath: "#/$defs/text/properties/es/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.es.type, parentSchema: schema42.properties.es, data: data21 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
          } else {
            const err52 = { instancePath: instancePath + "/prompts/" + i0, schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data17 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/prompts", schemaPath: "#/properties/prompts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema46.properties.prompts.type, parentSchema: schema46.properties.prompts, data: data16 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.actions !== void 0) {
      let data22 = data.actions;
      if (Array.isArray(data22)) {
        const len1 = data22.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate30(data22[i1], { instancePath: instancePath + "/actions/" + i1, parentData: data22, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema46.properties.actions.type, parentSchema: schema46.properties.actions, data: data22 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
  } else {
    const err55 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data };
    if (vErrors === null) {
      vErrors = [err55];
    } else {
      vErrors.push(err55);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
__name(validate29, "validate29");
validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.c21lab === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "c21lab" }, message: "must have required property 'c21lab'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.scale === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "scale" }, message: "must have required property 'scale'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.percent === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "percent" }, message: "must have required property 'percent'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.commitments === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "commitments" }, message: "must have required property 'commitments'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema41.properties, key0) || pattern4.test(key0))) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.c21lab !== void 0) {
      let data0 = data.c21lab;
      if ("framework/1" !== data0) {
        const err7 = { instancePath: instancePath + "/c21lab", schemaPath: "#/properties/c21lab/const", keyword: "const", params: { allowedValue: "framework/1" }, message: "must be equal to constant", schema: "framework/1", parentSchema: schema41.properties.c21lab, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!pattern12.test(data1)) {
          const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema41.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.id.type, parentSchema: schema41.properties.id, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data2 = data.version;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.version.type, parentSchema: schema41.properties.version, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data3 = data.title;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.en === void 0) {
          const err11 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/text/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'", schema: schema42.required, parentSchema: schema42, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        for (const key1 in data3) {
          const _errs10 = errors;
          if (typeof key1 === "string") {
            if (!pattern13.test(key1)) {
              const err12 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/text/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}$" }, message: 'must match pattern "^[a-z]{2}$"', schema: "^[a-z]{2}$", parentSchema: schema42.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
          var valid2 = _errs10 === errors;
          if (!valid2) {
            const err13 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/text/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema42.propertyNames, parentSchema: schema42, data: data3 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        for (const key2 in data3) {
          if (!(key2 === "en" || key2 === "fr" || key2 === "es")) {
            let data4 = data3[key2];
            if (typeof data4 === "string") {
              if (func2(data4) < 1) {
                const err14 = { instancePath: instancePath + "/title/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.additionalProperties, data: data4 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            } else {
              const err15 = { instancePath: instancePath + "/title/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.additionalProperties.type, parentSchema: schema42.additionalProperties, data: data4 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        }
        if (data3.en !== void 0) {
          let data5 = data3.en;
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err16 = { instancePath: instancePath + "/title/en", schemaPath: "#/$defs/text/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.en, data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/title/en", schemaPath: "#/$defs/text/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.en.type, parentSchema: schema42.properties.en, data: data5 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data3.fr !== void 0) {
          let data6 = data3.fr;
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err18 = { instancePath: instancePath + "/title/fr", schemaPath: "#/$defs/text/properties/fr/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.fr, data: data6 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/title/fr", schemaPath: "#/$defs/text/properties/fr/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.fr.type, parentSchema: schema42.properties.fr, data: data6 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data3.es !== void 0) {
          let data7 = data3.es;
          if (typeof data7 === "string") {
            if (func2(data7) < 1) {
              const err20 = { instancePath: instancePath + "/title/es", schemaPath: "#/$defs/text/properties/es/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.es, data: data7 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/title/es", schemaPath: "#/$defs/text/properties/es/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.es.type, parentSchema: schema42.properties.es, data: data7 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data3 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data8 = data.description;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.en === void 0) {
          const err23 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'", schema: schema42.required, parentSchema: schema42, data: data8 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        for (const key3 in data8) {
          const _errs23 = errors;
          if (typeof key3 === "string") {
            if (!pattern13.test(key3)) {
              const err24 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}$" }, message: 'must match pattern "^[a-z]{2}$"', schema: "^[a-z]{2}$", parentSchema: schema42.propertyNames, data: key3, propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          }
          var valid6 = _errs23 === errors;
          if (!valid6) {
            const err25 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema42.propertyNames, parentSchema: schema42, data: data8 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        for (const key4 in data8) {
          if (!(key4 === "en" || key4 === "fr" || key4 === "es")) {
            let data9 = data8[key4];
            if (typeof data9 === "string") {
              if (func2(data9) < 1) {
                const err26 = { instancePath: instancePath + "/description/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.additionalProperties, data: data9 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            } else {
              const err27 = { instancePath: instancePath + "/description/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.additionalProperties.type, parentSchema: schema42.additionalProperties, data: data9 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
        }
        if (data8.en !== void 0) {
          let data10 = data8.en;
          if (typeof data10 === "string") {
            if (func2(data10) < 1) {
              const err28 = { instancePath: instancePath + "/description/en", schemaPath: "#/$defs/text/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.en, data: data10 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/description/en", schemaPath: "#/$defs/text/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.en.type, parentSchema: schema42.properties.en, data: data10 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data8.fr !== void 0) {
          let data11 = data8.fr;
          if (typeof data11 === "string") {
            if (func2(data11) < 1) {
              const err30 = { instancePath: instancePath + "/description/fr", schemaPath: "#/$defs/text/properties/fr/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.fr, data: data11 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/description/fr", schemaPath: "#/$defs/text/properties/fr/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.fr.type, parentSchema: schema42.properties.fr, data: data11 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data8.es !== void 0) {
          let data12 = data8.es;
          if (typeof data12 === "string") {
            if (func2(data12) < 1) {
              const err32 = { instancePath: instancePath + "/description/es", schemaPath: "#/$defs/text/properties/es/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.es, data: data12 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          } else {
            const err33 = { instancePath: instancePath + "/description/es", schemaPath: "#/$defs/text/properties/es/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.es.type, parentSchema: schema42.properties.es, data: data12 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data8 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data13 = data.source;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key5 in data13) {
          if (!(key5 === "title" || key5 === "publisher" || key5 === "year" || key5 === "url" || key5 === "note")) {
            const err35 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.source, data: data13 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data13.title !== void 0) {
          let data14 = data13.title;
          if (typeof data14 !== "string") {
            const err36 = { instancePath: instancePath + "/source/title", schemaPath: "#/properties/source/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.source.properties.title.type, parentSchema: schema41.properties.source.properties.title, data: data14 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data13.publisher !== void 0) {
          let data15 = data13.publisher;
          const _errs39 = errors;
          let valid10 = false;
          let passing0 = null;
          const _errs40 = errors;
          if (typeof data15 !== "string") {
            const err37 = { instancePath: instancePath + "/source/publisher", schemaPath: "#/properties/source/properties/publisher/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.source.properties.publisher.oneOf[0].type, parentSchema: schema41.properties.source.properties.publisher.oneOf[0], data: data15 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          var _valid0 = _errs40 === errors;
          if (_valid0) {
            valid10 = true;
            passing0 = 0;
          }
          const _errs42 = errors;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.en === void 0) {
              const err38 = { instancePath: instancePath + "/source/publisher", schemaPath: "#/properties/source/properties/publisher/oneOf/1/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'", schema: schema41.properties.source.properties.publisher.oneOf[1].required, parentSchema: schema41.properties.source.properties.publisher.oneOf[1], data: data15 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            for (const key6 in data15) {
              if (!pattern15.test(key6)) {
                const err39 = { instancePath: instancePath + "/source/publisher", schemaPath: "#/properties/source/properties/publisher/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.source.properties.publisher.oneOf[1], data: data15 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            for (const key7 in data15) {
              if (pattern15.test(key7)) {
                let data16 = data15[key7];
                if (typeof data16 !== "string") {
                  const err40 = { instancePath: instancePath + "/source/publisher/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/source/properties/publisher/oneOf/1/patternProperties/%5E(en%7Cfr%7Ces)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.source.properties.publisher.oneOf[1].patternProperties["^(en|fr|es)$"].type, parentSchema: schema41.properties.source.properties.publisher.oneOf[1].patternProperties["^(en|fr|es)$"], data: data16 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/source/publisher", schemaPath: "#/properties/source/properties/publisher/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.source.properties.publisher.oneOf[1].type, parentSchema: schema41.properties.source.properties.publisher.oneOf[1], data: data15 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          var _valid0 = _errs42 === errors;
          if (_valid0 && valid10) {
            valid10 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid10 = true;
              passing0 = 1;
            }
          }
          if (!valid10) {
            const err42 = { instancePath: instancePath + "/source/publisher", schemaPath: "#/properties/source/properties/publisher/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema41.properties.source.properties.publisher.oneOf, parentSchema: schema41.properties.source.properties.publisher, data: data15 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          } else {
            errors = _errs39;
            if (vErrors !== null) {
              if (_errs39) {
                vErrors.length = _errs39;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data13.year !== void 0) {
          let data17 = data13.year;
          if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
            const err43 = { instancePath: instancePath + "/source/year", schemaPath: "#/properties/source/properties/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.source.properties.year.type, parentSchema: schema41.properties.source.properties.year, data: data17 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data13.url !== void 0) {
          let data18 = data13.url;
          if (typeof data18 !== "string") {
            const err44 = { instancePath: instancePath + "/source/url", schemaPath: "#/properties/source/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.source.properties.url.type, parentSchema: schema41.properties.source.properties.url, data: data18 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data13.note !== void 0) {
          let data19 = data13.note;
          const _errs52 = errors;
          let valid12 = false;
          let passing1 = null;
          const _errs53 = errors;
          if (typeof data19 !== "string") {
            const err45 = { instancePath: instancePath + "/source/note", schemaPath: "#/properties/source/properties/note/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.source.properties.note.oneOf[0].type, parentSchema: schema41.properties.source.properties.note.oneOf[0], data: data19 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          var _valid1 = _errs53 === errors;
          if (_valid1) {
            valid12 = true;
            passing1 = 0;
          }
          const _errs55 = errors;
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.en === void 0) {
              const err46 = { instancePath: instancePath + "/source/note", schemaPath: "#/properties/source/properties/note/oneOf/1/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'", schema: schema41.properties.source.properties.note.oneOf[1].required, parentSchema: schema41.properties.source.properties.note.oneOf[1], data: data19 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            for (const key8 in data19) {
              if (!pattern15.test(key8)) {
                const err47 = { instancePath: instancePath + "/source/note", schemaPath: "#/properties/source/properties/note/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.source.properties.note.oneOf[1], data: data19 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            for (const key9 in data19) {
              if (pattern15.test(key9)) {
                let data20 = data19[key9];
                if (typeof data20 !== "string") {
                  const err48 = { instancePath: instancePath + "/source/note/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/source/properties/note/oneOf/1/patternProperties/%5E(en%7Cfr%7Ces)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.source.properties.note.oneOf[1].patternProperties["^(en|fr|es)$"].type, parentSchema: schema41.properties.source.properties.note.oneOf[1].patternProperties["^(en|fr|es)$"], data: data20 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err49 = { instancePath: instancePath + "/source/note", schemaPath: "#/properties/source/properties/note/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.source.properties.note.oneOf[1].type, parentSchema: schema41.properties.source.properties.note.oneOf[1], data: data19 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          var _valid1 = _errs55 === errors;
          if (_valid1 && valid12) {
            valid12 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid12 = true;
              passing1 = 1;
            }
          }
          if (!valid12) {
            const err50 = { instancePath: instancePath + "/source/note", schemaPath: "#/properties/source/properties/note/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema41.properties.source.properties.note.oneOf, parentSchema: schema41.properties.source.properties.note, data: data19 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          } else {
            errors = _errs52;
            if (vErrors !== null) {
              if (_errs52) {
                vErrors.length = _errs52;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.source.type, parentSchema: schema41.properties.source, data: data13 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.scale !== void 0) {
      let data21 = data.scale;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        if (data21.min === void 0) {
          const err52 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema41.properties.scale.required, parentSchema: schema41.properties.scale, data: data21 };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        if (data21.max === void 0) {
          const err53 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema41.properties.scale.required, parentSchema: schema41.properties.scale, data: data21 };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        if (data21.bands === void 0) {
          const err54 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/required", keyword: "required", params: { missingProperty: "bands" }, message: "must have required property 'bands'", schema: schema41.properties.scale.required, parentSchema: schema41.properties.scale, data: data21 };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        for (const key10 in data21) {
          if (!(key10 === "min" || key10 === "max" || key10 === "bands")) {
            const err55 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.scale, data: data21 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data21.min !== void 0) {
          let data22 = data21.min;
          if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
            const err56 = { instancePath: instancePath + "/scale/min", schemaPath: "#/properties/scale/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.scale.properties.min.type, parentSchema: schema41.properties.scale.properties.min, data: data22 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data21.max !== void 0) {
          let data23 = data21.max;
          if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
            const err57 = { instancePath: instancePath + "/scale/max", schemaPath: "#/properties/scale/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.scale.properties.max.type, parentSchema: schema41.properties.scale.properties.max, data: data23 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data21.bands !== void 0) {
          let data24 = data21.bands;
          if (Array.isArray(data24)) {
            if (data24.length < 1) {
              const err58 = { instancePath: instancePath + "/scale/bands", schemaPath: "#/properties/scale/properties/bands/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema41.properties.scale.properties.bands, data: data24 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            const len0 = data24.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data25 = data24[i0];
              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                if (data25.id === void 0) {
                  const err59 = { instancePath: instancePath + "/scale/bands/" + i0, schemaPath: "#/properties/scale/properties/bands/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema41.properties.scale.properties.bands.items.required, parentSchema: schema41.properties.scale.properties.bands.items, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
                if (data25.min === void 0) {
                  const err60 = { instancePath: instancePath + "/scale/bands/" + i0, schemaPath: "#/properties/scale/properties/bands/items/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema41.properties.scale.properties.bands.items.required, parentSchema: schema41.properties.scale.properties.bands.items, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
                if (data25.max === void 0) {
                  const err61 = { instancePath: instancePath + "/scale/bands/" + i0, schemaPath: "#/properties/scale/properties/bands/items/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema41.properties.scale.properties.bands.items.required, parentSchema: schema41.properties.scale.properties.bands.items, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
                if (data25.label === void 0) {
                  const err62 = { instancePath: instancePath + "/scale/bands/" + i0, schemaPath: "#/properties/scale/properties/bands/items/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: schema41.properties.scale.properties.bands.items.required, parentSchema: schema41.properties.scale.properties.bands.items, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
                for (const key11 in data25) {
                  if (!(key11 === "id" || key11 === "min" || key11 === "max" || key11 === "label" || key11 === "description")) {
                    const err63 = { instancePath: instancePath + "/scale/bands/" + i0, schemaPath: "#/properties/scale/properties/bands/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.scale.properties.bands.items, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
                if (data25.id !== void 0) {
                  let data26 = data25.id;
                  if (typeof data26 === "string") {
                    if (!pattern19.test(data26)) {
                      const err64 = { instancePath: instancePath + "/scale/bands/" + i0 + "/id", schemaPath: "#/properties/scale/properties/bands/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]*$"', schema: "^[a-z0-9][a-z0-9_-]*$", parentSchema: schema41.properties.scale.properties.bands.items.properties.id, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                  } else {
                    const err65 = { instancePath: instancePath + "/scale/bands/" + i0 + "/id", schemaPath: "#/properties/scale/properties/bands/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.scale.properties.bands.items.properties.id.type, parentSchema: schema41.properties.scale.properties.bands.items.properties.id, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
                if (data25.min !== void 0) {
                  let data27 = data25.min;
                  if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
                    const err66 = { instancePath: instancePath + "/scale/bands/" + i0 + "/min", schemaPath: "#/properties/scale/properties/bands/items/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.scale.properties.bands.items.properties.min.type, parentSchema: schema41.properties.scale.properties.bands.items.properties.min, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
                if (data25.max !== void 0) {
                  let data28 = data25.max;
                  if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
                    const err67 = { instancePath: instancePath + "/scale/bands/" + i0 + "/max", schemaPath: "#/properties/scale/properties/bands/items/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.scale.properties.bands.items.properties.max.type, parentSchema: schema41.properties.scale.properties.bands.items.properties.max, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
                if (data25.label !== void 0) {
                  let data29 = data25.label;
                  if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                    if (data29.en === void 0) {
                      const err68 = { instancePath: instancePath + "/scale/bands/" + i0 + "/label", schemaPath: "#/$defs/text/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'", schema: schema42.required, parentSchema: schema42, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err68];
                      } else {
                        vErrors.push(err68);
                      }
                      errors++;
                    }
                    for (const key12 in data29) {
                      const _errs81 = errors;
                      if (typeof key12 === "string") {
                        if (!pattern13.test(key12)) {
                          const err69 = { instancePath: instancePath + "/scale/bands/" + i0 + "/label", schemaPath: "#/$defs/text/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}$" }, message: 'must match pattern "^[a-z]{2}$"', schema: "^[a-z]{2}$", parentSchema: schema42.propertyNames, data: key12, propertyName: key12 };
                          if (vErrors === null) {
                            vErrors = [err69];
                          } else {
                            vErrors.push(err69);
                          }
                          errors++;
                        }
                      }
                      var valid19 = _errs81 === errors;
                      if (!valid19) {
                        const err70 = { instancePath: instancePath + "/scale/bands/" + i0 + "/label", schemaPath: "#/$defs/text/propertyNames", keyword: "propertyNames", params: { propertyName: key12 }, message: "property name must be valid", schema: schema42.propertyNames, parentSchema: schema42, data: data29 };
                        if (vErrors === null) {
                          vErrors = [err70];
                        } else {
                          vErrors.push(err70);
                        }
                        errors++;
                      }
                    }
                    for (const key13 in data29) {
                      if (!(key13 === "en" || key13 === "fr" || key13 === "es")) {
                        let data30 = data29[key13];
                        if (typeof data30 === "string") {
                          if (func2(data30) < 1) {
                            const err71 = { instancePath: instancePath + "/scale/bands/" + i0 + "/label/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.additionalProperties, data: data30 };
                            if (vErrors === null) {
                              vErrors = [err71];
                            } else {
                              vErrors.push(err71);
                            }
                            errors++;
                          }
                        } else {
                          const err72 = { instancePath: instancePath + "/scale/bands/" + i0 + "/label/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.additionalProperties.type, parentSchema: schema42.additionalProperties, data: data30 };
                          if (vErrors === null) {
                            vErrors = [err72];
                          } else {
                            vErrors.push(err72);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data29.en !== void 0) {
                      let data31 = data29.en;
                      if (typeof data31 === "string") {
                        if (func2(data31) < 1) {
                          const err73 = { instancePath: instancePath + "/scale/bands/" + i0 + "/label/en", schemaPath: "#/$defs/text/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.en, data: data31 };
                          if (vErrors === null) {
                            vErrors = [err73];
                          } else {
                            vErrors.push(err73);
                          }
                          errors++;
                        }
                      } else {
                        const err74 = { instancePath: instancePath + "/scale/bands/" + i0 + "/label/en", schemaPath: "#/$defs/text/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.en.type, parentSchema: schema42.properties.en, data: data31 };
                        if (vErrors === null) {
                          vErrors = [err74];
                        } else {
                          vErrors.push(err74);
                        }
                        errors++;
                      }
                    }
                    if (data29.fr !== void 0) {
                      let data32 = data29.fr;
                      if (typeof data32 === "string") {
                        if (func2(data32) < 1) {
                          const err75 = { instancePath: instancePath + "/scale/bands/" + i0 + "/label/fr", schemaPath: "#/$defs/text/properties/fr/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.fr, data: data32 };
                          if (vErrors === null) {
                            vErrors = [err75];
                          } else {
                            vErrors.push(err75);
                          }
                          errors++;
                        }
                      } else {
                        const err76 = { instancePath: instancePath + "/scale/bands/" + i0 + "/label/fr", schemaPath: "#/$defs/text/properties/fr/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.fr.type, parentSchema: schema42.properties.fr, data: data32 };
                        if (vErrors === null) {
                          vErrors = [err76];
                        } else {
                          vErrors.push(err76);
                        }
                        errors++;
                      }
                    }
                    if (data29.es !== void 0) {
                      let data33 = data29.es;
                      if (typeof data33 === "string") {
                        if (func2(data33) < 1) {
                          const err77 = { instancePath: instancePath + "/scale/bands/" + i0 + "/label/es", schemaPath: "#/$defs/text/properties/es/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.es, data: data33 };
                          if (vErrors === null) {
                            vErrors = [err77];
                          } else {
                            vErrors.push(err77);
                          }
                          errors++;
                        }
                      } else {
                        const err78 = { instancePath: instancePath + "/scale/bands/" + i0 + "/label/es", schemaPath: "#/$defs/text/properties/es/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.es.type, parentSchema: schema42.properties.es, data: data33 };
                        if (vErrors === null) {
                          vErrors = [err78];
                        } else {
                          vErrors.push(err78);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err79 = { instancePath: instancePath + "/scale/bands/" + i0 + "/label", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
                if (data25.description !== void 0) {
                  let data34 = data25.description;
                  if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                    if (data34.en === void 0) {
                      const err80 = { instancePath: instancePath + "/scale/bands/" + i0 + "/description", schemaPath: "#/$defs/text/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'", schema: schema42.required, parentSchema: schema42, data: data34 };
                      if (vErrors === null) {
                        vErrors = [err80];
                      } else {
                        vErrors.push(err80);
                      }
                      errors++;
                    }
                    for (const key14 in data34) {
                      const _errs94 = errors;
                      if (typeof key14 === "string") {
                        if (!pattern13.test(key14)) {
                          const err81 = { instancePath: instancePath + "/scale/bands/" + i0 + "/description", schemaPath: "#/$defs/text/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}$" }, message: 'must match pattern "^[a-z]{2}$"', schema: "^[a-z]{2}$", parentSchema: schema42.propertyNames, data: key14, propertyName: key14 };
                          if (vErrors === null) {
                            vErrors = [err81];
                          } else {
                            vErrors.push(err81);
                          }
                          errors++;
                        }
                      }
                      var valid23 = _errs94 === errors;
                      if (!valid23) {
                        const err82 = { instancePath: instancePath + "/scale/bands/" + i0 + "/description", schemaPath: "#/$defs/text/propertyNames", keyword: "propertyNames", params: { propertyName: key14 }, message: "property name must be valid", schema: schema42.propertyNames, parentSchema: schema42, data: data34 };
                        if (vErrors === null) {
                          vErrors = [err82];
                        } else {
                          vErrors.push(err82);
                        }
                        errors++;
                      }
                    }
                    for (const key15 in data34) {
                      if (!(key15 === "en" || key15 === "fr" || key15 === "es")) {
                        let data35 = data34[key15];
                        if (typeof data35 === "string") {
                          if (func2(data35) < 1) {
                            const err83 = { instancePath: instancePath + "/scale/bands/" + i0 + "/description/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.additionalProperties, data: data35 };
                            if (vErrors === null) {
                              vErrors = [err83];
                            } else {
                              vErrors.push(err83);
                            }
                            errors++;
                          }
                        } else {
                          const err84 = { instancePath: instancePath + "/scale/bands/" + i0 + "/description/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.additionalProperties.type, parentSchema: schema42.additionalProperties, data: data35 };
                          if (vErrors === null) {
                            vErrors = [err84];
                          } else {
                            vErrors.push(err84);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data34.en !== void 0) {
                      let data36 = data34.en;
                      if (typeof data36 === "string") {
                        if (func2(data36) < 1) {
                          const err85 = { instancePath: instancePath + "/scale/bands/" + i0 + "/description/en", schemaPath: "#/$defs/text/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.en, data: data36 };
                          if (vErrors === null) {
                            vErrors = [err85];
                          } else {
                            vErrors.push(err85);
                          }
                          errors++;
                        }
                      } else {
                        const err86 = { instancePath: instancePath + "/scale/bands/" + i0 + "/description/en", schemaPath: "#/$defs/text/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.en.type, parentSchema: schema42.properties.en, data: data36 };
                        if (vErrors === null) {
                          vErrors = [err86];
                        } else {
                          vErrors.push(err86);
                        }
                        errors++;
                      }
                    }
                    if (data34.fr !== void 0) {
                      let data37 = data34.fr;
                      if (typeof data37 === "string") {
                        if (func2(data37) < 1) {
                          const err87 = { instancePath: instancePath + "/scale/bands/" + i0 + "/description/fr", schemaPath: "#/$defs/text/properties/fr/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.fr, data: data37 };
                          if (vErrors === null) {
                            vErrors = [err87];
                          } else {
                            vErrors.push(err87);
                          }
                          errors++;
                        }
                      } else {
                        const err88 = { instancePath: instancePath + "/scale/bands/" + i0 + "/description/fr", schemaPath: "#/$defs/text/properties/fr/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.fr.type, parentSchema: schema42.properties.fr, data: data37 };
                        if (vErrors === null) {
                          vErrors = [err88];
                        } else {
                          vErrors.push(err88);
                        }
                        errors++;
                      }
                    }
                    if (data34.es !== void 0) {
                      let data38 = data34.es;
                      if (typeof data38 === "string") {
                        if (func2(data38) < 1) {
                          const err89 = { instancePath: instancePath + "/scale/bands/" + i0 + "/description/es", schemaPath: "#/$defs/text/properties/es/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.es, data: data38 };
                          if (vErrors === null) {
                            vErrors = [err89];
                          } else {
                            vErrors.push(err89);
                          }
                          errors++;
                        }
                      } else {
                        const err90 = { instancePath: instancePath + "/scale/bands/" + i0 + "/description/es", schemaPath: "#/$defs/text/properties/es/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.es.type, parentSchema: schema42.properties.es, data: data38 };
                        if (vErrors === null) {
                          vErrors = [err90];
                        } else {
                          vErrors.push(err90);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err91 = { instancePath: instancePath + "/scale/bands/" + i0 + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
              } else {
                const err92 = { instancePath: instancePath + "/scale/bands/" + i0, schemaPath: "#/properties/scale/properties/bands/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.scale.properties.bands.items.type, parentSchema: schema41.properties.scale.properties.bands.items, data: data25 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
          } else {
            const err93 = { instancePath: instancePath + "/scale/bands", schemaPath: "#/properties/scale/properties/bands/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema41.properties.scale.properties.bands.type, parentSchema: schema41.properties.scale.properties.bands, data: data24 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
      } else {
        const err94 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.scale.type, parentSchema: schema41.properties.scale, data: data21 };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
    if (data.percent !== void 0) {
      let data39 = data.percent;
      if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
        if (data39.formula === void 0) {
          const err95 = { instancePath: instancePath + "/percent", schemaPath: "#/properties/percent/required", keyword: "required", params: { missingProperty: "formula" }, message: "must have required property 'formula'", schema: schema41.properties.percent.required, parentSchema: schema41.properties.percent, data: data39 };
          if (vErrors === null) {
            vErrors = [err95];
          } else {
            vErrors.push(err95);
          }
          errors++;
        }
        for (const key16 in data39) {
          if (!(key16 === "formula" || key16 === "decimals")) {
            const err96 = { instancePath: instancePath + "/percent", schemaPath: "#/properties/percent/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.percent, data: data39 };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
        }
        if (data39.formula !== void 0) {
          let data40 = data39.formula;
          if (!(data40 === "linear")) {
            const err97 = { instancePath: instancePath + "/percent/formula", schemaPath: "#/properties/percent/properties/formula/enum", keyword: "enum", params: { allowedValues: schema41.properties.percent.properties.formula.enum }, message: "must be equal to one of the allowed values", schema: schema41.properties.percent.properties.formula.enum, parentSchema: schema41.properties.percent.properties.formula, data: data40 };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
        if (data39.decimals !== void 0) {
          let data41 = data39.decimals;
          if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)) && isFinite(data41))) {
            const err98 = { instancePath: instancePath + "/percent/decimals", schemaPath: "#/properties/percent/properties/decimals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.percent.properties.decimals.type, parentSchema: schema41.properties.percent.properties.decimals, data: data41 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
          if (typeof data41 == "number" && isFinite(data41)) {
            if (data41 > 3 || isNaN(data41)) {
              const err99 = { instancePath: instancePath + "/percent/decimals", schemaPath: "#/properties/percent/properties/decimals/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3 }, message: "must be <= 3", schema: 3, parentSchema: schema41.properties.percent.properties.decimals, data: data41 };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
            if (data41 < 0 || isNaN(data41)) {
              const err100 = { instancePath: instancePath + "/percent/decimals", schemaPath: "#/properties/percent/properties/decimals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema41.properties.percent.properties.decimals, data: data41 };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
          }
        }
      } else {
        const err101 = { instancePath: instancePath + "/percent", schemaPath: "#/properties/percent/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.percent.type, parentSchema: schema41.properties.percent, data: data39 };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
    if (data.commitments !== void 0) {
      let data42 = data.commitments;
      if (Array.isArray(data42)) {
        if (data42.length < 1) {
          const err102 = { instancePath: instancePath + "/commitments", schemaPath: "#/properties/commitments/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema41.properties.commitments, data: data42 };
          if (vErrors === null) {
            vErrors = [err102];
          } else {
            vErrors.push(err102);
          }
          errors++;
        }
        const len1 = data42.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate29(data42[i1], { instancePath: instancePath + "/commitments/" + i1, parentData: data42, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err103 = { instancePath: instancePath + "/commitments", schemaPath: "#/properties/commitments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema41.properties.commitments.type, parentSchema: schema41.properties.commitments, data: data42 };
        if (vErrors === null) {
          vErrors = [err103];
        } else {
          vErrors.push(err103);
        }
        errors++;
      }
    }
  } else {
    const err104 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err104];
    } else {
      vErrors.push(err104);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
__name(validate28, "validate28");
validate28.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var benchmark = validate33;
var schema54 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:c21lab:schema:benchmark:1", "title": "c21lab benchmark (version 1)", "description": "A reference value per commitment to compare a city with, such as the average of a panel of experts or of a set of assessments (`c21lab panel`).", "type": "object", "required": ["c21lab", "name", "framework", "unit", "source", "values"], "additionalProperties": false, "patternProperties": { "^x-": { "title": "Extension" } }, "properties": { "c21lab": { "title": "File kind and format version", "description": "Always `benchmark/1`.", "const": "benchmark/1" }, "id": { "title": "Benchmark id", "description": "Optional short id, e.g. `global-panel-2015`.", "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]*$" }, "name": { "title": "Name", "description": "Shown in the legend of the radar and in the report.", "type": "string", "minLength": 1 }, "framework": { "title": "Framework", "description": "Id of the framework the values refer to. A benchmark of another framework is refused.", "type": "string", "minLength": 1 }, "unit": { "title": "Unit", "description": "`percent`: values on the 0\u2013100 scale the radar draws. Benchmarks in other units are refused, never drawn.", "enum": ["percent", "mean-score"] }, "source": { "title": "Source", "description": "Where the figures come from: publication, page, or how they were computed. The report prints it.", "type": "string", "minLength": 1 }, "year": { "title": "Year", "type": "integer" }, "respondents": { "title": "Respondents", "description": "How many experts or assessments the values average.", "type": "integer", "minimum": 1 }, "method": { "title": "Method", "description": "How the values were obtained.", "type": "string" }, "notes": { "title": "Notes", "type": "string" }, "translations": { "title": "Translations", "description": "Name, source, method and notes in other languages, keyed by language (`fr`, `es`, `en`): a report in that language uses them; the plain fields above stay the original. Optional, so older files stay valid.", "type": "object", "additionalProperties": false, "patternProperties": { "^(en|fr|es)$": { "title": "One language", "description": "The texts in this language (`en`, `fr` or `es`).", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "name": { "title": "Name", "type": "string", "minLength": 1 }, "source": { "title": "Source", "type": "string", "minLength": 1 }, "method": { "title": "Method", "type": "string" }, "notes": { "title": "Notes", "type": "string" } } } } }, "values": { "title": "Values", "description": "One value per commitment id, on the scale given by `unit`. `null` where the source gives none.", "type": "object", "minProperties": 1, "additionalProperties": { "oneOf": [{ "type": "number", "minimum": 0, "maximum": 100 }, { "type": "null" }] } } } };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.c21lab === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "c21lab" }, message: "must have required property 'c21lab'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.framework === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "framework" }, message: "must have required property 'framework'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.unit === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "unit" }, message: "must have required property 'unit'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.values === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "values" }, message: "must have required property 'values'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema54.properties, key0) || pattern4.test(key0))) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.c21lab !== void 0) {
      let data0 = data.c21lab;
      if ("benchmark/1" !== data0) {
        const err7 = { instancePath: instancePath + "/c21lab", schemaPath: "#/properties/c21lab/const", keyword: "const", params: { allowedValue: "benchmark/1" }, message: "must be equal to constant", schema: "benchmark/1", parentSchema: schema54.properties.c21lab, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!pattern12.test(data1)) {
          const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema54.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.id.type, parentSchema: schema54.properties.id, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err10 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema54.properties.name, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.name.type, parentSchema: schema54.properties.name, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.framework !== void 0) {
      let data3 = data.framework;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err12 = { instancePath: instancePath + "/framework", schemaPath: "#/properties/framework/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema54.properties.framework, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/framework", schemaPath: "#/properties/framework/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.framework.type, parentSchema: schema54.properties.framework, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.unit !== void 0) {
      let data4 = data.unit;
      if (!(data4 === "percent" || data4 === "mean-score")) {
        const err14 = { instancePath: instancePath + "/unit", schemaPath: "#/properties/unit/enum", keyword: "enum", params: { allowedValues: schema54.properties.unit.enum }, message: "must be equal to one of the allowed values", schema: schema54.properties.unit.enum, parentSchema: schema54.properties.unit, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data5 = data.source;
      if (typeof data5 === "string") {
        if (func2(data5) < 1) {
          const err15 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema54.properties.source, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.source.type, parentSchema: schema54.properties.source, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.year !== void 0) {
      let data6 = data.year;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err17 = { instancePath: instancePath + "/year", schemaPath: "#/properties/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.year.type, parentSchema: schema54.properties.year, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.respondents !== void 0) {
      let data7 = data.respondents;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
        const err18 = { instancePath: instancePath + "/respondents", schemaPath: "#/properties/respondents/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.respondents.type, parentSchema: schema54.properties.respondents, data: data7 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 < 1 || isNaN(data7)) {
          const err19 = { instancePath: instancePath + "/respondents", schemaPath: "#/properties/respondents/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema54.properties.respondents, data: data7 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
    if (data.method !== void 0) {
      let data8 = data.method;
      if (typeof data8 !== "string") {
        const err20 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.method.type, parentSchema: schema54.properties.method, data: data8 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data9 = data.notes;
      if (typeof data9 !== "string") {
        const err21 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.notes.type, parentSchema: schema54.properties.notes, data: data9 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.translations !== void 0) {
      let data10 = data.translations;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key1 in data10) {
          if (!pattern15.test(key1)) {
            const err22 = { instancePath: instancePath + "/translations", schemaPath: "#/properties/translations/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.properties.translations, data: data10 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        for (const key2 in data10) {
          if (pattern15.test(key2)) {
            let data11 = data10[key2];
            if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
              if (Object.keys(data11).length < 1) {
                const err23 = { instancePath: instancePath + "/translations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/translations/patternProperties/%5E(en%7Cfr%7Ces)%24/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema54.properties.translations.patternProperties["^(en|fr|es)$"], data: data11 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              for (const key3 in data11) {
                if (!(key3 === "name" || key3 === "source" || key3 === "method" || key3 === "notes")) {
                  const err24 = { instancePath: instancePath + "/translations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/translations/patternProperties/%5E(en%7Cfr%7Ces)%24/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.properties.translations.patternProperties["^(en|fr|es)$"], data: data11 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              }
              if (data11.name !== void 0) {
                let data12 = data11.name;
                if (typeof data12 === "string") {
                  if (func2(data12) < 1) {
                    const err25 = { instancePath: instancePath + "/translations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/properties/translations/patternProperties/%5E(en%7Cfr%7Ces)%24/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema54.properties.translations.patternProperties["^(en|fr|es)$"].properties.name, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                } else {
                  const err26 = { instancePath: instancePath + "/translations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/properties/translations/patternProperties/%5E(en%7Cfr%7Ces)%24/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.translations.patternProperties["^(en|fr|es)$"].properties.name.type, parentSchema: schema54.properties.translations.patternProperties["^(en|fr|es)$"].properties.name, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
              if (data11.source !== void 0) {
                let data13 = data11.source;
                if (typeof data13 === "string") {
                  if (func2(data13) < 1) {
                    const err27 = { instancePath: instancePath + "/translations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/source", schemaPath: "#/properties/translations/patternProperties/%5E(en%7Cfr%7Ces)%24/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema54.properties.translations.patternProperties["^(en|fr|es)$"].properties.source, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                } else {
                  const err28 = { instancePath: instancePath + "/translations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/source", schemaPath: "#/properties/translations/patternProperties/%5E(en%7Cfr%7Ces)%24/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.translations.patternProperties["^(en|fr|es)$"].properties.source.type, parentSchema: schema54.properties.translations.patternProperties["^(en|fr|es)$"].properties.source, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
              if (data11.method !== void 0) {
                let data14 = data11.method;
                if (typeof data14 !== "string") {
                  const err29 = { instancePath: instancePath + "/translations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/method", schemaPath: "#/properties/translations/patternProperties/%5E(en%7Cfr%7Ces)%24/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.translations.patternProperties["^(en|fr|es)$"].properties.method.type, parentSchema: schema54.properties.translations.patternProperties["^(en|fr|es)$"].properties.method, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
              if (data11.notes !== void 0) {
                let data15 = data11.notes;
                if (typeof data15 !== "string") {
                  const err30 = { instancePath: instancePath + "/translations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/notes", schemaPath: "#/properties/translations/patternProperties/%5E(en%7Cfr%7Ces)%24/properties/notes/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.translations.patternProperties["^(en|fr|es)$"].properties.notes.type, parentSchema: schema54.properties.translations.patternProperties["^(en|fr|es)$"].properties.notes, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
            } else {
              const err31 = { instancePath: instancePath + "/translations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/translations/patternProperties/%5E(en%7Cfr%7Ces)%24/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.translations.patternProperties["^(en|fr|es)$"].type, parentSchema: schema54.properties.translations.patternProperties["^(en|fr|es)$"], data: data11 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/translations", schemaPath: "#/properties/translations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.translations.type, parentSchema: schema54.properties.translations, data: data10 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.values !== void 0) {
      let data16 = data.values;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (Object.keys(data16).length < 1) {
          const err33 = { instancePath: instancePath + "/values", schemaPath: "#/properties/values/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema54.properties.values, data: data16 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        for (const key4 in data16) {
          let data17 = data16[key4];
          const _errs38 = errors;
          let valid4 = false;
          let passing0 = null;
          const _errs39 = errors;
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 > 100 || isNaN(data17)) {
              const err34 = { instancePath: instancePath + "/values/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/values/additionalProperties/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema54.properties.values.additionalProperties.oneOf[0], data: data17 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (data17 < 0 || isNaN(data17)) {
              const err35 = { instancePath: instancePath + "/values/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/values/additionalProperties/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema54.properties.values.additionalProperties.oneOf[0], data: data17 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = { instancePath: instancePath + "/values/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/values/additionalProperties/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema54.properties.values.additionalProperties.oneOf[0].type, parentSchema: schema54.properties.values.additionalProperties.oneOf[0], data: data17 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          var _valid0 = _errs39 === errors;
          if (_valid0) {
            valid4 = true;
            passing0 = 0;
          }
          const _errs41 = errors;
          if (data17 !== null) {
            const err37 = { instancePath: instancePath + "/values/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/values/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema54.properties.values.additionalProperties.oneOf[1].type, parentSchema: schema54.properties.values.additionalProperties.oneOf[1], data: data17 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          var _valid0 = _errs41 === errors;
          if (_valid0 && valid4) {
            valid4 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid4 = true;
              passing0 = 1;
            }
          }
          if (!valid4) {
            const err38 = { instancePath: instancePath + "/values/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/values/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema54.properties.values.additionalProperties.oneOf, parentSchema: schema54.properties.values.additionalProperties, data: data17 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          } else {
            errors = _errs38;
            if (vErrors !== null) {
              if (_errs38) {
                vErrors.length = _errs38;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/values", schemaPath: "#/properties/values/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.values.type, parentSchema: schema54.properties.values, data: data16 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
  } else {
    const err40 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.type, parentSchema: schema54, data };
    if (vErrors === null) {
      vErrors = [err40];
    } else {
      vErrors.push(err40);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
__name(validate33, "validate33");
validate33.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var practice = validate34;
var schema55 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:c21lab:schema:practice:1", "title": "c21lab good practice (version 1)", "description": "A good practice: the third product of a Culture 21 LAB, written to be shared with other cities. Sections left empty (null) are 'not written yet': the file still validates, and `c21lab practice render` lists them.", "type": "object", "required": ["c21lab", "title", "city", "year", "language"], "additionalProperties": false, "patternProperties": { "^x-": { "title": "Extension", "description": "Keys starting with x- are yours: c21lab keeps them and ignores them." } }, "$defs": { "text": { "title": "Text", "description": "Free text (Markdown is not interpreted: it is shown as written). Empty (null) means not written yet.", "type": ["string", "null"] }, "list": { "title": "List", "description": "One item per line, each a sentence or two. Empty (null or []) means not written yet.", "oneOf": [{ "type": "null" }, { "type": "array", "items": { "type": "string", "minLength": 1 } }] } }, "properties": { "c21lab": { "title": "File kind and format version", "description": "Always `practice/1` for this format.", "const": "practice/1" }, "title": { "title": "Title", "description": "The name of the practice, as the city would present it.", "type": "string", "minLength": 1 }, "city": { "title": "City", "description": "The city (or local government) where the practice takes place.", "type": "string", "minLength": 1 }, "country": { "title": "Country", "description": "ISO 3166-1 alpha-2 code in capitals, e.g. `FR`, `AR`. `ZZ` marks a fictional place. Empty if not given.", "oneOf": [{ "type": "string", "pattern": "^[A-Z]{2}$" }, { "type": "null" }] }, "year": { "title": "Year", "description": "The year the practice was written up (usually the year of the LAB).", "type": "integer", "minimum": 1900, "maximum": 2200 }, "language": { "title": "Language", "description": "The language the texts are written in: `en`, `fr` or `es`. Also the default language of `practice render`.", "enum": ["en", "fr", "es"] }, "framework": { "title": "Framework", "description": "The framework whose commitment ids `tags.commitments` uses: a bundled id (`culture21-actions`, the default) or a path relative to this file.", "type": "string", "minLength": 1 }, "assessment": { "title": "Assessment", "description": "Optional path, relative to this file, to the assessment of the LAB the practice came from.", "type": "string", "minLength": 1 }, "summary": { "title": "Summary", "description": "Two or three sentences a reader in another city can take in at a glance.", "$ref": "#/$defs/text" }, "context": { "title": "Context", "description": "The situation before the practice: the problem or opportunity it answers, who was involved.", "$ref": "#/$defs/text" }, "goals": { "title": "Goals", "description": "What the practice set out to achieve, one goal per item.", "$ref": "#/$defs/list" }, "actions": { "title": "Actions taken", "description": "What was actually done, step by step, one item each (not to be confused with the actions of the framework).", "$ref": "#/$defs/list" }, "impact": { "title": "Impact", "description": "What changed, for whom; figures where they exist, with their source.", "$ref": "#/$defs/text" }, "evaluation": { "title": "Evaluation", "description": "How the results were assessed, by whom, and what was learnt (including what did not work).", "$ref": "#/$defs/text" }, "contacts": { "title": "Contacts", "description": "People or offices another city can ask about the practice.", "oneOf": [{ "type": "null" }, { "type": "array", "items": { "title": "Contact", "description": "One person or office.", "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "name": { "title": "Name", "description": "Person or office.", "type": "string", "minLength": 1 }, "role": { "title": "Role", "description": "Their role in the practice.", "type": "string" }, "organisation": { "title": "Organisation", "description": "Where they work.", "type": "string" }, "email": { "title": "E-mail", "description": "A contact address.", "type": "string", "pattern": "^[^@\\s]+@[^@\\s]+$" }, "url": { "title": "Web page", "description": "A page about the practice or the contact.", "type": "string", "pattern": "^https?://" } } } }] }, "links": { "title": "Links", "description": "Documents, articles or videos about the practice.", "oneOf": [{ "type": "null" }, { "type": "array", "items": { "title": "Link", "description": "A title and its address.", "type": "object", "required": ["title", "url"], "additionalProperties": false, "properties": { "title": { "title": "Title", "description": "What the link is.", "type": "string", "minLength": 1 }, "url": { "title": "Address", "description": "An http(s) address.", "type": "string", "pattern": "^https?://" } } } }] }, "tags": { "title": "Tags", "description": "How the practice is catalogued: the commitments it serves, the Sustainable Development Goals, keywords.", "type": "object", "additionalProperties": false, "properties": { "commitments": { "title": "Commitments", "description": `Ids of the framework's commitments the practice serves: "1" \u2026 "9" for Culture 21 Actions (quoted or not).`, "type": "array", "uniqueItems": true, "items": { "type": ["string", "integer"], "minLength": 1 } }, "sdgs": { "title": "Sustainable Development Goals", "description": "Numbers (1\u201317) of the UN Sustainable Development Goals the practice contributes to.", "type": "array", "uniqueItems": true, "items": { "type": "integer", "minimum": 1, "maximum": 17 } }, "keywords": { "title": "Keywords", "description": "Free keywords, lower case, for search.", "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 } } } } } };
var schema56 = { "title": "Text", "description": "Free text (Markdown is not interpreted: it is shown as written). Empty (null) means not written yet.", "type": ["string", "null"] };
var schema58 = { "title": "List", "description": "One item per line, each a sentence or two. Empty (null or []) means not written yet.", "oneOf": [{ "type": "null" }, { "type": "array", "items": { "type": "string", "minLength": 1 } }] };
var pattern35 = new RegExp("^[^@\\s]+@[^@\\s]+$", "u");
var pattern36 = new RegExp("^https?://", "u");
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.c21lab === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "c21lab" }, message: "must have required property 'c21lab'", schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.city === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "city" }, message: "must have required property 'city'", schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.year === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "year" }, message: "must have required property 'year'", schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.language === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "language" }, message: "must have required property 'language'", schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema55.properties, key0) || pattern4.test(key0))) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.c21lab !== void 0) {
      let data0 = data.c21lab;
      if ("practice/1" !== data0) {
        const err6 = { instancePath: instancePath + "/c21lab", schemaPath: "#/properties/c21lab/const", keyword: "const", params: { allowedValue: "practice/1" }, message: "must be equal to constant", schema: "practice/1", parentSchema: schema55.properties.c21lab, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err7 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema55.properties.title, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.title.type, parentSchema: schema55.properties.title, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.city !== void 0) {
      let data2 = data.city;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err9 = { instancePath: instancePath + "/city", schemaPath: "#/properties/city/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema55.properties.city, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/city", schemaPath: "#/properties/city/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.city.type, parentSchema: schema55.properties.city, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.country !== void 0) {
      let data3 = data.country;
      const _errs8 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs9 = errors;
      if (typeof data3 === "string") {
        if (!pattern5.test(data3)) {
          const err11 = { instancePath: instancePath + "/country", schemaPath: "#/properties/country/oneOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, message: 'must match pattern "^[A-Z]{2}$"', schema: "^[A-Z]{2}$", parentSchema: schema55.properties.country.oneOf[0], data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/country", schemaPath: "#/properties/country/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.country.oneOf[0].type, parentSchema: schema55.properties.country.oneOf[0], data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var _valid0 = _errs9 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs11 = errors;
      if (data3 !== null) {
        const err13 = { instancePath: instancePath + "/country", schemaPath: "#/properties/country/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema55.properties.country.oneOf[1].type, parentSchema: schema55.properties.country.oneOf[1], data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid0 = _errs11 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err14 = { instancePath: instancePath + "/country", schemaPath: "#/properties/country/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema55.properties.country.oneOf, parentSchema: schema55.properties.country, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      } else {
        errors = _errs8;
        if (vErrors !== null) {
          if (_errs8) {
            vErrors.length = _errs8;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.year !== void 0) {
      let data4 = data.year;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err15 = { instancePath: instancePath + "/year", schemaPath: "#/properties/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema55.properties.year.type, parentSchema: schema55.properties.year, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 2200 || isNaN(data4)) {
          const err16 = { instancePath: instancePath + "/year", schemaPath: "#/properties/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2200 }, message: "must be <= 2200", schema: 2200, parentSchema: schema55.properties.year, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data4 < 1900 || isNaN(data4)) {
          const err17 = { instancePath: instancePath + "/year", schemaPath: "#/properties/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1900 }, message: "must be >= 1900", schema: 1900, parentSchema: schema55.properties.year, data: data4 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.language !== void 0) {
      let data5 = data.language;
      if (!(data5 === "en" || data5 === "fr" || data5 === "es")) {
        const err18 = { instancePath: instancePath + "/language", schemaPath: "#/properties/language/enum", keyword: "enum", params: { allowedValues: schema55.properties.language.enum }, message: "must be equal to one of the allowed values", schema: schema55.properties.language.enum, parentSchema: schema55.properties.language, data: data5 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.framework !== void 0) {
      let data6 = data.framework;
      if (typeof data6 === "string") {
        if (func2(data6) < 1) {
          const err19 = { instancePath: instancePath + "/framework", schemaPath: "#/properties/framework/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema55.properties.framework, data: data6 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/framework", schemaPath: "#/properties/framework/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.framework.type, parentSchema: schema55.properties.framework, data: data6 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.assessment !== void 0) {
      let data7 = data.assessment;
      if (typeof data7 === "string") {
        if (func2(data7) < 1) {
          const err21 = { instancePath: instancePath + "/assessment", schemaPath: "#/properties/assessment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema55.properties.assessment, data: data7 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/assessment", schemaPath: "#/properties/assessment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.assessment.type, parentSchema: schema55.properties.assessment, data: data7 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data8 = data.summary;
      if (typeof data8 !== "string" && data8 !== null) {
        const err23 = { instancePath: instancePath + "/summary", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: schema56.type }, message: "must be string,null", schema: schema56.type, parentSchema: schema56, data: data8 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.context !== void 0) {
      let data9 = data.context;
      if (typeof data9 !== "string" && data9 !== null) {
        const err24 = { instancePath: instancePath + "/context", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: schema56.type }, message: "must be string,null", schema: schema56.type, parentSchema: schema56, data: data9 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.goals !== void 0) {
      let data10 = data.goals;
      const _errs28 = errors;
      let valid5 = false;
      let passing1 = null;
      const _errs29 = errors;
      if (data10 !== null) {
        const err25 = { instancePath: instancePath + "/goals", schemaPath: "#/$defs/list/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema58.oneOf[0].type, parentSchema: schema58.oneOf[0], data: data10 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      var _valid1 = _errs29 === errors;
      if (_valid1) {
        valid5 = true;
        passing1 = 0;
      }
      const _errs31 = errors;
      if (Array.isArray(data10)) {
        const len0 = data10.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data11 = data10[i0];
          if (typeof data11 === "string") {
            if (func2(data11) < 1) {
              const err26 = { instancePath: instancePath + "/goals/" + i0, schemaPath: "#/$defs/list/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema58.oneOf[1].items, data: data11 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/goals/" + i0, schemaPath: "#/$defs/list/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.oneOf[1].items.type, parentSchema: schema58.oneOf[1].items, data: data11 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/goals", schemaPath: "#/$defs/list/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema58.oneOf[1].type, parentSchema: schema58.oneOf[1], data: data10 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var _valid1 = _errs31 === errors;
      if (_valid1 && valid5) {
        valid5 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid5 = true;
          passing1 = 1;
        }
      }
      if (!valid5) {
        const err29 = { instancePath: instancePath + "/goals", schemaPath: "#/$defs/list/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema58.oneOf, parentSchema: schema58, data: data10 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      } else {
        errors = _errs28;
        if (vErrors !== null) {
          if (_errs28) {
            vErrors.length = _errs28;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.actions !== void 0) {
      let data12 = data.actions;
      const _errs37 = errors;
      let valid9 = false;
      let passing2 = null;
      const _errs38 = errors;
      if (data12 !== null) {
        const err30 = { instancePath: instancePath + "/actions", schemaPath: "#/$defs/list/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema58.oneOf[0].type, parentSchema: schema58.oneOf[0], data: data12 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      var _valid2 = _errs38 === errors;
      if (_valid2) {
        valid9 = true;
        passing2 = 0;
      }
      const _errs40 = errors;
      if (Array.isArray(data12)) {
        const len1 = data12.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data13 = data12[i1];
          if (typeof data13 === "string") {
            if (func2(data13) < 1) {
              const err31 = { instancePath: instancePath + "/actions/" + i1, schemaPath: "#/$defs/list/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema58.oneOf[1].items, data: data13 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/actions/" + i1, schemaPath: "#/$defs/list/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.oneOf[1].items.type, parentSchema: schema58.oneOf[1].items, data: data13 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/actions", schemaPath: "#/$defs/list/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema58.oneOf[1].type, parentSchema: schema58.oneOf[1], data: data12 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      var _valid2 = _errs40 === errors;
      if (_valid2 && valid9) {
        valid9 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid9 = true;
          passing2 = 1;
        }
      }
      if (!valid9) {
        const err34 = { instancePath: instancePath + "/actions", schemaPath: "#/$defs/list/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema58.oneOf, parentSchema: schema58, data: data12 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      } else {
        errors = _errs37;
        if (vErrors !== null) {
          if (_errs37) {
            vErrors.length = _errs37;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.impact !== void 0) {
      let data14 = data.impact;
      if (typeof data14 !== "string" && data14 !== null) {
        const err35 = { instancePath: instancePath + "/impact", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: schema56.type }, message: "must be string,null", schema: schema56.type, parentSchema: schema56, data: data14 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.evaluation !== void 0) {
      let data15 = data.evaluation;
      if (typeof data15 !== "string" && data15 !== null) {
        const err36 = { instancePath: instancePath + "/evaluation", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: schema56.type }, message: "must be string,null", schema: schema56.type, parentSchema: schema56, data: data15 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.contacts !== void 0) {
      let data16 = data.contacts;
      const _errs51 = errors;
      let valid14 = false;
      let passing3 = null;
      const _errs52 = errors;
      if (data16 !== null) {
        const err37 = { instancePath: instancePath + "/contacts", schemaPath: "#/properties/contacts/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema55.properties.contacts.oneOf[0].type, parentSchema: schema55.properties.contacts.oneOf[0], data: data16 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      var _valid3 = _errs52 === errors;
      if (_valid3) {
        valid14 = true;
        passing3 = 0;
      }
      const _errs54 = errors;
      if (Array.isArray(data16)) {
        const len2 = data16.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data17 = data16[i2];
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.name === void 0) {
              const err38 = { instancePath: instancePath + "/contacts/" + i2, schemaPath: "#/properties/contacts/oneOf/1/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema55.properties.contacts.oneOf[1].items.required, parentSchema: schema55.properties.contacts.oneOf[1].items, data: data17 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            for (const key1 in data17) {
              if (!(key1 === "name" || key1 === "role" || key1 === "organisation" || key1 === "email" || key1 === "url")) {
                const err39 = { instancePath: instancePath + "/contacts/" + i2, schemaPath: "#/properties/contacts/oneOf/1/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55.properties.contacts.oneOf[1].items, data: data17 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data17.name !== void 0) {
              let data18 = data17.name;
              if (typeof data18 === "string") {
                if (func2(data18) < 1) {
                  const err40 = { instancePath: instancePath + "/contacts/" + i2 + "/name", schemaPath: "#/properties/contacts/oneOf/1/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema55.properties.contacts.oneOf[1].items.properties.name, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              } else {
                const err41 = { instancePath: instancePath + "/contacts/" + i2 + "/name", schemaPath: "#/properties/contacts/oneOf/1/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.contacts.oneOf[1].items.properties.name.type, parentSchema: schema55.properties.contacts.oneOf[1].items.properties.name, data: data18 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data17.role !== void 0) {
              let data19 = data17.role;
              if (typeof data19 !== "string") {
                const err42 = { instancePath: instancePath + "/contacts/" + i2 + "/role", schemaPath: "#/properties/contacts/oneOf/1/items/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.contacts.oneOf[1].items.properties.role.type, parentSchema: schema55.properties.contacts.oneOf[1].items.properties.role, data: data19 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data17.organisation !== void 0) {
              let data20 = data17.organisation;
              if (typeof data20 !== "string") {
                const err43 = { instancePath: instancePath + "/contacts/" + i2 + "/organisation", schemaPath: "#/properties/contacts/oneOf/1/items/properties/organisation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.contacts.oneOf[1].items.properties.organisation.type, parentSchema: schema55.properties.contacts.oneOf[1].items.properties.organisation, data: data20 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data17.email !== void 0) {
              let data21 = data17.email;
              if (typeof data21 === "string") {
                if (!pattern35.test(data21)) {
                  const err44 = { instancePath: instancePath + "/contacts/" + i2 + "/email", schemaPath: "#/properties/contacts/oneOf/1/items/properties/email/pattern", keyword: "pattern", params: { pattern: "^[^@\\s]+@[^@\\s]+$" }, message: 'must match pattern "^[^@\\s]+@[^@\\s]+$"', schema: "^[^@\\s]+@[^@\\s]+$", parentSchema: schema55.properties.contacts.oneOf[1].items.properties.email, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
              } else {
                const err45 = { instancePath: instancePath + "/contacts/" + i2 + "/email", schemaPath: "#/properties/contacts/oneOf/1/items/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.contacts.oneOf[1].items.properties.email.type, parentSchema: schema55.properties.contacts.oneOf[1].items.properties.email, data: data21 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data17.url !== void 0) {
              let data22 = data17.url;
              if (typeof data22 === "string") {
                if (!pattern36.test(data22)) {
                  const err46 = { instancePath: instancePath + "/contacts/" + i2 + "/url", schemaPath: "#/properties/contacts/oneOf/1/items/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema55.properties.contacts.oneOf[1].items.properties.url, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              } else {
                const err47 = { instancePath: instancePath + "/contacts/" + i2 + "/url", schemaPath: "#/properties/contacts/oneOf/1/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.contacts.oneOf[1].items.properties.url.type, parentSchema: schema55.properties.contacts.oneOf[1].items.properties.url, data: data22 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
          } else {
            const err48 = { instancePath: instancePath + "/contacts/" + i2, schemaPath: "#/properties/contacts/oneOf/1/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.properties.contacts.oneOf[1].items.type, parentSchema: schema55.properties.contacts.oneOf[1].items, data: data17 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
      } else {
        const err49 = { instancePath: instancePath + "/contacts", schemaPath: "#/properties/contacts/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.contacts.oneOf[1].type, parentSchema: schema55.properties.contacts.oneOf[1], data: data16 };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
      var _valid3 = _errs54 === errors;
      if (_valid3 && valid14) {
        valid14 = false;
        passing3 = [passing3, 1];
      } else {
        if (_valid3) {
          valid14 = true;
          passing3 = 1;
        }
      }
      if (!valid14) {
        const err50 = { instancePath: instancePath + "/contacts", schemaPath: "#/properties/contacts/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema55.properties.contacts.oneOf, parentSchema: schema55.properties.contacts, data: data16 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      } else {
        errors = _errs51;
        if (vErrors !== null) {
          if (_errs51) {
            vErrors.length = _errs51;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.links !== void 0) {
      let data23 = data.links;
      const _errs70 = errors;
      let valid18 = false;
      let passing4 = null;
      const _errs71 = errors;
      if (data23 !== null) {
        const err51 = { instancePath: instancePath + "/links", schemaPath: "#/properties/links/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema55.properties.links.oneOf[0].type, parentSchema: schema55.properties.links.oneOf[0], data: data23 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
      var _valid4 = _errs71 === errors;
      if (_valid4) {
        valid18 = true;
        passing4 = 0;
      }
      const _errs73 = errors;
      if (Array.isArray(data23)) {
        const len3 = data23.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data24 = data23[i3];
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            if (data24.title === void 0) {
              const err52 = { instancePath: instancePath + "/links/" + i3, schemaPath: "#/properties/links/oneOf/1/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema55.properties.links.oneOf[1].items.required, parentSchema: schema55.properties.links.oneOf[1].items, data: data24 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data24.url === void 0) {
              const err53 = { instancePath: instancePath + "/links/" + i3, schemaPath: "#/properties/links/oneOf/1/items/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema55.properties.links.oneOf[1].items.required, parentSchema: schema55.properties.links.oneOf[1].items, data: data24 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            for (const key2 in data24) {
              if (!(key2 === "title" || key2 === "url")) {
                const err54 = { instancePath: instancePath + "/links/" + i3, schemaPath: "#/properties/links/oneOf/1/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55.properties.links.oneOf[1].items, data: data24 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data24.title !== void 0) {
              let data25 = data24.title;
              if (typeof data25 === "string") {
                if (func2(data25) < 1) {
                  const err55 = { instancePath: instancePath + "/links/" + i3 + "/title", schemaPath: "#/properties/links/oneOf/1/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema55.properties.links.oneOf[1].items.properties.title, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              } else {
                const err56 = { instancePath: instancePath + "/links/" + i3 + "/title", schemaPath: "#/properties/links/oneOf/1/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.links.oneOf[1].items.properties.title.type, parentSchema: schema55.properties.links.oneOf[1].items.properties.title, data: data25 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data24.url !== void 0) {
              let data26 = data24.url;
              if (typeof data26 === "string") {
                if (!pattern36.test(data26)) {
                  const err57 = { instancePath: instancePath + "/links/" + i3 + "/url", schemaPath: "#/properties/links/oneOf/1/items/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema55.properties.links.oneOf[1].items.properties.url, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
              } else {
                const err58 = { instancePath: instancePath + "/links/" + i3 + "/url", schemaPath: "#/properties/links/oneOf/1/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.links.oneOf[1].items.properties.url.type, parentSchema: schema55.properties.links.oneOf[1].items.properties.url, data: data26 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
          } else {
            const err59 = { instancePath: instancePath + "/links/" + i3, schemaPath: "#/properties/links/oneOf/1/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.properties.links.oneOf[1].items.type, parentSchema: schema55.properties.links.oneOf[1].items, data: data24 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/links", schemaPath: "#/properties/links/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.links.oneOf[1].type, parentSchema: schema55.properties.links.oneOf[1], data: data23 };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
      var _valid4 = _errs73 === errors;
      if (_valid4 && valid18) {
        valid18 = false;
        passing4 = [passing4, 1];
      } else {
        if (_valid4) {
          valid18 = true;
          passing4 = 1;
        }
      }
      if (!valid18) {
        const err61 = { instancePath: instancePath + "/links", schemaPath: "#/properties/links/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema55.properties.links.oneOf, parentSchema: schema55.properties.links, data: data23 };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      } else {
        errors = _errs70;
        if (vErrors !== null) {
          if (_errs70) {
            vErrors.length = _errs70;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.tags !== void 0) {
      let data27 = data.tags;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        for (const key3 in data27) {
          if (!(key3 === "commitments" || key3 === "sdgs" || key3 === "keywords")) {
            const err62 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55.properties.tags, data: data27 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data27.commitments !== void 0) {
          let data28 = data27.commitments;
          if (Array.isArray(data28)) {
            const len4 = data28.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data29 = data28[i4];
              if (typeof data29 !== "string" && !(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
                const err63 = { instancePath: instancePath + "/tags/commitments/" + i4, schemaPath: "#/properties/tags/properties/commitments/items/type", keyword: "type", params: { type: schema55.properties.tags.properties.commitments.items.type }, message: "must be string,integer", schema: schema55.properties.tags.properties.commitments.items.type, parentSchema: schema55.properties.tags.properties.commitments.items, data: data29 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              if (typeof data29 === "string") {
                if (func2(data29) < 1) {
                  const err64 = { instancePath: instancePath + "/tags/commitments/" + i4, schemaPath: "#/properties/tags/properties/commitments/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema55.properties.tags.properties.commitments.items, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              }
            }
            let i5 = data28.length;
            let j0;
            if (i5 > 1) {
              const indices0 = {};
              for (; i5--; ) {
                let item0 = data28[i5];
                if (typeof item0 !== "string" && !(typeof item0 == "number" && (!(item0 % 1) && !isNaN(item0)) && isFinite(item0))) {
                  continue;
                }
                if (typeof item0 == "string") {
                  item0 += "_";
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err65 = { instancePath: instancePath + "/tags/commitments", schemaPath: "#/properties/tags/properties/commitments/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i5 + " are identical)", schema: true, parentSchema: schema55.properties.tags.properties.commitments, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i5;
              }
            }
          } else {
            const err66 = { instancePath: instancePath + "/tags/commitments", schemaPath: "#/properties/tags/properties/commitments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.tags.properties.commitments.type, parentSchema: schema55.properties.tags.properties.commitments, data: data28 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data27.sdgs !== void 0) {
          let data30 = data27.sdgs;
          if (Array.isArray(data30)) {
            const len5 = data30.length;
            for (let i6 = 0; i6 < len5; i6++) {
              let data31 = data30[i6];
              if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
                const err67 = { instancePath: instancePath + "/tags/sdgs/" + i6, schemaPath: "#/properties/tags/properties/sdgs/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema55.properties.tags.properties.sdgs.items.type, parentSchema: schema55.properties.tags.properties.sdgs.items, data: data31 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
              if (typeof data31 == "number" && isFinite(data31)) {
                if (data31 > 17 || isNaN(data31)) {
                  const err68 = { instancePath: instancePath + "/tags/sdgs/" + i6, schemaPath: "#/properties/tags/properties/sdgs/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17 }, message: "must be <= 17", schema: 17, parentSchema: schema55.properties.tags.properties.sdgs.items, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
                if (data31 < 1 || isNaN(data31)) {
                  const err69 = { instancePath: instancePath + "/tags/sdgs/" + i6, schemaPath: "#/properties/tags/properties/sdgs/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema55.properties.tags.properties.sdgs.items, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              }
            }
            let i7 = data30.length;
            let j1;
            if (i7 > 1) {
              const indices1 = {};
              for (; i7--; ) {
                let item1 = data30[i7];
                if (!(typeof item1 == "number" && (!(item1 % 1) && !isNaN(item1)) && isFinite(item1))) {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err70 = { instancePath: instancePath + "/tags/sdgs", schemaPath: "#/properties/tags/properties/sdgs/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i7 + " are identical)", schema: true, parentSchema: schema55.properties.tags.properties.sdgs, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i7;
              }
            }
          } else {
            const err71 = { instancePath: instancePath + "/tags/sdgs", schemaPath: "#/properties/tags/properties/sdgs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.tags.properties.sdgs.type, parentSchema: schema55.properties.tags.properties.sdgs, data: data30 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data27.keywords !== void 0) {
          let data32 = data27.keywords;
          if (Array.isArray(data32)) {
            const len6 = data32.length;
            for (let i8 = 0; i8 < len6; i8++) {
              let data33 = data32[i8];
              if (typeof data33 === "string") {
                if (func2(data33) < 1) {
                  const err72 = { instancePath: instancePath + "/tags/keywords/" + i8, schemaPath: "#/properties/tags/properties/keywords/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema55.properties.tags.properties.keywords.items, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              } else {
                const err73 = { instancePath: instancePath + "/tags/keywords/" + i8, schemaPath: "#/properties/tags/properties/keywords/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.tags.properties.keywords.items.type, parentSchema: schema55.properties.tags.properties.keywords.items, data: data33 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            let i9 = data32.length;
            let j2;
            if (i9 > 1) {
              const indices2 = {};
              for (; i9--; ) {
                let item2 = data32[i9];
                if (typeof item2 !== "string") {
                  continue;
                }
                if (typeof indices2[item2] == "number") {
                  j2 = indices2[item2];
                  const err74 = { instancePath: instancePath + "/tags/keywords", schemaPath: "#/properties/tags/properties/keywords/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i9 + " are identical)", schema: true, parentSchema: schema55.properties.tags.properties.keywords, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                  break;
                }
                indices2[item2] = i9;
              }
            }
          } else {
            const err75 = { instancePath: instancePath + "/tags/keywords", schemaPath: "#/properties/tags/properties/keywords/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.tags.properties.keywords.type, parentSchema: schema55.properties.tags.properties.keywords, data: data32 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
      } else {
        const err76 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.properties.tags.type, parentSchema: schema55.properties.tags, data: data27 };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
  } else {
    const err77 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data };
    if (vErrors === null) {
      vErrors = [err77];
    } else {
      vErrors.push(err77);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
__name(validate34, "validate34");
validate34.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var review = validate35;
var schema62 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:c21lab:schema:review:1", "title": "c21lab LAB review (version 1)", "description": "The expert's own text beside an assessment (in UCLG's Pilot Cities programme, the \"Radar 1\" review): introduction, context, executive summary, a synthesis per commitment, recommendations or pilot measures, next steps, acknowledgements. `c21lab report` places it around the scores. Text is a small Markdown subset: paragraphs (blank line between), lists (`- ` or `1. `), *emphasis*, **strong** and [links](https://\u2026) to http, https or mailto addresses only; anything else, HTML included, is shown as written.", "type": "object", "required": ["c21lab", "language"], "additionalProperties": false, "patternProperties": { "^x-": { "title": "Extension", "description": "Keys starting with x- are yours: c21lab keeps them and ignores them." } }, "$defs": { "text": { "title": "Text", "description": "Markdown subset (see the file's description). Either one text, in the review's `language`, or the same text in several languages: `{ fr: \u2026, en: \u2026 }`; a report in a language that is missing keeps the review's language (marked as such). Empty (null) means not written yet.", "oneOf": [{ "type": "null" }, { "type": "string" }, { "type": "object", "minProperties": 1, "additionalProperties": false, "patternProperties": { "^(en|fr|es)$": { "title": "The text in one language", "type": "string" } } }] }, "commitmentId": { "title": "Commitment id", "description": 'The framework\'s commitment id, e.g. `"4"`.', "type": ["string", "integer"] } }, "properties": { "c21lab": { "title": "File kind and format version", "description": "Always `review/1` for this format.", "const": "review/1" }, "assessment": { "title": "Assessment", "description": "The assessment file this review is about, relative to this file. Informative; `c21lab report` finds the review beside the assessment (ASSESSMENT.review.yaml) or takes --review FILE.", "type": "string", "minLength": 1 }, "framework": { "title": "Framework", "description": "The framework whose commitment ids the review uses: a bundled id or a path relative to this file. Default: culture21-actions.", "type": "string", "minLength": 1 }, "language": { "title": "Language", "description": "The language the review is written in: `en`, `fr` or `es`. Plain texts are in this language.", "enum": ["en", "fr", "es"] }, "date": { "title": "Date of the review", "description": "When the review was finished, as YYYY-MM-DD.", "type": "string", "format": "date" }, "kind": { "title": "What the proposals are called", "description": "`recommendations` (default) or `pilot-measures`, as in UCLG's Pilot Cities programme.", "enum": ["recommendations", "pilot-measures"] }, "authors": { "title": "Authors", "description": "Who wrote the review (the appointed expert, and any co-author).", "type": "array", "items": { "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "name": { "title": "Name", "type": "string", "minLength": 1 }, "role": { "title": "Role", "description": "e.g. `Expert appointed by the Committee on Culture`.", "$ref": "#/$defs/text" } } } }, "introduction": { "title": "Introduction", "description": "The programme the LAB is part of, why the city took part.", "$ref": "#/$defs/text" }, "context": { "title": "Context", "description": "The public event, who took part and how the workshop ran.", "$ref": "#/$defs/text" }, "summary": { "title": "Executive summary", "description": "The review in a few paragraphs, for readers who read nothing else.", "$ref": "#/$defs/text" }, "commitments": { "title": "Synthesis per commitment", "description": 'The expert\'s synthesis of the discussions, keyed by commitment id (`"1"` \u2026 `"9"`). Shown under each commitment, before the group\'s notes.', "type": "object", "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, "additionalProperties": { "$ref": "#/$defs/text" } }, "whatChanged": { "title": "What changed since the earlier LAB", "description": "With `report --compare`: the expert's own paragraph, which replaces the one c21lab writes from the figures.", "$ref": "#/$defs/text" }, "recommendations": { "title": "Recommendations or pilot measures", "type": "array", "items": { "type": "object", "required": ["title"], "additionalProperties": false, "patternProperties": { "^x-": { "title": "Extension" } }, "properties": { "title": { "title": "Title", "$ref": "#/$defs/text" }, "commitments": { "title": "Commitments it serves", "type": "array", "items": { "$ref": "#/$defs/commitmentId" } }, "owner": { "title": "Owner", "description": "Who leads it (a department, an organisation).", "$ref": "#/$defs/text" }, "timeframe": { "title": "Timeframe", "description": "e.g. `2026\u20132027` or `first year`. A year may be written as a number.", "oneOf": [{ "$ref": "#/$defs/text" }, { "type": "integer" }] }, "description": { "title": "Description", "$ref": "#/$defs/text" } } } }, "nextSteps": { "title": "Next steps", "$ref": "#/$defs/text" }, "acknowledgements": { "title": "Acknowledgements and credits", "$ref": "#/$defs/text" } } };
var schema63 = { "title": "Text", "description": "Markdown subset (see the file's description). Either one text, in the review's `language`, or the same text in several languages: `{ fr: \u2026, en: \u2026 }`; a report in a language that is missing keeps the review's language (marked as such). Empty (null) means not written yet.", "oneOf": [{ "type": "null" }, { "type": "string" }, { "type": "object", "minProperties": 1, "additionalProperties": false, "patternProperties": { "^(en|fr|es)$": { "title": "The text in one language", "type": "string" } } }] };
var schema70 = { "title": "Commitment id", "description": 'The framework\'s commitment id, e.g. `"4"`.', "type": ["string", "integer"] };
var pattern47 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.c21lab === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "c21lab" }, message: "must have required property 'c21lab'", schema: schema62.required, parentSchema: schema62, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.language === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "language" }, message: "must have required property 'language'", schema: schema62.required, parentSchema: schema62, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema62.properties, key0) || pattern4.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.c21lab !== void 0) {
      let data0 = data.c21lab;
      if ("review/1" !== data0) {
        const err3 = { instancePath: instancePath + "/c21lab", schemaPath: "#/properties/c21lab/const", keyword: "const", params: { allowedValue: "review/1" }, message: "must be equal to constant", schema: "review/1", parentSchema: schema62.properties.c21lab, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.assessment !== void 0) {
      let data1 = data.assessment;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err4 = { instancePath: instancePath + "/assessment", schemaPath: "#/properties/assessment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema62.properties.assessment, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/assessment", schemaPath: "#/properties/assessment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.assessment.type, parentSchema: schema62.properties.assessment, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.framework !== void 0) {
      let data2 = data.framework;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err6 = { instancePath: instancePath + "/framework", schemaPath: "#/properties/framework/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema62.properties.framework, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/framework", schemaPath: "#/properties/framework/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.framework.type, parentSchema: schema62.properties.framework, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.language !== void 0) {
      let data3 = data.language;
      if (!(data3 === "en" || data3 === "fr" || data3 === "es")) {
        const err8 = { instancePath: instancePath + "/language", schemaPath: "#/properties/language/enum", keyword: "enum", params: { allowedValues: schema62.properties.language.enum }, message: "must be equal to one of the allowed values", schema: schema62.properties.language.enum, parentSchema: schema62.properties.language, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.date !== void 0) {
      let data4 = data.date;
      if (!(typeof data4 === "string")) {
        const err9 = { instancePath: instancePath + "/date", schemaPath: "#/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.date.type, parentSchema: schema62.properties.date, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data5 = data.kind;
      if (!(data5 === "recommendations" || data5 === "pilot-measures")) {
        const err10 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema62.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema62.properties.kind.enum, parentSchema: schema62.properties.kind, data: data5 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.authors !== void 0) {
      let data6 = data.authors;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.name === void 0) {
              const err11 = { instancePath: instancePath + "/authors/" + i0, schemaPath: "#/properties/authors/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema62.properties.authors.items.required, parentSchema: schema62.properties.authors.items, data: data7 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            for (const key1 in data7) {
              if (!(key1 === "name" || key1 === "role")) {
                const err12 = { instancePath: instancePath + "/authors/" + i0, schemaPath: "#/properties/authors/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62.properties.authors.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data7.name !== void 0) {
              let data8 = data7.name;
              if (typeof data8 === "string") {
                if (func2(data8) < 1) {
                  const err13 = { instancePath: instancePath + "/authors/" + i0 + "/name", schemaPath: "#/properties/authors/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema62.properties.authors.items.properties.name, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/authors/" + i0 + "/name", schemaPath: "#/properties/authors/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.authors.items.properties.name.type, parentSchema: schema62.properties.authors.items.properties.name, data: data8 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data7.role !== void 0) {
              let data9 = data7.role;
              const _errs20 = errors;
              let valid5 = false;
              let passing0 = null;
              const _errs21 = errors;
              if (data9 !== null) {
                const err15 = { instancePath: instancePath + "/authors/" + i0 + "/role", schemaPath: "#/$defs/text/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema63.oneOf[0].type, parentSchema: schema63.oneOf[0], data: data9 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
              var _valid0 = _errs21 === errors;
              if (_valid0) {
                valid5 = true;
                passing0 = 0;
              }
              const _errs23 = errors;
              if (typeof data9 !== "string") {
                const err16 = { instancePath: instancePath + "/authors/" + i0 + "/role", schemaPath: "#/$defs/text/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.oneOf[1].type, parentSchema: schema63.oneOf[1], data: data9 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
              var _valid0 = _errs23 === errors;
              if (_valid0 && valid5) {
                valid5 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid5 = true;
                  passing0 = 1;
                }
                const _errs25 = errors;
                if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                  if (Object.keys(data9).length < 1) {
                    const err17 = { instancePath: instancePath + "/authors/" + i0 + "/role", schemaPath: "#/$defs/text/oneOf/2/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema63.oneOf[2], data: data9 };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                  for (const key2 in data9) {
                    if (!pattern15.test(key2)) {
                      const err18 = { instancePath: instancePath + "/authors/" + i0 + "/role", schemaPath: "#/$defs/text/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63.oneOf[2], data: data9 };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                  }
                  for (const key3 in data9) {
                    if (pattern15.test(key3)) {
                      let data10 = data9[key3];
                      if (typeof data10 !== "string") {
                        const err19 = { instancePath: instancePath + "/authors/" + i0 + "/role/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/oneOf/2/patternProperties/%5E(en%7Cfr%7Ces)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.oneOf[2].patternProperties["^(en|fr|es)$"].type, parentSchema: schema63.oneOf[2].patternProperties["^(en|fr|es)$"], data: data10 };
                        if (vErrors === null) {
                          vErrors = [err19];
                        } else {
                          vErrors.push(err19);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err20 = { instancePath: instancePath + "/authors/" + i0 + "/role", schemaPath: "#/$defs/text/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.oneOf[2].type, parentSchema: schema63.oneOf[2], data: data9 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
                var _valid0 = _errs25 === errors;
                if (_valid0 && valid5) {
                  valid5 = false;
                  passing0 = [passing0, 2];
                } else {
                  if (_valid0) {
                    valid5 = true;
                    passing0 = 2;
                  }
                }
              }
              if (!valid5) {
                const err21 = { instancePath: instancePath + "/authors/" + i0 + "/role", schemaPath: "#/$defs/text/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema63.oneOf, parentSchema: schema63, data: data9 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              } else {
                errors = _errs20;
                if (vErrors !== null) {
                  if (_errs20) {
                    vErrors.length = _errs20;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/authors/" + i0, schemaPath: "#/properties/authors/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.properties.authors.items.type, parentSchema: schema62.properties.authors.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/authors", schemaPath: "#/properties/authors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema62.properties.authors.type, parentSchema: schema62.properties.authors, data: data6 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.introduction !== void 0) {
      let data11 = data.introduction;
      const _errs32 = errors;
      let valid8 = false;
      let passing1 = null;
      const _errs33 = errors;
      if (data11 !== null) {
        const err24 = { instancePath: instancePath + "/introduction", schemaPath: "#/$defs/text/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema63.oneOf[0].type, parentSchema: schema63.oneOf[0], data: data11 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var _valid1 = _errs33 === errors;
      if (_valid1) {
        valid8 = true;
        passing1 = 0;
      }
      const _errs35 = errors;
      if (typeof data11 !== "string") {
        const err25 = { instancePath: instancePath + "/introduction", schemaPath: "#/$defs/text/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.oneOf[1].type, parentSchema: schema63.oneOf[1], data: data11 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      var _valid1 = _errs35 === errors;
      if (_valid1 && valid8) {
        valid8 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid8 = true;
          passing1 = 1;
        }
        const _errs37 = errors;
        if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
          if (Object.keys(data11).length < 1) {
            const err26 = { instancePath: instancePath + "/introduction", schemaPath: "#/$defs/text/oneOf/2/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema63.oneOf[2], data: data11 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          for (const key4 in data11) {
            if (!pattern15.test(key4)) {
              const err27 = { instancePath: instancePath + "/introduction", schemaPath: "#/$defs/text/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63.oneOf[2], data: data11 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
          for (const key5 in data11) {
            if (pattern15.test(key5)) {
              let data12 = data11[key5];
              if (typeof data12 !== "string") {
                const err28 = { instancePath: instancePath + "/introduction/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/oneOf/2/patternProperties/%5E(en%7Cfr%7Ces)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.oneOf[2].patternProperties["^(en|fr|es)$"].type, parentSchema: schema63.oneOf[2].patternProperties["^(en|fr|es)$"], data: data12 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          }
        } else {
          const err29 = { instancePath: instancePath + "/introduction", schemaPath: "#/$defs/text/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.oneOf[2].type, parentSchema: schema63.oneOf[2], data: data11 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        var _valid1 = _errs37 === errors;
        if (_valid1 && valid8) {
          valid8 = false;
          passing1 = [passing1, 2];
        } else {
          if (_valid1) {
            valid8 = true;
            passing1 = 2;
          }
        }
      }
      if (!valid8) {
        const err30 = { instancePath: instancePath + "/introduction", schemaPath: "#/$defs/text/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema63.oneOf, parentSchema: schema63, data: data11 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      } else {
        errors = _errs32;
        if (vErrors !== null) {
          if (_errs32) {
            vErrors.length = _errs32;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.context !== void 0) {
      let data13 = data.context;
      const _errs44 = errors;
      let valid11 = false;
      let passing2 = null;
      const _errs45 = errors;
      if (data13 !== null) {
        const err31 = { instancePath: instancePath + "/context", schemaPath: "#/$defs/text/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema63.oneOf[0].type, parentSchema: schema63.oneOf[0], data: data13 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      var _valid2 = _errs45 === errors;
      if (_valid2) {
        valid11 = true;
        passing2 = 0;
      }
      const _errs47 = errors;
      if (typeof data13 !== "string") {
        const err32 = { instancePath: instancePath + "/context", schemaPath: "#/$defs/text/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.oneOf[1].type, parentSchema: schema63.oneOf[1], data: data13 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      var _valid2 = _errs47 === errors;
      if (_valid2 && valid11) {
        valid11 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid11 = true;
          passing2 = 1;
        }
        const _errs49 = errors;
        if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
          if (Object.keys(data13).length < 1) {
            const err33 = { instancePath: instancePath + "/context", schemaPath: "#/$defs/text/oneOf/2/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema63.oneOf[2], data: data13 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          for (const key6 in data13) {
            if (!pattern15.test(key6)) {
              const err34 = { instancePath: instancePath + "/context", schemaPath: "#/$defs/text/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63.oneOf[2], data: data13 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
          for (const key7 in data13) {
            if (pattern15.test(key7)) {
              let data14 = data13[key7];
              if (typeof data14 !== "string") {
                const err35 = { instancePath: instancePath + "/context/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/oneOf/2/patternProperties/%5E(en%7Cfr%7Ces)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.oneOf[2].patternProperties["^(en|fr|es)$"].type, parentSchema: schema63.oneOf[2].patternProperties["^(en|fr|es)$"], data: data14 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
          }
        } else {
          const err36 = { instancePath: instancePath + "/context", schemaPath: "#/$defs/text/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.oneOf[2].type, parentSchema: schema63.oneOf[2], data: data13 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        var _valid2 = _errs49 === errors;
        if (_valid2 && valid11) {
          valid11 = false;
          passing2 = [passing2, 2];
        } else {
          if (_valid2) {
            valid11 = true;
            passing2 = 2;
          }
        }
      }
      if (!valid11) {
        const err37 = { instancePath: instancePath + "/context", schemaPath: "#/$defs/text/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema63.oneOf, parentSchema: schema63, data: data13 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      } else {
        errors = _errs44;
        if (vErrors !== null) {
          if (_errs44) {
            vErrors.length = _errs44;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.summary !== void 0) {
      let data15 = data.summary;
      const _errs56 = errors;
      let valid14 = false;
      let passing3 = null;
      const _errs57 = errors;
      if (data15 !== null) {
        const err38 = { instancePath: instancePath + "/summary", schemaPath: "#/$defs/text/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema63.oneOf[0].type, parentSchema: schema63.oneOf[0], data: data15 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      var _valid3 = _errs57 === errors;
      if (_valid3) {
        valid14 = true;
        passing3 = 0;
      }
      const _errs59 = errors;
      if (typeof data15 !== "string") {
        const err39 = { instancePath: instancePath + "/summary", schemaPath: "#/$defs/text/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.oneOf[1].type, parentSchema: schema63.oneOf[1], data: data15 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      var _valid3 = _errs59 === errors;
      if (_valid3 && valid14) {
        valid14 = false;
        passing3 = [passing3, 1];
      } else {
        if (_valid3) {
          valid14 = true;
          passing3 = 1;
        }
        const _errs61 = errors;
        if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
          if (Object.keys(data15).length < 1) {
            const err40 = { instancePath: instancePath + "/summary", schemaPath: "#/$defs/text/oneOf/2/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema63.oneOf[2], data: data15 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          for (const key8 in data15) {
            if (!pattern15.test(key8)) {
              const err41 = { instancePath: instancePath + "/summary", schemaPath: "#/$defs/text/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63.oneOf[2], data: data15 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          }
          for (const key9 in data15) {
            if (pattern15.test(key9)) {
              let data16 = data15[key9];
              if (typeof data16 !== "string") {
                const err42 = { instancePath: instancePath + "/summary/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/oneOf/2/patternProperties/%5E(en%7Cfr%7Ces)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.oneOf[2].patternProperties["^(en|fr|es)$"].type, parentSchema: schema63.oneOf[2].patternProperties["^(en|fr|es)$"], data: data16 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          }
        } else {
          const err43 = { instancePath: instancePath + "/summary", schemaPath: "#/$defs/text/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.oneOf[2].type, parentSchema: schema63.oneOf[2], data: data15 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        var _valid3 = _errs61 === errors;
        if (_valid3 && valid14) {
          valid14 = false;
          passing3 = [passing3, 2];
        } else {
          if (_valid3) {
            valid14 = true;
            passing3 = 2;
          }
        }
      }
      if (!valid14) {
        const err44 = { instancePath: instancePath + "/summary", schemaPath: "#/$defs/text/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema63.oneOf, parentSchema: schema63, data: data15 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      } else {
        errors = _errs56;
        if (vErrors !== null) {
          if (_errs56) {
            vErrors.length = _errs56;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.commitments !== void 0) {
      let data17 = data.commitments;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key10 in data17) {
          const _errs68 = errors;
          if (typeof key10 === "string") {
            if (!pattern47.test(key10)) {
              const err45 = { instancePath: instancePath + "/commitments", schemaPath: "#/properties/commitments/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema62.properties.commitments.propertyNames, data: key10, propertyName: key10 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          }
          var valid16 = _errs68 === errors;
          if (!valid16) {
            const err46 = { instancePath: instancePath + "/commitments", schemaPath: "#/properties/commitments/propertyNames", keyword: "propertyNames", params: { propertyName: key10 }, message: "property name must be valid", schema: schema62.properties.commitments.propertyNames, parentSchema: schema62.properties.commitments, data: data17 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        for (const key11 in data17) {
          let data18 = data17[key11];
          const _errs72 = errors;
          let valid19 = false;
          let passing4 = null;
          const _errs73 = errors;
          if (data18 !== null) {
            const err47 = { instancePath: instancePath + "/commitments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema63.oneOf[0].type, parentSchema: schema63.oneOf[0], data: data18 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          var _valid4 = _errs73 === errors;
          if (_valid4) {
            valid19 = true;
            passing4 = 0;
          }
          const _errs75 = errors;
          if (typeof data18 !== "string") {
            const err48 = { instancePath: instancePath + "/commitments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.oneOf[1].type, parentSchema: schema63.oneOf[1], data: data18 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          var _valid4 = _errs75 === errors;
          if (_valid4 && valid19) {
            valid19 = false;
            passing4 = [passing4, 1];
          } else {
            if (_valid4) {
              valid19 = true;
              passing4 = 1;
            }
            const _errs77 = errors;
            if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
              if (Object.keys(data18).length < 1) {
                const err49 = { instancePath: instancePath + "/commitments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/oneOf/2/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema63.oneOf[2], data: data18 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
              for (const key12 in data18) {
                if (!pattern15.test(key12)) {
                  const err50 = { instancePath: instancePath + "/commitments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63.oneOf[2], data: data18 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              }
              for (const key13 in data18) {
                if (pattern15.test(key13)) {
                  let data19 = data18[key13];
                  if (typeof data19 !== "string") {
                    const err51 = { instancePath: instancePath + "/commitments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/oneOf/2/patternProperties/%5E(en%7Cfr%7Ces)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.oneOf[2].patternProperties["^(en|fr|es)$"].type, parentSchema: schema63.oneOf[2].patternProperties["^(en|fr|es)$"], data: data19 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err52 = { instancePath: instancePath + "/commitments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.oneOf[2].type, parentSchema: schema63.oneOf[2], data: data18 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            var _valid4 = _errs77 === errors;
            if (_valid4 && valid19) {
              valid19 = false;
              passing4 = [passing4, 2];
            } else {
              if (_valid4) {
                valid19 = true;
                passing4 = 2;
              }
            }
          }
          if (!valid19) {
            const err53 = { instancePath: instancePath + "/commitments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema63.oneOf, parentSchema: schema63, data: data18 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          } else {
            errors = _errs72;
            if (vErrors !== null) {
              if (_errs72) {
                vErrors.length = _errs72;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/commitments", schemaPath: "#/properties/commitments/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.properties.commitments.type, parentSchema: schema62.properties.commitments, data: data17 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.whatChanged !== void 0) {
      let data20 = data.whatChanged;
      const _errs84 = errors;
      let valid22 = false;
      let passing5 = null;
      const _errs85 = errors;
      if (data20 !== null) {
        const err55 = { instancePath: instancePath + "/whatChanged", schemaPath: "#/$defs/text/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema63.oneOf[0].type, parentSchema: schema63.oneOf[0], data: data20 };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
      var _valid5 = _errs85 === errors;
      if (_valid5) {
        valid22 = true;
        passing5 = 0;
      }
      const _errs87 = errors;
      if (typeof data20 !== "string") {
        const err56 = { instancePath: instancePath + "/whatChanged", schemaPath: "#/$defs/text/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.oneOf[1].type, parentSchema: schema63.oneOf[1], data: data20 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
      var _valid5 = _errs87 === errors;
      if (_valid5 && valid22) {
        valid22 = false;
        passing5 = [passing5, 1];
      } else {
        if (_valid5) {
          valid22 = true;
          passing5 = 1;
        }
        const _errs89 = errors;
        if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
          if (Object.keys(data20).length < 1) {
            const err57 = { instancePath: instancePath + "/whatChanged", schemaPath: "#/$defs/text/oneOf/2/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema63.oneOf[2], data: data20 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
          for (const key14 in data20) {
            if (!pattern15.test(key14)) {
              const err58 = { instancePath: instancePath + "/whatChanged", schemaPath: "#/$defs/text/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63.oneOf[2], data: data20 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          }
          for (const key15 in data20) {
            if (pattern15.test(key15)) {
              let data21 = data20[key15];
              if (typeof data21 !== "string") {
                const err59 = { instancePath: instancePath + "/whatChanged/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/oneOf/2/patternProperties/%5E(en%7Cfr%7Ces)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.oneOf[2].patternProperties["^(en|fr|es)$"].type, parentSchema: schema63.oneOf[2].patternProperties["^(en|fr|es)$"], data: data21 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
          }
        } else {
          const err60 = { instancePath: instancePath + "/whatChanged", schemaPath: "#/$defs/text/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.oneOf[2].type, parentSchema: schema63.oneOf[2], data: data20 };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
        var _valid5 = _errs89 === errors;
        if (_valid5 && valid22) {
          valid22 = false;
          passing5 = [passing5, 2];
        } else {
          if (_valid5) {
            valid22 = true;
            passing5 = 2;
          }
        }
      }
      if (!valid22) {
        const err61 = { instancePath: instancePath + "/whatChanged", schemaPath: "#/$defs/text/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf", schema: schema63.oneOf, parentSchema: schema63, data: data20 };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      } else {
        errors = _errs84;
        if (vErrors !== null) {
          if (_errs84) {
            vErrors.length = _errs84;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.recommendations !== void 0) {
      let data22 = data.recommendations;
      if (Array.isArray(data22)) {
        const len1 = data22.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data23 = data22[i1];
          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            if (data23.title === void 0) {
              const err62 = { instancePath: instancePath + "/recommendations/" + i1, schemaPath: "#/properties/recommendations/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema62.properties.recommendations.items.required, parentSchema: schema62.properties.recommendations.items, data: data23 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            for (const key16 in data23) {
              if (!(key16 === "title" || key16 === "commitments" || key16 === "owner" || key16 === "timeframe" || key16 === "description" || pattern4.test(key16))) {
                const err63 = { instancePath: instancePath + "/recommendations/" + i1, schemaPath: "#/properties/recommendations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62.properties.recommendations.items, data: data23 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data23.title !== void 0) {
              let data24 = data23.title;
              const _errs101 = errors;
              let valid28 = false;
              let passing6 = null;
              const _errs102 = errors;
              if (data24 !== null) {
                const err64 = { instancePath: instancePath + "/recommendations/" + i1 + "/title", schemaPath: "#/$defs/text/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema63.oneOf[0].type, parentSchema: schema63.oneOf[0], data: data24 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
              var _valid6 = _errs102 === errors;
              if (_valid6) {
                valid28 = true;
                passing6 = 0;
              }
              const _errs104 = errors;
              if (typeof data24 !== "string") {
                const err65 = { instancePath: instancePath + "/recommendations/" + i1 + "/title", schemaPath: "#/$defs/text/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.oneOf[1].type, parentSchema: schema63.oneOf[1], data: data24 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
              var _valid6 = _errs104 === errors;
              if (_valid6 && valid28) {
                valid28 = false;
                passing6 = [passing6, 1];
              } else {
                if (_valid6) {
                  valid28 = true;
                  passing6 = 1;
                }
                const _errs106 = errors;
                if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                  if (Object.keys(data24).length < 1) {
                    const err66 = { instancePath: instancePath + "/recommendations/" + i1 + "/title", schemaPath: "#/$defs/text/oneOf/2/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema63.oneOf[2], data: data24 };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                  for (const key17 in data24) {
                    if (!pattern15.test(key17)) {
                      const err67 = { instancePath: instancePath + "/recommendations/" + i1 + "/title", schemaPath: "#/$defs/text/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63.oneOf[2], data: data24 };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                  }
                  for (const key18 in data24) {
                    if (pattern15.test(key18)) {
                      let data25 = data24[key18];
                      if (typeof data25 !== "string") {
                        const err68 = { instancePath: instancePath + "/recommendations/" + i1 + "/title/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/oneOf/2/patternProperties/%5E(en%7Cfr%7Ces)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.oneOf[2].patternProperties["^(en|fr|es)$"].type, parentSchema: schema63.oneOf[2].patternProperties["^(en|fr|es)$"], data: data25 };
                        if (vErrors === null) {
                          vErrors = [err68];
                        } else {
                          vErrors.push(err68);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err69 = { instancePath: instancePath + "/recommendations/" + i1 + "/title", schemaPath: "#/$defs/text/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.oneOf[2].type, parentSchema: schema63.oneOf[2], data: data24 };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
                var _valid6 = _errs106 === errors;
                if (_valid6 && valid28) {
                  valid28 = false;
                  passing6 = [passing6, 2];
                } else {
                  if (_valid6) {
                    valid28 = true;
                    passing6 = 2;
                  }
                }
              }
              if (!valid28) {
                const err70 = { instancePath: instancePath + "/recommendations/" + i1 + "/title", schemaPath: "#/$defs/text/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf", schema: schema63.oneOf, parentSchema: schema63, data: data24 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              } else {
                errors = _errs101;
                if (vErrors !== null) {
                  if (_errs101) {
                    vErrors.length = _errs101;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data23.commitments !== void 0) {
              let data26 = data23.commitments;
              if (Array.isArray(data26)) {
                const len2 = data26.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data27 = data26[i2];
                  if (typeof data27 !== "string" && !(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
                    const err71 = { instancePath: instancePath + "/recommendations/" + i1 + "/commitments/" + i2, schemaPath: "#/$defs/commitmentId/type", keyword: "type", params: { type: schema70.type }, message: "must be string,integer", schema: schema70.type, parentSchema: schema70, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
              } else {
                const err72 = { instancePath: instancePath + "/recommendations/" + i1 + "/commitments", schemaPath: "#/properties/recommendations/items/properties/commitments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema62.properties.recommendations.items.properties.commitments.type, parentSchema: schema62.properties.recommendations.items.properties.commitments, data: data26 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data23.owner !== void 0) {
              let data28 = data23.owner;
              const _errs118 = errors;
              let valid34 = false;
              let passing7 = null;
              const _errs119 = errors;
              if (data28 !== null) {
                const err73 = { instancePath: instancePath + "/recommendations/" + i1 + "/owner", schemaPath: "#/$defs/text/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema63.oneOf[0].type, parentSchema: schema63.oneOf[0], data: data28 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
              var _valid7 = _errs119 === errors;
              if (_valid7) {
                valid34 = true;
                passing7 = 0;
              }
              const _errs121 = errors;
              if (typeof data28 !== "string") {
                const err74 = { instancePath: instancePath + "/recommendations/" + i1 + "/owner", schemaPath: "#/$defs/text/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.oneOf[1].type, parentSchema: schema63.oneOf[1], data: data28 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
              var _valid7 = _errs121 === errors;
              if (_valid7 && valid34) {
                valid34 = false;
                passing7 = [passing7, 1];
              } else {
                if (_valid7) {
                  valid34 = true;
                  passing7 = 1;
                }
                const _errs123 = errors;
                if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                  if (Object.keys(data28).length < 1) {
                    const err75 = { instancePath: instancePath + "/recommendations/" + i1 + "/owner", schemaPath: "#/$defs/text/oneOf/2/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema63.oneOf[2], data: data28 };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                  for (const key19 in data28) {
                    if (!pattern15.test(key19)) {
                      const err76 = { instancePath: instancePath + "/recommendations/" + i1 + "/owner", schemaPath: "#/$defs/text/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63.oneOf[2], data: data28 };
                      if (vErrors === null) {
                        vErrors = [err76];
                      } else {
                        vErrors.push(err76);
                      }
                      errors++;
                    }
                  }
                  for (const key20 in data28) {
                    if (pattern15.test(key20)) {
                      let data29 = data28[key20];
                      if (typeof data29 !== "string") {
                        const err77 = { instancePath: instancePath + "/recommendations/" + i1 + "/owner/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/oneOf/2/patternProperties/%5E(en%7Cfr%7Ces)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.oneOf[2].patternProperties["^(en|fr|es)$"].type, parentSchema: schema63.oneOf[2].patternProperties["^(en|fr|es)$"], data: data29 };
                        if (vErrors === null) {
                          vErrors = [err77];
                        } else {
                          vErrors.push(err77);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err78 = { instancePath: instancePath + "/recommendations/" + i1 + "/owner", schemaPath: "#/$defs/text/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.oneOf[2].type, parentSchema: schema63.oneOf[2], data: data28 };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
                var _valid7 = _errs123 === errors;
                if (_valid7 && valid34) {
                  valid34 = false;
                  passing7 = [passing7, 2];
                } else {
                  if (_valid7) {
                    valid34 = true;
                    passing7 = 2;
                  }
                }
              }
              if (!valid34) {
                const err79 = { instancePath: instancePath + "/recommendations/" + i1 + "/owner", schemaPath: "#/$defs/text/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf", schema: schema63.oneOf, parentSchema: schema63, data: data28 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              } else {
                errors = _errs118;
                if (vErrors !== null) {
                  if (_errs118) {
                    vErrors.length = _errs118;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data23.timeframe !== void 0) {
              let data30 = data23.timeframe;
              const _errs129 = errors;
              let valid36 = false;
              let passing8 = null;
              const _errs130 = errors;
              const _errs132 = errors;
              let valid38 = false;
              let passing9 = null;
              const _errs133 = errors;
              if (data30 !== null) {
                const err80 = { instancePath: instancePath + "/recommendations/" + i1 + "/timeframe", schemaPath: "#/$defs/text/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema63.oneOf[0].type, parentSchema: schema63.oneOf[0], data: data30 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
              var _valid9 = _errs133 === errors;
              if (_valid9) {
                valid38 = true;
                passing9 = 0;
              }
              const _errs135 = errors;
              if (typeof data30 !== "string") {
                const err81 = { instancePath: instancePath + "/recommendations/" + i1 + "/timeframe", schemaPath: "#/$defs/text/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.oneOf[1].type, parentSchema: schema63.oneOf[1], data: data30 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
              var _valid9 = _errs135 === errors;
              if (_valid9 && valid38) {
                valid38 = false;
                passing9 = [passing9, 1];
              } else {
                if (_valid9) {
                  valid38 = true;
                  passing9 = 1;
                }
                const _errs137 = errors;
                if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                  if (Object.keys(data30).length < 1) {
                    const err82 = { instancePath: instancePath + "/recommendations/" + i1 + "/timeframe", schemaPath: "#/$defs/text/oneOf/2/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema63.oneOf[2], data: data30 };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                  for (const key21 in data30) {
                    if (!pattern15.test(key21)) {
                      const err83 = { instancePath: instancePath + "/recommendations/" + i1 + "/timeframe", schemaPath: "#/$defs/text/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63.oneOf[2], data: data30 };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  }
                  for (const key22 in data30) {
                    if (pattern15.test(key22)) {
                      let data31 = data30[key22];
                      if (typeof data31 !== "string") {
                        const err84 = { instancePath: instancePath + "/recommendations/" + i1 + "/timeframe/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/oneOf/2/patternProperties/%5E(en%7Cfr%7Ces)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.oneOf[2].patternProperties["^(en|fr|es)$"].type, parentSchema: schema63.oneOf[2].patternProperties["^(en|fr|es)$"], data: data31 };
                        if (vErrors === null) {
                          vErrors = [err84];
                        } else {
                          vErrors.push(err84);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err85 = { instancePath: instancePath + "/recommendations/" + i1 + "/timeframe", schemaPath: "#/$defs/text/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.oneOf[2].type, parentSchema: schema63.oneOf[2], data: data30 };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
                var _valid9 = _errs137 === errors;
                if (_valid9 && valid38) {
                  valid38 = false;
                  passing9 = [passing9, 2];
                } else {
                  if (_valid9) {
                    valid38 = true;
                    passing9 = 2;
                  }
                }
              }
              if (!valid38) {
                const err86 = { instancePath: instancePath + "/recommendations/" + i1 + "/timeframe", schemaPath: "#/$defs/text/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf", schema: schema63.oneOf, parentSchema: schema63, data: data30 };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              } else {
                errors = _errs132;
                if (vErrors !== null) {
                  if (_errs132) {
                    vErrors.length = _errs132;
                  } else {
                    vErrors = null;
                  }
                }
              }
              var _valid8 = _errs130 === errors;
              if (_valid8) {
                valid36 = true;
                passing8 = 0;
              }
              const _errs142 = errors;
              if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)) && isFinite(data30))) {
                const err87 = { instancePath: instancePath + "/recommendations/" + i1 + "/timeframe", schemaPath: "#/properties/recommendations/items/properties/timeframe/oneOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema62.properties.recommendations.items.properties.timeframe.oneOf[1].type, parentSchema: schema62.properties.recommendations.items.properties.timeframe.oneOf[1], data: data30 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
              var _valid8 = _errs142 === errors;
              if (_valid8 && valid36) {
                valid36 = false;
                passing8 = [passing8, 1];
              } else {
                if (_valid8) {
                  valid36 = true;
                  passing8 = 1;
                }
              }
              if (!valid36) {
                const err88 = { instancePath: instancePath + "/recommendations/" + i1 + "/timeframe", schemaPath: "#/properties/recommendations/items/properties/timeframe/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf", schema: schema62.properties.recommendations.items.properties.timeframe.oneOf, parentSchema: schema62.properties.recommendations.items.properties.timeframe, data: data30 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              } else {
                errors = _errs129;
                if (vErrors !== null) {
                  if (_errs129) {
                    vErrors.length = _errs129;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data23.description !== void 0) {
              let data32 = data23.description;
              const _errs146 = errors;
              let valid41 = false;
              let passing10 = null;
              const _errs147 = errors;
              if (data32 !== null) {
                const err89 = { instancePath: instancePath + "/recommendations/" + i1 + "/description", schemaPath: "#/$defs/text/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema63.oneOf[0].type, parentSchema: schema63.oneOf[0], data: data32 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
              var _valid10 = _errs147 === errors;
              if (_valid10) {
                valid41 = true;
                passing10 = 0;
              }
              const _errs149 = errors;
              if (typeof data32 !== "string") {
                const err90 = { instancePath: instancePath + "/recommendations/" + i1 + "/description", schemaPath: "#/$defs/text/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.oneOf[1].type, parentSchema: schema63.oneOf[1], data: data32 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
              var _valid10 = _errs149 === errors;
              if (_valid10 && valid41) {
                valid41 = false;
                passing10 = [passing10, 1];
              } else {
                if (_valid10) {
                  valid41 = true;
                  passing10 = 1;
                }
                const _errs151 = errors;
                if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                  if (Object.keys(data32).length < 1) {
                    const err91 = { instancePath: instancePath + "/recommendations/" + i1 + "/description", schemaPath: "#/$defs/text/oneOf/2/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema63.oneOf[2], data: data32 };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                  for (const key23 in data32) {
                    if (!pattern15.test(key23)) {
                      const err92 = { instancePath: instancePath + "/recommendations/" + i1 + "/description", schemaPath: "#/$defs/text/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63.oneOf[2], data: data32 };
                      if (vErrors === null) {
                        vErrors = [err92];
                      } else {
                        vErrors.push(err92);
                      }
                      errors++;
                    }
                  }
                  for (const key24 in data32) {
                    if (pattern15.test(key24)) {
                      let data33 = data32[key24];
                      if (typeof data33 !== "string") {
                        const err93 = { instancePath: instancePath + "/recommendations/" + i1 + "/description/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/oneOf/2/patternProperties/%5E(en%7Cfr%7Ces)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.oneOf[2].patternProperties["^(en|fr|es)$"].type, parentSchema: schema63.oneOf[2].patternProperties["^(en|fr|es)$"], data: data33 };
                        if (vErrors === null) {
                          vErrors = [err93];
                        } else {
                          vErrors.push(err93);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err94 = { instancePath: instancePath + "/recommendations/" + i1 + "/description", schemaPath: "#/$defs/text/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.oneOf[2].type, parentSchema: schema63.oneOf[2], data: data32 };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
                var _valid10 = _errs151 === errors;
                if (_valid10 && valid41) {
                  valid41 = false;
                  passing10 = [passing10, 2];
                } else {
                  if (_valid10) {
                    valid41 = true;
                    passing10 = 2;
                  }
                }
              }
              if (!valid41) {
                const err95 = { instancePath: instancePath + "/recommendations/" + i1 + "/description", schemaPath: "#/$defs/text/oneOf", keyword: "oneOf", params: { passingSchemas: passing10 }, message: "must match exactly one schema in oneOf", schema: schema63.oneOf, parentSchema: schema63, data: data32 };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              } else {
                errors = _errs146;
                if (vErrors !== null) {
                  if (_errs146) {
                    vErrors.length = _errs146;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err96 = { instancePath: instancePath + "/recommendations/" + i1, schemaPath: "#/properties/recommendations/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.properties.recommendations.items.type, parentSchema: schema62.properties.recommendations.items, data: data23 };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
        }
      } else {
        const err97 = { instancePath: instancePath + "/recommendations", schemaPath: "#/properties/recommendations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema62.properties.recommendations.type, parentSchema: schema62.properties.recommendations, data: data22 };
        if (vErrors === null) {
          vErrors = [err97];
        } else {
          vErrors.push(err97);
        }
        errors++;
      }
    }
    if (data.nextSteps !== void 0) {
      let data34 = data.nextSteps;
      const _errs158 = errors;
      let valid44 = false;
      let passing11 = null;
      const _errs159 = errors;
      if (data34 !== null) {
        const err98 = { instancePath: instancePath + "/nextSteps", schemaPath: "#/$defs/text/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema63.oneOf[0].type, parentSchema: schema63.oneOf[0], data: data34 };
        if (vErrors === null) {
          vErrors = [err98];
        } else {
          vErrors.push(err98);
        }
        errors++;
      }
      var _valid11 = _errs159 === errors;
      if (_valid11) {
        valid44 = true;
        passing11 = 0;
      }
      const _errs161 = errors;
      if (typeof data34 !== "string") {
        const err99 = { instancePath: instancePath + "/nextSteps", schemaPath: "#/$defs/text/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.oneOf[1].type, parentSchema: schema63.oneOf[1], data: data34 };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
      var _valid11 = _errs161 === errors;
      if (_valid11 && valid44) {
        valid44 = false;
        passing11 = [passing11, 1];
      } else {
        if (_valid11) {
          valid44 = true;
          passing11 = 1;
        }
        const _errs163 = errors;
        if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
          if (Object.keys(data34).length < 1) {
            const err100 = { instancePath: instancePath + "/nextSteps", schemaPath: "#/$defs/text/oneOf/2/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema63.oneOf[2], data: data34 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
          for (const key25 in data34) {
            if (!pattern15.test(key25)) {
              const err101 = { instancePath: instancePath + "/nextSteps", schemaPath: "#/$defs/text/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63.oneOf[2], data: data34 };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
          }
          for (const key26 in data34) {
            if (pattern15.test(key26)) {
              let data35 = data34[key26];
              if (typeof data35 !== "string") {
                const err102 = { instancePath: instancePath + "/nextSteps/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/oneOf/2/patternProperties/%5E(en%7Cfr%7Ces)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.oneOf[2].patternProperties["^(en|fr|es)$"].type, parentSchema: schema63.oneOf[2].patternProperties["^(en|fr|es)$"], data: data35 };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
          }
        } else {
          const err103 = { instancePath: instancePath + "/nextSteps", schemaPath: "#/$defs/text/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.oneOf[2].type, parentSchema: schema63.oneOf[2], data: data34 };
          if (vErrors === null) {
            vErrors = [err103];
          } else {
            vErrors.push(err103);
          }
          errors++;
        }
        var _valid11 = _errs163 === errors;
        if (_valid11 && valid44) {
          valid44 = false;
          passing11 = [passing11, 2];
        } else {
          if (_valid11) {
            valid44 = true;
            passing11 = 2;
          }
        }
      }
      if (!valid44) {
        const err104 = { instancePath: instancePath + "/nextSteps", schemaPath: "#/$defs/text/oneOf", keyword: "oneOf", params: { passingSchemas: passing11 }, message: "must match exactly one schema in oneOf", schema: schema63.oneOf, parentSchema: schema63, data: data34 };
        if (vErrors === null) {
          vErrors = [err104];
        } else {
          vErrors.push(err104);
        }
        errors++;
      } else {
        errors = _errs158;
        if (vErrors !== null) {
          if (_errs158) {
            vErrors.length = _errs158;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.acknowledgements !== void 0) {
      let data36 = data.acknowledgements;
      const _errs170 = errors;
      let valid47 = false;
      let passing12 = null;
      const _errs171 = errors;
      if (data36 !== null) {
        const err105 = { instancePath: instancePath + "/acknowledgements", schemaPath: "#/$defs/text/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema63.oneOf[0].type, parentSchema: schema63.oneOf[0], data: data36 };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      }
      var _valid12 = _errs171 === errors;
      if (_valid12) {
        valid47 = true;
        passing12 = 0;
      }
      const _errs173 = errors;
      if (typeof data36 !== "string") {
        const err106 = { instancePath: instancePath + "/acknowledgements", schemaPath: "#/$defs/text/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.oneOf[1].type, parentSchema: schema63.oneOf[1], data: data36 };
        if (vErrors === null) {
          vErrors = [err106];
        } else {
          vErrors.push(err106);
        }
        errors++;
      }
      var _valid12 = _errs173 === errors;
      if (_valid12 && valid47) {
        valid47 = false;
        passing12 = [passing12, 1];
      } else {
        if (_valid12) {
          valid47 = true;
          passing12 = 1;
        }
        const _errs175 = errors;
        if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
          if (Object.keys(data36).length < 1) {
            const err107 = { instancePath: instancePath + "/acknowledgements", schemaPath: "#/$defs/text/oneOf/2/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema63.oneOf[2], data: data36 };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
          for (const key27 in data36) {
            if (!pattern15.test(key27)) {
              const err108 = { instancePath: instancePath + "/acknowledgements", schemaPath: "#/$defs/text/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63.oneOf[2], data: data36 };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
          }
          for (const key28 in data36) {
            if (pattern15.test(key28)) {
              let data37 = data36[key28];
              if (typeof data37 !== "string") {
                const err109 = { instancePath: instancePath + "/acknowledgements/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/text/oneOf/2/patternProperties/%5E(en%7Cfr%7Ces)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.oneOf[2].patternProperties["^(en|fr|es)$"].type, parentSchema: schema63.oneOf[2].patternProperties["^(en|fr|es)$"], data: data37 };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
          }
        } else {
          const err110 = { instancePath: instancePath + "/acknowledgements", schemaPath: "#/$defs/text/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.oneOf[2].type, parentSchema: schema63.oneOf[2], data: data36 };
          if (vErrors === null) {
            vErrors = [err110];
          } else {
            vErrors.push(err110);
          }
          errors++;
        }
        var _valid12 = _errs175 === errors;
        if (_valid12 && valid47) {
          valid47 = false;
          passing12 = [passing12, 2];
        } else {
          if (_valid12) {
            valid47 = true;
            passing12 = 2;
          }
        }
      }
      if (!valid47) {
        const err111 = { instancePath: instancePath + "/acknowledgements", schemaPath: "#/$defs/text/oneOf", keyword: "oneOf", params: { passingSchemas: passing12 }, message: "must match exactly one schema in oneOf", schema: schema63.oneOf, parentSchema: schema63, data: data36 };
        if (vErrors === null) {
          vErrors = [err111];
        } else {
          vErrors.push(err111);
        }
        errors++;
      } else {
        errors = _errs170;
        if (vErrors !== null) {
          if (_errs170) {
            vErrors.length = _errs170;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err112 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.type, parentSchema: schema62, data };
    if (vErrors === null) {
      vErrors = [err112];
    } else {
      vErrors.push(err112);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
__name(validate35, "validate35");
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// dist/core/validate/schema.js
var require2 = createRequire(import.meta.url);
var ajv;
var compiled = /* @__PURE__ */ new Map();
function validatorFor(kind) {
  let fn = compiled.get(kind);
  if (fn !== void 0)
    return fn;
  let text;
  try {
    text = readFileSync(schemaPath(kind), "utf8");
  } catch {
    compiled.set(kind, null);
    return null;
  }
  const ready = validators_exports[kind];
  if (typeof ready === "function" && hashes[kind] === schemaHash(text)) {
    fn = ready;
  } else {
    if (!ajv) {
      const { Ajv2020 } = require2("ajv/dist/2020.js");
      ajv = new Ajv2020({ ...AJV_OPTIONS });
    }
    fn = ajv.compile(JSON.parse(text));
  }
  compiled.set(kind, fn);
  return fn;
}
__name(validatorFor, "validatorFor");
function schemaErrors(kind, data) {
  const validate = validatorFor(kind);
  if (!validate || validate(data))
    return [];
  return [...validate.errors ?? []];
}
__name(schemaErrors, "schemaErrors");
function splitPath(instancePath) {
  if (instancePath === "")
    return [];
  return instancePath.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
}
__name(splitPath, "splitPath");
var TYPE_WORDS = {
  number: "tNumber",
  integer: "tInteger",
  string: "tString",
  array: "tArray",
  object: "tObject",
  boolean: "tBoolean",
  null: "tNull"
};
var PATTERN_WORDS = {
  "^[A-Z]{2}$": "patCountry",
  "^[A-Za-z0-9][A-Za-z0-9_-]*$": "patId",
  "^[a-z0-9][a-z0-9._-]*$": "patLowerId",
  "^[a-z0-9][a-z0-9_-]*$": "patLowerId",
  "^[a-z]{2}$": "patLang"
};
function typeWords(types2, r) {
  const all = Array.isArray(types2) ? types2 : [types2];
  return joined(all.map((t) => TYPE_WORDS[String(t)] ? r.t(TYPE_WORDS[String(t)]) : String(t)), " / ");
}
__name(typeWords, "typeWords");
function found(value, r) {
  if (typeof value === "string" && value.length > 60)
    return JSON.stringify(value.slice(0, 57) + "...");
  return shown(value, r.t);
}
__name(found, "found");
function reportSchemaErrors(errors, r, ctx) {
  const consumed = /* @__PURE__ */ new Set();
  const oneOfs = errors.filter((e) => e.keyword === "oneOf").sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  const position = new Map(errors.map((e, i) => [e, i]));
  for (const o of oneOfs) {
    if (consumed.has(o))
      continue;
    consumed.add(o);
    const prefix = `${o.schemaPath}/`;
    const subs = branchErrors(errors, position.get(o), prefix);
    subs.forEach((e) => consumed.add(e));
    const path = splitPath(o.instancePath);
    if (/\/\$defs\/score\/oneOf$/.test(o.schemaPath) || o.schemaPath.endsWith("#/oneOf") && isScoreSchema(o.parentSchema)) {
      scoreFinding(path, o.data, r, ctx.scale, typeof o.data === "number" ? ctx.sourceOf(path) : void 0);
      continue;
    }
    const byBranch = /* @__PURE__ */ new Map();
    for (const e of subs) {
      const branch = e.schemaPath.slice(prefix.length).split("/")[0] ?? "";
      byBranch.set(branch, [...byBranch.get(branch) ?? [], e]);
    }
    const meant = [...byBranch.values()].filter((errs) => !errs.some((e) => e.instancePath === o.instancePath && (e.keyword === "type" || e.keyword === "const")));
    if (meant.length === 1) {
      reportSchemaErrors(meant[0], r, ctx);
      continue;
    }
    const options = (Array.isArray(o.schema) ? o.schema : []).map((s) => describeBranch(s, r));
    r.at(path, "wrong-type", r.msg("wrongType", { expected: joined(options, " / "), found: found(o.data, r) }));
  }
  for (const e of errors) {
    if (consumed.has(e))
      continue;
    oneError(e, r, ctx);
  }
}
__name(reportSchemaErrors, "reportSchemaErrors");
function branchErrors(errors, at, prefix) {
  const o = errors[at];
  const subs = [];
  for (let i = at - 1; i >= 0; i--) {
    const e = errors[i];
    if (!e.schemaPath.startsWith(prefix) || !e.instancePath.startsWith(o.instancePath))
      break;
    subs.push(e);
  }
  return subs.reverse();
}
__name(branchErrors, "branchErrors");
function isScoreSchema(schema) {
  return isRecord(schema) && typeof schema.title === "string" && schema.title === "Score";
}
__name(isScoreSchema, "isScoreSchema");
function describeBranch(schema, r) {
  if (!isRecord(schema))
    return "?";
  if ("const" in schema)
    return JSON.stringify(schema.const);
  const type = typeWords(schema.type, r);
  if (typeof schema.minimum === "number" && typeof schema.maximum === "number")
    return seq(type, ` (${schema.minimum}\u2013${schema.maximum})`);
  return type;
}
__name(describeBranch, "describeBranch");
function scoreFinding(path, value, r, scale, source) {
  const typed = scale && (typeof value === "number" || typeof value === "string") ? scorePhrase(source ?? String(value), scale) : void 0;
  const text = typed ?? (scale ? r.msg("scoreExpected", { min: scale.min, max: scale.max, found: found(value, r) }) : r.msg("scoreExpectedNoScale", { found: found(value, r) }));
  const rule = typeof value === "number" && Number.isInteger(value) ? "score-out-of-scale" : "invalid-score";
  r.at(path, rule, text);
}
__name(scoreFinding, "scoreFinding");
function nullKeyName(r, path, key) {
  if (key !== "" || !r.src)
    return key;
  const { key: node } = nodeAt(r.src.doc, [...path, "null"]);
  return node && "value" in node && node.value === null ? "null" : key;
}
__name(nullKeyName, "nullKeyName");
function oneError(e, r, ctx) {
  const path = splitPath(e.instancePath);
  const params = e.params;
  const parent = isRecord(e.parentSchema) ? e.parentSchema : {};
  switch (e.keyword) {
    case "additionalProperties": {
      const key = nullKeyName(r, path, String(params.additionalProperty));
      const allowed = isRecord(parent.properties) ? Object.keys(parent.properties) : [];
      const hint = isRecord(parent.patternProperties) && "^x-" in parent.patternProperties ? [...allowed, "x-\u2026"] : allowed;
      r.at([...path, key], "unknown-key", () => r.msg("unknownKey", { key, allowed: list(hint, r.t("none"), 20) }, suggest(key, allowed)), { onKey: true });
      return;
    }
    case "required": {
      const key = String(params.missingProperty);
      const where = path.length === 0 ? r.t("atTop") : r.t("inPart", { part: human(path) });
      r.at(path, "missing-key", r.msg("missingKey", { key, where }));
      return;
    }
    case "type": {
      if ((e.data instanceof Date || e.data instanceof Uint8Array) && r.src && nodeAt(r.src.doc, path).node?.tag !== void 0)
        return;
      let text = r.msg("wrongType", { expected: typeWords(params.type, r), found: found(e.data, r) });
      const source = typeof e.data === "number" ? ctx.sourceOf(path) : void 0;
      if (params.type === "string" && source !== void 0)
        text = seq(text, r.t("hintSep"), r.t("quoteHint", { source }));
      r.at(path, "wrong-type", text);
      return;
    }
    case "enum": {
      const allowed = params.allowedValues.map(String);
      r.at(path, "invalid-value", r.msg("notOneOf", { allowed: allowed.join(", "), found: found(e.data, r) }, typeof e.data === "string" ? suggest(e.data, allowed) : void 0));
      return;
    }
    case "const":
      r.at(path, "invalid-value", r.msg("notOneOf", { allowed: JSON.stringify(params.allowedValue), found: found(e.data, r) }));
      return;
    case "pattern": {
      const pattern = String(params.pattern);
      const words2 = PATTERN_WORDS[pattern];
      const expected = words2 ? r.t(words2) : r.t("patOther", { pattern });
      if (e.propertyName !== void 0) {
        r.at([...path, e.propertyName], "invalid-value", r.msg("badPattern", { expected, found: JSON.stringify(e.propertyName) }), { onKey: true });
      } else {
        r.at(path, "invalid-value", r.msg("badPattern", { expected, found: found(e.data, r) }));
      }
      return;
    }
    case "propertyNames":
      return;
    // reported by the pattern error on the key itself
    case "maxLength":
      if (e.propertyName !== void 0)
        return;
      r.at(path, "invalid-value", typeof e.data === "string" && path[0] === "participants" && path[path.length - 1] === "id" ? { values: "participantTooLong", params: { id: e.data, max: Number(params.limit) } } : r.msg("invalidValue", { found: found(e.data, r) }));
      return;
    case "minLength":
      r.at(path, "invalid-value", r.msg("emptyText"));
      return;
    case "uniqueItems": {
      const a = Number(params.i);
      const b = Number(params.j);
      const [first, second] = a < b ? [a, b] : [b, a];
      if (Array.isArray(e.data) && Number.isInteger(first) && Number.isInteger(second) && second < e.data.length) {
        r.at([...path, second], "invalid-value", r.msg("duplicateItem", { item: found(e.data[second], r), first: first + 1, line: r.lineOf([...path, first]) }));
      } else {
        r.at(path, "invalid-value", r.msg("invalidValue", { found: found(e.data, r) }));
      }
      return;
    }
    case "minItems":
    case "minProperties":
      r.at(path, "invalid-value", r.msg("tooFew", { min: Number(params.limit), found: Array.isArray(e.data) ? e.data.length : isRecord(e.data) ? Object.keys(e.data).length : 0 }));
      return;
    case "minimum":
    case "maximum": {
      const min = parent.minimum;
      const max = parent.maximum;
      const text = typeof min === "number" && typeof max === "number" ? r.msg("numberRange", { min, max, found: found(e.data, r) }) : e.keyword === "minimum" ? r.msg("numberMin", { min: Number(params.limit), found: found(e.data, r) }) : r.msg("numberMax", { max: Number(params.limit), found: found(e.data, r) });
      r.at(path, "out-of-range", text);
      return;
    }
    default:
      r.at(path, "invalid-value", r.msg("invalidValue", { found: found(e.data, r) }));
  }
}
__name(oneError, "oneError");
function human(path) {
  return pointer(path);
}
__name(human, "human");

// dist/core/validate/worded.js
function codeText(p) {
  if (typeof p !== "object")
    return String(p);
  if ("seq" in p)
    return p.seq.map(codeText).join("");
  if ("month" in p)
    return String(p.month);
  const key = "key" in p ? p.key : "review" in p ? p.review : p.values;
  const params = Object.entries(p.params ?? {}).map(([k, v]) => `${k}=${codeText(v)}`);
  return params.length ? `${key}(${params.join(", ")})` : key;
}
__name(codeText, "codeText");
function codeWords(findings) {
  return findings.map((f) => {
    const out = {};
    for (const [k, v] of Object.entries(f))
      out[k === "phrase" ? "message" : k] = k === "phrase" ? codeText(v) : v;
    return out;
  });
}
__name(codeWords, "codeWords");
function words(findings, fileLang, ctx) {
  return ctx.word ? ctx.word(findings, fileLang) : codeWords(findings);
}
__name(words, "words");
function worded(report, ctx) {
  const { language, ...rest } = report;
  return { ...rest, findings: words(report.findings, language, ctx) };
}
__name(worded, "worded");
function validateBytes(file, bytes, ctx, options = {}) {
  return worded(checkBytes(file, bytes, ctx, options), ctx);
}
__name(validateBytes, "validateBytes");
function validateText(file, text, ctx, options = {}) {
  return worded(checkText(file, text, ctx, options), ctx);
}
__name(validateText, "validateText");
function loadFrameworkRef(ref, fromFile, ctx) {
  const entry = frameworkRef(ref, fromFile, ctx);
  return { ...entry, findings: words(entry.findings, void 0, ctx) };
}
__name(loadFrameworkRef, "loadFrameworkRef");

// dist/core/validate/index.js
function createContext(cwd, options = {}) {
  const abs = resolve(cwd);
  return {
    cwd: abs,
    roots: new RootFinder(abs),
    frameworks: /* @__PURE__ */ new Map(),
    lang: options.lang,
    env: options.env ?? {},
    ...options.word ? { word: options.word } : {}
  };
}
__name(createContext, "createContext");
var MARKERS = {
  "assessment/1": "assessment",
  "framework/1": "framework",
  "benchmark/1": "benchmark",
  "practice/1": "practice",
  "review/1": "review"
};
var MARKER_LINE = /^\uFEFF?["']?c21lab["']?[ \t]*:/m;
function hasMarker(text) {
  return MARKER_LINE.test(text);
}
__name(hasMarker, "hasMarker");
function checkBytes(file, bytes, ctx, options = {}) {
  const explicit = options.explicit ?? true;
  const r = new Reporter(file);
  const text = decode(bytes, r);
  if (!explicit && !hasMarker(text ?? Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, MAX_FILE_BYTES * 4)).toString("latin1"))) {
    return { file, findings: [], skipped: true };
  }
  if (text === void 0)
    return { file, findings: r.sorted() };
  return check2(file, text, ctx, r, options);
}
__name(checkBytes, "checkBytes");
function checkText(file, text, ctx, options = {}) {
  if (options.explicit === false && !hasMarker(text))
    return { file, findings: [], skipped: true };
  const r = new Reporter(file);
  return check2(file, text.charCodeAt(0) === 65279 ? text.slice(1) : text, ctx, r, options);
}
__name(checkText, "checkText");
function languageOf(data) {
  return typeof data.language === "string" ? { language: data.language } : {};
}
__name(languageOf, "languageOf");
function check2(file, text, ctx, r, options) {
  if (options.fast) {
    const events = options.errorsOnly ? void 0 : new Events();
    const data2 = fastRead(text, events);
    if (data2) {
      const quick = new Reporter(file);
      if (events)
        quick.locator = new FastLocator(text, data2, events);
      const { kind: kind2, framework: framework3 } = judge(file, data2, ctx, quick, options.asFramework);
      const clean = options.errorsOnly ? quick.findings.every((f) => f.severity !== "error") : quick.findings.length === 0;
      const fw = kind2 === "framework" ? data2 : framework3;
      if (clean)
        return { file, kind: kind2, findings: [], data: data2, framework: fw, ...languageOf(data2) };
      if (quick.locator) {
        const locator = quick.locator;
        checkScoreSources(data2, quick, (path) => {
          const source = locator.numberSource(path);
          if (source === void 0)
            quick.unlocated = true;
          return source ? { source } : null;
        }, true, framework3?.scale);
      }
      if (quick.locator && !quick.unlocated) {
        const findings2 = quick.sorted();
        const report2 = { file, kind: kind2, data: data2, findings: findings2, framework: framework3, ...languageOf(data2) };
        if (kind2 === "framework" && !findings2.some((f) => f.severity === "error"))
          report2.framework = fw;
        return report2;
      }
    }
  }
  const parsed = parse(text, r);
  if (!parsed)
    return { file, findings: r.sorted(), source: r.src };
  const { src, data } = parsed;
  checkNumericKeys(src, r);
  const { kind, framework: framework2 } = judge(file, data, ctx, r, options.asFramework);
  checkScoreSources(data, r, documentSources(src), false, framework2?.scale);
  const findings = r.sorted();
  const report = { file, kind, data, source: src, findings, framework: framework2, ...languageOf(data) };
  if (kind === "framework" && !findings.some((f) => f.severity === "error"))
    report.framework = data;
  return report;
}
__name(check2, "check");
function judge(file, data, ctx, r, asFramework = false) {
  const marker2 = data.c21lab;
  const kind = typeof marker2 === "string" && Object.hasOwn(MARKERS, marker2) ? MARKERS[marker2] : void 0;
  if (!kind) {
    const markers = Object.keys(MARKERS).join(", ");
    r.at(marker2 === void 0 ? [] : ["c21lab"], "unknown-kind", marker2 === void 0 ? r.msg("missingKind", { markers }) : r.msg("unknownKind", { markers, found: JSON.stringify(marker2) }, typeof marker2 === "string" ? suggest(marker2, Object.keys(MARKERS)) : void 0));
    return {};
  }
  if (asFramework && kind !== "framework")
    return { kind };
  const abs = resolve(ctx.cwd, file);
  let framework2;
  if (kind === "assessment" && typeof data.framework === "string" && data.framework !== "") {
    framework2 = frameworkOf(data.framework, abs, ctx, r);
  } else if ((kind === "practice" || kind === "review") && (data.framework === void 0 || typeof data.framework === "string" && data.framework !== "")) {
    framework2 = frameworkOf(data.framework ?? DEFAULT_PRACTICE_FRAMEWORK, abs, ctx, r);
  } else if (kind === "benchmark" && typeof data.framework === "string") {
    framework2 = quietFramework(data.framework, abs, ctx);
  }
  const src = r.src;
  const sourceOf = /* @__PURE__ */ __name((path) => {
    if (src)
      return numberSource(src, path);
    if (!r.locator)
      return void 0;
    const found2 = r.locator.numberSource(path);
    if (found2 === void 0)
      r.unlocated = true;
    return found2 ?? void 0;
  }, "sourceOf");
  reportSchemaErrors(schemaErrors(kind, data), r, { scale: framework2?.scale, sourceOf });
  if (kind === "assessment")
    checkAssessment(data, framework2, r, sourceOf);
  if (kind === "framework")
    checkFramework(data, r);
  if (kind === "benchmark")
    checkBenchmark(data, framework2, r);
  if (kind === "practice")
    checkPractice(data, framework2, r);
  if (kind === "review")
    checkReview(data, framework2, r);
  return { kind, framework: framework2 };
}
__name(judge, "judge");
function frameworkAt(path, ctx, within = [ctx.roots.boundOf(path), DATA_DIR]) {
  const cached = ctx.frameworks.get(path);
  if (cached)
    return cached;
  let result;
  const read = readForCheck(path, within);
  if ("access" in read) {
    result = { findings: [], unreadable: read.access === "missing" ? "ENOENT" : read.code };
  } else if ("refused" in read) {
    result = { findings: [], refused: read.refused };
  } else {
    const report = checkBytes(shownPath(path, ctx.cwd), read.bytes, ctx, { fast: true, errorsOnly: true, asFramework: true });
    const errors = report.findings.filter((f) => f.severity === "error");
    result = { kind: report.kind, findings: errors };
    if (report.kind === "framework" && errors.length === 0)
      result.framework = report.data;
  }
  ctx.frameworks.set(path, result);
  return result;
}
__name(frameworkAt, "frameworkAt");
function frameworkOf(ref, abs, ctx, r) {
  const target = resolveFrameworkTarget(ref, abs);
  if (target.type === "unknown-id") {
    const ids = bundledFrameworkIds();
    r.at(["framework"], "framework-missing", r.msg("frameworkMissing", { ref, ids: list(ids, r.t("none")) }, suggest(ref, ids)));
    return void 0;
  }
  let within = [DATA_DIR];
  if (target.type === "path") {
    const { ok, root } = isAllowed(target.path, abs, ctx.roots);
    if (!ok) {
      r.at(["framework"], "framework-outside", r.msg("frameworkOutside", { ref, root: shownPath(root, ctx.cwd) }));
      return void 0;
    }
    within = [root, DATA_DIR];
  }
  const result = frameworkAt(target.path, ctx, within);
  if (result.framework)
    return result.framework;
  if (result.refused) {
    const { rule, phrase: phrase2 } = refusalPhrase(result.refused, ctx.cwd);
    r.at(["framework"], rule, r.msg("frameworkRead", { ref, problem: phrase2 }));
    return void 0;
  }
  if (result.unreadable === "ENOENT") {
    r.at(["framework"], "framework-missing", r.msg("frameworkNoFile", { ref, path: shownPath(target.path, ctx.cwd) }));
  } else if (result.unreadable) {
    r.at(["framework"], "framework-missing", r.msg("frameworkUnreadable", { ref, reason: result.unreadable }));
  } else if (result.kind && result.kind !== "framework") {
    const kindWord = result.kind === "assessment" ? "kindAssessment" : result.kind === "benchmark" ? "kindBenchmark" : "kindPractice";
    r.at(["framework"], "framework-invalid", r.msg("frameworkWrongKind", { ref, kind: r.t(kindWord) }));
  } else if (!result.kind && result.findings.every((f) => f.rule === "unknown-kind")) {
    r.at(["framework"], "framework-invalid", r.msg("frameworkWrongKind", { ref, kind: r.t("kindUnknown") }));
  } else {
    const first = result.findings[0];
    r.at(["framework"], "framework-invalid", r.msg("frameworkInvalid", {
      ref,
      count: result.findings.length,
      where: first ? `${first.file}:${first.line}:${first.column}` : "",
      message: first ? seq(`${first.rule} `, first.phrase) : ""
    }));
  }
  return void 0;
}
__name(frameworkOf, "frameworkOf");
function quietFramework(ref, abs, ctx) {
  const target = resolveFrameworkTarget(ref, abs);
  if (target.type === "unknown-id")
    return void 0;
  if (target.type === "bundled")
    return frameworkAt(target.path, ctx, [DATA_DIR]).framework;
  const { ok, root } = isAllowed(target.path, abs, ctx.roots);
  return ok ? frameworkAt(target.path, ctx, [root, DATA_DIR]).framework : void 0;
}
__name(quietFramework, "quietFramework");
function frameworkRef(ref, fromFile, ctx) {
  const r = new Reporter(fromFile);
  const framework2 = frameworkOf(ref, resolve(ctx.cwd, fromFile), ctx, r);
  return framework2 ? { framework: framework2, findings: [] } : { findings: r.findings.map((f) => ({ ...f, line: 1, column: 1 })) };
}
__name(frameworkRef, "frameworkRef");
function finding(src, path, severity, rule, message, onKey = false) {
  const at = locate(src, path, onKey);
  return { file: src.file, ...at, severity, rule, message, path: pointer(path) };
}
__name(finding, "finding");

export {
  codeWords,
  validateBytes,
  validateText,
  loadFrameworkRef,
  createContext,
  hasMarker,
  checkBytes,
  checkText,
  frameworkAt,
  frameworkRef,
  finding
};
