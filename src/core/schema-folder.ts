// Editor validation that survives a clone, offline, whatever way c21lab was
// installed: the JSON Schemas are copied into the repository of LAB files, in
// a folder named by format version (.c21lab/schemas/v1/), and the
// `# yaml-language-server: $schema=…` line of every file c21lab writes points
// there with a relative path. The folder is committed with the files, so on
// another laptop, in another folder, with or without c21lab, the editor finds
// the schema beside the data. (A path into node_modules, a global prefix or
// npx's cache breaks on the next machine; an internet address breaks offline.)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { atomicWrite } from './fs/atomic-write.js';
import { SCHEMA_FILES, schemaPath } from './schemas.js';
import type { FileKind } from './types.js';

/** Relative to the repository root. v1: the format version of every file kind (assessment/1, framework/1…). */
export const SCHEMA_FOLDER = '.c21lab/schemas/v1';

const README = `# Schemas for editors

These JSON Schemas let an editor with YAML support (VS Code's YAML extension,
or any client of yaml-language-server) check and complete the Culture 21 LAB
files of this repository as you type, offline. Each file c21lab writes starts
with a line such as

    # yaml-language-server: $schema=../.c21lab/schemas/v1/assessment.schema.json

that points here by a relative path, so it keeps working in any clone.

Commit this folder with your files. Do not edit it: \`c21lab schemas\` (and
\`c21lab init\`) write it again from the installed c21lab. v1 is the version
of the file formats (assessment/1, framework/1, benchmark/1, practice/1).
`;

/** The nearest folder at or above `fromDir` that already holds the schema folder. */
export function findSchemaRoot(fromDir: string): string | undefined {
  for (let dir = resolve(fromDir); ; dir = dirname(dir)) {
    if (existsSync(join(dir, SCHEMA_FOLDER))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The nearest folder at or above `fromDir` that is the top of a git work tree (has `.git`). */
export function gitRoot(fromDir: string): string | undefined {
  for (let dir = resolve(fromDir); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Where a new file's schemas belong: the folder already there above it, else
 * the top of its git repository, else `fallback` (the caller's working
 * folder) when the file lies inside it, else the file's own folder.
 */
export function schemaRootFor(fileDir: string, fallback: string): string {
  const found = findSchemaRoot(fileDir) ?? gitRoot(fileDir);
  if (found !== undefined) return found;
  const rel = relative(resolve(fallback), resolve(fileDir));
  return rel.startsWith('..') || isAbsolute(rel) ? resolve(fileDir) : resolve(fallback);
}

/** The schema of `kind` inside a repository's schema folder. */
export function folderSchemaPath(root: string, kind: FileKind): string {
  return join(root, SCHEMA_FOLDER, SCHEMA_FILES[kind]);
}

const isFile = (p: string) => existsSync(p) && statSync(p).isFile();

/**
 * Writes (or brings up to date) `root/.c21lab/schemas/v1/` from this
 * package's schemas. Returns the files it wrote; none when all were current.
 */
export async function writeSchemaFolder(root: string): Promise<string[]> {
  const dir = join(resolve(root), SCHEMA_FOLDER);
  await mkdir(dir, { recursive: true });
  const wanted: Array<[string, string]> = [
    ...(Object.keys(SCHEMA_FILES) as FileKind[]).map((kind): [string, string] => [join(dir, SCHEMA_FILES[kind]), readFileSync(schemaPath(kind), 'utf8')]),
    [join(dir, 'README.md'), README],
  ];
  const written: string[] = [];
  for (const [path, text] of wanted) {
    const current = isFile(path) ? await readFile(path, 'utf8') : undefined;
    if (current === text) continue;
    await atomicWrite(path, text);
    written.push(path);
  }
  return written;
}
