import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/hash.js
import { createHash } from "node:crypto";
function contentHash(text) {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}
__name(contentHash, "contentHash");

export {
  contentHash
};
