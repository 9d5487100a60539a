import {
  roomPageMessages
} from "./chunk-V7TOTA77.js";
import {
  wordFindings
} from "./chunk-OGQQ4P3X.js";
import {
  itemIdMessage,
  participantIdMessage,
  scoreMessage
} from "./chunk-7BUI3BKP.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/room/refusals.js
var LONGEST = 40;
function short(v) {
  if (v === void 0)
    return void 0;
  const s = typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
  return s.length > LONGEST ? `${s.slice(0, LONGEST - 1)}\u2026` : s;
}
__name(short, "short");
function field(body, name) {
  return typeof body === "object" && body !== null && Object.hasOwn(body, name) ? body[name] : void 0;
}
__name(field, "field");
function text(body, name) {
  const v = field(body, name);
  return v === void 0 || v === null ? void 0 : short(v);
}
__name(text, "text");
function header(req, name) {
  const v = req.headers[name];
  return typeof v === "string" ? v : void 0;
}
__name(header, "header");
function refusalWho(room, req, route) {
  const key = header(req, "x-room-key");
  if (key !== void 0 && room.isFacilitator(key))
    return { kind: "facilitator" };
  const me = room.identify(header(req, "x-room-token"));
  if (me)
    return { kind: "participant", id: me.id, name: me.name };
  if (route === "/api/claim") {
    const raw = field(req.body, "id");
    const id = text(req.body, "id");
    const name = room.state.anonymous ? void 0 : room.participants.find((p) => p.id === raw)?.name;
    return { kind: "joining", ...id !== void 0 ? { id } : {}, ...name !== void 0 ? { name } : {} };
  }
  if (route === "/api/register") {
    const name = room.state.anonymous ? void 0 : text(req.body, "name")?.trim();
    return { kind: "joining", ...name ? { name } : {} };
  }
  if (route === "/api/join")
    return { kind: "joining" };
  return { kind: "unknown" };
}
__name(refusalWho, "refusalWho");
function refusalWhat(req, route) {
  const b = req.body;
  const item = text(b, "item");
  const at = item === void 0 ? {} : { item };
  switch (route) {
    case "/api/vote": {
      const value = field(b, "value");
      return value === "abstain" ? { kind: "abstain", ...at } : { kind: "vote", ...at, ...value !== void 0 ? { value: short(value) } : {} };
    }
    case "/api/agree": {
      const value = field(b, "value");
      return value === null ? { kind: "clearAgree", ...at } : { kind: "agree", ...at, ...value !== void 0 ? { value: short(value) } : {} };
    }
    case "/api/note":
      return { kind: "note", ...at };
    case "/api/control": {
      const action = text(b, "action");
      const index = field(b, "index");
      return { kind: "control", ...action !== void 0 ? { action } : {}, ...typeof index === "number" ? { index } : {} };
    }
    case "/api/release": {
      const id = text(b, "id");
      return { kind: "release", ...id !== void 0 ? { id } : {} };
    }
    case "/api/join":
      return { kind: "join" };
    case "/api/claim":
      return { kind: "claim" };
    case "/api/register":
      return { kind: "register" };
    case "/api/me":
    case "/api/events":
    case "/api/projector":
    case "/api/qr.svg":
    case "/":
    case "/projector":
      return { kind: "view" };
    default:
      return { kind: "request", method: req.method, path: short(req.url.split("?")[0] ?? "") ?? "" };
  }
}
__name(refusalWhat, "refusalWhat");
function refusalReason(key, detail, lang, located = false) {
  const t = translator(roomPageMessages, lang);
  if (!detail)
    return t(key);
  if (detail.kind === "score")
    return scoreMessage(detail.problem, detail.value, detail.scale, lang);
  if (detail.kind === "item")
    return itemIdMessage(detail.problem, lang);
  if (detail.kind === "file") {
    const [first] = wordFindings(detail.findings.slice(0, 1), lang);
    let reason = first?.message ?? "";
    if (located && first) {
      reason = `${first.file}:${first.line}:${first.column} ${reason}`;
      if (detail.findings.length > 1)
        reason += t("moreFindings", { count: detail.findings.length - 1 });
    }
    return t(key, { reason });
  }
  if (detail.kind === "mergeKey")
    return located ? `${detail.file}:${detail.line}:${detail.column} ${t(key)}` : t(key);
  if (detail.problem.reason === "unknown" || detail.problem.reason === "noParticipants")
    return t(key);
  return participantIdMessage(detail.problem, lang);
}
__name(refusalReason, "refusalReason");

export {
  refusalWho,
  refusalWhat,
  refusalReason
};
