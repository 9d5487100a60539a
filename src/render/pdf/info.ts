// The PDF's document information says who made it: the browser writes its
// user agent as /Creator and its PDF library ("Skia/PDF m156") as /Producer,
// which would name a browser the user never opened as the report's author
// program. Both values are overwritten in place with c21lab's name, padded
// with spaces (white space between tokens, which PDF ignores), so that no
// byte moves and the cross-reference table stays exact; nothing is parsed
// beyond the trailer, the table and that one object. A file of another shape
// (a cross-reference stream, a value too short) is returned as it came.

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** The end (exclusive) of the string token starting at `i`: a literal (…) with its escapes and nesting, or a hex <…>. */
function stringEnd(text: string, i: number): number | undefined {
  if (text[i] === '<' && text[i + 1] !== '<') {
    const close = text.indexOf('>', i);
    return close === -1 ? undefined : close + 1;
  }
  if (text[i] !== '(') return undefined;
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') j++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j + 1;
  }
  return undefined;
}

/** Where object `num` starts, from the last classic cross-reference table; undefined for any other shape. */
function objectOffset(text: string, num: number): number | undefined {
  const at = text.lastIndexOf('startxref');
  const xref = at === -1 ? NaN : Number(/^startxref\s+(\d+)/.exec(text.slice(at, at + 40))?.[1]);
  if (!Number.isSafeInteger(xref) || !text.startsWith('xref', xref)) return undefined;
  const lines = text.slice(xref + 4, text.indexOf('trailer', xref)).split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
  for (let k = 0; k < lines.length;) {
    const [first, count] = (lines[k] as string).split(/\s+/).map(Number) as [number, number];
    if (!Number.isSafeInteger(first) || !Number.isSafeInteger(count)) return undefined;
    if (num >= first && num < first + count) {
      const entry = /^(\d{10}) \d{5} n$/.exec(lines[k + 1 + num - first] ?? '');
      return entry ? Number(entry[1]) : undefined;
    }
    k += 1 + count;
  }
  return undefined;
}

/** The PDF with /Creator and /Producer of its document information set to `name` (ASCII), where they fit in place. */
export function setPdfCreator(pdf: Uint8Array, name: string): Uint8Array {
  const text = latin1(pdf);
  const trailer = text.lastIndexOf('trailer');
  const info = trailer === -1 ? null : /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(text.slice(trailer, trailer + 2000));
  if (!info) return pdf;
  const start = objectOffset(text, Number(info[1]));
  if (start === undefined || !text.startsWith(`${info[1]} ${info[2]} obj`, start)) return pdf;
  const end = text.indexOf('endobj', start);
  if (end === -1) return pdf;
  const value = `(${name.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  const out = Buffer.from(pdf);
  for (const key of ['/Creator', '/Producer']) {
    const found = new RegExp(`${key}(?![A-Za-z0-9])\\s*`, 'g');
    found.lastIndex = start;
    const m = found.exec(text);
    if (!m || m.index > end) continue;
    const from = m.index + m[0].length;
    const to = stringEnd(text, from);
    if (to === undefined || to > end || to - from < value.length) continue;
    out.write(value.padEnd(to - from, ' '), from, 'latin1');
  }
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
