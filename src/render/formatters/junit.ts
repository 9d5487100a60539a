// JUnit XML, which most CI systems display as test results: one testsuite,
// one testcase per file, a <failure> for a file that fails (errors, or
// warnings with --strict) listing its findings; other warnings go to
// <system-out>. Text is escaped, and characters XML 1.0 forbids are replaced
// (escape/xml.ts); each finding stays one line of the body (escape/terminal.ts).
import { xmlEscape } from '../escape/xml.js';
import { visible, visibleFile } from '../escape/terminal.js';
import type { Formatter } from './types.js';

export { xmlEscape };

export const junit: Formatter = {
  format(run) {
    const failing = run.files.filter((f) => f.findings.some((x) => x.severity === 'error' || run.strict));
    const out = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites name="c21lab validate" tests="${run.files.length}" failures="${failing.length}" errors="0">`,
      `  <testsuite name="c21lab validate" tests="${run.files.length}" failures="${failing.length}" errors="0" skipped="0">`,
    ];
    for (const file of run.files) {
      // Attributes too: a raw line break or bidi control in a file's name would garble the report's one line.
      const name = xmlEscape(visible(file.file));
      const lines = file.findings.map((f) => `${visibleFile(f.file)}:${f.line}:${f.column} ${f.severity} ${visible(f.rule)} ${visible(f.message)}`);
      const fails = failing.includes(file);
      if (file.findings.length === 0) {
        out.push(`    <testcase classname="c21lab.validate" name="${name}" file="${name}"/>`);
        continue;
      }
      out.push(`    <testcase classname="c21lab.validate" name="${name}" file="${name}">`);
      if (fails) {
        // The message is the first error (in the interface language); the body lists them all.
        const first = file.findings.find((f) => f.severity === 'error') ?? file.findings[0]!;
        out.push(`      <failure type="${xmlEscape(visible(first.rule))}" message="${xmlEscape(`${first.line}:${first.column} ${visible(first.rule)} ${visible(first.message)}`)}">${xmlEscape(lines.join('\n'))}</failure>`);
      } else {
        out.push(`      <system-out>${xmlEscape(lines.join('\n'))}</system-out>`);
      }
      out.push('    </testcase>');
    }
    out.push('  </testsuite>', '</testsuites>');
    return out.join('\n') + '\n';
  },
};
