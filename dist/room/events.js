export class EventHub {
    delayMs;
    clients = new Set();
    timer;
    heartbeat;
    constructor(delayMs = 30) {
        this.delayMs = delayMs;
        this.heartbeat = setInterval(() => {
            for (const c of this.clients)
                c.res.write(': keep-alive\n\n');
        }, 15_000);
        this.heartbeat.unref();
    }
    get size() {
        return this.clients.size;
    }
    /** Streams one owner may hold at once; a further one replaces the oldest (a phone reconnecting after its network dropped). */
    static PER_OWNER = 4;
    add(client) {
        const { res } = client;
        const mine = [...this.clients].filter((c) => c.owner === client.owner);
        for (const old of mine.slice(0, Math.max(0, mine.length - EventHub.PER_OWNER + 1))) {
            this.clients.delete(old);
            old.res.end();
        }
        res.writeHead(200, {
            'content-type': 'text/event-stream; charset=utf-8',
            'cache-control': 'no-store',
            connection: 'keep-alive',
            'x-content-type-options': 'nosniff',
        });
        this.clients.add(client);
        res.on('close', () => this.clients.delete(client));
        this.send(client);
    }
    send(client) {
        const view = client.view();
        if (view === undefined) {
            client.res.end();
            this.clients.delete(client);
            return;
        }
        const payload = JSON.stringify(view);
        if (payload === client.last)
            return;
        client.last = payload;
        client.res.write(`data: ${payload}\n\n`);
    }
    /** Schedules one update to every screen. */
    changed() {
        this.timer ??= setTimeout(() => {
            this.timer = undefined;
            for (const c of this.clients)
                this.send(c);
        }, this.delayMs);
    }
    close() {
        clearInterval(this.heartbeat);
        if (this.timer)
            clearTimeout(this.timer);
        for (const c of this.clients)
            c.res.end();
        this.clients.clear();
    }
}
