import { api, el, layout, commandForm, post, vocabulary, words, instant, table, empty, notice, t, explain } from './common.js';

const me = await layout('Keys');

async function load() {
  const answer = await api('/api/keys');
  if (!answer.ok) {
    document.getElementById('keys').replaceChildren(empty(answer.status === 403 ? t('page.keys.needsAdmin', { role: words('role', me.role).toLowerCase() }) : explain(answer.body, answer.body.code, answer.body.detail || answer.body.title)));
    document.getElementById('create').hidden = true;
    return;
  }
  const keys = answer.body;
  document.getElementById('keys').replaceChildren(keys.length ? table([t('page.field.name'), t('page.keys.role'), t('page.keys.startsWith'), t('page.keys.created'), t('page.keys.status'), ''],
    keys.map(k => el('tr', { 'data-key': k.name },
      el('td', {}, k.name), el('td', {}, words('role', String(k.role).toLowerCase())), el('td', {}, el('code', {}, `${k.prefix}…`)), el('td', {}, instant(k.createdAt)),
      el('td', {}, k.revokedAt ? t('page.keys.revokedAt', { instant: instant(k.revokedAt) }) : t('page.keys.active')),
      el('td', {}, k.revokedAt ? '' : el('button', { type: 'button', class: 'secondary outline', 'aria-label': t('page.keys.revokeName', { name: k.name }), onclick: () => revoke(k) }, t('page.keys.revoke'))))))
    : empty(t('page.keys.none')));
}

async function revoke(key) {
  if (!window.confirm(t('page.keys.revokeConfirm', { name: key.name }))) return;
  const answer = await api(`/api/keys/${key.id}`, { method: 'DELETE' });
  if (answer.ok) notice(t('page.keys.revoked', { name: key.name }));
  else document.getElementById('new-key').replaceChildren(el('p', { class: 'problem' },
    explain(answer.body, answer.body?.code, answer.body?.detail || answer.body?.title || t('page.form.refused', { status: answer.status }))));
  await load();
}

function showNewKey(created) {
  const code = el('code', { id: 'new-key-value' }, created.key);
  const copy = el('button', { type: 'button', class: 'secondary', onclick: async () => {
    await navigator.clipboard.writeText(created.key).then(() => notice(t('page.keys.copied')), () => notice(t('page.keys.copyByHand')));
  } }, t('page.keys.copy'));
  document.getElementById('new-key').replaceChildren(el('div', { class: 'new-key' },
    el('p', {}, el('strong', {}, t('page.keys.newKey', { role: words('role', String(created.role).toLowerCase()).toLowerCase(), name: created.name })), ' ', t('page.keys.copyNow')),
    el('p', {}, code, ' ', copy)));
}

document.getElementById('create').append(commandForm({
  title: t('page.keys.create'), submit: t('page.keys.createSubmit'), saved: t('page.keys.createdNotice'),
  fields: [{ name: 'name', label: t('page.field.name'), required: true, help: t('page.keys.nameHelp') },
    { name: 'role', label: t('page.keys.role'), options: vocabulary.role, area: 'role', required: true }],
  send: body => post('/api/keys', body),
  done: answer => { showNewKey(answer.body); load(); },
}));
await load();
document.body.dataset.ready = 'true';
