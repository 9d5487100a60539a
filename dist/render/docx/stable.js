// Deterministic .docx: the `docx` package stamps the current time into the
// document's properties and into every zip entry, so the same input would give
// a different file at every run. This rewrites both with one fixed date (the
// LAB's or the review's), and renames the random ids docx gives hyperlinks
// (rIdx7k…) to numbered ones in the order they appear, through JSZip (the zip
// library docx itself uses).
import JSZip from 'jszip';
export async function stableDocx(bytes, isoDate) {
    const when = /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? `${isoDate}T00:00:00Z` : '2000-01-01T00:00:00Z';
    const date = new Date(when);
    const zip = await JSZip.loadAsync(bytes);
    const out = new JSZip();
    const names = Object.keys(zip.files).sort().filter((n) => !zip.files[n]?.dir);
    const contents = new Map();
    for (const name of names) {
        const bytes = await zip.files[name].async('uint8array');
        contents.set(name, /\.(xml|rels)$/.test(name) ? new TextDecoder().decode(bytes) : bytes);
    }
    const ids = new Map();
    for (const m of String(contents.get('word/document.xml') ?? '').matchAll(/r:id="(rId[A-Za-z0-9_-]{12,})"/g)) {
        if (!ids.has(m[1]))
            ids.set(m[1], `rIdLink${ids.size + 1}`);
    }
    for (const name of names) {
        let data = contents.get(name);
        if (typeof data === 'string') {
            data = data.replace(/rId[A-Za-z0-9_-]{12,}/g, (id) => ids.get(id) ?? id);
            if (name === 'docProps/core.xml')
                data = data.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${when}$2`);
        }
        out.file(name, data, { date, createFolders: false });
    }
    return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
