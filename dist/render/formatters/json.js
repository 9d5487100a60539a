export const OUTPUT_SCHEMA_ID = 'urn:c21lab:schema:validate-output:1';
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
                errors: f.findings.filter((x) => x.severity === 'error').length,
                warnings: f.findings.filter((x) => x.severity === 'warning').length,
                findings: f.findings.map((x) => ({
                    file: x.file,
                    line: x.line,
                    column: x.column,
                    ...(x.endLine !== undefined ? { endLine: x.endLine, endColumn: x.endColumn } : {}),
                    severity: x.severity,
                    rule: x.rule,
                    message: x.message,
                    ...(x.path !== undefined ? { path: x.path } : {}),
                })),
            })),
        };
        return JSON.stringify(out, null, 2) + '\n';
    },
};
