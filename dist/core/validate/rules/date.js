import { parseTypedDate } from '../../values.js';
import { phrase } from '../phrase.js';
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
/**
 * Why a typed text is not a valid date, as the phrase every door words it with (the file's `date:` in
 * validate, `init --date` and its prompt); undefined for a valid date. The month's name ("February",
 * "février") is worded with the message, from the runtime's locale data.
 */
export function datePhrase(text) {
    const problem = dateProblem(text);
    if (!problem)
        return undefined;
    const monthName = problem.key === 'dateNotReal' ? { month: Number(problem.params.month) } : '';
    return phrase(problem.key, { ...problem.params, monthName, found: JSON.stringify(text) });
}
