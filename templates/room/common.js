// Shared by the participant and projector pages: messages, requests, the live
// stream, and building DOM from data. User text only ever goes in through
// textContent or attributes, never as HTML.
'use strict';
/* exported Room */

// eslint-disable-next-line no-redeclare -- this script defines the global the others read
const Room = (() => {
  const LANGS = ['en', 'fr', 'es'];
  let messages = {};
  let lang = 'en';

  function initialLang() {
    const saved = localStorage.getItem('c21lab-room-lang');
    if (LANGS.includes(saved)) return saved;
    const nav = (navigator.language || 'en').slice(0, 2).toLowerCase();
    return LANGS.includes(nav) ? nav : 'en';
  }

  async function setLang(next) {
    const res = await fetch(`/api/messages/${next}`, { headers: { accept: 'application/json' } });
    messages = await res.json();
    lang = next;
    localStorage.setItem('c21lab-room-lang', next);
    document.documentElement.lang = next;
    for (const node of document.querySelectorAll('[data-t]')) node.textContent = t(node.dataset.t);
  }

  function t(key, params) {
    const text = messages[key] ?? key;
    return params ? text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m)) : text;
  }

  function headers(auth) {
    const h = { accept: 'application/json', 'x-room-lang': lang };
    if (auth?.token) h['x-room-token'] = auth.token;
    if (auth?.key) h['x-room-key'] = auth.key;
    return h;
  }

  /** POST or GET JSON; resolves to { ok, status, data } and never throws on an HTTP error. */
  async function api(path, { body, auth } = {}) {
    const init = { method: body === undefined ? 'GET' : 'POST', headers: headers(auth), cache: 'no-store' };
    if (body !== undefined) {
      init.headers['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    try {
      const res = await fetch(path, init);
      const data = await res.json().catch(() => ({}));
      return { ok: res.ok, status: res.status, data };
    } catch {
      return { ok: false, status: 0, data: { message: t('reconnecting') } };
    }
  }

  /**
   * Follows the server-sent events at `path` (fetched, so the token travels in
   * a header, not in the URL) and calls onView with each view. Reconnects after
   * a lost connection; stops and calls onRefused on a 4xx.
   */
  function stream(path, auth, { onView, onStatus, onRefused }) {
    let stopped = false;
    let controller;
    async function connect() {
      while (!stopped) {
        controller = new AbortController();
        try {
          const res = await fetch(path, { headers: { ...headers(auth), accept: 'text/event-stream' }, signal: controller.signal, cache: 'no-store' });
          if (res.status >= 400 && res.status < 500) {
            const data = await res.json().catch(() => ({}));
            onRefused(res.status, data);
            return;
          }
          if (!res.ok || !res.body) throw new Error(String(res.status));
          onStatus(true);
          const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
          let buffer = '';
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            buffer += value;
            let end;
            while ((end = buffer.indexOf('\n\n')) !== -1) {
              const block = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              const data = block.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
              if (data) onView(JSON.parse(data));
            }
          }
        } catch {
          if (stopped) return;
        }
        onStatus(false);
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
    connect();
    return () => {
      stopped = true;
      controller?.abort();
    };
  }

  /** el('p', { class: 'x' }, 'text', child…): text children become text nodes. */
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'on') for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(c instanceof Node ? c : String(c));
    return node;
  }

  function fill(node, ...children) {
    node.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  }

  /** The language picker at the top of both pages. */
  function langPicker(select, onChange) {
    select.value = lang;
    select.addEventListener('change', async () => {
      await setLang(select.value);
      onChange();
    });
  }

  function valueText(v) {
    if (v === 'n/a') return t('valueNa');
    if (v === 'abstain') return t('voteAbstain');
    return String(v);
  }

  return { initialLang, setLang, t, api, stream, el, fill, langPicker, valueText, get lang() { return lang; } };
})();
