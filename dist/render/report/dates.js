const MONTHS = {
    en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};
const PATTERN = {
    en: (d, m, y) => `${m} ${d}, ${y}`,
    fr: (d, m, y) => `${d} ${m} ${y}`,
    es: (d, m, y) => `${d} de ${m} de ${y}`,
};
/** An ISO date as Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }) writes it; unparseable text unchanged. */
export function longDate(date, lang) {
    const d = new Date(`${date}T00:00:00Z`);
    if (Number.isNaN(d.getTime()))
        return date;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    const months = MONTHS[lang];
    if (!m || !months || d.getUTCDate() !== Number(m[3])) {
        return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
    }
    return PATTERN[lang](d.getUTCDate(), months[d.getUTCMonth()], d.getUTCFullYear());
}
/**
 * The date a report file carries in its properties (the Word file's created and modified, the PDF's
 * CreationDate and ModDate): the review's when it has one, else the LAB's; never the clock, so the same
 * input gives the same bytes.
 */
export function documentDate(model) {
    return model.review?.date || String(model.date);
}
