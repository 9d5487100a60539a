import {
  atomicWrite
} from "./chunk-PRJEF4EG.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/room/sidecar.js
import { chmod, readFile, writeFile } from "node:fs/promises";

// dist/room/secrets.js
import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
var CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
function newRoomCode(length = 6) {
  let code = "";
  for (let i = 0; i < length; i++)
    code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
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
function normaliseCode(code) {
  return code.toUpperCase().replace(/[\s-]/g, "");
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

export {
  newToken,
  tokenHash,
  sameSecret,
  normaliseCode,
  newAnonymousId,
  sidecarPath,
  freshState,
  readState,
  writeState
};
