// Registering the people in the room: at the start, or from the menu at any
// time. Ids are generated (p1, p2 …, the first free one) so votes stay short.
import { addParticipant, nextParticipantId } from '../../core/edit/assessment.js';
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
    await s.commit((text) => addParticipant(text, participant));
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
    for (const p of list)
        s.print(`  ${participantLabel(p)}${p.sector ? ` · ${s.t(SECTOR_KEYS[p.sector])}` : ''}`);
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
