export function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/** Why a text is not a valid date, or undefined when it is one. */
export function dateProblem(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m)
        return { key: 'dateFormat', params: {} };
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (year === 0)
        return { key: 'dateYearZero', params: {} }; // the calendar goes from 1 BC to AD 1
    if (month < 1 || month > 12)
        return { key: 'dateBadMonth', params: { month: m[2] } };
    const days = daysInMonth(year, month);
    if (day < 1 || day > days)
        return { key: 'dateNotReal', params: { month: m[2], year, days } };
    return undefined;
}
