import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/fs/process-alive.js
function processAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0)
    return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
__name(processAlive, "processAlive");

export {
  processAlive
};
