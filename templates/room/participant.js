// The participant's phone: room code → name (picked or registered) → the
// current item and a vote on the framework's scale. The token lives in this
// browser only (localStorage) and travels in a header.
'use strict';

(() => {
  const { t, api, stream, el, fill, valueText } = Room;
  const $ = (id) => document.getElementById(id);
  const TOKEN = 'c21lab-room-token';
  let code = '';
  let view = null;
  let stopStream = null;

  function showError(message) {
    const box = $('error');
    box.textContent = message || '';
    box.hidden = !message;
  }

  function screen(name) {
    for (const id of ['code-screen', 'who-screen', 'vote-screen']) $(id).hidden = id !== name;
  }

  async function submitCode(value) {
    showError('');
    const res = await api('/api/join', { body: { code: value } });
    if (!res.ok) return showError(res.data.message);
    code = value;
    sessionStorage.setItem('c21lab-room-code', value);
    const names = $('names');
    const anonymous = res.data.anonymous;
    $('pick-form').hidden = anonymous || res.data.participants.length === 0;
    $('anonymous-note').hidden = !anonymous;
    $('name-fields').hidden = anonymous;
    $('register-h').hidden = anonymous;
    $('register-submit').textContent = t(anonymous ? 'anonymousSubmit' : 'registerSubmit');
    $('register-submit').dataset.t = anonymous ? 'anonymousSubmit' : 'registerSubmit';
    fill(
      names,
      res.data.participants.map((p) => {
        const id = `who-${p.id}`;
        return el(
          'div',
          { class: 'name' },
          el('input', { type: 'radio', name: 'who', id, value: p.id, disabled: p.taken }),
          el('label', { for: id }, p.name, p.organisation ? el('span', { class: 'org' }, ` · ${p.organisation}`) : null, p.taken ? el('span', { class: 'taken' }, ` (${t('taken')})`) : null),
        );
      }),
    );
    screen('who-screen');
    $('who-h').focus?.();
  }

  function joined(token) {
    localStorage.setItem(TOKEN, token);
    connect();
  }

  function connect() {
    const token = localStorage.getItem(TOKEN);
    if (!token) return screen('code-screen');
    stopStream?.();
    stopStream = stream('/api/events', { token }, {
      onView: (v) => {
        view = v;
        render();
      },
      onStatus: (up) => ($('status').textContent = up ? '' : t('reconnecting')),
      onRefused: (_status, data) => {
        localStorage.removeItem(TOKEN);
        showError(data.message);
        screen('code-screen');
      },
    });
  }

  async function vote(value) {
    if (!view) return;
    showError('');
    const res = await api('/api/vote', { body: { item: view.item.id, value }, auth: { token: localStorage.getItem(TOKEN) } });
    if (!res.ok) return showError(res.data.message);
    view = res.data;
    render();
    $('status').textContent = t('saved');
  }

  function render() {
    if (!view) return;
    screen('vote-screen');
    const v = view;
    $('me').textContent = v.me.name ? t('youAre', { name: v.me.name }) : t('youAreAnonymous');
    $('item-pos').textContent = `${t('itemOf', { no: v.item.index + 1, total: v.item.total })} · ${t('commitmentOf', { no: v.item.commitmentNo, total: v.item.commitments })}`;
    $('item-title').textContent = v.item.commitmentTitle;
    $('item-action').textContent = v.item.action ? t('actionOf', { id: v.item.action.id, no: v.item.action.no, of: v.item.action.of, title: v.item.action.title }) : '';
    $('item-desc').textContent = v.item.description;
    fill(
      $('prompts'),
      v.item.prompts.length ? [el('h2', {}, t('promptsHeading')), el('ul', {}, v.item.prompts.map((p) => el('li', {}, p)))] : [],
    );
    $('vote-state').textContent = t(v.open ? 'votingOpen' : 'votingClosed');
    // The buttons are built once per item (and language), then only updated,
    // so a tap or the keyboard focus is never lost to an update from the room.
    const key = `${v.item.id}|${Room.lang}`;
    if ($('votes').dataset.key !== key) {
      const buttons = [];
      for (let n = v.scale.min; n <= v.scale.max; n++) {
        const band = v.scale.bands.find((b) => n >= b.min && n <= b.max);
        buttons.push({ value: n, label: String(n), band: band ? band.label : '', bandId: band ? band.id : '' });
      }
      buttons.push({ value: 'n/a', label: t('voteNa'), band: '', wide: true });
      buttons.push({ value: 'abstain', label: t('voteAbstain'), band: '', wide: true });
      fill(
        $('votes'),
        buttons.map((b) =>
          el(
            'button',
            { type: 'button', class: `vote${b.wide ? ' wide' : ''}${b.bandId ? ` band-${b.bandId}` : ''}`, 'data-value': String(b.value), on: { click: () => vote(b.value) } },
            el('span', { class: 'n' }, b.label),
            b.band ? el('span', { class: 'band' }, b.band) : null,
          ),
        ),
      );
      $('votes').dataset.key = key;
    }
    for (const button of $('votes').querySelectorAll('button')) {
      const value = button.dataset.value;
      button.setAttribute('aria-pressed', String(String(v.myVote) === value));
      button.disabled = !v.open;
    }
    $('my-vote').textContent = v.myVote === null ? t('noVoteYet') : v.myVote === 'abstain' ? t('youAbstain') : t('yourVote', { vote: valueText(v.myVote) });
    $('agreed').textContent = v.agreed === null ? '' : t('agreed', { score: valueText(v.agreed) });
  }

  document.addEventListener('DOMContentLoaded', async () => {
    await Room.setLang(Room.initialLang());
    Room.langPicker($('lang'), () => {
      render();
      if (view) connect(); // framework texts come in the chosen language
    });
    $('code-form').addEventListener('submit', (e) => {
      e.preventDefault();
      submitCode($('code').value.trim());
    });
    $('pick-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const picked = document.querySelector('input[name="who"]:checked');
      if (!picked) return;
      const res = await api('/api/claim', { body: { code, id: picked.value } });
      if (!res.ok) return showError(res.data.message);
      joined(res.data.token);
    });
    $('register-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const body = { code };
      if (!$('name-fields').hidden) {
        body.name = $('name').value.trim();
        if ($('org').value.trim()) body.organisation = $('org').value.trim();
      }
      if ($('sector').value) body.sector = $('sector').value;
      const res = await api('/api/register', { body });
      if (!res.ok) return showError(res.data.message);
      joined(res.data.token);
    });
    const fromLink = new URLSearchParams(location.hash.slice(1)).get('code');
    if (fromLink) history.replaceState(null, '', location.pathname);
    if (localStorage.getItem(TOKEN)) connect();
    else if (fromLink) {
      $('code').value = fromLink;
      screen('code-screen');
      submitCode(fromLink);
    } else {
      const kept = sessionStorage.getItem('c21lab-room-code');
      if (kept) $('code').value = kept;
      screen('code-screen');
    }
  });
})();
