// The PDF's document information says who made it and when: the browser
// writes its user agent as /Creator, its PDF library ("Skia/PDF m156") as
// /Producer, which would name a browser the user never opened as the report's
// author program, and the current time as /CreationDate and /ModDate, which
// would make every print of the same report a different file. The four values
// are overwritten in place, with c21lab's name and with the LAB's (or the
// review's) date at midnight UTC, as the Word report's properties are
// (docx/stable.ts), padded with spaces (white space between tokens, which PDF
// ignores), so that no byte moves and the cross-reference table stays exact;
// nothing is parsed beyond the trailer, the table and that one object. A file
// of another shape (a cross-reference stream) is returned as it came; a value
// too short for its replacement is left as it is.
const latin1 = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
/** The end (exclusive) of the string token starting at `i`: a literal (…) with its escapes and nesting, or a hex <…>. */
function stringEnd(text, i) {
    if (text[i] === '<' && text[i + 1] !== '<') {
        const close = text.indexOf('>', i);
        return close === -1 ? undefined : close + 1;
    }
    if (text[i] !== '(')
        return undefined;
    let depth = 0;
    for (let j = i; j < text.length; j++) {
        const c = text[j];
        if (c === '\\')
            j++;
        else if (c === '(')
            depth++;
        else if (c === ')' && --depth === 0)
            return j + 1;
    }
    return undefined;
}
const DELIMITER = /[\s/<>()[\]{}%]/;
/** The string values of the dictionary of the object at `start..end`, as [key, from, to] (the token's bounds); others skipped. */
function infoStrings(text, start, end) {
    const found = [];
    let i = text.indexOf('<<', start);
    if (i === -1 || i > end)
        return found;
    i += 2;
    const skipSpace = () => {
        while (i < end && /\s/.test(text[i]))
            i++;
    };
    while (i < end) {
        skipSpace();
        if (text.startsWith('>>', i) || text[i] !== '/')
            return found; // the end, or a shape this walk does not read
        let k = i + 1;
        while (k < end && !DELIMITER.test(text[k]))
            k++;
        const key = text.slice(i, k);
        i = k;
        skipSpace();
        const c = text[i];
        if (c === '(' || (c === '<' && text[i + 1] !== '<')) {
            const to = stringEnd(text, i);
            if (to === undefined || to > end)
                return found;
            found.push([key, i, to]);
            i = to;
        }
        else if (c === '/') {
            k = i + 1;
            while (k < end && !DELIMITER.test(text[k]))
                k++;
            i = k;
        }
        else if (c !== undefined && !DELIMITER.test(c)) {
            while (i < end && !DELIMITER.test(text[i]))
                i++; // a number, a boolean, or `N G R`'s first part
            skipSpace();
            if (/^\d+\s+R(?![A-Za-z0-9])/.test(text.slice(i, i + 24)))
                i = text.indexOf('R', i) + 1;
        }
        else {
            return found; // an array or a nested dictionary: not in a browser's document information
        }
    }
    return found;
}
/** Where object `num` starts, from the last classic cross-reference table; undefined for any other shape. */
function objectOffset(text, num) {
    const at = text.lastIndexOf('startxref');
    const xref = at === -1 ? NaN : Number(/^startxref\s+(\d+)/.exec(text.slice(at, at + 40))?.[1]);
    if (!Number.isSafeInteger(xref) || !text.startsWith('xref', xref))
        return undefined;
    const lines = text.slice(xref + 4, text.indexOf('trailer', xref)).split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
    for (let k = 0; k < lines.length;) {
        const [first, count] = lines[k].split(/\s+/).map(Number);
        if (!Number.isSafeInteger(first) || !Number.isSafeInteger(count))
            return undefined;
        if (num >= first && num < first + count) {
            const entry = /^(\d{10}) \d{5} n$/.exec(lines[k + 1 + num - first] ?? '');
            return entry ? Number(entry[1]) : undefined;
        }
        k += 1 + count;
    }
    return undefined;
}
/** A PDF date for a YYYY-MM-DD date, at midnight UTC; another string gives 2000-01-01, as docx/stable.ts does. */
export function pdfDate(isoDate) {
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
    return `D:${day ? `${day[1]}${day[2]}${day[3]}` : '20000101'}000000Z`;
}
/**
 * The PDF with /Creator and /Producer of its document information set to `name` (ASCII), and /CreationDate
 * and /ModDate to `isoDate` (YYYY-MM-DD, pdfDate), where they fit in place.
 */
export function setPdfInfo(pdf, name, isoDate) {
    const text = latin1(pdf);
    const trailer = text.lastIndexOf('trailer');
    const info = trailer === -1 ? null : /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(text.slice(trailer, trailer + 2000));
    if (!info)
        return pdf;
    const start = objectOffset(text, Number(info[1]));
    if (start === undefined || !text.startsWith(`${info[1]} ${info[2]} obj`, start))
        return pdf;
    const end = text.indexOf('endobj', start);
    if (end === -1)
        return pdf;
    const creator = `(${name.replace(/[\\()]/g, (c) => `\\${c}`)})`;
    const date = `(${pdfDate(isoDate)})`;
    const values = { '/Creator': creator, '/Producer': creator, '/CreationDate': date, '/ModDate': date };
    const out = Buffer.from(pdf);
    // The dictionary's own keys, token by token: a title that holds the text "/Producer (" is a string value, not a key.
    for (const [key, from, to] of infoStrings(text, start, end)) {
        const value = Object.hasOwn(values, key) ? values[key] : undefined;
        if (value !== undefined && to - from >= value.length)
            out.write(value.padEnd(to - from, ' '), from, 'latin1');
    }
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
