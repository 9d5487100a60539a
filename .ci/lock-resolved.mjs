#!/usr/bin/env node
// Writes the tarball URL ("resolved") into each registry entry of
// package-lock.json that lacks one, changing nothing else: same versions, same
// integrity. npm leaves out the URL when a user-level .npmrc says
// omit-lockfile-registry-resolved=true (the project's .npmrc now says false, but
// npm never adds the URL to an entry it already has), and without it every
// install from the lockfile looks up each package's registry document first
// (README, "Tests"). The URL comes from npm's own pacote, from npm's cache when
// it holds the package and from the registry otherwise, and must be the
// registry's usual address with the lockfile's integrity, or nothing is written.
// Usage: node .ci/lock-resolved.mjs [package-lock.json]
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const file = process.argv[2] ?? 'package-lock.json';
const npmRoot = execFileSync('npm', ['root', '-g'], { encoding: 'utf8' }).trim();
const pacote = createRequire(join(npmRoot, 'npm', 'package.json'))('pacote');
const cache = join(execFileSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).trim(), '_cacache');

const lock = JSON.parse(readFileSync(file, 'utf8'));
const missing = Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.link && !entry.resolved && entry.version);
const wrong = [];
let fromRegistry = 0;
for (const [path, entry] of missing) {
  const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
  const spec = `${name}@${entry.version}`;
  let manifest;
  try {
    manifest = await pacote.manifest(spec, { cache, offline: true });
  } catch (error) {
    if (error.code !== 'ENOTCACHED') throw error;
    fromRegistry++;
    manifest = await pacote.manifest(spec, { cache, preferOffline: true });
  }
  const expected = `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${entry.version}.tgz`;
  if (manifest._resolved !== expected || manifest._integrity !== entry.integrity) {
    wrong.push(`${path}: ${manifest._resolved} ${manifest._integrity === entry.integrity ? '' : '(integrity differs)'}`);
    continue;
  }
  // npm's own key order: version, resolved, integrity, then the rest.
  const { version, ...rest } = entry;
  lock.packages[path] = { version, resolved: manifest._resolved, ...rest };
}
if (wrong.length > 0) {
  console.error(`not written: ${wrong.length} entries do not match the registry:\n${wrong.join('\n')}`);
  process.exit(1);
}
writeFileSync(`${file}.tmp`, `${JSON.stringify(lock, null, 2)}\n`);
renameSync(`${file}.tmp`, file);
console.log(`${file}: ${missing.length} URLs written (${fromRegistry} packages not in npm's cache were asked of the registry)`);
