import {
  escapeHtml
} from "./chunk-UFYCAIRZ.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/pdf/print.js
import { constants } from "node:os";

// dist/render/pdf/info.js
var latin1 = /* @__PURE__ */ __name((bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1"), "latin1");
function stringEnd(text, i) {
  if (text[i] === "<" && text[i + 1] !== "<") {
    const close = text.indexOf(">", i);
    return close === -1 ? void 0 : close + 1;
  }
  if (text[i] !== "(")
    return void 0;
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (c === "\\")
      j++;
    else if (c === "(")
      depth++;
    else if (c === ")" && --depth === 0)
      return j + 1;
  }
  return void 0;
}
__name(stringEnd, "stringEnd");
var DELIMITER = /[\s/<>()[\]{}%]/;
function infoStrings(text, start, end) {
  const found = [];
  let i = text.indexOf("<<", start);
  if (i === -1 || i > end)
    return found;
  i += 2;
  const skipSpace = /* @__PURE__ */ __name(() => {
    while (i < end && /\s/.test(text[i]))
      i++;
  }, "skipSpace");
  while (i < end) {
    skipSpace();
    if (text.startsWith(">>", i) || text[i] !== "/")
      return found;
    let k = i + 1;
    while (k < end && !DELIMITER.test(text[k]))
      k++;
    const key = text.slice(i, k);
    i = k;
    skipSpace();
    const c = text[i];
    if (c === "(" || c === "<" && text[i + 1] !== "<") {
      const to = stringEnd(text, i);
      if (to === void 0 || to > end)
        return found;
      found.push([key, i, to]);
      i = to;
    } else if (c === "/") {
      k = i + 1;
      while (k < end && !DELIMITER.test(text[k]))
        k++;
      i = k;
    } else if (c !== void 0 && !DELIMITER.test(c)) {
      while (i < end && !DELIMITER.test(text[i]))
        i++;
      skipSpace();
      if (/^\d+\s+R(?![A-Za-z0-9])/.test(text.slice(i, i + 24)))
        i = text.indexOf("R", i) + 1;
    } else {
      return found;
    }
  }
  return found;
}
__name(infoStrings, "infoStrings");
function objectOffset(text, num) {
  const at = text.lastIndexOf("startxref");
  const xref = at === -1 ? NaN : Number(/^startxref\s+(\d+)/.exec(text.slice(at, at + 40))?.[1]);
  if (!Number.isSafeInteger(xref) || !text.startsWith("xref", xref))
    return void 0;
  const lines = text.slice(xref + 4, text.indexOf("trailer", xref)).split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
  for (let k = 0; k < lines.length; ) {
    const [first, count] = lines[k].split(/\s+/).map(Number);
    if (!Number.isSafeInteger(first) || !Number.isSafeInteger(count))
      return void 0;
    if (num >= first && num < first + count) {
      const entry = /^(\d{10}) \d{5} n$/.exec(lines[k + 1 + num - first] ?? "");
      return entry ? Number(entry[1]) : void 0;
    }
    k += 1 + count;
  }
  return void 0;
}
__name(objectOffset, "objectOffset");
function pdfDate(isoDate) {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return `D:${day ? `${day[1]}${day[2]}${day[3]}` : "20000101"}000000Z`;
}
__name(pdfDate, "pdfDate");
function setPdfInfo(pdf, name, isoDate) {
  const text = latin1(pdf);
  const trailer = text.lastIndexOf("trailer");
  const info = trailer === -1 ? null : /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(text.slice(trailer, trailer + 2e3));
  if (!info)
    return pdf;
  const start = objectOffset(text, Number(info[1]));
  if (start === void 0 || !text.startsWith(`${info[1]} ${info[2]} obj`, start))
    return pdf;
  const end = text.indexOf("endobj", start);
  if (end === -1)
    return pdf;
  const creator = `(${name.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  const date = `(${pdfDate(isoDate)})`;
  const values = { "/Creator": creator, "/Producer": creator, "/CreationDate": date, "/ModDate": date };
  const out = Buffer.from(pdf);
  for (const [key, from, to] of infoStrings(text, start, end)) {
    const value = Object.hasOwn(values, key) ? values[key] : void 0;
    if (value !== void 0 && to - from >= value.length)
      out.write(value.padEnd(to - from, " "), from, "latin1");
  }
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
__name(setPdfInfo, "setPdfInfo");

// dist/render/pdf/profile.js
import { mkdtempSync, readdirSync, readlinkSync, rmSync } from "node:fs";
import { readdir, readlink, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, isAbsolute, join } from "node:path";
var SOCKET_FILES = /* @__PURE__ */ new Set(["SingletonSocket", "SingletonCookie"]);
var RM = { recursive: true, force: true, maxRetries: 5, retryDelay: 50 };
function makeProfile() {
  return mkdtempSync(join(tmpdir(), "c21lab-pdf-"));
}
__name(makeProfile, "makeProfile");
function socketDir(link, entries) {
  if (!link || !isAbsolute(link))
    return void 0;
  const dir = dirname(link);
  if (basename(link) !== "SingletonSocket" || dir === dirname(dir))
    return void 0;
  const names = entries(dir);
  return names && names.every((n) => SOCKET_FILES.has(n)) ? dir : void 0;
}
__name(socketDir, "socketDir");
function socketLinkOf(profile) {
  try {
    return readlinkSync(join(profile, "SingletonSocket"));
  } catch {
    return void 0;
  }
}
__name(socketLinkOf, "socketLinkOf");
async function removeProfile(profile, known) {
  const link = known ?? await readlink(join(profile, "SingletonSocket")).catch(() => void 0);
  const names = link ? await readdir(dirname(link)).catch(() => void 0) : void 0;
  const socket = socketDir(link, () => names);
  await Promise.all([rm(profile, RM), socket ? rm(socket, RM) : void 0].map((p) => p?.catch(() => void 0)));
}
__name(removeProfile, "removeProfile");
function removeProfileSync(profile) {
  const link = socketLinkOf(profile);
  const socket = socketDir(link, (dir) => {
    try {
      return readdirSync(dir);
    } catch {
      return void 0;
    }
  });
  for (const dir of socket ? [profile, socket] : [profile]) {
    try {
      rmSync(dir, RM);
    } catch {
    }
  }
}
__name(removeProfileSync, "removeProfileSync");

// dist/render/pdf/launch.js
import { spawn } from "node:child_process";
var BEFORE_PROFILE = [
  "--allow-pre-commit-input",
  "--disable-background-networking",
  "--disable-background-timer-throttling",
  "--disable-backgrounding-occluded-windows",
  "--disable-breakpad",
  "--disable-client-side-phishing-detection",
  "--disable-component-extensions-with-background-pages",
  "--disable-crash-reporter",
  "--disable-default-apps",
  "--disable-dev-shm-usage",
  "--disable-hang-monitor",
  "--disable-infobars",
  "--disable-ipc-flooding-protection",
  "--disable-popup-blocking",
  "--disable-prompt-on-repost",
  "--disable-renderer-backgrounding",
  "--disable-search-engine-choice-screen",
  "--disable-sync",
  "--enable-automation",
  "--export-tagged-pdf",
  "--force-color-profile=srgb",
  "--generate-pdf-document-outline",
  "--metrics-recording-only",
  "--no-first-run",
  "--password-store=basic",
  "--use-mock-keychain",
  "--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,WebUIReloadButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes",
  "--enable-features=PdfOopif"
];
var AFTER_PROFILE = ["--headless=new", "--hide-scrollbars", "--mute-audio", "--disable-extensions", "about:blank"];
function browserArgs(profile, extra) {
  return [...BEFORE_PROFILE, `--user-data-dir=${profile}`, ...AFTER_PROFILE, ...extra, "--remote-debugging-pipe"];
}
__name(browserArgs, "browserArgs");
var START_TIMEOUT_MS = 3e4;
var endOf = /* @__PURE__ */ __name((code, signal) => signal ? { kind: "signal", signal } : { kind: "exit", code }, "endOf");
function failureText(f) {
  return f.kind === "exit" ? `exit ${String(f.code)}` : f.kind === "signal" ? `signal ${f.signal}` : f.kind === "spawn" ? f.message : `no answer in ${f.seconds} s`;
}
__name(failureText, "failureText");
var BrowserStartError = class extends Error {
  static {
    __name(this, "BrowserStartError");
  }
  executable;
  failure;
  stderr;
  constructor(executable, failure, stderr) {
    super(`the browser ${executable} did not start (${failureText(failure)})${stderr ? `:
${stderr}` : ""}`);
    this.executable = executable;
    this.failure = failure;
    this.stderr = stderr;
    this.name = "BrowserStartError";
  }
};
function pipeTransport(toBrowser, fromBrowser) {
  let pending = [];
  let closed = false;
  let onclose;
  const transport = {
    send(message) {
      if (!closed)
        toBrowser.write(`${message}\0`);
    },
    close() {
      fromBrowser.destroy();
      toBrowser.destroy();
    }
  };
  Object.defineProperty(transport, "onclose", {
    get: /* @__PURE__ */ __name(() => onclose, "get"),
    set: /* @__PURE__ */ __name((f) => {
      onclose = f;
      if (closed && f)
        setImmediate(f);
    }, "set"),
    enumerable: true
  });
  fromBrowser.on("data", (chunk) => {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      const message = Buffer.concat([...pending, chunk.subarray(start, end)]).toString("utf8");
      pending = [];
      start = end + 1;
      setImmediate(() => transport.onmessage?.(message));
    }
    if (start < chunk.length)
      pending.push(chunk.subarray(start));
  });
  fromBrowser.on("close", () => {
    closed = true;
    onclose?.();
  });
  fromBrowser.on("error", () => void 0);
  toBrowser.on("error", () => void 0);
  return transport;
}
__name(pipeTransport, "pipeTransport");
async function cdpConnect() {
  try {
    const internal = await import("puppeteer-core/internal/cdp/BrowserConnector.js");
    const direct = internal._connectToCdpBrowser;
    if (typeof direct === "function")
      return (transport, options) => direct(transport, "", options);
  } catch {
  }
  const puppeteer = (await import("puppeteer-core")).default;
  return (transport, options) => puppeteer.connect({ transport, ...options });
}
__name(cdpConnect, "cdpConnect");
var OWN_GROUP = process.platform !== "win32";
function killBrowser(child) {
  if (child.exitCode !== null || child.signalCode !== null)
    return;
  if (!killGroup(child))
    child.kill("SIGKILL");
}
__name(killBrowser, "killBrowser");
function killGroup(child) {
  if (!OWN_GROUP || child.pid === void 0)
    return false;
  try {
    process.kill(-child.pid, "SIGKILL");
    return true;
  } catch {
    return false;
  }
}
__name(killGroup, "killGroup");
function launchBrowser(executable, profile, extra, onSpawn) {
  const child = spawn(executable, browserArgs(profile, extra), { stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"], detached: OWN_GROUP });
  child.once("exit", () => killGroup(child));
  onSpawn?.(child);
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (d) => stderr = (stderr + d).slice(-2e3));
  const failed = new Promise((_, reject) => {
    const fail = /* @__PURE__ */ __name((failure) => reject(new BrowserStartError(executable, failure, stderr.trim())), "fail");
    child.once("error", (e) => fail({ kind: "spawn", message: e.message }));
    child.once("exit", (code, signal) => fail(endOf(code, signal)));
    setTimeout(() => fail({ kind: "timeout", seconds: START_TIMEOUT_MS / 1e3 }), START_TIMEOUT_MS).unref();
  });
  failed.catch(() => void 0);
  const ended = new Promise((resolve) => {
    child.once("close", (code, signal) => resolve(endOf(code, signal)));
    child.once("error", (e) => resolve({ kind: "spawn", message: e.message }));
  });
  const transport = pipeTransport(child.stdio[3], child.stdio[4]);
  const connected = (async () => {
    const connect = await cdpConnect();
    try {
      return await connect(transport, { defaultViewport: { width: 800, height: 600 } });
    } catch (error) {
      const failure = await Promise.race([ended, new Promise((r) => {
        setTimeout(() => r(void 0), 2e3).unref();
      })]);
      if (failure !== void 0)
        throw new BrowserStartError(executable, failure, stderr.trim());
      throw error;
    }
  })();
  return Promise.race([connected, failed]).then((browser) => ({ browser, process: child }), (error) => {
    killBrowser(child);
    transport.close();
    connected.then((b) => b.disconnect(), () => void 0).catch(() => void 0);
    throw error;
  });
}
__name(launchBrowser, "launchBrowser");

// dist/render/pdf/print.js
var SMALL = "font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 8pt; color: #444; width: 100%; padding: 0 15mm;";
function footer(pageOf) {
  const parts = escapeHtml(pageOf).replace("{page}", '<span class="pageNumber"></span>').replace("{pages}", '<span class="totalPages"></span>');
  return `<div style="${SMALL} text-align: right;">${parts}</div>`;
}
__name(footer, "footer");
var SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
function startPrinter(options, { reuse = false } = {}) {
  let child;
  const profileDir = makeProfile();
  const extra = [
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--mute-audio",
    ...options.noSandbox ? ["--no-sandbox"] : []
  ];
  const onSignal = /* @__PURE__ */ __name((signal) => {
    if (child)
      killBrowser(child);
    removeProfileSync(profileDir);
    process.exit(128 + (constants.signals[signal] ?? 0));
  }, "onSignal");
  for (const s of SIGNALS)
    process.on(s, onSignal);
  let started;
  try {
    started = launchBrowser(options.browser, profileDir, extra, (c) => child = c);
  } catch (error) {
    started = Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  started.catch(() => void 0);
  const tab = started.then(({ browser }) => openPage(browser));
  tab.catch(() => void 0);
  let closing;
  const close = /* @__PURE__ */ __name(() => closing ??= (async () => {
    const launched = await started.catch(() => void 0);
    const browserProcess = launched?.process ?? child;
    const socketLink = socketLinkOf(profileDir);
    if (browserProcess) {
      const exited = new Promise((r) => browserProcess.exitCode !== null || browserProcess.signalCode !== null ? r(void 0) : browserProcess.once("exit", r));
      if (launched && !OWN_GROUP) {
        await launched.browser.close().catch(() => killBrowser(browserProcess));
      } else {
        await launched?.browser.disconnect().catch(() => void 0);
        killBrowser(browserProcess);
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5e3).unref())]);
      killBrowser(browserProcess);
    }
    await removeProfile(profileDir, socketLink);
    for (const s of SIGNALS)
      process.off(s, onSignal);
  })(), "close");
  return {
    close,
    async print(html, page) {
      const text = {
        header: page?.header ?? options.header ?? "",
        pageOf: page?.pageOf ?? options.pageOf ?? "",
        lang: page?.lang ?? options.lang ?? "en",
        date: page?.date ?? options.date ?? ""
      };
      try {
        return await printPage(await tab, html, text);
      } catch (error) {
        if (reuse)
          await close();
        throw error;
      } finally {
        if (!reuse)
          await close();
      }
    }
  };
}
__name(startPrinter, "startPrinter");
async function openPage(browser) {
  const page = (await browser.pages())[0] ?? await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    if (request.isInterceptResolutionHandled())
      return;
    void (request.url().startsWith("data:") ? request.continue() : request.abort("blockedbyclient"));
  });
  return page;
}
__name(openPage, "openPage");
async function printPage(page, html, text) {
  await page.setContent(html, { waitUntil: "load" });
  const pdf = await page.pdf({
    format: "A4",
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: `<div style="${SMALL}" lang="${escapeHtml(text.lang)}">${escapeHtml(text.header)}</div>`,
    footerTemplate: footer(text.pageOf),
    margin: { top: "18mm", bottom: "18mm", left: "15mm", right: "15mm" },
    preferCSSPageSize: false,
    tagged: true,
    outline: true
  });
  return setPdfInfo(new Uint8Array(pdf), "c21lab", text.date ?? "");
}
__name(printPage, "printPage");
async function htmlToPdf(html, options) {
  return startPrinter(options).print(html);
}
__name(htmlToPdf, "htmlToPdf");
export {
  htmlToPdf,
  startPrinter
};
