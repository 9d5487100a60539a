export const OUTPUT_SCHEMA_ID = 'urn:c21lab:schema:validate-output:1';
/** Findings of a severity, an "and N more" line counting for the N it stands for. */
function total(findings, severity) {
    return findings.reduce((n, x) => n + (x.severity === severity ? x.omitted ?? 1 : 0), 0);
}
export const json = {
    format(run) {
        const out = {
            $schema: OUTPUT_SCHEMA_ID,
            version: 1,
            ok: run.ok,
            strict: run.strict,
            summary: run.summary,
            files: run.files.map((f) => ({
                file: f.file,
                kind: f.kind ?? null,
                errors: total(f.findings, 'error'),
                warnings: total(f.findings, 'warning'),
                findings: f.findings.map((x) => ({
                    file: x.file,
                    line: x.line,
                    column: x.column,
                    ...(x.endLine !== undefined ? { endLine: x.endLine, endColumn: x.endColumn } : {}),
                    severity: x.severity,
                    rule: x.rule,
                    message: x.message,
                    ...(x.path !== undefined ? { path: x.path } : {}),
                    ...(x.omitted !== undefined ? { omitted: x.omitted } : {}),
                })),
            })),
        };
        return JSON.stringify(out, null, 2) + '\n';
    },
};
