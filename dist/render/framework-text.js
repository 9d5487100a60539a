import { visibleLines } from './escape/terminal.js';
import { pick as pickLang, pickAny } from '../core/lang.js';
import { translator } from '../i18n/define.js';
import { frameworkMessages } from '../i18n/framework.js';
export function formatFramework(fw, lang, style) {
    // Every text here comes from a framework file: no control reaches the terminal (styles are added after).
    const pick = (value, l) => visibleLines(pickLang(value, l));
    const t = translator(frameworkMessages, lang);
    const out = [style.bold(`${pick(fw.title, lang)}${fw.version ? ` (${fw.version})` : ''}`)];
    const description = pick(fw.description, lang);
    if (description)
        out.push(description);
    if (fw.source) {
        const parts = [fw.source.title, pickAny(fw.source.publisher, lang), fw.source.year, fw.source.url].filter((p) => p !== undefined && p !== '').map(visibleLines);
        if (parts.length)
            out.push(style.dim(`${t('source')} ${parts.join(' — ')}`));
    }
    out.push('', style.bold(t('scale', { min: fw.scale.min, max: fw.scale.max })));
    for (const band of fw.scale.bands) {
        const d = pick(band.description, lang);
        out.push(`  ${t('band', { min: band.min, max: band.max, label: pick(band.label, lang) })}${d ? ` — ${d}` : ''}`);
    }
    out.push(`  ${t('percent', { min: fw.scale.min, max: fw.scale.max, decimals: fw.percent.decimals ?? 1 })}`);
    for (const c of fw.commitments) {
        out.push('', style.bold(`${visibleLines(c.id)} · ${pick(c.title, lang)}`));
        const cd = pick(c.description, lang);
        if (cd)
            out.push(`   ${cd}`);
        if (c.prompts?.length) {
            out.push(style.dim(`   ${t('prompts')}`));
            for (const p of c.prompts)
                out.push(`     • ${pick(p, lang)}`);
        }
        if (c.actions?.length) {
            out.push(style.dim(`   ${t('actions')}`));
            for (const a of c.actions)
                out.push(`     ${visibleLines(a.id).padEnd(6)} ${pick(a.title, lang)}`);
        }
    }
    return out.join('\n');
}
