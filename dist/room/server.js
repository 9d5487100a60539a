// The room's HTTP server (fastify): static pages, a small JSON API and the
// live-update streams. Every body is checked against a schema (schemas.ts),
// bodies are limited to 8 KiB, requests are rate-limited per token (or per
// address before joining), state changes need a token header, a JSON body and
// a same-origin Origin, and every error is a short JSON message in the
// screen's language: never a stack trace.
import { readFile } from 'node:fs/promises';
import Fastify from 'fastify';
import rateLimit from '@fastify/rate-limit';
import QRCode from 'qrcode';
import { isLang } from '../core/lang.js';
import { translator } from '../i18n/define.js';
import { roomPageMessages } from '../i18n/room.js';
import { EventHub } from './events.js';
import { RoomError } from './room.js';
import { refusalReason, refusalWhat, refusalWho } from './refusals.js';
import { agreeBody, claimBody, controlBody, joinBody, noteBody, registerBody, releaseBody, voteBody } from './schemas.js';
import { participantView, projectorView } from './views.js';
const ASSETS_DIR = new URL('../../templates/room/', import.meta.url);
const ASSETS = {
    'room.css': 'text/css; charset=utf-8',
    'common.js': 'text/javascript; charset=utf-8',
    'participant.js': 'text/javascript; charset=utf-8',
    'projector.js': 'text/javascript; charset=utf-8',
};
const PAGES = { participant: 'participant.html', projector: 'projector.html' };
const SECURITY_HEADERS = {
    'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-resource-policy': 'same-origin',
};
function langOf(req, fallback) {
    const asked = req.headers['x-room-lang'];
    if (isLang(asked))
        return asked;
    const accept = String(req.headers['accept-language'] ?? '').slice(0, 2).toLowerCase();
    return isLang(accept) ? accept : fallback;
}
function isStatic(req) {
    return req.method === 'GET' && !req.url.startsWith('/api/');
}
function header(req, name) {
    const v = req.headers[name];
    return typeof v === 'string' ? v : undefined;
}
export async function buildServer(o) {
    const { room } = o;
    const assets = new Map();
    for (const name of [...Object.keys(ASSETS), ...Object.values(PAGES)])
        assets.set(name, await readFile(new URL(name, ASSETS_DIR)));
    const hub = new EventHub();
    room.on('change', () => hub.changed());
    const app = Fastify({
        logger: false,
        bodyLimit: 8 * 1024,
        // Bodies are checked as they are: no coercion, nothing extra silently removed.
        ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
        return503OnClosing: true,
        // A request must arrive whole within 10 s (a slow drip of bytes cannot hold a connection);
        // the live streams are responses, which this does not limit.
        requestTimeout: 10_000,
        forceCloseConnections: true,
    });
    /** Every 4xx answer goes through here: the phone gets its message, the facilitator's terminal is told (onRefused). */
    const fail = (req, reply, status, key, detail) => {
        const lang = langOf(req, o.lang);
        if (status < 500)
            refusedTo(req, status, key, detail);
        return reply.code(status).header('cache-control', 'no-store').send({ error: key, message: refusalReason(key, detail, lang) });
    };
    const refusedTo = (req, status, key, detail) => {
        if (!o.onRefused)
            return;
        const route = req.routeOptions.url;
        // A page's file the browser asks for on its own (a favicon) is no one's action.
        if (route === undefined && req.method === 'GET' && !req.url.startsWith('/api/'))
            return;
        o.onRefused({ status, key, ...(detail ? { detail } : {}), who: refusalWho(room, req, route), what: refusalWhat(req, route) });
    };
    app.addHook('onSend', async (_req, reply) => {
        reply.headers(SECURITY_HEADERS);
    });
    // A cross-site page can send a form or a fetch to the room; it can never send
    // our token header without a CORS preflight we never answer, and its Origin
    // gives it away. Both are checked on every state change.
    app.addHook('onRequest', async (req, reply) => {
        if (req.method === 'GET' || req.method === 'HEAD')
            return;
        const origin = header(req, 'origin');
        const host = header(req, 'host');
        if (origin !== undefined && origin !== `http://${host}`)
            return fail(req, reply, 403, 'errForeignOrigin');
        if (header(req, 'sec-fetch-site') === 'cross-site')
            return fail(req, reply, 403, 'errForeignOrigin');
    });
    const rate = o.rate ?? { perToken: 20, perAddress: 20 };
    await app.register(rateLimit, {
        global: true,
        timeWindow: 1000,
        // Pages and their files (served from memory) have their own, wider limit per address:
        // a room of phones loading the page together must not use up the API's.
        max: (req) => (isStatic(req) ? rate.perAddress * 10 : header(req, 'x-room-token') || header(req, 'x-room-key') ? rate.perToken : rate.perAddress),
        keyGenerator: (req) => isStatic(req) ? `static ${req.ip}` : (header(req, 'x-room-token')?.slice(0, 100) ?? header(req, 'x-room-key')?.slice(0, 100) ?? req.ip),
        addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
        errorResponseBuilder: (req, context) => {
            const t = translator(roomPageMessages, langOf(req, o.lang));
            return { statusCode: context.statusCode, error: 'errRateLimited', message: t('errRateLimited') };
        },
    });
    app.setErrorHandler((error, req, reply) => {
        if (error instanceof RoomError)
            return fail(req, reply, error.status, error.key, error.detail);
        if (error.statusCode === 429) {
            refusedTo(req, 429, 'errRateLimited');
            return reply.code(429).send(error);
        }
        if (error.validation)
            return fail(req, reply, 400, 'errInvalid');
        if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
            return fail(req, reply, 413, 'errTooLarge');
        if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
            return fail(req, reply, 415, 'errContentType');
        if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
            return fail(req, reply, 400, 'errMalformed');
        }
        if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500)
            return fail(req, reply, error.statusCode, 'errInvalid');
        o.onInternalError(error);
        return fail(req, reply, 500, 'errInternal');
    });
    app.setNotFoundHandler((req, reply) => fail(req, reply, 404, 'errNotFound'));
    const page = (name) => async (_req, reply) => reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(assets.get(name));
    app.get('/', page(PAGES.participant));
    app.get('/projector', page(PAGES.projector));
    app.get('/assets/:name', async (req, reply) => {
        const type = Object.hasOwn(ASSETS, req.params.name) ? ASSETS[req.params.name] : undefined;
        if (!type)
            return fail(req, reply, 404, 'errNotFound');
        return reply.header('cache-control', 'no-cache').type(type).send(assets.get(req.params.name));
    });
    app.get('/api/messages/:lang', async (req, reply) => {
        if (!isLang(req.params.lang))
            return fail(req, reply, 404, 'errNotFound');
        return roomPageMessages[req.params.lang];
    });
    // Joining: the code first, then a name from the list or a new one.
    app.post('/api/join', { schema: { body: joinBody } }, async (req) => {
        room.checkCode(req.body.code);
        return { city: room.assessment.city, anonymous: room.state.anonymous, participants: room.choosable() };
    });
    app.post('/api/claim', { schema: { body: claimBody } }, async (req) => {
        const { token, participant } = await room.claim(req.body.code, req.body.id);
        return { token, id: participant.id };
    });
    app.post('/api/register', { schema: { body: registerBody } }, async (req) => {
        const { token, participant } = await room.register(req.body.code, req.body);
        return { token, id: participant.id };
    });
    const participantOf = (req) => {
        const token = header(req, 'x-room-token');
        if (!token)
            throw new RoomError(401, 'errNoToken');
        const me = room.identify(token);
        if (!me)
            throw new RoomError(401, 'errBadToken');
        return me;
    };
    const facilitator = (req) => {
        const key = header(req, 'x-room-key');
        if (!key)
            throw new RoomError(401, 'errNoKey');
        if (!room.isFacilitator(key))
            throw new RoomError(403, 'errBadKey');
    };
    app.get('/api/me', async (req) => participantView(room, participantOf(req), langOf(req, o.lang)));
    app.post('/api/vote', { schema: { body: voteBody } }, async (req) => {
        const me = participantOf(req);
        await room.vote(me, req.body.item, req.body.value);
        return participantView(room, me, langOf(req, o.lang));
    });
    app.get('/api/projector', async (req) => {
        facilitator(req);
        return projectorView(room, langOf(req, o.lang), o.joinUrl());
    });
    app.get('/api/qr.svg', async (req, reply) => {
        facilitator(req);
        const svg = await QRCode.toString(`${o.joinUrl()}#code=${room.state.code}`, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
        return reply.type('image/svg+xml').header('cache-control', 'no-store').send(svg);
    });
    app.post('/api/control', { schema: { body: controlBody } }, async (req) => {
        facilitator(req);
        await room.control(req.body.action, req.body.index);
        return projectorView(room, langOf(req, o.lang), o.joinUrl());
    });
    app.post('/api/release', { schema: { body: releaseBody } }, async (req) => {
        facilitator(req);
        await room.release(req.body.id);
        return projectorView(room, langOf(req, o.lang), o.joinUrl());
    });
    app.post('/api/agree', { schema: { body: agreeBody } }, async (req) => {
        facilitator(req);
        await room.agree(req.body.item, req.body.value);
        return projectorView(room, langOf(req, o.lang), o.joinUrl());
    });
    app.post('/api/note', { schema: { body: noteBody } }, async (req) => {
        facilitator(req);
        await room.note(req.body.item, req.body.notes);
        return projectorView(room, langOf(req, o.lang), o.joinUrl());
    });
    // The live streams: fetched with the token in a header (not in the URL), so secrets never sit in a link.
    app.get('/api/events', async (req, reply) => {
        const lang = langOf(req, o.lang);
        let view;
        if (header(req, 'x-room-key') !== undefined) {
            facilitator(req);
            view = () => projectorView(room, lang, o.joinUrl());
        }
        else {
            participantOf(req);
            const token = header(req, 'x-room-token');
            // A freed name (or a removed participant) ends the stream: the phone then asks to join again.
            view = () => {
                const still = room.identify(token);
                return still ? participantView(room, still, lang) : undefined;
            };
        }
        reply.hijack();
        hub.add({ res: reply.raw, view, owner: header(req, 'x-room-key') ?? header(req, 'x-room-token') ?? '' });
    });
    return { app, hub };
}
