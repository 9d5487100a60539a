import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/walkthrough/answers-csv.js
function parseCsvCells(text) {
  return readCsv(text).rows;
}
__name(parseCsvCells, "parseCsvCells");
function readCsv(text) {
  const rows = [];
  let row = [];
  const src = text.replace(/^\ufeff/, "");
  const firstLine = src.split(/\r?\n/, 1)[0] ?? "";
  const sep = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  let line = 1;
  let lineStart = 0;
  let cell = { text: "", line: 1, column: 1 };
  let quoted = false;
  let opened = { line: 1, column: 1 };
  const startCell = /* @__PURE__ */ __name((at) => cell = { text: "", line, column: at - lineStart + 1 }, "startCell");
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell.text += '"';
        i++;
      } else if (ch === '"')
        quoted = false;
      else {
        cell.text += ch;
        if (ch === "\n" || ch === "\r" && src[i + 1] !== "\n") {
          line++;
          lineStart = i + 1;
        }
      }
    } else if (ch === '"' && cell.text === "") {
      quoted = true;
      opened = { line, column: i - lineStart + 1 };
    } else if (ch === sep) {
      row.push(cell);
      startCell(i + 1);
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n")
        i++;
      row.push(cell);
      rows.push(row);
      row = [];
      line++;
      lineStart = i + 1;
      startCell(i + 1);
    } else
      cell.text += ch;
  }
  if (cell.text !== "" || row.length || quoted) {
    row.push(cell);
    rows.push(row);
  }
  return quoted ? { rows, unclosed: opened } : { rows };
}
__name(readCsv, "readCsv");
function parseCsv(text) {
  return parseCsvCells(text).map((row) => row.map((c) => c.text));
}
__name(parseCsv, "parseCsv");
function csvAssignments(text, problems, file) {
  const { rows, unclosed } = readCsv(text);
  if (unclosed) {
    problems.push({ ...unclosed, message: "csvUnclosedQuote" });
    return [];
  }
  const header = (rows[0] ?? []).map((h) => h.text.trim().toLowerCase());
  const itemCol = header.indexOf("item");
  if (itemCol === -1) {
    problems.push({ line: 1, message: "csvNoItem" });
    return [];
  }
  const twice = header.findIndex((name, col) => name !== "" && header.indexOf(name) !== col);
  if (twice !== -1) {
    const cell = rows[0][twice];
    const first = header.indexOf(header[twice]) + 1;
    problems.push({ line: cell.line, column: cell.column, message: "csvColumnTwice", name: cell.text.trim(), first });
    return [];
  }
  const out = [];
  for (const cells of rows.slice(1)) {
    if (cells.every((c) => c.text.trim() === ""))
      continue;
    const first = cells[0];
    if (cells.length !== header.length) {
      problems.push({ line: first.line, message: "csvColumns", expected: header.length, found: cells.length });
      continue;
    }
    const itemCell = cells[itemCol];
    const item = itemCell.text.trim();
    header.forEach((name, col) => {
      const c = cells[col];
      const value = c.text;
      if (col === itemCol || value.trim() === "")
        return;
      const at = `${file}:${c.line}:${c.column}`;
      const head = rows[0]?.[col];
      const origin = file === void 0 ? {} : { origin: at, where: at, itemWhere: `${file}:${itemCell.line}:${itemCell.column}`, ...head ? { participantWhere: `${file}:${head.line}:${head.column}` } : {} };
      if (name === "score")
        out.push({ kind: "score", item, value: value.trim(), ...origin });
      else if (name === "notes")
        out.push({ kind: "note", item, value, ...origin });
      else if (name === "evidence")
        out.push({ kind: "evidence", item, value, ...origin });
      else
        out.push({ kind: "vote", item, participant: (rows[0]?.[col]?.text ?? name).trim(), value: value.trim(), ...origin });
    });
  }
  return out;
}
__name(csvAssignments, "csvAssignments");
export {
  csvAssignments,
  parseCsv,
  parseCsvCells
};
