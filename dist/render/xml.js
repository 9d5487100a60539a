// Escaping for HTML, SVG and XML text and attribute values: the five
// metacharacters as entities, and control characters that XML 1.0 forbids
// dropped (a user's text may hold them; a PDF printer or Word would refuse the file).
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeXml(value) {
    return String(value ?? '')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
        .replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
