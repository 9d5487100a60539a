// ASCII file-name slugs for the files c21lab names itself
// (assessments/<city>-<date>.yaml, practices/<city>-<year>-<title>.yaml).
/** "São Paulo" → "sao-paulo", "Zürich" → "zurich"; cut at `max` characters; `fallback` when nothing is left. */
export function slugify(text, fallback, max = Infinity) {
    const slug = text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/ß/g, 'ss')
        .replace(/[æÆ]/g, 'ae')
        .replace(/[øØ]/g, 'o')
        .replace(/[łŁ]/g, 'l')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return slug.slice(0, max).replace(/-+$/, '') || fallback;
}
