import { translator } from '../i18n/define.js';
import { roomPageMessages } from '../i18n/room.js';
import { itemIdMessage, participantIdMessage, scoreMessage } from '../i18n/values.js';
import { wordFindings } from '../i18n/validate-words.js';
const LONGEST = 40;
/** A value as sent, short: a body may carry up to its limit of anything. */
function short(v) {
    if (v === undefined)
        return undefined;
    const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
    return s.length > LONGEST ? `${s.slice(0, LONGEST - 1)}…` : s;
}
function field(body, name) {
    return typeof body === 'object' && body !== null && Object.hasOwn(body, name) ? body[name] : undefined;
}
function text(body, name) {
    const v = field(body, name);
    return v === undefined || v === null ? undefined : short(v);
}
function header(req, name) {
    const v = req.headers[name];
    return typeof v === 'string' ? v : undefined;
}
export function refusalWho(room, req, route) {
    const key = header(req, 'x-room-key');
    if (key !== undefined && room.isFacilitator(key))
        return { kind: 'facilitator' };
    const me = room.identify(header(req, 'x-room-token'));
    if (me)
        return { kind: 'participant', id: me.id, name: me.name };
    if (route === '/api/claim') {
        const raw = field(req.body, 'id');
        const id = text(req.body, 'id');
        // An anonymous room shows no name, even one a phone tries to pick. Looked up by the id as sent (up to 64
        // characters), shortened only to be shown.
        const name = room.state.anonymous ? undefined : room.participants.find((p) => p.id === raw)?.name;
        return { kind: 'joining', ...(id !== undefined ? { id } : {}), ...(name !== undefined ? { name } : {}) };
    }
    if (route === '/api/register') {
        const name = room.state.anonymous ? undefined : text(req.body, 'name')?.trim();
        return { kind: 'joining', ...(name ? { name } : {}) };
    }
    if (route === '/api/join')
        return { kind: 'joining' };
    return { kind: 'unknown' };
}
export function refusalWhat(req, route) {
    const b = req.body;
    const item = text(b, 'item');
    const at = item === undefined ? {} : { item };
    switch (route) {
        case '/api/vote': {
            const value = field(b, 'value');
            return value === 'abstain' ? { kind: 'abstain', ...at } : { kind: 'vote', ...at, ...(value !== undefined ? { value: short(value) } : {}) };
        }
        case '/api/agree': {
            const value = field(b, 'value');
            return value === null ? { kind: 'clearAgree', ...at } : { kind: 'agree', ...at, ...(value !== undefined ? { value: short(value) } : {}) };
        }
        case '/api/note':
            return { kind: 'note', ...at };
        case '/api/control': {
            const action = text(b, 'action');
            const index = field(b, 'index');
            return { kind: 'control', ...(action !== undefined ? { action } : {}), ...(typeof index === 'number' ? { index } : {}) };
        }
        case '/api/release': {
            const id = text(b, 'id');
            return { kind: 'release', ...(id !== undefined ? { id } : {}) };
        }
        case '/api/join':
            return { kind: 'join' };
        case '/api/claim':
            return { kind: 'claim' };
        case '/api/register':
            return { kind: 'register' };
        case '/api/me':
        case '/api/events':
        case '/api/projector':
        case '/api/qr.svg':
        case '/':
        case '/projector':
            return { kind: 'view' };
        default:
            return { kind: 'request', method: req.method, path: short(req.url.split('?')[0] ?? '') ?? '' };
    }
}
/**
 * The refusal's message, as the phone gets it, in `lang`. `located` (the terminal) gives a file's finding
 * with its place (`lab.yaml:12:3 …`), and says how many more there are.
 */
export function refusalReason(key, detail, lang, located = false) {
    const t = translator(roomPageMessages, lang);
    if (!detail)
        return t(key);
    if (detail.kind === 'score')
        return scoreMessage(detail.problem, detail.value, detail.scale, lang);
    if (detail.kind === 'item')
        return itemIdMessage(detail.problem, lang);
    // The file would not validate with the change: its first error, as `validate` words it.
    if (detail.kind === 'file') {
        const [first] = wordFindings(detail.findings.slice(0, 1), lang);
        let reason = first?.message ?? '';
        if (located && first) {
            reason = `${first.file}:${first.line}:${first.column} ${reason}`;
            if (detail.findings.length > 1)
                reason += t('moreFindings', { count: detail.findings.length - 1 });
        }
        return t(key, { reason });
    }
    // A value that comes through a `<<` c21lab will not write out: the phone is told to ask, the terminal where it is.
    if (detail.kind === 'mergeKey')
        return located ? `${detail.file}:${detail.line}:${detail.column} ${t(key)}` : t(key);
    // A name picked from the list that is no longer in the file: the room's own words (the phone shows the list again).
    if (detail.problem.reason === 'unknown' || detail.problem.reason === 'noParticipants')
        return t(key);
    return participantIdMessage(detail.problem, lang);
}
