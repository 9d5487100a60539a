/** Name, source, method and notes of a benchmark in `lang`, from its translations where it has them. */
export function benchmarkText(b, lang) {
    const tr = b.translations?.[lang] ?? {};
    const method = tr.method ?? b.method;
    const notes = tr.notes ?? b.notes;
    return { name: tr.name ?? b.name, source: tr.source ?? b.source, ...(method ? { method } : {}), ...(notes ? { notes } : {}) };
}
