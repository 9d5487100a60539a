// ASCII file-name slugs for the files c21lab names itself
// (assessments/<city>-<date>.yaml, practices/<city>-<year>-<title>.yaml).
// Transliteration is any-ascii's (one small, dependency-free table for every
// script and emoji), so Київ, 東京, Αθήνα and الرباط get names of their own
// instead of all becoming the fallback; two different names can still meet
// on one slug ("Saint-Denis", "Saint Denis"), which numberedName resolves.
import anyAscii from 'any-ascii';
/** "São Paulo" → "sao-paulo", "Київ" → "kiiv", "東京" → "dongjing"; cut at `max` characters; `fallback` when nothing is left. */
export function slugify(text, fallback, max = Infinity) {
    const slug = anyAscii(text.normalize('NFC'))
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return slug.slice(0, max).replace(/-+$/, '') || fallback;
}
/** "assessments/kiiv-2026-05-14.yaml", 2 → "assessments/kiiv-2026-05-14-2.yaml". */
export function numberedName(path, n) {
    const m = /^(.*?)(\.[^./\\]+)?$/.exec(path);
    return `${m[1]}-${n}${m[2] ?? ''}`;
}
