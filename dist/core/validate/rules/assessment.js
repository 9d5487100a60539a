import { isRecord, list, own, shown } from '../report.js';
import { parseItemId, parseParticipantId, participantKey } from '../../values.js';
import { itemIdPhrase, participantIdPhrase, scorePhrase } from '../phrase.js';
import { datePhrase } from './date.js';
import { isBlankText } from '../../markdown.js';
/**
 * `sourceOf`: how the number at a path is written, when the pass can tell (`-0`, not the 0 it reads as). Passed
 * in, never kept on the reporter: a closure stored there kept each file's data and locator alive for the whole run
 * (a 1,000-file run's heap went from 12 to 43 MB).
 */
export function checkAssessment(data, framework, r, sourceOf) {
    written = sourceOf;
    try {
        checkAssessmentWith(data, framework, r);
    }
    finally {
        written = undefined;
    }
}
/** checkAssessment's `sourceOf`, for checkScore, during one synchronous check. */
let written;
function checkAssessmentWith(data, framework, r) {
    checkDate(data.date, r);
    checkTexts(data, r);
    const participants = checkParticipants(data, r);
    const voters = new Set();
    const commitments = isRecord(data.commitments) ? data.commitments : undefined;
    const byId = new Map((framework?.commitments ?? []).map((c) => [c.id, c]));
    const fwName = framework?.id ?? '';
    for (const [cid, c] of Object.entries(commitments ?? {})) {
        const base = ['commitments', cid];
        const fc = byId.get(cid);
        if (framework && !fc) {
            // The one reading of an item id (core/values.ts) and its one wording: `set 33=5` and `assess --commitment 33` say the same.
            const parsed = parseItemId(cid, framework, 'commitment', { verbatim: true });
            if (!parsed.ok)
                r.at(base, 'unknown-commitment', itemIdPhrase(parsed), { onKey: true });
        }
        if (!isRecord(c))
            continue;
        const actionIds = (fc?.actions ?? []).map((a) => a.id);
        if (fc && actionIds.length > 0) {
            for (const key of ['score', 'votes']) {
                if (own(c, key) !== undefined) {
                    r.at([...base, key], 'score-with-actions', r.msg('scoreWithActions', { commitment: cid, ids: list(actionIds, r.t('none')), key }), { onKey: true });
                }
            }
        }
        checkScore(c.score, base, 'score', framework?.scale, r);
        checkVotes(c.votes, [...base, 'votes'], participants, voters, framework?.scale, r);
        checkEvidence(c.evidence, [...base, 'evidence'], r);
        if (!isRecord(c.actions))
            continue;
        if (fc && actionIds.length === 0) {
            r.at([...base, 'actions'], 'unknown-action', r.msg('noActions', { commitment: cid, framework: fwName }), { onKey: true });
        }
        for (const [aid, a] of Object.entries(c.actions)) {
            const apath = [...base, 'actions', aid];
            if (framework && fc && actionIds.length > 0 && !actionIds.includes(aid)) {
                const parsed = parseItemId(aid, framework, { actionsOf: cid }, { verbatim: true });
                if (!parsed.ok)
                    r.at(apath, 'unknown-action', itemIdPhrase(parsed), { onKey: true });
            }
            if (!isRecord(a))
                continue;
            checkScore(a.score, apath, 'score', framework?.scale, r);
            checkVotes(a.votes, [...apath, 'votes'], participants, voters, framework?.scale, r);
            checkEvidence(a.evidence, [...apath, 'evidence'], r);
        }
    }
    if (framework)
        checkCompleteness(commitments ?? {}, framework, r);
    const collectsVotes = (isRecord(data.settings) && data.settings.votes === true) || voters.size > 0;
    if (collectsVotes) {
        for (const [id, index] of participants ?? []) {
            if (!voters.has(id))
                r.at(['participants', index], 'no-votes', r.msg('noVotes', { id }), { severity: 'warning' });
        }
    }
}
/** A real calendar date, quoted or not (YAML 1.2 keeps both as text). */
function checkDate(value, r) {
    if (typeof value !== 'string')
        return;
    const problem = datePhrase(value);
    if (problem)
        r.at(['date'], 'invalid-date', problem);
}
/** Text that must say something: the schema asks for at least one character; a blank one says nothing either. */
function checkTexts(data, r) {
    // As a review's texts are judged (markdown.ts): spaces alone, or invisible characters alone (`"\u200b"`), say nothing.
    const blank = (v) => typeof v === 'string' && v !== '' && isBlankText(v);
    if (blank(data.city))
        r.at(['city'], 'invalid-value', r.msg('blankText'));
    if (Array.isArray(data.participants)) {
        data.participants.forEach((p, i) => {
            if (isRecord(p) && blank(p.name))
                r.at(['participants', i, 'name'], 'invalid-value', r.msg('blankText'));
        });
    }
}
/**
 * A link that a report may show: http(s), mailto, or relative (no scheme).
 * Browsers ignore spaces and control characters in a scheme
 * (`java\tscript:`), so they are removed before the scheme is read.
 */
export function allowedUrl(url) {
    let bare = '';
    for (const ch of url)
        if (ch > ' ' && ch !== '\u007f')
            bare += ch;
    const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(bare)?.[1]?.toLowerCase();
    return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}
function checkEvidence(evidence, path, r) {
    if (!Array.isArray(evidence))
        return;
    evidence.forEach((e, i) => {
        if (!isRecord(e) || typeof e.url !== 'string' || e.url === '' || allowedUrl(e.url))
            return;
        const url = e.url;
        r.at([...path, i, 'url'], 'invalid-url', () => r.msg('badUrl', { found: shown(url, r.t) }));
    });
}
/** Declared participant ids (first occurrence), reporting repeats: unique whatever their case (core/values.ts participantKey). */
function checkParticipants(data, r) {
    if (!Array.isArray(data.participants))
        return undefined;
    const ids = new Map();
    const byKey = new Map();
    data.participants.forEach((p, i) => {
        if (!isRecord(p) || typeof p.id !== 'string')
            return;
        const first = byKey.get(participantKey(p.id));
        if (first === undefined) {
            byKey.set(participantKey(p.id), { id: p.id, index: i });
            ids.set(p.id, i);
            return;
        }
        const line = r.lineOf(['participants', first.index, 'id']);
        r.at(['participants', i, 'id'], 'duplicate-participant', first.id === p.id
            ? r.msg('duplicateParticipant', { id: p.id, line })
            : r.msg('duplicateParticipantCase', { id: p.id, first: first.id, line }));
    });
    return ids;
}
/** Whole numbers outside the scale; other wrong values are the schema's to report. */
/** A score at `base` + `last` (the path is built only for a finding: a file holds a hundred votes). */
function checkScore(value, base, last, scale, r) {
    if (!scale || typeof value !== 'number' || !Number.isInteger(value))
        return;
    if (value < scale.min || value > scale.max) {
        // Worded as set refuses the same typed value (core/values.ts, i18n/values.ts), quoting what was written
        // (`-0`, not the 0 it reads as; 26 digits, not 1e+26).
        const path = [...base, last];
        const typed = written?.(path) ?? String(value);
        r.at(path, 'score-out-of-scale', scorePhrase(typed, scale) ?? r.msg('scoreExpected', { min: scale.min, max: scale.max, found: shown(value, r.t) }));
    }
}
function checkVotes(votes, path, participants, voters, scale, r) {
    if (!isRecord(votes))
        return;
    for (const id of Object.keys(votes)) {
        const value = votes[id];
        voters.add(id);
        if (!participants || participants.size === 0) {
            r.at([...path, id], 'unknown-participant', r.msg('noParticipants', { id }), { onKey: true });
        }
        else if (!participants.has(id)) {
            // The one reading of a participant id (core/values.ts), worded as `set --vote` words it.
            r.at([...path, id], 'unknown-participant', () => {
                const parsed = parseParticipantId(id, [...participants.keys()], { verbatim: true });
                return parsed.ok ? { seq: [] } : participantIdPhrase(parsed);
            }, { onKey: true });
        }
        checkScore(value, path, id, scale, r);
    }
}
/** Warnings for what is not scored yet, at the nearest place that exists in the file. */
function checkCompleteness(commitments, framework, r) {
    for (const fc of framework.commitments) {
        const c = own(commitments, fc.id);
        const result = isRecord(c) ? c : {};
        const base = ['commitments', fc.id];
        if (fc.actions && fc.actions.length > 0) {
            const actions = isRecord(result.actions) ? result.actions : {};
            for (const fa of fc.actions) {
                const a = own(actions, fa.id);
                if (!isRecord(a) || a.score === undefined || a.score === null) {
                    r.at([...base, 'actions', fa.id], 'not-scored', r.msg('notScoredAction', { id: fa.id, commitment: fc.id }), { severity: 'warning', onKey: true });
                }
            }
        }
        else if (result.score === undefined || result.score === null) {
            r.at(base, 'not-scored', r.msg('notScoredCommitment', { id: fc.id }), { severity: 'warning', onKey: true });
        }
    }
}
