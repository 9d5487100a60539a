// A minimal Language Server Protocol client over stdio (JSON-RPC with
// Content-Length framing), enough to open a file in the real
// yaml-language-server and read the diagnostics it publishes.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/cli.js';

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
  source?: string;
}

type Message = { id?: number; method?: string; params?: unknown; result?: unknown; error?: unknown };

export class YamlLanguageServer {
  private child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, (m: Message) => void>();
  private diagnostics = new Map<string, Diagnostic[]>();
  private waiters: Array<() => void> = [];
  stderr = '';

  constructor(private settings: Record<string, unknown>) {
    const bin = join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
    // No network: the server may only read schemas from disk.
    this.child = spawn(process.execPath, [bin, '--stdio'], { stdio: 'pipe', env: { PATH: process.env.PATH, HOME: process.env.HOME } });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.setEncoding('utf8').on('data', (d: string) => (this.stderr += d));
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.handle(message);
    }
  }

  private handle(m: Message): void {
    if (m.id !== undefined && m.method === undefined) {
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
    } else if (m.method === 'textDocument/publishDiagnostics') {
      const p = m.params as { uri: string; diagnostics: Diagnostic[] };
      this.diagnostics.set(p.uri, p.diagnostics);
      this.waiters.splice(0).forEach((w) => w());
    } else if (m.method === 'workspace/configuration' && m.id !== undefined) {
      const items = (m.params as { items: Array<{ section?: string }> }).items;
      this.send({ id: m.id, result: items.map((i) => (i.section === 'yaml' ? this.settings : null)) });
    } else if (m.id !== undefined) {
      this.send({ id: m.id, result: null }); // any other server request: acknowledge
    }
  }

  request(method: string, params: unknown): Promise<Message> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  async start(rootDir: string): Promise<void> {
    await this.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(rootDir).href,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } },
      initializationOptions: {},
    });
    this.notify('initialized', {});
    this.notify('workspace/didChangeConfiguration', { settings: { yaml: this.settings } });
  }

  /** Opens the file and waits until the server has published its diagnostics for it (polling the replies, no fixed delay). */
  async diagnose(path: string, text: string): Promise<Diagnostic[]> {
    const uri = pathToFileURL(path).href;
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    while (!this.diagnostics.has(uri)) await new Promise<void>((r) => this.waiters.push(r));
    return this.diagnostics.get(uri) as Diagnostic[];
  }

  async hover(path: string, line: number, character: number): Promise<string> {
    const r = await this.request('textDocument/hover', { textDocument: { uri: pathToFileURL(path).href }, position: { line, character } });
    const contents = (r.result as { contents?: { value?: string } | string } | null)?.contents;
    return typeof contents === 'string' ? contents : (contents?.value ?? '');
  }

  async stop(): Promise<void> {
    await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
    this.notify('exit', null);
    this.child.kill();
  }
}
