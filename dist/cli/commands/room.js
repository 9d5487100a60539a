// `c21lab room FILE`: the LAB room. Opens the assessment (refusing an invalid
// one before anything listens), restores or creates the room's sidecar state,
// listens on the LAN address (or --host), prints how to join, mirrors the room
// in the terminal, and closes on Ctrl+C with everything already on disk.
import { defineCommand } from '../command.js';
import { roomMessages } from '../../i18n/room.js';
import { C21Error, EXIT_OK, UsageError } from '../../core/errors.js';
import { userMessage } from '../error-words.js';
import { pick } from '../../core/lang.js';
import { itemIdMessage } from '../../i18n/values.js';
import { translator } from '../../i18n/define.js';
import { writeLine } from '../io.js';
import { scoreMessages } from '../../i18n/score.js';
const options = [
    { flags: '--host <address>', help: 'optHost' },
    { flags: '--port <n>', help: 'optPort', default: 8021, integer: { min: 0, max: 65535 } },
    { flags: '--anonymous', help: 'optAnonymous' },
    { flags: '--commitment <id>', help: 'optCommitment' },
];
export const spec = defineCommand({
    name: 'room',
    messages: roomMessages,
    describe: (cmd, t) => cmd.summary(t('roomSummary')).description(t('roomSummary')).argument('<file>', t('argFile')),
    options,
    run,
});
export async function run(ctx, args, options) {
    const [{ lanAddresses, urlHost }, { Room }, { buildServer }, { freshState, readState, sidecarPath, writeState }, { firstItemOf }, { openAssessment }, { startMirror }, { scoreFile }, { seriesLabels }, { scoreTable }] = await Promise.all([
        import('../../room/network.js'),
        import('../../room/room.js'),
        import('../../room/server.js'),
        import('../../room/sidecar.js'),
        import('../../walkthrough/items.js'),
        import('../../walkthrough/open.js'),
        import('../../room/mirror.js'),
        import('../../core/score-result.js'),
        import('../../core/series.js'),
        import('../../render/score/table.js'),
    ]);
    const opened = await openAssessment(args[0], ctx.io.cwd, { validation: await ctx.validation() });
    const lang = ctx.langFor(opened.assessment.language);
    const t = translator(roomMessages, lang);
    const out = (line = '') => writeLine(ctx.io.stdout, line);
    const port = options.port; // a whole number from 0 to 65535, read by the option's parser (core/values.ts)
    const commitment = options.commitment;
    // Read and worded as `assess --commitment`, `set` and validate do (core/values.ts, i18n/values.ts).
    const { parseItemId } = await import('../../core/values.js');
    const start = commitment === undefined ? undefined : parseItemId(commitment, opened.framework, 'commitment');
    if (start && !start.ok)
        throw new UsageError(itemIdMessage(start, lang));
    const statePath = sidecarPath(opened.path);
    const shownState = ctx.shown(statePath);
    const saved = await readState(statePath);
    if (saved === 'corrupt')
        throw new UsageError(t('corruptSidecar', { file: shownState }), t('corruptSidecarHint'));
    if (saved && !saved.anonymous && options.anonymous && Object.keys(saved.tokens).length > 0) {
        throw new UsageError(t('anonymousLate'), t('anonymousLateHint'));
    }
    const state = saved ?? freshState(Boolean(options.anonymous));
    if (options.anonymous)
        state.anonymous = true;
    // Each write is validated in the context the file was opened in, as `set` and the walkthrough validate theirs.
    const room = new Room({ file: opened.path, shown: opened.shown, statePath, text: opened.text, fw: opened.framework, state, validation: await ctx.validation() });
    if (start?.ok) {
        const at = firstItemOf(room.items, start.id) ?? 0;
        if (at !== state.current)
            Object.assign(state, { current: at, open: true, revealed: false });
    }
    const lan = options.host === undefined ? lanAddresses()[0] : undefined;
    const host = options.host ?? lan?.address ?? '127.0.0.1';
    let joinUrl = '';
    // Every refusal a phone or the projector is told of is said here too, in the terminal's language.
    const { startRefusalLog } = await import('../room-refusals.js');
    const refusals = startRefusalLog(t, lang, (line) => out(ctx.style.yellow(line)));
    const { app, hub } = await buildServer({
        room,
        lang,
        joinUrl: () => joinUrl,
        onRefused: refusals.onRefused,
        // A refused save (a read-only file, another writer's lock) is said as the boundary says it; anything else is ours.
        onInternalError: (error) => writeLine(ctx.io.stderr, ctx.style.red(error instanceof C21Error ? userMessage(error, lang)
            : t('internalError', { message: error instanceof Error ? error.message : String(error) }))),
    });
    try {
        await app.listen({ host, port });
    }
    catch (error) {
        const e = error;
        await app.close().catch(() => undefined);
        hub.close();
        if (e.code === 'EADDRINUSE')
            throw new UsageError(t('portInUse', { port, host }), t('portInUseHint'));
        if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND' || e.code === 'EINVAL' || e.code === 'EACCES' || e.code === 'EAI_AGAIN') {
            throw new UsageError(t('badHost', { host, reason: e.code }), t('badHostHint', { suggest: lanAddresses()[0]?.address ?? '127.0.0.1' }));
        }
        throw error;
    }
    // Written once the room listens: a room that cannot start leaves no file behind.
    await writeState(statePath, state);
    const address = app.server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    joinUrl = `http://${urlHost(host)}:${actualPort}/`;
    out(ctx.style.bold(t('opened', { city: opened.assessment.city, file: opened.shown })));
    out();
    out(ctx.style.bold(t('joinAddress', { url: joinUrl })));
    out(ctx.style.bold(t('roomCode', { code: state.code })));
    const QRCode = (await import('qrcode')).default;
    // The QR code is drawn with terminal colours: only on a terminal, where a phone can scan it.
    if (ctx.io.stdout.isTTY)
        out(await QRCode.toString(`${joinUrl}#code=${state.code}`, { type: 'terminal', small: true, errorCorrectionLevel: 'M' }));
    out(t('projectorLink', { url: `${joinUrl}projector#key=${state.facilitatorKey}` }));
    out();
    if (options.host !== undefined)
        out(t('boundChosen', { address: host }));
    else if (lan)
        out(t('boundLan', { address: host, iface: lan.iface }));
    else
        out(ctx.style.yellow(t('boundLoopback', { address: host })));
    if (state.anonymous)
        out(t('anonymousOn'));
    if (saved)
        out(t('resumed', { item: room.current.id, joined: new Set(Object.values(state.tokens)).size }));
    out(ctx.style.dim(t('sidecarNote', { file: shownState })));
    out(ctx.style.dim(t('stopHint')));
    out();
    const stopMirror = startMirror(room, lang, t, out, (c) => pick(c, lang));
    await new Promise((resolve) => {
        const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
    });
    out();
    out(t('closing'));
    stopMirror();
    refusals.stop();
    hub.close();
    await app.close();
    await room.drain();
    await writeState(statePath, state);
    // The room's result, as assess ends: the table c21lab score prints, from the file as saved.
    out();
    out(ctx.style.bold(t('finalTable')));
    const [label] = seriesLabels([{ file: opened.shown, assessment: room.assessment }]);
    const result = scoreFile(opened.shown, label ?? opened.shown, room.assessment, room.fw, lang);
    ctx.io.stdout.write(scoreTable([result], translator(scoreMessages, lang), ctx.style, lang));
    out();
    out(ctx.style.green(t('closed', { file: ctx.shown(opened.path) })));
    return EXIT_OK;
}
