// The shape of every request body the room accepts. Fastify checks each body
// against its schema before a handler runs; nothing extra is allowed or
// silently dropped, and every string has a length limit.
import { SECTORS } from '../core/types.js';
const code = { type: 'string', minLength: 1, maxLength: 20 };
const itemId = { type: 'string', minLength: 1, maxLength: 40 };
// A score is any number or short text here: the room's model reads it with the one
// parser of core/values.ts, so a phone, `set` and the walkthrough accept and refuse
// the same values (`7`, "7", "s.o."; not 7.5, "0x7", "1e1") with the same message.
const score = { anyOf: [{ type: 'number', minimum: -1000, maximum: 1000 }, { type: 'string', minLength: 0, maxLength: 40 }] };
export const claimBody = {
    type: 'object',
    additionalProperties: false,
    required: ['code', 'id'],
    properties: { code, id: { type: 'string', minLength: 1, maxLength: 64 } },
};
export const joinBody = {
    type: 'object',
    additionalProperties: false,
    required: ['code'],
    properties: { code },
};
export const registerBody = {
    type: 'object',
    additionalProperties: false,
    required: ['code'],
    properties: {
        code,
        name: { type: 'string', maxLength: 80 },
        organisation: { type: 'string', maxLength: 120 },
        sector: { enum: [...SECTORS] },
    },
};
export const voteBody = {
    type: 'object',
    additionalProperties: false,
    required: ['item', 'value'],
    properties: { item: itemId, value: score },
};
export const controlBody = {
    type: 'object',
    additionalProperties: false,
    required: ['action'],
    properties: {
        action: { enum: ['open', 'close', 'reveal', 'hide', 'next', 'prev', 'jump'] },
        index: { type: 'integer', minimum: 0, maximum: 100000 },
    },
};
export const agreeBody = {
    type: 'object',
    additionalProperties: false,
    required: ['item', 'value'],
    properties: { item: itemId, value: { anyOf: [...score.anyOf, { type: 'null' }] } },
};
export const noteBody = {
    type: 'object',
    additionalProperties: false,
    required: ['item', 'notes'],
    properties: { item: itemId, notes: { type: 'string', maxLength: 4000 } },
};
export const releaseBody = {
    type: 'object',
    additionalProperties: false,
    required: ['id'],
    properties: { id: { type: 'string', minLength: 1, maxLength: 64 } },
};
