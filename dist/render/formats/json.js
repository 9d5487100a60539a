export function jsonFormatter(document) {
    return { format: (data, env) => JSON.stringify(document(data, env), null, 2) + '\n' };
}
