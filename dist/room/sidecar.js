// What the room needs beyond the assessment to survive a restart: the room
// code, the facilitator key, the hashes of the participants' tokens, where the
// room stands (current item, open or closed, revealed) and who abstained.
//
// Why a sidecar and not the assessment: tokens are secrets and the assessment
// is meant for git and for the report; abstentions and the "open" state are
// not results. The assessment keeps only results, and validates at every moment.
// The sidecar is `<file>.room.json`, written atomically, readable by its owner only.
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { atomicWrite } from '../core/fs/atomic-write.js';
import { newRoomCode, newToken } from './secrets.js';
export function sidecarPath(file) {
    return file.replace(/\.ya?ml$/i, '') + '.room.json';
}
export function freshState(anonymous) {
    return {
        c21lab: 'room/1',
        code: newRoomCode(),
        facilitatorKey: newToken(),
        anonymous,
        tokens: {},
        current: 0,
        open: true,
        revealed: false,
        abstained: {},
    };
}
function isState(value) {
    const v = value;
    return (!!v &&
        v.c21lab === 'room/1' &&
        typeof v.code === 'string' &&
        typeof v.facilitatorKey === 'string' &&
        typeof v.anonymous === 'boolean' &&
        !!v.tokens &&
        typeof v.tokens === 'object' &&
        Number.isInteger(v.current) &&
        typeof v.open === 'boolean' &&
        typeof v.revealed === 'boolean' &&
        !!v.abstained &&
        typeof v.abstained === 'object');
}
/** The saved state, or undefined when there is none; 'corrupt' when the file is there but unreadable as a room. */
export async function readState(path) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    try {
        const parsed = JSON.parse(text);
        return isState(parsed) ? parsed : 'corrupt';
    }
    catch {
        return 'corrupt';
    }
}
export async function writeState(path, state) {
    const text = JSON.stringify(state, null, 2) + '\n';
    // Create it private first: the atomic write then replaces it, and we narrow the mode again after.
    await writeFile(path, '', { flag: 'a', mode: 0o600 });
    await atomicWrite(path, text);
    await chmod(path, 0o600).catch(() => undefined);
}
