// A reader for the common shape of c21lab files (issue 11): block mappings
// and sequences, plain and quoted scalars on one line, one-line flow
// collections of scalars, `|` and `>` blocks of evenly indented lines, and
// comments. js-yaml's load was half of `validate`'s time per file, and most
// files in a repository are written in this subset; here they are read in a
// single pass over the text, with no token objects.
//
// It either returns exactly the data js-yaml's core schema gives (the same
// types, numbers, strings and key order; after an empty sequence entry, `- -`,
// where js-yaml nests the next lines wrongly, the data `yaml` and so the exact
// pass give) or undefined, and the caller loads
// the file with js-yaml as before: anything outside the subset gives up
// (anchors, aliases, tags, escapes, multi-line plain or quoted scalars,
// nested flow collections, blank lines inside a block scalar, explicit
// indentation, a duplicate key, a control character, a CR…). Plain scalars
// are resolved by js-yaml's own core types. When `events` is given it
// records the nodes' places as js-yaml's listener would (open at a node's
// first character, close at its end), which fast-locate.ts checks against
// the data before trusting them. test/core/validate/fast-yaml.test.ts
// compares it with js-yaml on every fixture, the hostile corpus, the YAML
// test suite and mutated files.
import jsyaml from 'js-yaml';
import { MAX_DEPTH } from '../yaml/source.js';
/** Characters js-yaml refuses or reads its own way (controls, CR, NEL, BOM, line and paragraph separators, surrogates): the subset has none. */
// eslint-disable-next-line no-control-regex
const UNCOMMON = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;
const INTEGER = /^(?:0|-?[1-9][0-9]{0,14})$/;
/** Thrown (and caught in readCommon) to give up on the subset. */
const GIVE_UP = new Error('not in the common subset');
/** Set by plainValue while a text is read (reads are synchronous; readCommon resets it). */
let numerals = false;
/** The file's data as js-yaml's CORE_SCHEMA reads it, or undefined when the text is not in the subset. */
export function readCommon(text, events, seen) {
    if (UNCOMMON.test(text))
        return undefined;
    numerals = false;
    try {
        const data = new Reader(text, events).document();
        if (seen)
            seen.numerals = numerals;
        return data;
    }
    catch (error) {
        if (error !== GIVE_UP)
            throw error;
        if (events) {
            events.positions.length = 0;
            events.kinds.length = 0;
            events.results.length = 0;
        }
        return undefined;
    }
}
function giveUp() {
    throw GIVE_UP;
}
// js-yaml exports its types at run time; @types/js-yaml does not declare them.
const { types } = jsyaml;
const NUMBER_TYPES = [types.int, types.float];
/** A plain scalar's value under the core schema: what js-yaml's implicit types (null, bool, int, float, in that order) make of it. */
function plainValue(s) {
    switch (s) {
        case '~':
        case 'null':
        case 'Null':
        case 'NULL':
            return null;
        case 'true':
        case 'True':
        case 'TRUE':
            return true;
        case 'false':
        case 'False':
        case 'FALSE':
            return false;
    }
    const c = s.charCodeAt(0);
    // Only what starts with a digit, a sign or a dot can be a number (`12`, `-3`, `4.5`, `0x1F`, `.inf`, `.nan`); text is text.
    if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e) {
        if (INTEGER.test(s))
            return Number(s); // the common case, as int's construct reads it
        numerals = true;
        for (const type of NUMBER_TYPES)
            if (type.resolve(s))
                return type.construct(s);
    }
    return s;
}
/** Characters that cannot start a plain scalar here (YAML indicators, `?` and `:`, and `-` before a space). */
function indicator(c, next) {
    switch (c) {
        case ',':
        case '[':
        case ']':
        case '{':
        case '}':
        case '#':
        case '&':
        case '*':
        case '!':
        case '|':
        case '>':
        case "'":
        case '"':
        case '%':
        case '@':
        case '`':
            return true;
        case '?':
        case ':':
            return true;
        case '-':
            return next === undefined || next === ' ' || next === '\t' || next === '\n' || next === '\r';
    }
    return false;
}
/** `,[]{}`: in a flow collection, a `-` before one of these is not a plain scalar either (js-yaml refuses `[a, -]`). */
function flowIndicator(c) {
    return c === ',' || c === '[' || c === ']' || c === '{' || c === '}';
}
class Reader {
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
        this.close(end, 'scalar', value);
    }
    /** From the line starting at `ls`, past blank and comment lines, to the next line with content (or the end). */
    skipToContent() {
        const text = this.text;
        for (;;) {
            if (this.ls >= text.length) {
                this.eof = true;
                return;
            }
            let le = text.indexOf('\n', this.ls);
            if (le === -1)
                le = text.length;
            let i = this.ls;
            while (i < le && text.charCodeAt(i) === 0x20)
                i++;
            if (i < le && text.charCodeAt(i) !== 0x23) {
                // A document marker (`---`, `...`) at a line's start: documents are js-yaml's.
                if (i === this.ls && (text.startsWith('---', i) || text.startsWith('...', i)))
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
        return this.text.charCodeAt(at) === 0x2d && (at + 1 === this.le || this.text.charCodeAt(at + 1) === 0x20);
    }
    /** A block mapping or sequence whose first line's content starts at column `col`; ends on the first line after it. */
    collection(col) {
        // One level is kept for a flow collection inside: the data is never deeper than the exact pass allows.
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
        for (;;) {
            const start = this.ls + col;
            const [key, colon] = this.key(start);
            if (key === '__proto__' || Object.hasOwn(map, key))
                giveUp();
            let p = colon + 1;
            while (p < this.le && text.charCodeAt(p) === 0x20)
                p++;
            let value;
            if (p === this.le || text.charCodeAt(p) === 0x23) {
                // The value is on the lines below: a collection indented further, a sequence at the key's own column, or nothing.
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
            }
            else {
                value = this.inline(p, col);
                end = this.lastEnd;
                if (!this.eof && this.col > col)
                    giveUp(); // a continuation line
            }
            map[key] = value;
            if (this.eof || this.col < col)
                break;
            if (this.col > col)
                giveUp();
        }
        this.close(end, 'mapping', map);
        this.lastEnd = end;
        return map;
    }
    sequence(col) {
        const text = this.text;
        const list = [];
        this.open(this.ls + col);
        let end = this.ls + col;
        while (!this.eof && this.col === col && this.isDash(this.ls + col)) {
            let p = this.ls + col + 1;
            while (p < this.le && text.charCodeAt(p) === 0x20)
                p++;
            let item;
            if (p === this.le || text.charCodeAt(p) === 0x23) {
                this.nextLine();
                if (!this.eof && this.col > col)
                    item = this.collection(this.col);
                else {
                    item = null;
                    this.scalar(p, p, null);
                    this.lastEnd = p;
                }
            }
            else if (this.isDash(p) || this.startsKey(p)) {
                // A compact collection (`- id: p1`, `- - a`): it goes on at this column on the lines below.
                this.col = p - this.ls;
                item = this.collection(this.col);
                if (!this.eof && this.col > col)
                    giveUp();
            }
            else {
                item = this.inline(p, col);
                if (!this.eof && this.col > col)
                    giveUp();
            }
            end = this.lastEnd;
            list.push(item);
            if (!this.eof && this.col > col)
                giveUp();
        }
        this.close(end, 'sequence', list);
        this.lastEnd = end;
        return list;
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
            while (i < le && text.charCodeAt(i) === 0x20)
                i++;
            if (text.charCodeAt(i) !== 0x3a)
                giveUp();
            if (i - start > 1000)
                giveUp(); // an implicit key is at most 1,024 characters, which yaml enforces and js-yaml does not
        }
        else {
            if (indicator(c, text[start + 1]))
                giveUp();
            i = start;
            for (;;) {
                if (i >= le)
                    giveUp();
                const ch = text.charCodeAt(i);
                if (ch === 0x3a && (i + 1 === le || text.charCodeAt(i + 1) === 0x20))
                    break;
                if (ch === 0x23 && text.charCodeAt(i - 1) === 0x20)
                    giveUp();
                i++;
            }
            keyEnd = i;
            while (text.charCodeAt(keyEnd - 1) === 0x20)
                keyEnd--;
            if (i - start > 1000)
                giveUp();
            value = plainValue(text.slice(start, keyEnd));
        }
        if (i + 1 < le && text.charCodeAt(i + 1) !== 0x20)
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
            while (i < this.le && text.charCodeAt(i) === 0x20)
                i++;
            return text.charCodeAt(i) === 0x3a;
        }
        if (c === '[' || c === '{' || c === '|' || c === '>')
            return false;
        for (; i < this.le; i++) {
            const ch = text.charCodeAt(i);
            if (ch === 0x3a && (i + 1 === this.le || text.charCodeAt(i + 1) === 0x20))
                return true;
            if (ch === 0x23 && text.charCodeAt(i - 1) === 0x20)
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
        }
        else if (c === '[' || c === '{') {
            [value, end] = this.flow(p);
        }
        else if (c === '|' || c === '>') {
            return this.block(p, col);
        }
        else {
            if (indicator(c, text[p + 1]))
                giveUp();
            let i = p;
            end = p;
            for (; i < this.le; i++) {
                const ch = text.charCodeAt(i);
                if (ch === 0x3a && (i + 1 === this.le || text.charCodeAt(i + 1) === 0x20))
                    giveUp();
                if (ch === 0x23 && text.charCodeAt(i - 1) === 0x20)
                    break;
                if (ch !== 0x20)
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
        while (i < this.le && text.charCodeAt(i) === 0x20)
            i++;
        if (i < this.le && !(text.charCodeAt(i) === 0x23 && i > from))
            giveUp();
    }
    /** Just past the closing quote of a scalar quoted at `start`, on this line; a backslash gives up (escapes are js-yaml's). */
    quotedEnd(start) {
        const text = this.text;
        const q = text.charCodeAt(start);
        for (let i = start + 1; i < this.le; i++) {
            const ch = text.charCodeAt(i);
            if (ch === 0x5c && q === 0x22)
                giveUp();
            if (ch === q) {
                if (q === 0x27 && text.charCodeAt(i + 1) === 0x27) {
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
        const isMap = text[p] === '{';
        const close = isMap ? '}' : ']';
        const result = isMap ? {} : [];
        this.open(p);
        const le = this.le;
        let i = p + 1;
        // Spaces are skipped inline (a closure made per collection costs more than the loop).
        while (i < le && text.charCodeAt(i) === 0x20)
            i++;
        if (text[i] === close)
            i++;
        else {
            for (;;) {
                const item = this.flowScalar(i, isMap);
                i = item.end;
                while (i < le && text.charCodeAt(i) === 0x20)
                    i++;
                if (isMap) {
                    if (text[i] !== ':' || text[i + 1] !== ' ' || i - p > 1000)
                        giveUp();
                    i += 2;
                    while (i < le && text.charCodeAt(i) === 0x20)
                        i++;
                    const key = String(item.value);
                    if (key === '__proto__' || Object.hasOwn(result, key))
                        giveUp();
                    const value = this.flowScalar(i, false);
                    result[key] = value.value;
                    i = value.end;
                    while (i < le && text.charCodeAt(i) === 0x20)
                        i++;
                }
                else {
                    if (text[i] === ':')
                        giveUp(); // a single-pair mapping
                    result.push(item.value);
                }
                if (text[i] === close) {
                    i++;
                    break;
                }
                if (text[i] !== ',')
                    giveUp();
                i++;
                while (i < le && text.charCodeAt(i) === 0x20)
                    i++;
                if (text[i] === close)
                    giveUp(); // a trailing comma
            }
        }
        this.close(i, isMap ? 'mapping' : 'sequence', result);
        return [result, i];
    }
    /** A scalar inside a flow collection: quoted, or plain up to `,`, a bracket, or `:` before a space. */
    flowScalar(p, isKey) {
        const text = this.text;
        const c = text[p];
        if (c === undefined || p >= this.le)
            giveUp();
        let value;
        let end;
        if (c === '"' || c === "'") {
            end = this.quotedEnd(p);
            value = this.quotedValue(p, end);
        }
        else {
            if (indicator(c, text[p + 1]) || (c === '-' && flowIndicator(text[p + 1])))
                giveUp();
            end = p;
            let i = p;
            for (; i < this.le; i++) {
                const ch = text[i];
                if (ch === ',' || ch === ']' || ch === '}' || ch === '[' || ch === '{')
                    break;
                if (ch === ':') {
                    const next = text[i + 1];
                    if (next === ' ' || next === ',' || next === ']' || next === '}' || i + 1 === this.le) {
                        if (!isKey)
                            giveUp();
                        break;
                    }
                    giveUp(); // `a:b`, read its own way in flow
                }
                if (ch === '#' && text[i - 1] === ' ')
                    giveUp();
                if (ch !== ' ')
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
        const folded = text[p] === '>';
        let i = p + 1;
        const chomp = text[i] === '-' || text[i] === '+' ? text[i++] : '';
        while (i < this.le && text.charCodeAt(i) === 0x20)
            i++;
        if (i !== this.le)
            giveUp(); // an indentation digit, a comment
        const lines = [];
        let indent = -1;
        let ls = this.le + 1;
        let lastEnd = p + 1;
        while (ls < text.length) {
            let le = text.indexOf('\n', ls);
            if (le === -1)
                le = text.length;
            let k = ls;
            while (k < le && text.charCodeAt(k) === 0x20)
                k++;
            const spaces = k - ls;
            if (k === le) {
                // A blank line: the block's end if no line of it follows, else a fold this reader leaves to js-yaml.
                if (indent === -1 || spaces >= indent || chomp === '+')
                    giveUp();
                let next = le + 1;
                while (next < text.length) {
                    let ne = text.indexOf('\n', next);
                    if (ne === -1)
                        ne = text.length;
                    let nk = next;
                    while (nk < ne && text.charCodeAt(nk) === 0x20)
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
                    giveUp(); // an empty block
                indent = spaces;
            }
            if (spaces < indent)
                break;
            if (spaces > indent)
                giveUp(); // a more-indented line keeps its break: js-yaml's to fold
            lines.push(text.slice(k, le));
            lastEnd = le;
            ls = le + 1;
        }
        if (indent === -1)
            giveUp();
        const value = lines.join(folded ? ' ' : '\n') + (chomp === '-' ? '' : '\n');
        this.scalar(p, lastEnd, value);
        this.lastEnd = lastEnd;
        this.ls = ls;
        this.skipToContent();
        return value;
    }
}
