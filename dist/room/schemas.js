// The shape of every request body the room accepts. Fastify checks each body
// against its schema before a handler runs; nothing extra is allowed or
// silently dropped, and every string has a length limit.
import { SECTORS } from '../core/types.js';
const code = { type: 'string', minLength: 1, maxLength: 20 };
const itemId = { type: 'string', minLength: 1, maxLength: 40 };
const score = { oneOf: [{ type: 'integer', minimum: -1000, maximum: 1000 }, { const: 'n/a' }] };
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
    properties: { item: itemId, value: { oneOf: [...score.oneOf, { const: 'abstain' }] } },
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
    properties: { item: itemId, value: { oneOf: [...score.oneOf, { type: 'null' }] } },
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
