// The report's long date ("May 14, 2026", "14 mai 2026", "14 de mayo de
// 2026"). Intl.DateTimeFormat gives the same text, but its first use in a
// process loads ICU's date patterns, ~11 ms of every `c21lab report`; the
// three patterns are written out here instead. A test compares them with
// Intl for every month of the year in the three languages; input that is
// not a plain YYYY-MM-DD calendar date still goes through Intl.
import type { Lang } from '../../core/types.js';

const MONTHS: Record<Lang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

const PATTERN: Record<Lang, (day: number, month: string, year: number) => string> = {
  en: (d, m, y) => `${m} ${d}, ${y}`,
  fr: (d, m, y) => `${d} ${m} ${y}`,
  es: (d, m, y) => `${d} de ${m} de ${y}`,
};

/** An ISO date as Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }) writes it; unparseable text unchanged. */
export function longDate(date: string, lang: Lang): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const months = MONTHS[lang];
  if (!m || !months || d.getUTCDate() !== Number(m[3])) {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
  }
  return PATTERN[lang](d.getUTCDate(), months[d.getUTCMonth()]!, d.getUTCFullYear());
}

/**
 * The date a report file carries in its properties (the Word file's created and modified, the PDF's
 * CreationDate and ModDate): the review's when it has one, else the LAB's; never the clock, so the same
 * input gives the same bytes.
 */
export function documentDate(model: { date: string; review: { date: string } | null }): string {
  return model.review?.date || String(model.date);
}
