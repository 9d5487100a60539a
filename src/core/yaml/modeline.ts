// The first line of every YAML file c21lab writes, so editors (VS Code's YAML
// extension and any yaml-language-server client) validate and autocomplete as
// a person types. The path is relative to the written file, so it keeps
// working when the repository is cloned elsewhere. It points, in order, at:
// the repository's own schema folder (.c21lab/schemas/v1, see
// core/schema-folder.ts; the commands that write files create it first), the
// nearest `node_modules/c21lab/schemas` above the file, else this package's
// own schemas.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { SCHEMA_FILES, schemaPath } from '../schemas.js';
import { findSchemaRoot, folderSchemaPath } from '../schema-folder.js';
import type { FileKind } from '../types.js';

function installedSchema(kind: FileKind, fromDir: string): string | undefined {
  for (let dir = resolve(fromDir); ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', 'c21lab', 'schemas', SCHEMA_FILES[kind]);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

function folderSchema(kind: FileKind, fromDir: string): string | undefined {
  const root = findSchemaRoot(fromDir);
  const path = root === undefined ? undefined : folderSchemaPath(root, kind);
  return path !== undefined && existsSync(path) ? path : undefined;
}

/** The path from `filePath`'s folder to its schema, with forward slashes. */
export function schemaReference(kind: FileKind, filePath: string): string {
  const dir = dirname(resolve(filePath));
  const target = folderSchema(kind, dir) ?? installedSchema(kind, dir) ?? schemaPath(kind);
  const rel = relative(dir, target).split(sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

export function schemaModeline(kind: FileKind, filePath: string): string {
  return `# yaml-language-server: $schema=${schemaReference(kind, filePath)}`;
}
