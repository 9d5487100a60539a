import "./chunk-QB3L5QAV.js";
import {
  buildItems,
  firstItemOf,
  progress,
  resultOf
} from "./chunk-ACADUGE2.js";
import "./chunk-6WC2P2DX.js";
import {
  scoreTable
} from "./chunk-YHYAGERO.js";
import "./chunk-32UPQTEW.js";
import {
  scoreFile
} from "./chunk-IVBLSKZP.js";
import {
  scoreMessages
} from "./chunk-GX3SERM7.js";
import "./chunk-MAVHN6RG.js";
import {
  bandOf,
  round,
  roundSpread,
  stats
} from "./chunk-COHI7RYH.js";
import {
  roomMessages,
  roomPageMessages
} from "./chunk-424WHKVQ.js";
import {
  addParticipant,
  clearScore,
  deleteIn,
  itemPath,
  nextParticipantId,
  openAssessment,
  setNotes,
  setScore,
  setVote,
  setVotes
} from "./chunk-OZVBKZ4R.js";
import "./chunk-7OUNB2G2.js";
import "./chunk-4QM3XXAH.js";
import {
  saveDocument
} from "./chunk-SBVRGC7F.js";
import {
  atomicWrite
} from "./chunk-R3OE72S3.js";
import {
  writeLine
} from "./chunk-LRCMA3RU.js";
import {
  YAML_OPTIONS,
  parseItemId,
  parseParticipantId,
  parseScoreInput,
  stripBom
} from "./chunk-22C5BNJH.js";
import "./chunk-4DPCYR2Y.js";
import "./chunk-STYSJCYH.js";
import {
  EXIT_OK,
  UsageError
} from "./chunk-EV44LTU6.js";
import {
  SECTORS,
  isLang,
  pick
} from "./chunk-33AJFZ56.js";
import "./chunk-662D3GRZ.js";
import "./chunk-F2OHDRQX.js";
import {
  itemIdMessage,
  participantIdMessage,
  scoreMessage
} from "./chunk-AWUMD5N3.js";
import {
  translator
} from "./chunk-HIJOWT7U.js";
import {
  seriesLabels
} from "./chunk-Y5THGLXN.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/room/network.js
import { networkInterfaces } from "node:os";
function isPrivate(ip) {
  return /^10\./.test(ip) || /^192\.168\./.test(ip) || /^172\.(1[6-9]|2\d|3[01])\./.test(ip);
}
__name(isPrivate, "isPrivate");
function looksVirtual(name) {
  return /^(docker|br-|veth|virbr|vmnet|vboxnet|tun|tap|wg|zt|utun|lxc|cni|flannel)/i.test(name);
}
__name(looksVirtual, "looksVirtual");
function lanAddresses(ifaces = networkInterfaces()) {
  const found = [];
  for (const [iface, list] of Object.entries(ifaces)) {
    for (const a of list ?? []) {
      if (a.family === "IPv4" && !a.internal)
        found.push({ address: a.address, iface });
    }
  }
  const rank = /* @__PURE__ */ __name((a) => (isPrivate(a.address) ? 0 : 2) + (looksVirtual(a.iface) ? 1 : 0), "rank");
  return found.sort((a, b) => rank(a) - rank(b) || a.iface.localeCompare(b.iface));
}
__name(lanAddresses, "lanAddresses");
function urlHost(address) {
  return address.includes(":") ? `[${address}]` : address;
}
__name(urlHost, "urlHost");

// dist/room/room.js
import { EventEmitter } from "node:events";
import { parseDocument } from "yaml";

// dist/room/secrets.js
import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
var CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
function newRoomCode(length = 6) {
  let code2 = "";
  for (let i = 0; i < length; i++)
    code2 += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code2;
}
__name(newRoomCode, "newRoomCode");
function newToken() {
  return randomBytes(32).toString("base64url");
}
__name(newToken, "newToken");
function tokenHash(token) {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
__name(tokenHash, "tokenHash");
function sameSecret(given, expected) {
  const a = createHash("sha256").update(given, "utf8").digest();
  const b = createHash("sha256").update(expected, "utf8").digest();
  return timingSafeEqual(a, b);
}
__name(sameSecret, "sameSecret");
function normaliseCode(code2) {
  return code2.toUpperCase().replace(/[\s-]/g, "");
}
__name(normaliseCode, "normaliseCode");
function newAnonymousId(taken) {
  for (; ; ) {
    const id = `anon-${randomBytes(3).toString("hex")}`;
    if (!taken.has(id))
      return id;
  }
}
__name(newAnonymousId, "newAnonymousId");

// dist/room/sidecar.js
import { chmod, readFile, writeFile } from "node:fs/promises";
function sidecarPath(file) {
  return file.replace(/\.ya?ml$/i, "") + ".room.json";
}
__name(sidecarPath, "sidecarPath");
function freshState(anonymous) {
  return {
    c21lab: "room/1",
    code: newRoomCode(),
    facilitatorKey: newToken(),
    anonymous,
    tokens: {},
    current: 0,
    open: true,
    revealed: false,
    abstained: {}
  };
}
__name(freshState, "freshState");
function isState(value) {
  const v = value;
  return !!v && v.c21lab === "room/1" && typeof v.code === "string" && typeof v.facilitatorKey === "string" && typeof v.anonymous === "boolean" && !!v.tokens && typeof v.tokens === "object" && Number.isInteger(v.current) && typeof v.open === "boolean" && typeof v.revealed === "boolean" && !!v.abstained && typeof v.abstained === "object";
}
__name(isState, "isState");
async function readState(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT")
      return void 0;
    throw error;
  }
  try {
    const parsed = JSON.parse(text);
    return isState(parsed) ? parsed : "corrupt";
  } catch {
    return "corrupt";
  }
}
__name(readState, "readState");
async function writeState(path, state) {
  const text = JSON.stringify(state, null, 2) + "\n";
  await writeFile(path, "", { flag: "a", mode: 384 });
  await atomicWrite(path, text);
  await chmod(path, 384).catch(() => void 0);
}
__name(writeState, "writeState");

// dist/room/vote-batch.js
var INTEGER_KEY = /^(0|[1-9]\d*)$/;
var VoteBatch = class {
  static {
    __name(this, "VoteBatch");
  }
  queue;
  assessment;
  open = /* @__PURE__ */ new Map();
  constructor(queue, assessment) {
    this.queue = queue;
    this.assessment = assessment;
  }
  set(item, participant, value) {
    const pending = this.open.get(item.index);
    if (pending) {
      pending.changes.set(participant, value);
      return pending.done;
    }
    const batch = { item, changes: /* @__PURE__ */ new Map([[participant, value]]), done: Promise.resolve() };
    this.open.set(item.index, batch);
    let result;
    const edit = Object.assign((text) => {
      this.open.delete(item.index);
      const applied = this.apply(text, batch);
      result = applied.votes;
      return applied.text;
    }, { mirror: /* @__PURE__ */ __name((a) => result && setModelVotes(a, item, result), "mirror") });
    batch.done = this.queue.edit(edit);
    return batch.done;
  }
  /** The edited text, and the item's votes as they now are (undefined when nothing changed). */
  apply(text, batch) {
    const { item, changes } = batch;
    const c = item.commitment.id;
    const a = item.action?.id;
    const current = resultOf(this.assessment(), item).votes ?? {};
    const merged = { ...current };
    for (const [id, value] of changes) {
      if (value === null)
        delete merged[id];
      else
        merged[id] = value;
    }
    if (JSON.stringify(merged) === JSON.stringify(current))
      return { text };
    if (changes.size === 1 || [...changes.keys(), ...Object.keys(current)].some((k) => INTEGER_KEY.test(k))) {
      let next = text;
      for (const [id, value] of changes) {
        if (value === null)
          next = deleteIn(next, [...itemPath(c, a), "votes", id]);
        else if (current[id] !== value)
          next = setVote(next, c, a, id, value);
      }
      return { text: next, votes: merged };
    }
    return { text: setVotes(text, c, a, merged), votes: merged };
  }
};
function setModelVotes(a, item, votes) {
  const commitments = a.commitments ??= {};
  const c = commitments[item.commitment.id] ??= {};
  const target = item.action ? (c.actions ??= {})[item.action.id] ??= {} : c;
  target.votes = { ...votes };
}
__name(setModelVotes, "setModelVotes");

// dist/room/write-queue.js
var WriteQueue = class {
  static {
    __name(this, "WriteQueue");
  }
  write;
  pending = [];
  running;
  /** `write` applies the edits in order and saves once; it returns, per edit, the error that edit threw (or undefined). */
  constructor(write) {
    this.write = write;
  }
  /** Applies `edit` to the file's text in the next write; resolves once it is on disk. */
  edit(edit) {
    return this.push({ edit });
  }
  /** Runs `task` (e.g. the sidecar write) in turn with the file's writes. */
  run(task) {
    return this.push({ task });
  }
  async drain() {
    while (this.running)
      await this.running.catch(() => void 0);
  }
  push(p) {
    return new Promise((resolve, reject) => {
      this.pending.push({ ...p, resolve, reject });
      this.running ??= this.loop().finally(() => this.running = void 0);
    });
  }
  async loop() {
    while (this.pending.length) {
      const batch = this.pending;
      this.pending = [];
      let i = 0;
      while (i < batch.length) {
        const group = [];
        while (i < batch.length && batch[i]?.edit)
          group.push(batch[i++]);
        if (group.length)
          await this.writeGroup(group);
        const task = batch[i];
        if (task?.task) {
          i++;
          await this.settle([task], task.task);
        }
      }
    }
  }
  /** One bad edit (it throws) must not sink the others in its group; a failed save fails them all. */
  async writeGroup(group) {
    try {
      const errors = await this.write(group.map((p) => p.edit));
      group.forEach((p, i) => errors[i] === void 0 ? p.resolve() : p.reject(errors[i]));
    } catch (error) {
      for (const p of group)
        p.reject(error);
    }
  }
  async settle(group, work) {
    try {
      await work();
      for (const p of group)
        p.resolve();
    } catch (error) {
      for (const p of group)
        p.reject(error);
    }
  }
};

// dist/room/room.js
var RoomError = class extends Error {
  static {
    __name(this, "RoomError");
  }
  status;
  key;
  detail;
  constructor(status, key, detail) {
    super(key);
    this.status = status;
    this.key = key;
    this.detail = detail;
    this.name = "RoomError";
  }
};
function parse(text) {
  return parseDocument(stripBom(text), YAML_OPTIONS).toJS();
}
__name(parse, "parse");
var Room = class extends EventEmitter {
  static {
    __name(this, "Room");
  }
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
    this.queue = new WriteQueue(async (edits) => {
      let next = this.text;
      const mirrors = [];
      let reparse = false;
      const errors = edits.map((edit) => {
        try {
          const before = next;
          next = edit(next);
          const mirror = edit.mirror;
          if (mirror)
            mirrors.push(mirror);
          else if (next !== before)
            reparse = true;
          return void 0;
        } catch (error) {
          return error;
        }
      });
      if (next !== this.text) {
        await save(this.file, next);
        this.text = next;
        if (reparse)
          this.assessment = parse(next);
        else
          for (const mirror of mirrors)
            mirror(this.assessment);
      }
      return errors;
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
    this.emit("change");
  }
  async persistState() {
    await this.queue.run(() => this.saveState(this.statePath, this.state));
  }
  checkCode(code2) {
    if (!sameSecret(normaliseCode(code2), this.state.code))
      throw new RoomError(403, "errBadCode");
  }
  isFacilitator(key) {
    return typeof key === "string" && sameSecret(key, this.state.facilitatorKey);
  }
  /** The participant a token belongs to, or undefined. */
  identify(token) {
    if (typeof token !== "string" || token.length === 0 || token.length > 100)
      return void 0;
    const hash = tokenHash(token);
    const id = Object.hasOwn(this.state.tokens, hash) ? this.state.tokens[hash] : void 0;
    if (id === void 0)
      return void 0;
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
    return this.participants.filter((p) => !p.id.startsWith("anon-")).map((p) => ({ id: p.id, name: p.name, ...p.organisation ? { organisation: p.organisation } : {}, taken: claimed.has(p.id) }));
  }
  async issueToken(id) {
    const token = newToken();
    this.state.tokens[tokenHash(token)] = id;
    await this.persistState();
    return token;
  }
  /** Picks a name from the file's participants: one phone per person. */
  async claim(code2, id) {
    this.checkCode(code2);
    if (this.state.anonymous)
      throw new RoomError(403, "errAnonymousPick");
    const who = parseParticipantId(id, this.participants.map((p) => p.id), { verbatim: true });
    if (!who.ok)
      throw new RoomError(404, "errNoSuchParticipant", { kind: "participant", problem: who });
    const participant = this.participants.find((p) => p.id === who.id);
    if (!participant)
      throw new RoomError(404, "errNoSuchParticipant");
    if (this.claimed().has(id))
      throw new RoomError(409, "errTaken");
    const token = await this.issueToken(id);
    this.changed();
    return { token, participant };
  }
  /** A new participant: added to the file, then given a token. Anonymous rooms keep only the sector. */
  async register(code2, who) {
    this.checkCode(code2);
    const name = (who.name ?? "").trim();
    const organisation = (who.organisation ?? "").trim();
    let participant;
    const taken = new Set(this.participants.map((p) => p.id));
    if (this.state.anonymous) {
      const id = newAnonymousId(taken);
      participant = { id, name: id, ...who.sector ? { sector: who.sector } : {} };
    } else {
      if (!name)
        throw new RoomError(400, "errNameRequired");
      participant = {
        id: nextParticipantId(this.participants),
        name,
        ...organisation ? { organisation } : {},
        ...who.sector ? { sector: who.sector } : {}
      };
    }
    let added = participant;
    await this.queue.edit((text) => {
      const list = parse(text).participants ?? [];
      added = this.state.anonymous ? participant : { ...participant, id: nextParticipantId(list) };
      return addParticipant(text, added);
    });
    const token = await this.issueToken(added.id);
    this.changed();
    return { token, participant: added };
  }
  requireCurrent(itemId2) {
    const parsed = parseItemId(itemId2, this.fw, "item");
    if (!parsed.ok)
      throw new RoomError(400, "errNoSuchItem", { kind: "item", problem: parsed });
    if (parsed.id !== this.current.id)
      throw new RoomError(409, "errNotCurrent");
    return this.current;
  }
  /** The one reading of a score (core/values.ts): the room accepts and refuses what `set` and the walkthrough do. */
  checkValue(value) {
    const parsed = parseScoreInput(value, this.fw.scale);
    if (parsed.ok)
      return parsed.value;
    throw new RoomError(400, "errOffScale", { kind: "score", problem: parsed, value: String(value), scale: this.fw.scale });
  }
  /** A participant's vote (or abstention) on the current item, while it is open. */
  /** `value` as sent: a number or a typed text, read by checkValue (or `abstain`). */
  async vote(participant, itemId2, value) {
    const item = this.requireCurrent(itemId2);
    if (!this.state.open)
      throw new RoomError(409, "errClosed");
    const abstained = new Set(this.state.abstained[item.id] ?? []);
    if (value === "abstain") {
      await this.votes.set(item, participant.id, null);
      if (!abstained.has(participant.id)) {
        this.state.abstained[item.id] = [...abstained, participant.id];
        await this.persistState();
      }
    } else {
      const score2 = this.checkValue(value);
      await this.votes.set(item, participant.id, score2);
      if (abstained.delete(participant.id)) {
        this.state.abstained[item.id] = [...abstained];
        await this.persistState();
      }
    }
    this.changed();
  }
  myVote(participant, item = this.current) {
    const vote = resultOf(this.assessment, item).votes?.[participant.id];
    if (vote !== void 0)
      return vote;
    return (this.state.abstained[item.id] ?? []).includes(participant.id) ? "abstain" : null;
  }
  /** Frees a name taken on a phone that was lost or handed back: its token stops working, and the name can be picked again. */
  async release(id) {
    const hashes = Object.entries(this.state.tokens).filter(([, pid]) => pid === id);
    if (hashes.length === 0)
      throw new RoomError(404, "errNotJoined");
    for (const [hash] of hashes)
      delete this.state.tokens[hash];
    await this.persistState();
    this.changed();
  }
  async control(action, target) {
    const s = this.state;
    const move = /* @__PURE__ */ __name((to) => {
      if (to < 0 || to >= this.items.length)
        throw new RoomError(400, "errNoSuchItem");
      if (to !== s.current) {
        s.current = to;
        s.open = true;
        s.revealed = false;
      }
    }, "move");
    if (action === "open")
      s.open = true;
    else if (action === "close")
      s.open = false;
    else if (action === "reveal")
      s.revealed = true;
    else if (action === "hide")
      s.revealed = false;
    else if (action === "next")
      move(Math.min(s.current + 1, this.items.length - 1));
    else if (action === "prev")
      move(Math.max(s.current - 1, 0));
    else if (action === "jump")
      move(target ?? -1);
    await this.persistState();
    this.changed();
  }
  /** The agreed score of the current item (null clears it). */
  async agree(itemId2, value) {
    const item = this.requireCurrent(itemId2);
    const score2 = value === null ? null : this.checkValue(value);
    await this.queue.edit((text) => score2 === null ? clearScore(text, item.commitment.id, item.action?.id) : setScore(text, item.commitment.id, item.action?.id, score2));
    this.changed();
  }
  async note(itemId2, notes) {
    const item = this.requireCurrent(itemId2);
    const clean = notes.trim();
    if (clean === (resultOf(this.assessment, item).notes ?? ""))
      return;
    await this.queue.edit((text) => clean ? setNotes(text, item.commitment.id, item.action?.id, clean) : deleteIn(text, [...itemPath(item.commitment.id, item.action?.id), "notes"]));
    this.changed();
  }
};

// dist/room/server.js
import { readFile as readFile2 } from "node:fs/promises";
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

// dist/room/views.js
function itemView(room, item, lang) {
  const c = item.commitment;
  return {
    index: item.index,
    total: room.items.length,
    id: item.id,
    commitmentId: c.id,
    commitmentNo: item.commitmentNo,
    commitments: room.fw.commitments.length,
    commitmentTitle: pick(c.title, lang),
    action: item.action ? { id: item.action.id, no: item.actionNo, of: c.actions?.length ?? 0, title: pick(item.action.title, lang) } : null,
    description: pick(item.action?.description ?? c.description, lang),
    prompts: item.action ? [] : (c.prompts ?? []).map((p) => pick(p, lang))
  };
}
__name(itemView, "itemView");
function scaleView(room, lang) {
  const { min, max, bands } = room.fw.scale;
  return { min, max, bands: bands.map((b) => ({ id: b.id, min: b.min, max: b.max, label: pick(b.label, lang) })) };
}
__name(scaleView, "scaleView");
function participantView(room, me, lang) {
  const item = room.current;
  return {
    kind: "participant",
    city: room.assessment.city,
    anonymous: room.state.anonymous,
    me: { id: me.id, name: room.state.anonymous ? null : me.name },
    item: itemView(room, item, lang),
    open: room.state.open,
    myVote: room.myVote(me),
    agreed: resultOf(room.assessment, item).score ?? null,
    scale: scaleView(room, lang)
  };
}
__name(participantView, "participantView");
function isWide(min, max, scale) {
  return max - min >= (scale.max - scale.min) / 2;
}
__name(isWide, "isWide");
function projectorView(room, lang, joinUrl) {
  const item = room.current;
  const result = resultOf(room.assessment, item);
  const votes = result.votes ?? {};
  const people = new Map(room.participants.map((p) => [p.id, p]));
  const joined = new Set(Object.values(room.state.tokens));
  const abstained = room.state.abstained[item.id] ?? [];
  const { min, max } = room.fw.scale;
  const distribution = [];
  const numbers = Object.values(votes).filter((v) => typeof v === "number");
  for (let v = min; v <= max; v++) {
    const band = bandOf(v, room.fw);
    distribution.push({ value: v, count: numbers.filter((n) => n === v).length, ...band ? { band: band.id } : {} });
  }
  distribution.push({ value: "n/a", count: Object.values(votes).filter((v) => v === "n/a").length });
  distribution.push({ value: "abstain", count: abstained.length });
  const spread = stats(numbers);
  const sectors = /* @__PURE__ */ new Map();
  for (const [id, v] of Object.entries(votes)) {
    if (typeof v !== "number")
      continue;
    const sector = people.get(id)?.sector ?? "none";
    sectors.set(sector, [...sectors.get(sector) ?? [], v]);
  }
  const bySector = [...sectors.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([sector, values]) => {
    const s = stats(values);
    return { sector, n: values.length, mean: s ? round(s.mean, 1) : null, median: s ? round(s.median, 1) : null };
  });
  const revealed = room.state.revealed && !room.state.anonymous;
  return {
    kind: "projector",
    version: room.version,
    city: room.assessment.city,
    date: room.assessment.date,
    code: room.state.code,
    joinUrl,
    anonymous: room.state.anonymous,
    item: itemView(room, item, lang),
    open: room.state.open,
    revealed: room.state.revealed,
    participants: room.participants.length,
    joined: joined.size,
    /** Who has a phone in the room, for "free a name" (ids only in an anonymous room). */
    phones: [...joined].map((id) => ({ id, name: room.state.anonymous ? id : people.get(id)?.name ?? id })).sort((a, b) => a.name.localeCompare(b.name)),
    voted: Object.keys(votes).length,
    abstained: abstained.length,
    distribution,
    stats: spread ? { ...roundSpread(spread, 1), wide: isWide(spread.min, spread.max, room.fw.scale) } : null,
    proposed: spread ? Math.round(spread.median) : null,
    bySector,
    votes: revealed ? Object.entries(votes).map(([id, value]) => ({ id, name: people.get(id)?.name ?? id, value })).sort((a, b) => a.name.localeCompare(b.name)) : null,
    agreed: result.score ?? null,
    notes: result.notes ?? "",
    scale: scaleView(room, lang),
    progress: progress(room.assessment, room.fw, room.items).map((r) => ({
      id: r.commitment.id,
      title: pick(r.commitment.title, lang),
      answered: r.answered,
      total: r.total
    })),
    items: room.items.map((i) => ({ index: i.index, id: i.id, commitmentNo: i.commitmentNo, scored: resultOf(room.assessment, i).score !== void 0 }))
  };
}
__name(projectorView, "projectorView");

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
    assets.set(name, await readFile2(new URL(name, ASSETS_DIR)));
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
  const valueProblemMessage = /* @__PURE__ */ __name((d, key, lang) => {
    if (d.kind === "score")
      return scoreMessage(d.problem, d.value, d.scale, lang);
    if (d.kind === "item")
      return itemIdMessage(d.problem, lang);
    if (d.problem.reason === "unknown" || d.problem.reason === "noParticipants")
      return translator(roomPageMessages, lang)(key);
    return participantIdMessage(d.problem, lang);
  }, "valueProblemMessage");
  const fail = /* @__PURE__ */ __name((req, reply, status, key, detail) => {
    const lang = langOf(req, o.lang);
    const message = detail ? valueProblemMessage(detail, key, lang) : translator(roomPageMessages, lang)(key);
    return reply.code(status).header("cache-control", "no-store").send({ error: key, message });
  }, "fail");
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
    if (error.statusCode === 429)
      return reply.code(429).send(error);
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

// dist/room/mirror.js
function startMirror(room, _lang, t, out, text) {
  let lastHead = "";
  let lastCount = "";
  let lastAgreed = "";
  let timer;
  const show = /* @__PURE__ */ __name(() => {
    timer = void 0;
    const item = room.current;
    const title = item.action ? `${item.action.id} ${text(item.action.title)}` : `${item.commitment.id} ${text(item.commitment.title)}`;
    const head = t("mirrorItem", { no: item.index + 1, total: room.items.length, title, state: t(room.state.open ? "mirrorOpen" : "mirrorClosed") });
    if (head !== lastHead) {
      out(head);
      lastHead = head;
      lastCount = "";
      lastAgreed = "";
    }
    const result = resultOf(room.assessment, item);
    const votes = Object.values(result.votes ?? {});
    const s = stats(votes.filter((v) => typeof v === "number"));
    const count = t("mirrorVotes", {
      voted: votes.length,
      abstained: (room.state.abstained[item.id] ?? []).length,
      joined: new Set(Object.values(room.state.tokens)).size,
      stats: s ? t("mirrorStats", { median: round(s.median, 1), min: s.min, max: s.max }) + (isWide(s.min, s.max, room.fw.scale) ? t("mirrorWide") : "") : ""
    });
    if (count !== lastCount)
      out(count);
    lastCount = count;
    const agreed = result.score === void 0 ? "" : t("mirrorAgreed", { score: String(result.score) });
    if (agreed && agreed !== lastAgreed)
      out(agreed);
    lastAgreed = agreed;
  }, "show");
  const onChange = /* @__PURE__ */ __name(() => {
    timer ??= setTimeout(show, 1e3);
  }, "onChange");
  show();
  room.on("change", onChange);
  return () => {
    room.off("change", onChange);
    if (timer)
      clearTimeout(timer);
    show();
  };
}
__name(startMirror, "startMirror");

// dist/cli/commands/room.js
function parsePort(raw, t) {
  const text = String(raw ?? "8021");
  const n = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new UsageError(t("badPort", { value: text }));
  return n;
}
__name(parsePort, "parsePort");
async function run(ctx, args, options) {
  const opened = await openAssessment(args[0], ctx.io.cwd, { lang: ctx.global.lang, env: ctx.io.env });
  const lang = ctx.langFor(opened.assessment.language);
  const t = translator(roomMessages, lang);
  const out = /* @__PURE__ */ __name((line = "") => writeLine(ctx.io.stdout, line), "out");
  const port = parsePort(options.port, t);
  const commitment = options.commitment;
  const start = commitment === void 0 ? void 0 : parseItemId(commitment, opened.framework, "commitment");
  if (start && !start.ok)
    throw new UsageError(itemIdMessage(start, lang));
  const statePath = sidecarPath(opened.path);
  const shownState = ctx.shown(statePath);
  const saved = await readState(statePath);
  if (saved === "corrupt")
    throw new UsageError(t("corruptSidecar", { file: shownState }), t("corruptSidecarHint"));
  if (saved && !saved.anonymous && options.anonymous && Object.keys(saved.tokens).length > 0) {
    throw new UsageError(t("anonymousLate"), t("anonymousLateHint"));
  }
  const state = saved ?? freshState(Boolean(options.anonymous));
  if (options.anonymous)
    state.anonymous = true;
  const room = new Room({ file: opened.path, statePath, text: opened.text, fw: opened.framework, state });
  if (start?.ok) {
    const at = firstItemOf(room.items, start.id) ?? 0;
    if (at !== state.current)
      Object.assign(state, { current: at, open: true, revealed: false });
  }
  const lan = options.host === void 0 ? lanAddresses()[0] : void 0;
  const host = options.host ?? lan?.address ?? "127.0.0.1";
  let joinUrl = "";
  const { app, hub } = await buildServer({
    room,
    lang,
    joinUrl: /* @__PURE__ */ __name(() => joinUrl, "joinUrl"),
    onInternalError: /* @__PURE__ */ __name((error) => writeLine(ctx.io.stderr, ctx.style.red(t("internalError", { message: error instanceof Error ? error.message : String(error) }))), "onInternalError")
  });
  try {
    await app.listen({ host, port });
  } catch (error) {
    const e = error;
    await app.close().catch(() => void 0);
    hub.close();
    if (e.code === "EADDRINUSE")
      throw new UsageError(t("portInUse", { port, host }), t("portInUseHint"));
    if (e.code === "EADDRNOTAVAIL" || e.code === "ENOTFOUND" || e.code === "EINVAL" || e.code === "EACCES" || e.code === "EAI_AGAIN") {
      throw new UsageError(t("badHost", { host, reason: e.code }), t("badHostHint", { suggest: lanAddresses()[0]?.address ?? "127.0.0.1" }));
    }
    throw error;
  }
  await writeState(statePath, state);
  const address = app.server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  joinUrl = `http://${urlHost(host)}:${actualPort}/`;
  out(ctx.style.bold(t("opened", { city: opened.assessment.city, file: opened.shown })));
  out();
  out(ctx.style.bold(t("joinAddress", { url: joinUrl })));
  out(ctx.style.bold(t("roomCode", { code: state.code })));
  const QRCode2 = (await import("qrcode")).default;
  if (ctx.io.stdout.isTTY)
    out(await QRCode2.toString(`${joinUrl}#code=${state.code}`, { type: "terminal", small: true, errorCorrectionLevel: "M" }));
  out(t("projectorLink", { url: `${joinUrl}projector#key=${state.facilitatorKey}` }));
  out();
  if (options.host !== void 0)
    out(t("boundChosen", { address: host }));
  else if (lan)
    out(t("boundLan", { address: host, iface: lan.iface }));
  else
    out(ctx.style.yellow(t("boundLoopback", { address: host })));
  if (state.anonymous)
    out(t("anonymousOn"));
  if (saved)
    out(t("resumed", { item: room.current.id, joined: new Set(Object.values(state.tokens)).size }));
  out(ctx.style.dim(t("sidecarNote", { file: shownState })));
  out(ctx.style.dim(t("stopHint")));
  out();
  const stopMirror = startMirror(room, lang, t, out, (c) => pick(c, lang));
  await new Promise((resolve) => {
    const stop = /* @__PURE__ */ __name(() => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    }, "stop");
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  out();
  out(t("closing"));
  stopMirror();
  hub.close();
  await app.close();
  await room.drain();
  await writeState(statePath, state);
  out();
  out(ctx.style.bold(t("finalTable")));
  const [label] = seriesLabels([{ file: opened.shown, assessment: room.assessment }]);
  const result = scoreFile(opened.shown, label ?? opened.shown, room.assessment, room.fw, lang);
  ctx.io.stdout.write(scoreTable([result], translator(scoreMessages, lang), ctx.style, lang));
  out();
  out(ctx.style.green(t("closed", { file: ctx.shown(opened.path) })));
  return EXIT_OK;
}
__name(run, "run");
export {
  run
};
