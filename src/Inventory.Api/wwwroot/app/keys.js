import { api, el, layout, commandForm, post, vocabulary, words, instant, table, empty, notice } from './common.js';

const me = await layout('Keys');

async function load() {
  const answer = await api('/api/keys');
  if (!answer.ok) {
    document.getElementById('keys').replaceChildren(empty(answer.status === 403 ? `Managing keys needs an admin key (yours: ${me.role}).` : (answer.body.detail || answer.body.title)));
    document.getElementById('create').hidden = true;
    return;
  }
  const keys = answer.body;
  document.getElementById('keys').replaceChildren(keys.length ? table(['Name', 'Role', 'Starts with', 'Created', 'Status', ''],
    keys.map(k => el('tr', { 'data-key': k.name },
      el('td', {}, k.name), el('td', {}, words(String(k.role).toLowerCase())), el('td', {}, el('code', {}, `${k.prefix}…`)), el('td', {}, instant(k.createdAt)),
      el('td', {}, k.revokedAt ? `revoked ${instant(k.revokedAt)}` : 'active'),
      el('td', {}, k.revokedAt ? '' : el('button', { type: 'button', class: 'secondary outline', 'aria-label': `Revoke ${k.name}`, onclick: () => revoke(k) }, 'Revoke')))))
    : empty('No keys.'));
}

async function revoke(key) {
  if (!window.confirm(`Revoke the key "${key.name}"? It stops working at once and cannot be restored.`)) return;
  const answer = await api(`/api/keys/${key.id}`, { method: 'DELETE' });
  if (answer.ok) notice(`Key "${key.name}" revoked.`);
  else document.getElementById('new-key').replaceChildren(el('p', { class: 'problem' }, answer.body.detail || answer.body.title || `Refused (${answer.status})`));
  await load();
}

function showNewKey(created) {
  const code = el('code', { id: 'new-key-value' }, created.key);
  const copy = el('button', { type: 'button', class: 'secondary', onclick: async () => {
    await navigator.clipboard.writeText(created.key).then(() => notice('Key copied.'), () => notice('Select the key and copy it by hand.'));
  } }, 'Copy');
  document.getElementById('new-key').replaceChildren(el('div', { class: 'new-key' },
    el('p', {}, el('strong', {}, `The new ${words(String(created.role).toLowerCase()).toLowerCase()} key "${created.name}"`), ' — copy it now; it will not be shown again:'),
    el('p', {}, code, ' ', copy)));
}

document.getElementById('create').append(commandForm({
  title: 'Create a key', submit: 'Create', saved: 'Key created.',
  fields: [{ name: 'name', label: 'Name', required: true, help: 'Who or what uses it, e.g. "Q3 review team" or "import job".' },
    { name: 'role', label: 'Role', options: vocabulary.role, required: true }],
  send: body => post('/api/keys', body),
  done: answer => { showNewKey(answer.body); load(); },
}));
await load();
document.body.dataset.ready = 'true';
