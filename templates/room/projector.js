// The facilitator's projector view: the current item, the live distribution,
// statistics, sectors, and the controls. The key comes from the link's
// fragment (never sent to the server as part of a URL), is kept for this tab
// only, and travels in a header.
'use strict';

(() => {
  const { t, api, stream, el, fill, valueText } = Room;
  const $ = (id) => document.getElementById(id);
  let key = '';
  let view = null;
  let shownItem = null;
  let noteDirty = false;

  function showError(message) {
    $('error').textContent = message || '';
    $('error').hidden = !message;
  }

  /** Resolves to whether the room took the change. */
  async function send(path, body) {
    showError('');
    const res = await api(path, { body, auth: { key } });
    if (!res.ok) {
      showError(res.data.message);
      return false;
    }
    view = res.data;
    render();
    return true;
  }

  async function loadQr() {
    const res = await fetch('/api/qr.svg', { headers: { 'x-room-key': key } });
    if (!res.ok) return;
    $('qr').src = URL.createObjectURL(await res.blob());
  }

  function sectorName(id) {
    return id === 'none' ? t('sectorNone') : t(`sector-${id}`);
  }

  function render() {
    if (!view) return;
    const v = view;
    $('stage').hidden = false;
    $('city').textContent = v.city;
    $('join').textContent = t('joinAt', { url: v.joinUrl, code: v.code });
    $('qr').alt = t('qrAlt', { url: v.joinUrl });
    $('item-pos').textContent = `${t('itemOf', { no: v.item.index + 1, total: v.item.total })} · ${t('commitmentOf', { no: v.item.commitmentNo, total: v.item.commitments })}`;
    $('item-title').textContent = v.item.commitmentTitle;
    $('item-action').textContent = v.item.action ? t('actionOf', { id: v.item.action.id, no: v.item.action.no, of: v.item.action.of, title: v.item.action.title }) : '';
    $('item-desc').textContent = v.item.description;
    fill($('prompts'), v.item.prompts.length ? [el('h2', {}, t('promptsHeading')), el('ul', {}, v.item.prompts.map((p) => el('li', {}, p)))] : []);
    $('state').textContent = t(v.open ? 'stateOpen' : 'stateClosed');
    $('state').className = `state ${v.open ? 'open' : 'closed'}`;
    // Both counts are of the phones that joined; votes already in the file from anyone else are said apart.
    const others = v.voted - v.votedJoined;
    $('counts').textContent = [t('voted', { voted: v.votedJoined, joined: v.joined }), others > 0 ? t('votedOthers', { count: others }) : null, t('abstentions', { count: v.abstained })]
      .filter(Boolean)
      .join(' · ');

    const peak = Math.max(1, ...v.distribution.map((d) => d.count));
    fill(
      $('dist'),
      el(
        'ul',
        { class: 'bars' },
        v.distribution.map((d) =>
          el(
            'li',
            { class: `bar${d.band ? ` band-${d.band}` : ''}`, 'data-value': String(d.value), 'data-count': String(d.count) },
            el('span', { class: 'count' }, String(d.count)),
            el('span', { class: 'track' }, el('span', { class: 'fill', 'data-h': String(Math.round((d.count / peak) * 100)) })),
            el('span', { class: 'label' }, d.value === 'abstain' ? t('barAbstain') : valueText(d.value)),
          ),
        ),
      ),
    );
    // Heights via CSSOM (allowed by the CSP, unlike inline style attributes); the track is 200 px.
    for (const f of $('dist').querySelectorAll('.fill')) f.style.height = `${Math.max(2, Number(f.dataset.h) * 2)}px`;

    $('stats').textContent = v.statsText ? t('statsLine', v.statsText) : t('noVotes');
    $('wide').hidden = !(v.stats && v.stats.wide);
    fill(
      $('sectors'),
      v.bySector.length
        ? [
            el('h3', {}, t('bySectorHeading')),
            el(
              'table',
              {},
              el('thead', {}, el('tr', {}, ['colSector', 'colVotes', 'colMean', 'colMedian'].map((k) => el('th', { scope: 'col' }, t(k))))),
              el('tbody', {}, v.bySector.map((s) => el('tr', {}, el('th', { scope: 'row' }, sectorName(s.sector)), el('td', {}, s.n), el('td', {}, s.meanText ?? '–'), el('td', {}, s.medianText ?? '–')))),
            ),
          ]
        : [],
    );
    fill(
      $('revealed'),
      v.anonymous
        ? [el('p', { class: 'note' }, t('anonymousRoom'))]
        : v.votes
          ? [
              el('h3', {}, t('revealedHeading')),
              el(
                'table',
                { class: 'who' },
                el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('colName')), el('th', { scope: 'col' }, t('colVote')))),
                el('tbody', {}, v.votes.map((r) => el('tr', {}, el('th', { scope: 'row' }, r.name), el('td', {}, valueText(r.value))))),
              ),
            ]
          : [],
    );

    $('btn-open').textContent = t(v.open ? 'btnClose' : 'btnOpen');
    $('btn-reveal').textContent = t(v.revealed ? 'btnHide' : 'btnReveal');
    $('btn-reveal').disabled = v.anonymous;
    $('btn-prev').disabled = v.item.index === 0;
    $('btn-next').disabled = v.item.index === v.item.total - 1;

    const jump = $('jump');
    if (jump.options.length !== v.items.length || shownItem !== v.item.id) {
      fill(jump, v.items.map((i) => el('option', { value: String(i.index), selected: i.index === v.item.index }, `${i.index + 1}. ${i.id}${i.scored ? ' ✓' : ''}`)));
    }
    // The agreed-score list is rebuilt for a new item, and set again only when the
    // agreed score itself changes: a vote arriving must never move the facilitator's choice.
    const agree = $('agree');
    const agreedKey = `${v.item.id}|${Room.lang}|${v.agreed}`;
    if (agree.dataset.key !== agreedKey) {
      const options = [];
      for (let n = v.scale.min; n <= v.scale.max; n++) {
        const band = v.scale.bands.find((b) => n >= b.min && n <= b.max);
        options.push(el('option', { value: String(n) }, band ? `${n} — ${band.label}` : String(n)));
      }
      options.push(el('option', { value: 'n/a' }, t('voteNa')));
      fill(agree, options);
      agree.value = String(v.agreed ?? v.proposed ?? Math.round((v.scale.min + v.scale.max) / 2));
      agree.dataset.key = agreedKey;
      agree.dataset.touched = '';
    } else if (!agree.dataset.touched && v.agreed === null && v.proposed !== null) {
      agree.value = String(v.proposed); // follow the median until the facilitator picks a value
    }
    $('agreed').textContent = v.agreed === null ? t('notAgreed') : t('agreed', { score: valueText(v.agreed) });
    if (shownItem !== v.item.id) noteDirty = false;
    if (!noteDirty && document.activeElement !== $('note')) $('note').value = v.notes;
    shownItem = v.item.id;

    const release = $('release');
    const phonesKey = v.phones.map((p) => p.id).join(' ');
    if (release.dataset.key !== phonesKey) {
      fill(release, v.phones.map((p) => el('option', { value: p.id }, p.name)));
      release.dataset.key = phonesKey;
    }
    $('btn-release').disabled = v.phones.length === 0;

    fill(
      $('progress'),
      v.progress.map((p) =>
        el('li', { class: p.answered === p.total ? 'done' : '' }, el('span', { class: 'ptitle' }, `${p.id}. ${p.title}`), ' ', el('span', { class: 'pcount' }, t('progressRow', p))),
      ),
    );
  }

  document.addEventListener('DOMContentLoaded', async () => {
    await Room.setLang(Room.initialLang());
    const fromLink = new URLSearchParams(location.hash.slice(1)).get('key');
    if (fromLink) {
      sessionStorage.setItem('c21lab-room-key', fromLink);
      history.replaceState(null, '', location.pathname); // the key does not stay on a projected address bar
    }
    key = sessionStorage.getItem('c21lab-room-key') || '';
    const start = () =>
      stream('/api/events', { key }, {
        onView: (v) => {
          view = v;
          render();
        },
        onStatus: (up) => ($('status').textContent = up ? '' : t('reconnecting')),
        onRefused: (_s, data) => showError(data.message || t('errNoKey')),
      });
    let stop = start();
    Room.langPicker($('lang'), () => {
      stop();
      stop = start();
    });
    loadQr();
    $('btn-open').addEventListener('click', () => send('/api/control', { action: view?.open ? 'close' : 'open' }));
    $('btn-reveal').addEventListener('click', () => send('/api/control', { action: view?.revealed ? 'hide' : 'reveal' }));
    $('btn-prev').addEventListener('click', () => send('/api/control', { action: 'prev' }));
    $('btn-next').addEventListener('click', () => send('/api/control', { action: 'next' }));
    $('btn-jump').addEventListener('click', () => send('/api/control', { action: 'jump', index: Number($('jump').value) }));
    $('btn-agree').addEventListener('click', () => {
      const raw = $('agree').value;
      send('/api/agree', { item: view.item.id, value: raw === 'n/a' ? 'n/a' : Number(raw) });
    });
    $('btn-clear').addEventListener('click', () => send('/api/agree', { item: view.item.id, value: null }));
    $('btn-release').addEventListener('click', () => $('release').value && send('/api/release', { id: $('release').value }));
    $('note').addEventListener('input', () => (noteDirty = true));
    $('agree').addEventListener('change', () => ($('agree').dataset.touched = '1'));
    $('btn-note').addEventListener('click', async () => {
      // A refused note stays in the box, to be shortened and sent again.
      if (await send('/api/note', { item: view.item.id, notes: $('note').value })) noteDirty = false;
    });
  });
})();
