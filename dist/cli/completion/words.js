/** Whether an option value or argument names a file or folder ("file", "out.svg", "id-or-file", "dir", "paths"). */
export function isPathLike(name) {
    return name !== undefined && /file|dir|path|folder|\.(csv|svg|png|ya?ml|html|md)/i.test(name);
}
export function flags(o) {
    return [o.short, o.long].filter((f) => f !== undefined);
}
/** Every command path with its model: [["validate"], model], [["review", "new"], model]… */
export function commandPaths(root) {
    const out = [];
    const walk = (cmd, prefix) => {
        for (const sub of cmd.commands) {
            out.push([[...prefix, sub.name], sub]);
            walk(sub, [...prefix, sub.name]);
        }
    };
    walk(root, []);
    return out;
}
/** A description on one line, for scripts that show it beside a candidate. */
export function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
