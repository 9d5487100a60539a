export function xmlEscape(s) {
    return s
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
        .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
}
export const junit = {
    format(run) {
        const failing = run.files.filter((f) => f.findings.some((x) => x.severity === 'error' || run.strict));
        const out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            `<testsuites name="c21lab validate" tests="${run.files.length}" failures="${failing.length}" errors="0">`,
            `  <testsuite name="c21lab validate" tests="${run.files.length}" failures="${failing.length}" errors="0" skipped="0">`,
        ];
        for (const file of run.files) {
            const name = xmlEscape(file.file);
            const lines = file.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}`);
            const fails = failing.includes(file);
            if (file.findings.length === 0) {
                out.push(`    <testcase classname="c21lab.validate" name="${name}" file="${name}"/>`);
                continue;
            }
            out.push(`    <testcase classname="c21lab.validate" name="${name}" file="${name}">`);
            if (fails) {
                // The message is the first error (in the interface language); the body lists them all.
                const first = file.findings.find((f) => f.severity === 'error') ?? file.findings[0];
                out.push(`      <failure type="${xmlEscape(first.rule)}" message="${xmlEscape(`${first.line}:${first.column} ${first.rule} ${first.message}`)}">${xmlEscape(lines.join('\n'))}</failure>`);
            }
            else {
                out.push(`      <system-out>${xmlEscape(lines.join('\n'))}</system-out>`);
            }
            out.push('    </testcase>');
        }
        out.push('  </testsuite>', '</testsuites>');
        return out.join('\n') + '\n';
    },
};
