// Short texts shared by the steps: a score with its band, a participant.
import { bandOf } from '../../core/score.js';
import { pick } from '../../core/lang.js';
export function scoreLabel(s, value) {
    if (value === undefined)
        return s.t('notScored');
    if (value === 'n/a')
        return s.t('na');
    const band = bandOf(value, s.fw);
    return band ? `${value} — ${pick(band.label, s.lang)}` : String(value);
}
export function participantLabel(p) {
    return p.organisation ? `${p.name} (${p.id}, ${p.organisation})` : `${p.name} (${p.id})`;
}
export function commitmentTitle(s, item) {
    return pick(item.commitment.title, s.lang);
}
/** "3.2" or "3": how the item is called in messages and in `c21lab set`. */
export function itemName(s, item) {
    return item.action
        ? s.t('actionName', { id: item.action.id, title: pick(item.action.title, s.lang) })
        : s.t('commitmentName', { id: item.commitment.id, title: commitmentTitle(s, item) });
}
/** Parses a typed score: a whole number on the scale, or n/a (in any case). */
export function parseScore(s, raw) {
    const text = raw.trim().toLowerCase();
    if (text === '')
        return undefined;
    if (text === 'n/a' || text === 'na' || text === s.t('na').toLowerCase())
        return 'n/a';
    const n = Number(text);
    const { min, max } = s.fw.scale;
    if (!Number.isInteger(n) || n < min || n > max)
        return new Error(s.t('voteInvalid', { min, max }));
    return n;
}
