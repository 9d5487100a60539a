// The terminal's view of the room, for a facilitator without a second screen:
// a line when the item or its state changes, and the vote count at most once
// a second while votes come in.
import { round, stats } from '../core/score.js';
import { localNumber } from '../render/number.js';
import { resultOf } from '../walkthrough/items.js';
import { isWide } from './views.js';
export function startMirror(room, lang, t, out, text) {
    let lastHead = '';
    let lastCount = '';
    let lastAgreed = '';
    let timer;
    const show = () => {
        timer = undefined;
        const item = room.current;
        const title = item.action ? `${item.action.id} ${text(item.action.title)}` : `${item.commitment.id} ${text(item.commitment.title)}`;
        const head = t('mirrorItem', { no: item.index + 1, total: room.items.length, title, state: t(room.state.open ? 'mirrorOpen' : 'mirrorClosed') });
        if (head !== lastHead) {
            out(head);
            lastHead = head;
            lastCount = '';
            lastAgreed = '';
        }
        const result = resultOf(room.assessment, item);
        const votes = Object.values(result.votes ?? {});
        const s = stats(votes.filter((v) => typeof v === 'number'));
        const count = t('mirrorVotes', {
            voted: votes.length,
            abstained: (room.state.abstained[item.id] ?? []).length,
            joined: new Set(Object.values(room.state.tokens)).size,
            stats: s
                ? t('mirrorStats', { median: localNumber(round(s.median, 1), lang), min: s.min, max: s.max }) + (isWide(s.min, s.max, room.fw.scale) ? t('mirrorWide') : '')
                : '',
        });
        if (count !== lastCount)
            out(count);
        lastCount = count;
        const agreed = result.score === undefined ? '' : t('mirrorAgreed', { score: result.score === 'n/a' ? t('mirrorNa') : String(result.score) });
        if (agreed && agreed !== lastAgreed)
            out(agreed);
        lastAgreed = agreed;
    };
    const onChange = () => {
        timer ??= setTimeout(show, 1000);
    };
    show();
    room.on('change', onChange);
    return () => {
        room.off('change', onChange);
        if (timer)
            clearTimeout(timer);
        show();
    };
}
