export function parseCsv(text) {
    const rows = [];
    let row = [];
    let cell = '';
    let quoted = false;
    const src = text.replace(/^\ufeff/, '');
    // Spreadsheets in French or Spanish locales save with semicolons.
    const firstLine = src.split(/\r?\n/, 1)[0] ?? '';
    const sep = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
    for (let i = 0; i < src.length; i++) {
        const ch = src[i];
        if (quoted) {
            if (ch === '"' && src[i + 1] === '"') {
                cell += '"';
                i++;
            }
            else if (ch === '"')
                quoted = false;
            else
                cell += ch;
        }
        else if (ch === '"' && cell === '')
            quoted = true;
        else if (ch === sep) {
            row.push(cell);
            cell = '';
        }
        else if (ch === '\n' || ch === '\r') {
            if (ch === '\r' && src[i + 1] === '\n')
                i++;
            row.push(cell);
            rows.push(row);
            row = [];
            cell = '';
        }
        else
            cell += ch;
    }
    if (cell !== '' || row.length) {
        row.push(cell);
        rows.push(row);
    }
    return rows;
}
export function csvAssignments(text, problems) {
    const rows = parseCsv(text);
    const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
    const itemCol = header.indexOf('item');
    if (itemCol === -1) {
        problems.push({ line: 1, message: 'csvNoItem' });
        return [];
    }
    const out = [];
    rows.slice(1).forEach((cells, i) => {
        if (cells.every((c) => c.trim() === ''))
            return;
        if (cells.length !== header.length) {
            problems.push({ line: i + 2, message: 'csvColumns', expected: header.length, found: cells.length });
            return;
        }
        const item = cells[itemCol].trim();
        header.forEach((name, col) => {
            const value = cells[col];
            if (col === itemCol || value.trim() === '')
                return;
            if (name === 'score')
                out.push({ kind: 'score', item, value: value.trim() });
            else if (name === 'notes')
                out.push({ kind: 'note', item, value });
            else if (name === 'evidence')
                out.push({ kind: 'evidence', item, value });
            else
                out.push({ kind: 'vote', item, participant: (rows[0]?.[col] ?? name).trim(), value: value.trim() });
        });
    });
    return out;
}
