// The room's model: the assessment text (the truth on disk), the framework's
// items, the sidecar state, and every change a participant or the facilitator
// can make. No HTTP here: the server turns requests into these calls, and a
// RoomError into a 4xx. Every change is written before it is acknowledged, and
// only once the file it makes validates, as `set` and the walkthrough check theirs.
import { EventEmitter } from 'node:events';
import { parseDocument } from 'yaml';
import { addParticipant, clearNotes, clearScore, nextParticipantId, setNotes, setScore } from '../core/edit/index.js';
import { saveDocument } from '../core/edit/save.js';
import { assertEditValid } from '../core/edit/validated.js';
import { EditRefusedError, InvalidEditError } from '../core/errors.js';
import { YAML_OPTIONS, stripBom } from '../core/yaml/source.js';
import { parseItemId, parseParticipantId, parseScoreInput, participantKey } from '../core/values.js';
import { buildItems, resultOf } from '../walkthrough/items.js';
import { newAnonymousId, newToken, normaliseCode, sameSecret, tokenHash } from './secrets.js';
import { writeState } from './sidecar.js';
import { VoteBatch } from './vote-batch.js';
import { WriteQueue } from './write-queue.js';
/** What the server answers with: an HTTP status and a message key of the room's page catalog. */
export class RoomError extends Error {
    status;
    key;
    detail;
    constructor(status, key, 
    /** When the request carried a value the one parser refused: the message is that value's. */
    detail) {
        super(key);
        this.status = status;
        this.key = key;
        this.detail = detail;
        this.name = 'RoomError';
    }
}
/** A change the file would not validate with, as the server answers it: 422, its errors worded on the phone, in its language. */
function refused(error) {
    if (error instanceof InvalidEditError)
        throw new RoomError(422, 'errFileInvalid', { kind: 'file', findings: error.coded ?? [] });
    if (error instanceof EditRefusedError)
        throw new RoomError(422, 'errMergeKey', { kind: 'mergeKey', file: error.file, line: error.line, column: error.column });
    throw error;
}
function parse(text) {
    return parseDocument(stripBom(text), YAML_OPTIONS).toJS();
}
/** One batch's edits applied in order: the text, what the model needs, and each edit's error (a refused edit leaves the text as it was). */
function applyEdits(text, edits, check) {
    let next = text;
    const mirrors = [];
    let reparse = false;
    const errors = edits.map((edit) => {
        try {
            const before = next;
            const oneByOne = check && edit.oneByOne;
            const after = oneByOne ? oneByOne(next, check) : edit(next);
            if (check && !oneByOne && after !== before)
                check(after);
            next = after;
            const mirror = edit.mirror;
            if (mirror)
                mirrors.push(mirror);
            else if (next !== before)
                reparse = true;
            return undefined;
        }
        catch (error) {
            return error;
        }
    });
    return { text: next, mirrors, reparse, errors };
}
export class Room extends EventEmitter {
    file;
    fw;
    items;
    state;
    text;
    assessment;
    /** Bumped on every change, so clients can drop stale updates. */
    version = 0;
    queue;
    votes;
    statePath;
    saveState;
    constructor(o) {
        super();
        this.file = o.file;
        const shown = o.shown ?? o.file;
        this.fw = o.fw;
        this.items = buildItems(o.fw);
        this.state = o.state;
        this.statePath = o.statePath;
        this.text = o.text;
        this.assessment = parse(o.text);
        if (this.state.current >= this.items.length || this.state.current < 0)
            this.state.current = 0;
        const save = o.save ?? saveDocument;
        this.saveState = o.saveState ?? writeState;
        const valid = (text) => assertEditValid(this.file, shown, text, o.validation);
        this.queue = new WriteQueue(async (edits) => {
            // The batch's result is validated once (a few ms). Only when it would not validate are the edits
            // applied again one by one, each result validated, so the one that breaks the file is refused and
            // every other answer of the batch still lands.
            let applied = applyEdits(this.text, edits);
            if (applied.text !== this.text) {
                try {
                    valid(applied.text);
                }
                catch (error) {
                    if (!(error instanceof InvalidEditError))
                        throw error;
                    applied = applyEdits(this.text, edits, valid);
                }
            }
            const { text: next, mirrors, reparse, errors } = applied;
            if (next !== this.text) {
                await save(this.file, next);
                this.text = next;
                // Parsing the whole file again is the costliest step of a write; a vote
                // batch says what it changed (checked against the text by the edit itself),
                // so the model is updated in place unless some other edit ran.
                if (reparse)
                    this.assessment = parse(next);
                else
                    for (const mirror of mirrors)
                        mirror(this.assessment);
            }
            // A refusal made on the text alone (a YAML merge key it cannot write out) names the file, for the terminal.
            return errors.map((error) => (error instanceof EditRefusedError && !error.file ? error.in(shown) : error));
        });
        this.votes = new VoteBatch(this.queue, () => this.assessment);
    }
    get participants() {
        return this.assessment.participants ?? [];
    }
    get current() {
        return this.items[this.state.current];
    }
    /** Resolves when every write asked for so far is on disk. */
    drain() {
        return this.queue.drain();
    }
    changed() {
        this.version++;
        this.emit('change');
    }
    async persistState() {
        await this.queue.run(() => this.saveState(this.statePath, this.state));
    }
    checkCode(code) {
        if (!sameSecret(normaliseCode(code), this.state.code))
            throw new RoomError(403, 'errBadCode');
    }
    isFacilitator(key) {
        return typeof key === 'string' && sameSecret(key, this.state.facilitatorKey);
    }
    /** The participant a token belongs to, or undefined. */
    identify(token) {
        if (typeof token !== 'string' || token.length === 0 || token.length > 100)
            return undefined;
        const hash = tokenHash(token);
        const id = Object.hasOwn(this.state.tokens, hash) ? this.state.tokens[hash] : undefined;
        if (id === undefined)
            return undefined;
        return this.participants.find((p) => p.id === id);
    }
    claimed() {
        return new Set(Object.values(this.state.tokens));
    }
    /** The names a joining person may pick (none in an anonymous room). */
    choosable() {
        if (this.state.anonymous)
            return [];
        const claimed = this.claimed();
        return this.participants
            .filter((p) => !p.id.startsWith('anon-'))
            .map((p) => ({ id: p.id, name: p.name, ...(p.organisation ? { organisation: p.organisation } : {}), taken: claimed.has(p.id) }));
    }
    async issueToken(id) {
        const token = newToken();
        this.state.tokens[tokenHash(token)] = id;
        await this.persistState();
        return token;
    }
    /** Picks a name from the file's participants: one phone per person. */
    async claim(code, id) {
        this.checkCode(code);
        if (this.state.anonymous)
            throw new RoomError(403, 'errAnonymousPick');
        const who = parseParticipantId(id, this.participants.map((p) => p.id), { verbatim: true });
        if (!who.ok)
            throw new RoomError(404, 'errNoSuchParticipant', { kind: 'participant', problem: who });
        const participant = this.participants.find((p) => p.id === who.id);
        if (!participant)
            throw new RoomError(404, 'errNoSuchParticipant');
        if (this.claimed().has(id))
            throw new RoomError(409, 'errTaken');
        const token = await this.issueToken(id);
        this.changed();
        return { token, participant };
    }
    /** A new participant: added to the file, then given a token. Anonymous rooms keep only the sector. */
    async register(code, who) {
        this.checkCode(code);
        const name = (who.name ?? '').trim();
        const organisation = (who.organisation ?? '').trim();
        let participant;
        // Unique whatever the case (core/values.ts participantKey); the ids made are lower case.
        const taken = new Set(this.participants.map((p) => participantKey(p.id)));
        if (this.state.anonymous) {
            const id = newAnonymousId(taken);
            participant = { id, name: id, ...(who.sector ? { sector: who.sector } : {}) };
        }
        else {
            if (!name)
                throw new RoomError(400, 'errNameRequired');
            participant = {
                id: nextParticipantId(this.participants),
                name,
                ...(organisation ? { organisation } : {}),
                ...(who.sector ? { sector: who.sector } : {}),
            };
        }
        // The id is chosen inside the queue, against the file as it is then, so two joins at once never share one.
        let added = participant;
        await this.queue.edit((text) => {
            const list = parse(text).participants ?? [];
            added = this.state.anonymous ? participant : { ...participant, id: nextParticipantId(list) };
            return addParticipant(text, added);
        }).catch(refused);
        const token = await this.issueToken(added.id);
        this.changed();
        return { token, participant: added };
    }
    requireCurrent(itemId) {
        // An id that is no item at all is a typo (400, with "did you mean"); another item's id is a stale phone (409).
        const parsed = parseItemId(itemId, this.fw, 'item');
        if (!parsed.ok)
            throw new RoomError(400, 'errNoSuchItem', { kind: 'item', problem: parsed });
        if (parsed.id !== this.current.id)
            throw new RoomError(409, 'errNotCurrent');
        return this.current;
    }
    /** The one reading of a score (core/values.ts): the room accepts and refuses what `set` and the walkthrough do. */
    checkValue(value) {
        const parsed = parseScoreInput(value, this.fw.scale);
        if (parsed.ok)
            return parsed.value;
        throw new RoomError(400, 'errOffScale', { kind: 'score', problem: parsed, value: String(value), scale: this.fw.scale });
    }
    /** A participant's vote (or abstention) on the current item, while it is open. */
    /** `value` as sent: a number or a typed text, read by checkValue (or `abstain`). */
    async vote(participant, itemId, value) {
        const item = this.requireCurrent(itemId);
        if (!this.state.open)
            throw new RoomError(409, 'errClosed');
        const abstained = new Set(this.state.abstained[item.id] ?? []);
        if (value === 'abstain') {
            await this.votes.set(item, participant.id, null).catch(refused);
            if (!abstained.has(participant.id)) {
                this.state.abstained[item.id] = [...abstained, participant.id];
                await this.persistState();
            }
        }
        else {
            const score = this.checkValue(value);
            await this.votes.set(item, participant.id, score).catch(refused);
            if (abstained.delete(participant.id)) {
                this.state.abstained[item.id] = [...abstained];
                await this.persistState();
            }
        }
        this.changed();
    }
    myVote(participant, item = this.current) {
        const vote = resultOf(this.assessment, item).votes?.[participant.id];
        if (vote !== undefined)
            return vote;
        return (this.state.abstained[item.id] ?? []).includes(participant.id) ? 'abstain' : null;
    }
    /** Frees a name taken on a phone that was lost or handed back: its token stops working, and the name can be picked again. */
    async release(id) {
        const hashes = Object.entries(this.state.tokens).filter(([, pid]) => pid === id);
        if (hashes.length === 0)
            throw new RoomError(404, 'errNotJoined');
        for (const [hash] of hashes)
            delete this.state.tokens[hash];
        await this.persistState();
        this.changed();
    }
    async control(action, target) {
        const s = this.state;
        const move = (to) => {
            if (to < 0 || to >= this.items.length)
                throw new RoomError(400, 'errNoSuchItem');
            if (to !== s.current) {
                s.current = to;
                s.open = true;
                s.revealed = false;
            }
        };
        if (action === 'open')
            s.open = true;
        else if (action === 'close')
            s.open = false;
        else if (action === 'reveal')
            s.revealed = true;
        else if (action === 'hide')
            s.revealed = false;
        else if (action === 'next')
            move(Math.min(s.current + 1, this.items.length - 1));
        else if (action === 'prev')
            move(Math.max(s.current - 1, 0));
        else if (action === 'jump')
            move(target ?? -1);
        await this.persistState();
        this.changed();
    }
    /** The agreed score of the current item (null clears it). */
    async agree(itemId, value) {
        const item = this.requireCurrent(itemId);
        const score = value === null ? null : this.checkValue(value);
        await this.queue.edit((text) => score === null ? clearScore(text, item.commitment.id, item.action?.id) : setScore(text, item.commitment.id, item.action?.id, score)).catch(refused);
        this.changed();
    }
    async note(itemId, notes) {
        const item = this.requireCurrent(itemId);
        const clean = notes.trim();
        if (clean === (resultOf(this.assessment, item).notes ?? ''))
            return;
        await this.queue.edit((text) => clean ? setNotes(text, item.commitment.id, item.action?.id, clean) : clearNotes(text, item.commitment.id, item.action?.id)).catch(refused);
        this.changed();
    }
}
