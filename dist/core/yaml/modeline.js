// The first line of every YAML file c21lab writes, so editors (VS Code's YAML
// extension and any yaml-language-server client) validate and autocomplete as
// a person types. The path is relative to the written file, so it keeps
// working when the repository is cloned elsewhere: it points at the nearest
// `node_modules/c21lab/schemas` above the file (c21lab installed in the
// repository of assessments), else at this package's own schemas.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { SCHEMA_FILES, schemaPath } from '../schemas.js';
function installedSchema(kind, fromDir) {
    for (let dir = resolve(fromDir);; dir = dirname(dir)) {
        const candidate = join(dir, 'node_modules', 'c21lab', 'schemas', SCHEMA_FILES[kind]);
        if (existsSync(candidate))
            return candidate;
        if (dirname(dir) === dir)
            return undefined;
    }
}
export function schemaModeline(kind, filePath) {
    const dir = dirname(resolve(filePath));
    const target = installedSchema(kind, dir) ?? schemaPath(kind);
    let rel = relative(dir, target).split(sep).join('/');
    if (!rel.startsWith('.'))
        rel = `./${rel}`;
    return `# yaml-language-server: $schema=${rel}`;
}
