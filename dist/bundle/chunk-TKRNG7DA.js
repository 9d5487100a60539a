import {
  newAnonymousId,
  newToken,
  normaliseCode,
  sameSecret,
  tokenHash,
  writeState
} from "./chunk-IDHF2AP4.js";
import {
  addParticipant,
  clearNotes,
  clearScore,
  nextParticipantId,
  removeVote,
  setNotes,
  setScore,
  setVote,
  setVotes
} from "./chunk-J6ASF6TJ.js";
import {
  buildItems,
  resultOf
} from "./chunk-OSN2ZHOE.js";
import {
  saveDocument
} from "./chunk-MN4DHFGD.js";
import {
  assertEditValid
} from "./chunk-CTN5NAJ7.js";
import {
  YAML_OPTIONS,
  stripBom
} from "./chunk-VHFQKG57.js";
import {
  parseItemId,
  parseParticipantId,
  parseScoreInput,
  participantKey
} from "./chunk-32634MZU.js";
import {
  EditRefusedError,
  InvalidEditError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/room/room.js
import { EventEmitter } from "node:events";
import { parseDocument } from "yaml";

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
  /** Resolves once the vote is on disk; rejects with why when the file could not take it (the others of its batch still land). */
  set(item, participant, value) {
    const pending = this.open.get(item.index);
    if (pending)
      pending.changes.set(participant, value);
    const batch = pending ?? this.start(item, participant, value);
    return batch.done.then(() => {
      if (batch.refused.has(participant))
        throw batch.refused.get(participant);
    });
  }
  start(item, participant, value) {
    const batch = { item, changes: /* @__PURE__ */ new Map([[participant, value]]), done: Promise.resolve(), refused: /* @__PURE__ */ new Map() };
    this.open.set(item.index, batch);
    let result;
    const run = /* @__PURE__ */ __name((applied) => {
      result = applied.votes;
      return applied.text;
    }, "run");
    const edit = Object.assign((text) => {
      this.open.delete(item.index);
      return run(this.apply(text, batch));
    }, {
      mirror: /* @__PURE__ */ __name((a) => result && setModelVotes(a, item, result), "mirror"),
      oneByOne: /* @__PURE__ */ __name((text, check) => {
        this.open.delete(item.index);
        return run(this.applyEach(text, batch, check));
      }, "oneByOne")
    });
    batch.done = this.queue.edit(edit);
    return batch;
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
          next = removeVote(next, c, a, id);
        else if (current[id] !== value)
          next = setVote(next, c, a, id, value);
      }
      return { text: next, votes: merged };
    }
    return { text: setVotes(text, c, a, merged), votes: merged };
  }
  /** The votes one at a time, each result given to `check`: a vote it refuses is left out, and its voter told why. */
  applyEach(text, batch, check) {
    const { item, changes } = batch;
    const c = item.commitment.id;
    const a = item.action?.id;
    batch.refused.clear();
    const merged = { ...resultOf(this.assessment(), item).votes ?? {} };
    let next = text;
    for (const [id, value] of changes) {
      if (value === null ? !Object.hasOwn(merged, id) : merged[id] === value)
        continue;
      const after = value === null ? removeVote(next, c, a, id) : setVote(next, c, a, id, value);
      try {
        if (after !== next)
          check(after);
      } catch (error) {
        batch.refused.set(id, error);
        continue;
      }
      next = after;
      if (value === null)
        delete merged[id];
      else
        merged[id] = value;
    }
    return next === text ? { text } : { text: next, votes: merged };
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
      this.running ??= this.loop();
    });
  }
  async loop() {
    try {
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
    } finally {
      this.running = void 0;
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
function refused(error) {
  if (error instanceof InvalidEditError)
    throw new RoomError(422, "errFileInvalid", { kind: "file", findings: error.coded ?? [] });
  if (error instanceof EditRefusedError)
    throw new RoomError(422, "errMergeKey", { kind: "mergeKey", file: error.file, line: error.line, column: error.column });
  throw error;
}
__name(refused, "refused");
function parse(text) {
  return parseDocument(stripBom(text), YAML_OPTIONS).toJS();
}
__name(parse, "parse");
function applyEdits(text, edits, check) {
  let next = text;
  const mirrors = [];
  let reparse = false;
  const errors = edits.map((edit) => {
    try {
      const before = next;
      const oneByOne = check && edit.oneByOne;
      const after = oneByOne ? oneByOne(next, check) : edit(next);
      if (check && !oneByOne && after !== before)
        check(after);
      next = after;
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
  return { text: next, mirrors, reparse, errors };
}
__name(applyEdits, "applyEdits");
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
    const shown = o.shown ?? o.file;
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
    const valid = /* @__PURE__ */ __name((text) => assertEditValid(this.file, shown, text, o.validation), "valid");
    this.queue = new WriteQueue(async (edits) => {
      let applied = applyEdits(this.text, edits);
      if (applied.text !== this.text) {
        try {
          valid(applied.text);
        } catch (error) {
          if (!(error instanceof InvalidEditError))
            throw error;
          applied = applyEdits(this.text, edits, valid);
        }
      }
      const { text: next, mirrors, reparse, errors } = applied;
      if (next !== this.text) {
        await save(this.file, next);
        this.text = next;
        if (reparse)
          this.assessment = parse(next);
        else
          for (const mirror of mirrors)
            mirror(this.assessment);
      }
      return errors.map((error) => error instanceof EditRefusedError && !error.file ? error.in(shown) : error);
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
  checkCode(code) {
    if (!sameSecret(normaliseCode(code), this.state.code))
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
  async claim(code, id) {
    this.checkCode(code);
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
  async register(code, who) {
    this.checkCode(code);
    const name = (who.name ?? "").trim();
    const organisation = (who.organisation ?? "").trim();
    let participant;
    const taken = new Set(this.participants.map((p) => participantKey(p.id)));
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
    }).catch(refused);
    const token = await this.issueToken(added.id);
    this.changed();
    return { token, participant: added };
  }
  requireCurrent(itemId) {
    const parsed = parseItemId(itemId, this.fw, "item");
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
  async vote(participant, itemId, value) {
    const item = this.requireCurrent(itemId);
    if (!this.state.open)
      throw new RoomError(409, "errClosed");
    const abstained = new Set(this.state.abstained[item.id] ?? []);
    if (value === "abstain") {
      await this.votes.set(item, participant.id, null).catch(refused);
      if (!abstained.has(participant.id)) {
        this.state.abstained[item.id] = [...abstained, participant.id];
        await this.persistState();
      }
    } else {
      const score = this.checkValue(value);
      await this.votes.set(item, participant.id, score).catch(refused);
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
  async agree(itemId, value) {
    const item = this.requireCurrent(itemId);
    const score = value === null ? null : this.checkValue(value);
    await this.queue.edit((text) => score === null ? clearScore(text, item.commitment.id, item.action?.id) : setScore(text, item.commitment.id, item.action?.id, score)).catch(refused);
    this.changed();
  }
  async note(itemId, notes) {
    const item = this.requireCurrent(itemId);
    const clean = notes.trim();
    if (clean === (resultOf(this.assessment, item).notes ?? ""))
      return;
    await this.queue.edit((text) => clean ? setNotes(text, item.commitment.id, item.action?.id, clean) : clearNotes(text, item.commitment.id, item.action?.id)).catch(refused);
    this.changed();
  }
};

export {
  RoomError,
  Room
};
