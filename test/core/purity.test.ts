// The core is pure (issue 9): it returns codes and data, and the layers above
// it put them into words, print, and know the language and the working
// directory. This pins the rule on the source itself, read by TypeScript's own
// parser (so comments and strings never count): no core module imports i18n,
// render or cli other than for types, reads the working directory or the
// environment of the process, prints, or chooses a language (resolveLang is
// defined in core/lang.ts for the CLI; no core module calls it), or builds a
// sentence for an error's message (`super(\`${file} is not a valid …\`)`):
// an error of the core carries codes and params, and the CLI words them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CORE = join(ROOT, 'src', 'core');
const ABOVE = /(^|\/)(i18n|render|cli)\//;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every import that brings values, not only types: `import type`, `import { type A }` and `export type` do not count. */
function valueImport(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) return !node.isTypeOnly && !(node.exportClause && ts.isNamedExports(node.exportClause) && node.exportClause.elements.every((e) => e.isTypeOnly));
  const clause = node.importClause;
  if (!clause) return true; // `import './x.js'`: run for its effects
  if (clause.isTypeOnly) return false;
  if (clause.name || (clause.namedBindings && ts.isNamespaceImport(clause.namedBindings))) return true;
  const named = clause.namedBindings;
  return !named || named.elements.length === 0 || named.elements.some((e) => !e.isTypeOnly);
}

/** Two words in a row: a sentence, where a code (`missing`, `invalid-assessment`, `${file}: ${reason}`) has none. */
const SENTENCE = /\p{L}{2,}\s+\p{L}{2,}/u;

/** The literal text of every string and template inside an expression (a template's parts joined by a space). */
function literalTexts(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [[node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' '), ...node.templateSpans.flatMap((s) => literalTexts(s.expression))];
  const out: string[] = [];
  ts.forEachChild(node, (child) => void out.push(...literalTexts(child)));
  return out;
}

/** The rule's breaches in one source text, as `line: what`. */
function breaches(name: string, text: string): string[] {
  const sf = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const at = (node: ts.Node, what: string) => out.push(`${name}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}: ${what}`);
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (ABOVE.test(node.moduleSpecifier.text) && valueImport(node)) at(node, `imports ${node.moduleSpecifier.text}`);
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.SuperKeyword) {
      for (const arg of node.arguments) for (const text of literalTexts(arg)) if (SENTENCE.test(text)) at(node, `words an error: super(${JSON.stringify(text)})`);
    }
    if (ts.isCallExpression(node)) {
      const [arg] = node.arguments;
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword && arg && ts.isStringLiteral(arg) && ABOVE.test(arg.text)) at(node, `imports ${arg.text}`);
      if (ts.isIdentifier(node.expression) && node.expression.text === 'resolveLang' && !name.endsWith('core/lang.ts')) at(node, 'chooses a language (resolveLang)');
    }
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const [obj, prop] = [node.expression.text, node.name.text];
      if (obj === 'process' && (prop === 'cwd' || prop === 'env' || prop === 'chdir')) at(node, `reads process.${prop}`);
      if (obj === 'console') at(node, `prints (console.${prop})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

describe('the core is pure', () => {
  it('no core module imports i18n, render or cli for values, reads process.cwd/env, prints, or resolves a language', () => {
    const files = tsFiles(CORE);
    expect(files.length).toBeGreaterThan(30);
    const found = files.flatMap((f) => breaches(relative(ROOT, f).split('\\').join('/'), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('catches each kind of breach, and lets types, comments and strings through', () => {
    const bad = [
      "import { wordFindings } from '../../i18n/validate-words.js';",
      "import { type A, b } from '../render/x.js';",
      "export { run } from '../cli/main.js';",
      "const m = await import('../i18n/cli.js');",
      'const here = process.cwd();',
      'const lang = process.env.LANG;',
      "console.log('x');",
      "const l = resolveLang(undefined, 'fr', {});",
      'class A extends C21Error { constructor(f: string) { super(`${f} is not a valid file`); } }',
      "class B extends C21Error { constructor(r: string) { super(r === 'x' ? 'no such file' : 'a'); } }",
    ].join('\n');
    expect(breaches('src/core/bad.ts', bad).map((b) => b.replace(/^[^:]+:/, ''))).toEqual([
      '1: imports ../../i18n/validate-words.js',
      '2: imports ../render/x.js',
      '3: imports ../cli/main.js',
      '4: imports ../i18n/cli.js',
      '5: reads process.cwd',
      '6: reads process.env',
      '7: prints (console.log)',
      '8: chooses a language (resolveLang)',
      '9: words an error: super("  is not a valid file")',
      '10: words an error: super("no such file")',
    ]);
    const fine = [
      "import type { ValidateKey } from '../../i18n/validate.js';",
      "import { type RadarSeries } from '../render/radar/index.js';",
      "export type { X } from '../cli/x.js';",
      '// process.cwd() and console.log in a comment',
      "const s = 'process.env and ../i18n/x.js in a string';",
      'class C extends C21Error { constructor(f: string, r: string) { super(`${f}: ${r}`); super(`${f}: invalid-${r}`); super(\'interrupted\'); } }',
    ].join('\n');
    expect(breaches('src/core/fine.ts', fine)).toEqual([]);
  });
});
