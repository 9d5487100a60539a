// The room's secrets: the short room code people type, the facilitator's key
// and each participant's token. All come from node:crypto; comparisons are in
// constant time so a timing difference never tells how much of a guess was right.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
/** No 0/O, 1/I/L: a code read off a projector and typed on a phone. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export function newRoomCode(length = 6) {
    let code = '';
    for (let i = 0; i < length; i++)
        code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    return code;
}
/** 32 random bytes, URL-safe: a facilitator key or a participant token. */
export function newToken() {
    return randomBytes(32).toString('base64url');
}
/** What the sidecar keeps of a participant token: its hash, so the file alone cannot vote. */
export function tokenHash(token) {
    return createHash('sha256').update(token, 'utf8').digest('hex');
}
/** Constant-time equality of two strings (hashed first, so lengths never leak either). */
export function sameSecret(given, expected) {
    const a = createHash('sha256').update(given, 'utf8').digest();
    const b = createHash('sha256').update(expected, 'utf8').digest();
    return timingSafeEqual(a, b);
}
/** Room codes are typed: case and spaces do not matter. */
export function normaliseCode(code) {
    return code.toUpperCase().replace(/[\s-]/g, '');
}
/** An anonymous participant id: random, so it does not reveal the order people joined in. */
export function newAnonymousId(taken) {
    for (;;) {
        const id = `anon-${randomBytes(3).toString('hex')}`;
        if (!taken.has(id))
            return id;
    }
}
