import { visible } from '../render/escape/terminal.js';
import { refusalReason } from '../room/refusals.js';
/** How long a burst lasts: the refusals it holds back are said in one line at its end. */
export const BURST_MS = 10_000;
export function wordWho(who, t) {
    const named = (id, name) => name !== undefined && name !== id ? `${visible(name)}${id !== undefined ? ` (${visible(id)})` : ''}` : visible(id ?? '');
    if (who.kind === 'participant')
        return named(who.id, who.name);
    if (who.kind === 'facilitator')
        return t('whoFacilitator');
    if (who.kind === 'unknown')
        return t('whoUnknown');
    if (who.id !== undefined)
        return t('whoPicking', { name: named(who.id, who.name) });
    if (who.name !== undefined)
        return t('whoRegistering', { name: visible(who.name) });
    return t('whoJoining');
}
const CONTROLS = { open: 'whatOpen', close: 'whatClose', reveal: 'whatReveal', hide: 'whatHide', next: 'whatNext', prev: 'whatPrev' };
export function wordWhat(what, t) {
    const v = (s) => visible(s);
    switch (what.kind) {
        case 'vote':
            return what.item !== undefined && what.value !== undefined ? t('whatVote', { value: v(what.value), item: v(what.item) }) : t('whatVoteBare');
        case 'abstain':
            return what.item !== undefined ? t('whatAbstain', { item: v(what.item) }) : t('whatVoteBare');
        case 'agree':
            return what.item !== undefined && what.value !== undefined ? t('whatAgree', { value: v(what.value), item: v(what.item) }) : t('whatAgreeBare');
        case 'clearAgree':
            return what.item !== undefined ? t('whatClearAgree', { item: v(what.item) }) : t('whatAgreeBare');
        case 'note':
            return what.item !== undefined ? t('whatNote', { item: v(what.item) }) : t('whatNoteBare');
        case 'control':
            if (what.action === 'jump' && what.index !== undefined)
                return t('whatJump', { no: what.index + 1 });
            return what.action !== undefined && Object.hasOwn(CONTROLS, what.action) ? t(CONTROLS[what.action]) : t('whatControl');
        case 'release':
            return what.id !== undefined ? t('whatRelease', { id: v(what.id) }) : t('whatReleaseBare');
        case 'join':
            return t('whatJoin');
        case 'claim':
            return t('whatClaim');
        case 'register':
            return t('whatRegister');
        case 'view':
            return t('whatView');
        case 'request':
            return t('whatRequest', { method: v(what.method), path: v(what.path) });
    }
}
/** The refusal's line. */
export function refusalLine(r, t, lang) {
    return t('refused', { who: wordWho(r.who, t), what: wordWhat(r.what, t), reason: visible(refusalReason(r.key, r.detail, lang, true)) });
}
/**
 * Refusals other than 429 given a line each within one burst; the rest are summed up with the 429s. A client can
 * be refused without being rate-limited (a new made-up token on each request is never limited), so every kind of
 * refusal is bounded: at most this many lines, plus one summary, every BURST_MS.
 */
export const LINES_PER_BURST = 8;
/** Prints each refusal as it comes (`out`, the room's terminal lines); returns the function for the server and a stop that prints what is pending. */
export function startRefusalLog(t, lang, out, burstMs = BURST_MS) {
    let burst;
    let stopped = false;
    const flush = () => {
        if (!burst)
            return;
        clearTimeout(burst.timer);
        const { count, who, since } = burst;
        burst = undefined;
        if (count === 0)
            return;
        const list = [...who].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name)).join(', ');
        out(t('refusedMore', { count, seconds: Math.max(1, Math.round((Date.now() - since) / 1000)), who: list }));
    };
    return {
        onRefused(r) {
            // Once the room is closing, nothing is held back: a summary's timer would never fire.
            if (stopped)
                return out(refusalLine(r, t, lang));
            // In a burst, the first 429 gets its line, and so do the first LINES_PER_BURST refusals of other kinds.
            if (!burst) {
                const timer = setTimeout(flush, burstMs);
                timer.unref();
                burst = { timer, since: Date.now(), count: 0, lines: 0, limited: false, who: new Map() };
            }
            const own = r.status === 429 ? !burst.limited : burst.lines < LINES_PER_BURST;
            if (own) {
                out(refusalLine(r, t, lang));
                if (r.status === 429)
                    burst.limited = true;
                else
                    burst.lines++;
                return;
            }
            burst.count++;
            const name = wordWho(r.who, t);
            burst.who.set(name, (burst.who.get(name) ?? 0) + 1);
        },
        stop() {
            stopped = true;
            flush();
        },
    };
}
