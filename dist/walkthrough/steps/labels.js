// Short texts shared by the steps: a score with its band, a participant.
import { bandOf } from '../../core/score.js';
import { pick } from '../../core/lang.js';
import { parseTypedScore } from '../../core/values.js';
import { scoreMessage } from '../../i18n/values.js';
import { visible } from '../../render/escape/terminal.js';
export function scoreLabel(s, value) {
    if (value === undefined)
        return s.t('notScored');
    if (value === 'n/a')
        return s.t('na');
    const band = bandOf(value, s.fw);
    return band ? `${value} — ${visible(pick(band.label, s.lang))}` : String(value);
}
export function participantLabel(p) {
    // Names come from the file: shown visibly, never as terminal controls.
    return visible(p.organisation ? `${p.name} (${p.id}, ${p.organisation})` : `${p.name} (${p.id})`);
}
export function commitmentTitle(s, item) {
    return visible(pick(item.commitment.title, s.lang));
}
/** "3.2" or "3": how the item is called in messages and in `c21lab set`. */
export function itemName(s, item) {
    return item.action
        ? s.t('actionName', { id: visible(item.action.id), title: visible(pick(item.action.title, s.lang)) })
        : s.t('commitmentName', { id: visible(item.commitment.id), title: commitmentTitle(s, item) });
}
/** Parses a typed score with the one rule of core/values.ts (plain digits on the scale, or n/a in any language). */
/** `tail`: what the refusal adds after the one wording of a score (how to leave it empty; on a vote line, how to abstain). */
export function parseScore(s, raw, tail = 'enterLeavesEmpty') {
    if (raw.trim() === '')
        return undefined;
    if (raw.trim().toLowerCase() === s.t('na').toLowerCase())
        return 'n/a';
    const parsed = parseTypedScore(raw, s.fw.scale);
    if (parsed.ok)
        return parsed.value;
    // The wording of `set`, the CSV and the room for the same value; then how to leave it empty.
    return new Error(`${scoreMessage(parsed, raw.trim(), s.fw.scale, s.lang)}${s.t(tail)}`);
}
