import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/fs/real-path.js
import { realpathSync } from "node:fs";
function realPath(path) {
  try {
    return realpathSync.native(path);
  } catch {
    return void 0;
  }
}
__name(realPath, "realPath");

export {
  realPath
};
