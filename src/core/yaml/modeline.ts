// The first line of every YAML file c21lab writes, so editors (VS Code's YAML
// extension and any yaml-language-server client) validate and autocomplete as
// a person types. The path is relative to the written file, so it keeps
// working when the repository is cloned elsewhere.
import { dirname, relative, sep } from 'node:path';
import { schemaPath } from '../schemas.js';
import type { FileKind } from '../types.js';

export function schemaModeline(kind: FileKind, filePath: string): string {
  let rel = relative(dirname(filePath), schemaPath(kind)).split(sep).join('/');
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return `# yaml-language-server: $schema=${rel}`;
}
