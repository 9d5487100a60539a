// Live updates by Server-Sent Events: one long response per screen, carrying
// that screen's whole view as JSON whenever the room changes. Updates are
// coalesced (a burst of forty votes sends one update per screen, not forty),
// and a comment line every 15 s keeps phones' connections from idling out.
import type { ServerResponse } from 'node:http';

export interface Client {
  res: ServerResponse;
  /** Whose stream it is (a token or the facilitator key): each may hold a few streams at once. */
  owner: string;
  /** The last payload sent: a screen whose view did not change is not sent it again. */
  last?: string;
  /** The screen's current view; undefined drops the client (e.g. its token no longer resolves). */
  view(): unknown;
}

export class EventHub {
  private readonly clients = new Set<Client>();
  private timer: NodeJS.Timeout | undefined;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(private readonly delayMs = 30) {
    this.heartbeat = setInterval(() => {
      for (const c of this.clients) c.res.write(': keep-alive\n\n');
    }, 15_000);
    this.heartbeat.unref();
  }

  get size(): number {
    return this.clients.size;
  }

  /** Streams one owner may hold at once; a further one replaces the oldest (a phone reconnecting after its network dropped). */
  static readonly PER_OWNER = 4;

  add(client: Client): void {
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

  private send(client: Client): void {
    const view = client.view();
    if (view === undefined) {
      client.res.end();
      this.clients.delete(client);
      return;
    }
    const payload = JSON.stringify(view);
    if (payload === client.last) return;
    client.last = payload;
    client.res.write(`data: ${payload}\n\n`);
  }

  /** Schedules one update to every screen. */
  changed(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      for (const c of this.clients) this.send(c);
    }, this.delayMs);
  }

  close(): void {
    clearInterval(this.heartbeat);
    if (this.timer) clearTimeout(this.timer);
    for (const c of this.clients) c.res.end();
    this.clients.clear();
  }
}
