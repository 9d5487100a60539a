// Registering the people in the room: at the start, or from the menu at any
// time. Ids are generated (p1, p2 …, the first free one) so votes stay short.
import { addParticipant, itemPath, nextParticipantId, removeKey } from '../../core/edit/assessment.js';
import { removeListItem, setListItemKey } from '../../core/edit/sequence.js';
import { SECTORS } from '../../core/types.js';
import { participantLabel } from './labels.js';
const SECTOR_KEYS = {
    'local-government': 'sectorLocalGovernment',
    'civil-society': 'sectorCivilSociety',
    private: 'sectorPrivate',
    academia: 'sectorAcademia',
    other: 'sectorOther',
};
export async function addOneParticipant(s) {
    const { t, prompter } = s;
    const name = (await prompter.input(t('participantName'), { validate: (v) => (v.trim() ? undefined : t('required')) })).trim();
    const organisation = (await prompter.input(t('participantOrganisation'))).trim();
    const sector = await prompter.select(t('participantSector'), [
        ...SECTORS.map((value) => ({ value, name: t(SECTOR_KEYS[value]) })),
        { value: 'none', name: t('sectorNone') },
    ]);
    const id = nextParticipantId(s.assessment.participants ?? []);
    const participant = { id, name, ...(organisation ? { organisation } : {}), ...(sector !== 'none' ? { sector } : {}) };
    // Refused (the file would not validate with this person): Session.commit said why, and nobody was added.
    if (await s.commit((text) => addParticipant(text, participant)))
        s.print(s.style.green(t('participantAdded', { who: participantLabel(participant) })));
}
/** Adds participants until the facilitator says there are no more. */
export async function registerParticipants(s) {
    do {
        await addOneParticipant(s);
    } while (await s.prompter.confirm(s.t('addAnother'), true));
}
export function listParticipants(s) {
    const list = s.assessment.participants ?? [];
    s.print();
    s.print(s.style.bold(s.t('participantsHeader', { count: list.length })));
    for (const p of list) {
        const absent = s.absent.has(p.id) ? ` ${s.t('absentMark')}` : '';
        s.print(`  ${participantLabel(p)}${p.sector ? ` · ${s.t(SECTOR_KEYS[p.sector])}` : ''}${absent}`);
    }
}
async function pickParticipant(s, only) {
    const list = s.assessment.participants ?? [];
    const choices = list
        .map((p, index) => ({ value: index, name: participantLabel(p), id: p.id }))
        .filter((c) => (only ? only(c.id) : true))
        .map(({ value, name }) => ({ value, name }));
    const index = await s.prompter.select(s.t('pickWho'), [...choices, { value: -1, name: s.t('cancel') }]);
    return index === -1 ? undefined : index;
}
/** Every place a participant has voted: [commitment, action?] pairs. */
function votesOf(s, id) {
    const paths = [];
    for (const [cid, c] of Object.entries(s.assessment.commitments ?? {})) {
        if (c?.votes && id in c.votes)
            paths.push(itemPath(cid));
        for (const [aid, a] of Object.entries(c?.actions ?? {}))
            if (a?.votes && id in a.votes)
                paths.push(itemPath(cid, aid));
    }
    return paths;
}
/** The participants menu: add, rename, remove (with their votes, after confirmation), absent or present. */
export async function participantsMenu(s) {
    for (;;) {
        listParticipants(s);
        const list = s.assessment.participants ?? [];
        const anyAbsent = list.some((p) => s.absent.has(p.id));
        const anyPresent = list.some((p) => !s.absent.has(p.id));
        const choice = await s.prompter.select(s.t('participantsAsk'), [
            { value: 'add', name: s.t('partAdd') },
            ...(list.length ? [{ value: 'rename', name: s.t('partRename') }, { value: 'remove', name: s.t('partRemove') }] : []),
            ...(anyPresent ? [{ value: 'absent', name: s.t('partAbsent') }] : []),
            ...(anyAbsent ? [{ value: 'present', name: s.t('partPresent') }] : []),
            { value: 'back', name: s.t('partBack') },
        ]);
        if (choice === 'back')
            return;
        if (choice === 'add') {
            await addOneParticipant(s);
            continue;
        }
        const index = await pickParticipant(s, choice === 'absent' ? (id) => !s.absent.has(id) : choice === 'present' ? (id) => s.absent.has(id) : undefined);
        if (index === undefined)
            continue;
        const p = list[index];
        if (choice === 'rename') {
            const name = (await s.prompter.input(s.t('renameAsk', { who: participantLabel(p) }), { default: p.name, validate: (v) => (v.trim() ? undefined : s.t('required')) })).trim();
            if (name === p.name || (await s.commit((text) => setListItemKey(text, ['participants'], index, 'name', name)))) {
                s.print(s.style.green(s.t('renamed', { who: participantLabel({ ...p, name }) })));
            }
        }
        else if (choice === 'remove') {
            const paths = votesOf(s, p.id);
            if (!(await s.prompter.confirm(s.t('removeConfirm', { who: participantLabel(p), count: paths.length }), false)))
                continue;
            // One answer: the person and all their votes go together (and come back together with undo).
            if (!(await s.commit((text) => removeListItem(paths.reduce((acc, path) => removeKey(acc, [...path, 'votes', p.id]), text), ['participants'], index))))
                continue;
            s.absent.delete(p.id);
            s.print(s.style.green(s.t('removed', { who: participantLabel(p) })));
        }
        else if (choice === 'absent') {
            s.absent.add(p.id);
            s.print(s.t('markedAbsent', { who: participantLabel(p) }));
        }
        else if (choice === 'present') {
            s.absent.delete(p.id);
            s.print(s.t('markedPresent', { who: participantLabel(p) }));
        }
    }
}
/** At the start of a session: offer to register people when none are listed yet. */
export async function startParticipants(s) {
    if ((s.assessment.participants ?? []).length > 0)
        return;
    if (s.votes)
        s.print(s.t('votesNeedParticipants'));
    if (await s.prompter.confirm(s.t('registerNow'), s.votes))
        await registerParticipants(s);
}
