// A folder that several tests start from but that costs a real run to make
// (the cache a radar writes into an empty cache folder): made once per test
// file, on first use, then copied afresh for each test, which may change its copy.
import { cpSync } from 'node:fs';

/** `make` makes the folder and returns its path, once; each call copies it to `to` and returns `to`. */
export function madeOnce(make: () => Promise<string>): (to: string) => Promise<string> {
  let made: Promise<string> | undefined;
  return async (to) => {
    made ??= make();
    cpSync(await made, to, { recursive: true });
    return to;
  };
}
