import {
  RoomError
} from "./chunk-TKRNG7DA.js";
import "./chunk-OLRMGEEG.js";
import "./chunk-IDHF2AP4.js";
import {
  participantView,
  projectorView
} from "./chunk-C7EUDN6E.js";
import {
  refusalReason,
  refusalWhat,
  refusalWho
} from "./chunk-OWY6T33T.js";
import {
  roomPageMessages
} from "./chunk-V7TOTA77.js";
import "./chunk-WT7XNUGS.js";
import "./chunk-J6ASF6TJ.js";
import "./chunk-ZHDPVIQA.js";
import "./chunk-OSN2ZHOE.js";
import "./chunk-MN4DHFGD.js";
import "./chunk-CTN5NAJ7.js";
import "./chunk-BM3PK7SN.js";
import "./chunk-MAVHN6RG.js";
import "./chunk-OGQQ4P3X.js";
import "./chunk-JVVFF545.js";
import "./chunk-DDMMEGKX.js";
import {
  SECTORS,
  isLang
} from "./chunk-33AJFZ56.js";
import "./chunk-7BUI3BKP.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import "./chunk-PRJEF4EG.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-YSR5SL6V.js";
import "./chunk-AWAFN55Q.js";
import "./chunk-SDRMK5ZG.js";
import "./chunk-U7D4YD7Z.js";
import "./chunk-XGZ3H6EM.js";
import "./chunk-VHFQKG57.js";
import "./chunk-YUBBXHND.js";
import "./chunk-VQLYC3U5.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-6EDDZTSC.js";
import "./chunk-24SS6AOI.js";
import "./chunk-32634MZU.js";
import "./chunk-MBAX5HX7.js";
import "./chunk-QKMJRXT4.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/room/server.js
import { readFile } from "node:fs/promises";
import Fastify from "fastify";
import rateLimit from "@fastify/rate-limit";
import QRCode from "qrcode";

// dist/room/events.js
var EventHub = class _EventHub {
  static {
    __name(this, "EventHub");
  }
  delayMs;
  clients = /* @__PURE__ */ new Set();
  timer;
  heartbeat;
  constructor(delayMs = 30) {
    this.delayMs = delayMs;
    this.heartbeat = setInterval(() => {
      for (const c of this.clients)
        c.res.write(": keep-alive\n\n");
    }, 15e3);
    this.heartbeat.unref();
  }
  get size() {
    return this.clients.size;
  }
  /** Streams one owner may hold at once; a further one replaces the oldest (a phone reconnecting after its network dropped). */
  static PER_OWNER = 4;
  add(client) {
    const { res } = client;
    const mine = [...this.clients].filter((c) => c.owner === client.owner);
    for (const old of mine.slice(0, Math.max(0, mine.length - _EventHub.PER_OWNER + 1))) {
      this.clients.delete(old);
      old.res.end();
    }
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store",
      connection: "keep-alive",
      "x-content-type-options": "nosniff"
    });
    this.clients.add(client);
    res.on("close", () => this.clients.delete(client));
    this.send(client);
  }
  send(client) {
    const view = client.view();
    if (view === void 0) {
      client.res.end();
      this.clients.delete(client);
      return;
    }
    const payload = JSON.stringify(view);
    if (payload === client.last)
      return;
    client.last = payload;
    client.res.write(`data: ${payload}

`);
  }
  /** Schedules one update to every screen. */
  changed() {
    this.timer ??= setTimeout(() => {
      this.timer = void 0;
      for (const c of this.clients)
        this.send(c);
    }, this.delayMs);
  }
  close() {
    clearInterval(this.heartbeat);
    if (this.timer)
      clearTimeout(this.timer);
    for (const c of this.clients)
      c.res.end();
    this.clients.clear();
  }
};

// dist/room/schemas.js
var code = { type: "string", minLength: 1, maxLength: 20 };
var itemId = { type: "string", minLength: 1, maxLength: 40 };
var score = { anyOf: [{ type: "number", minimum: -1e3, maximum: 1e3 }, { type: "string", minLength: 0, maxLength: 40 }] };
var claimBody = {
  type: "object",
  additionalProperties: false,
  required: ["code", "id"],
  properties: { code, id: { type: "string", minLength: 1, maxLength: 64 } }
};
var joinBody = {
  type: "object",
  additionalProperties: false,
  required: ["code"],
  properties: { code }
};
var registerBody = {
  type: "object",
  additionalProperties: false,
  required: ["code"],
  properties: {
    code,
    name: { type: "string", maxLength: 80 },
    organisation: { type: "string", maxLength: 120 },
    sector: { enum: [...SECTORS] }
  }
};
var voteBody = {
  type: "object",
  additionalProperties: false,
  required: ["item", "value"],
  properties: { item: itemId, value: score }
};
var controlBody = {
  type: "object",
  additionalProperties: false,
  required: ["action"],
  properties: {
    action: { enum: ["open", "close", "reveal", "hide", "next", "prev", "jump"] },
    index: { type: "integer", minimum: 0, maximum: 1e5 }
  }
};
var agreeBody = {
  type: "object",
  additionalProperties: false,
  required: ["item", "value"],
  properties: { item: itemId, value: { anyOf: [...score.anyOf, { type: "null" }] } }
};
var noteBody = {
  type: "object",
  additionalProperties: false,
  required: ["item", "notes"],
  properties: { item: itemId, notes: { type: "string", maxLength: 4e3 } }
};
var releaseBody = {
  type: "object",
  additionalProperties: false,
  required: ["id"],
  properties: { id: { type: "string", minLength: 1, maxLength: 64 } }
};

// dist/room/server.js
var ASSETS_DIR = new URL("../../templates/room/", import.meta.url);
var ASSETS = {
  "room.css": "text/css; charset=utf-8",
  "common.js": "text/javascript; charset=utf-8",
  "participant.js": "text/javascript; charset=utf-8",
  "projector.js": "text/javascript; charset=utf-8"
};
var PAGES = { participant: "participant.html", projector: "projector.html" };
var SECURITY_HEADERS = {
  "content-security-policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cross-origin-resource-policy": "same-origin"
};
function langOf(req, fallback) {
  const asked = req.headers["x-room-lang"];
  if (isLang(asked))
    return asked;
  const accept = String(req.headers["accept-language"] ?? "").slice(0, 2).toLowerCase();
  return isLang(accept) ? accept : fallback;
}
__name(langOf, "langOf");
function isStatic(req) {
  return req.method === "GET" && !req.url.startsWith("/api/");
}
__name(isStatic, "isStatic");
function header(req, name) {
  const v = req.headers[name];
  return typeof v === "string" ? v : void 0;
}
__name(header, "header");
async function buildServer(o) {
  const { room } = o;
  const assets = /* @__PURE__ */ new Map();
  for (const name of [...Object.keys(ASSETS), ...Object.values(PAGES)])
    assets.set(name, await readFile(new URL(name, ASSETS_DIR)));
  const hub = new EventHub();
  room.on("change", () => hub.changed());
  const app = Fastify({
    logger: false,
    bodyLimit: 8 * 1024,
    // Bodies are checked as they are: no coercion, nothing extra silently removed.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
    return503OnClosing: true,
    // A request must arrive whole within 10 s (a slow drip of bytes cannot hold a connection);
    // the live streams are responses, which this does not limit.
    requestTimeout: 1e4,
    forceCloseConnections: true
  });
  const fail = /* @__PURE__ */ __name((req, reply, status, key, detail) => {
    const lang = langOf(req, o.lang);
    if (status < 500)
      refusedTo(req, status, key, detail);
    return reply.code(status).header("cache-control", "no-store").send({ error: key, message: refusalReason(key, detail, lang) });
  }, "fail");
  const refusedTo = /* @__PURE__ */ __name((req, status, key, detail) => {
    if (!o.onRefused)
      return;
    const route = req.routeOptions.url;
    if (route === void 0 && req.method === "GET" && !req.url.startsWith("/api/"))
      return;
    o.onRefused({ status, key, ...detail ? { detail } : {}, who: refusalWho(room, req, route), what: refusalWhat(req, route) });
  }, "refusedTo");
  app.addHook("onSend", async (_req, reply) => {
    reply.headers(SECURITY_HEADERS);
  });
  app.addHook("onRequest", async (req, reply) => {
    if (req.method === "GET" || req.method === "HEAD")
      return;
    const origin = header(req, "origin");
    const host = header(req, "host");
    if (origin !== void 0 && origin !== `http://${host}`)
      return fail(req, reply, 403, "errForeignOrigin");
    if (header(req, "sec-fetch-site") === "cross-site")
      return fail(req, reply, 403, "errForeignOrigin");
  });
  const rate = o.rate ?? { perToken: 20, perAddress: 20 };
  await app.register(rateLimit, {
    global: true,
    timeWindow: 1e3,
    // Pages and their files (served from memory) have their own, wider limit per address:
    // a room of phones loading the page together must not use up the API's.
    max: /* @__PURE__ */ __name((req) => isStatic(req) ? rate.perAddress * 10 : header(req, "x-room-token") || header(req, "x-room-key") ? rate.perToken : rate.perAddress, "max"),
    keyGenerator: /* @__PURE__ */ __name((req) => isStatic(req) ? `static ${req.ip}` : header(req, "x-room-token")?.slice(0, 100) ?? header(req, "x-room-key")?.slice(0, 100) ?? req.ip, "keyGenerator"),
    addHeadersOnExceeding: { "x-ratelimit-limit": false, "x-ratelimit-remaining": false, "x-ratelimit-reset": false },
    errorResponseBuilder: /* @__PURE__ */ __name((req, context) => {
      const t = translator(roomPageMessages, langOf(req, o.lang));
      return { statusCode: context.statusCode, error: "errRateLimited", message: t("errRateLimited") };
    }, "errorResponseBuilder")
  });
  app.setErrorHandler((error, req, reply) => {
    if (error instanceof RoomError)
      return fail(req, reply, error.status, error.key, error.detail);
    if (error.statusCode === 429) {
      refusedTo(req, 429, "errRateLimited");
      return reply.code(429).send(error);
    }
    if (error.validation)
      return fail(req, reply, 400, "errInvalid");
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE")
      return fail(req, reply, 413, "errTooLarge");
    if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE")
      return fail(req, reply, 415, "errContentType");
    if (error.code === "FST_ERR_CTP_EMPTY_JSON_BODY" || error.code === "FST_ERR_CTP_INVALID_JSON_BODY" || error instanceof SyntaxError) {
      return fail(req, reply, 400, "errMalformed");
    }
    if (error.statusCode !== void 0 && error.statusCode >= 400 && error.statusCode < 500)
      return fail(req, reply, error.statusCode, "errInvalid");
    o.onInternalError(error);
    return fail(req, reply, 500, "errInternal");
  });
  app.setNotFoundHandler((req, reply) => fail(req, reply, 404, "errNotFound"));
  const page = /* @__PURE__ */ __name((name) => async (_req, reply) => reply.header("cache-control", "no-store").type("text/html; charset=utf-8").send(assets.get(name)), "page");
  app.get("/", page(PAGES.participant));
  app.get("/projector", page(PAGES.projector));
  app.get("/assets/:name", async (req, reply) => {
    const type = Object.hasOwn(ASSETS, req.params.name) ? ASSETS[req.params.name] : void 0;
    if (!type)
      return fail(req, reply, 404, "errNotFound");
    return reply.header("cache-control", "no-cache").type(type).send(assets.get(req.params.name));
  });
  app.get("/api/messages/:lang", async (req, reply) => {
    if (!isLang(req.params.lang))
      return fail(req, reply, 404, "errNotFound");
    return roomPageMessages[req.params.lang];
  });
  app.post("/api/join", { schema: { body: joinBody } }, async (req) => {
    room.checkCode(req.body.code);
    return { city: room.assessment.city, anonymous: room.state.anonymous, participants: room.choosable() };
  });
  app.post("/api/claim", { schema: { body: claimBody } }, async (req) => {
    const { token, participant } = await room.claim(req.body.code, req.body.id);
    return { token, id: participant.id };
  });
  app.post("/api/register", { schema: { body: registerBody } }, async (req) => {
    const { token, participant } = await room.register(req.body.code, req.body);
    return { token, id: participant.id };
  });
  const participantOf = /* @__PURE__ */ __name((req) => {
    const token = header(req, "x-room-token");
    if (!token)
      throw new RoomError(401, "errNoToken");
    const me = room.identify(token);
    if (!me)
      throw new RoomError(401, "errBadToken");
    return me;
  }, "participantOf");
  const facilitator = /* @__PURE__ */ __name((req) => {
    const key = header(req, "x-room-key");
    if (!key)
      throw new RoomError(401, "errNoKey");
    if (!room.isFacilitator(key))
      throw new RoomError(403, "errBadKey");
  }, "facilitator");
  app.get("/api/me", async (req) => participantView(room, participantOf(req), langOf(req, o.lang)));
  app.post("/api/vote", { schema: { body: voteBody } }, async (req) => {
    const me = participantOf(req);
    await room.vote(me, req.body.item, req.body.value);
    return participantView(room, me, langOf(req, o.lang));
  });
  app.get("/api/projector", async (req) => {
    facilitator(req);
    return projectorView(room, langOf(req, o.lang), o.joinUrl());
  });
  app.get("/api/qr.svg", async (req, reply) => {
    facilitator(req);
    const svg = await QRCode.toString(`${o.joinUrl()}#code=${room.state.code}`, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
    return reply.type("image/svg+xml").header("cache-control", "no-store").send(svg);
  });
  app.post("/api/control", { schema: { body: controlBody } }, async (req) => {
    facilitator(req);
    await room.control(req.body.action, req.body.index);
    return projectorView(room, langOf(req, o.lang), o.joinUrl());
  });
  app.post("/api/release", { schema: { body: releaseBody } }, async (req) => {
    facilitator(req);
    await room.release(req.body.id);
    return projectorView(room, langOf(req, o.lang), o.joinUrl());
  });
  app.post("/api/agree", { schema: { body: agreeBody } }, async (req) => {
    facilitator(req);
    await room.agree(req.body.item, req.body.value);
    return projectorView(room, langOf(req, o.lang), o.joinUrl());
  });
  app.post("/api/note", { schema: { body: noteBody } }, async (req) => {
    facilitator(req);
    await room.note(req.body.item, req.body.notes);
    return projectorView(room, langOf(req, o.lang), o.joinUrl());
  });
  app.get("/api/events", async (req, reply) => {
    const lang = langOf(req, o.lang);
    let view;
    if (header(req, "x-room-key") !== void 0) {
      facilitator(req);
      view = /* @__PURE__ */ __name(() => projectorView(room, lang, o.joinUrl()), "view");
    } else {
      participantOf(req);
      const token = header(req, "x-room-token");
      view = /* @__PURE__ */ __name(() => {
        const still = room.identify(token);
        return still ? participantView(room, still, lang) : void 0;
      }, "view");
    }
    reply.hijack();
    hub.add({ res: reply.raw, view, owner: header(req, "x-room-key") ?? header(req, "x-room-token") ?? "" });
  });
  return { app, hub };
}
__name(buildServer, "buildServer");
export {
  buildServer
};
