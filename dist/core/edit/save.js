// Writing an edited file: always through the atomic write (temp file, fsync,
// rename), so a kill -9 or a power cut leaves the old file or the new one.
import { atomicWrite } from '../fs/atomic-write.js';
export async function saveDocument(path, text) {
    await atomicWrite(path, text);
}
