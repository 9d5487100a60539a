import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/wrap.js
function wrapWords(words, width, first = "", indent = "") {
  const lines = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = empty ? line + word : `${line} ${word}`;
    }
    empty = false;
  }
  if (!empty)
    lines.push(line);
  return lines;
}
__name(wrapWords, "wrapWords");
function wordsOf(text) {
  return text.split(/[ \t\r\n]+/).filter(Boolean);
}
__name(wordsOf, "wordsOf");

export {
  wrapWords,
  wordsOf
};
