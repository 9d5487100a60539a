import { parseTypedDate } from '../../values.js';
export { daysInMonth } from '../../values.js';
/** Why a text is not a valid date, or undefined when it is one (the one reading: core/values.ts). */
export function dateProblem(text) {
    const d = parseTypedDate(text);
    if (d.ok)
        return undefined;
    switch (d.reason) {
        case 'format': return { key: 'dateFormat', params: {} };
        case 'yearZero': return { key: 'dateYearZero', params: {} };
        case 'badMonth': return { key: 'dateBadMonth', params: { month: d.month } };
        case 'notReal': return { key: 'dateNotReal', params: { month: d.month, year: d.year, days: d.days } };
    }
}
