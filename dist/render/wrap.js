// The one word wrap (radar labels and notes, the walkthrough's paragraphs):
// greedy, one space between words, a word longer than the line kept whole
// (the line is wider, the word never cut). Widths count UTF-16 units, as both
// callers always have; the radar measures its lines afterwards.
/** Lines of at most `width` characters, the first starting with `first`, the others with `indent`. */
export function wrapWords(words, width, first = '', indent = '') {
    const lines = [];
    let line = first;
    let empty = true;
    for (const word of words) {
        if (!empty && line.length + 1 + word.length > width) {
            lines.push(line);
            line = indent + word;
        }
        else {
            line = empty ? line + word : `${line} ${word}`;
        }
        empty = false;
    }
    if (!empty)
        lines.push(line);
    return lines;
}
/** The words of a text: split at spaces, tabs and line breaks (a no-break space keeps "37,5 %" together). */
export function wordsOf(text) {
    return text.split(/[ \t\r\n]+/).filter(Boolean);
}
