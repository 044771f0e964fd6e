import { api, el, layout, money, rate, words, vocabulary, commandForm, post, param } from './common.js';

const id = param('id');
const travel = document.getElementById('travel');
let segment;

function query() {
  const data = new FormData(travel);
  const q = new URLSearchParams();
  if (data.get('asOf')) q.set('asOf', data.get('asOf'));
  if (data.get('knownAt')) q.set('knownAt', new Date(data.get('knownAt')).toISOString());
  return q.toString();
}

async function load() {
  const q = query();
  const answer = await api(`/api/segments/${id}${q ? `?${q}` : ''}`);
  if (!answer.ok) {
    document.getElementById('travelling').textContent = answer.status === 404 ? 'The segment did not exist then.' : (answer.body.title || 'Could not load');
    return;
  }
  segment = answer.body;
  document.title = `${segment.name} — Relationship Inventory`;
  document.getElementById('name').textContent = segment.name;
  document.getElementById('summary').textContent =
    `${segment.status}, objective ${words(segment.objective.motivation)} · defined ${segment.definedOn} · version ${segment.version}`;
  document.getElementById('travelling').textContent = q ? `Showing the portfolio ${segment.asOf ? `as of ${segment.asOf}` : ''} ${segment.knownAt ? `as known at ${new Date(segment.knownAt).toLocaleString()}` : ''}` : '';
  document.getElementById('relationships').replaceChildren(
    el('thead', {}, el('tr', {}, ...['Name', 'Type', 'Status', 'Established', 'Retired', 'Monthly cost', 'Per interaction', 'Channels', 'Last usage'].map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...segment.relationships.map(r => el('tr', { 'data-relationship': r.name },
      el('td', {}, r.name), el('td', {}, words(r.type)), el('td', {}, r.status), el('td', {}, r.establishedOn), el('td', {}, r.retiredOn ?? ''),
      el('td', { class: 'n' }, money(r.cost.monthlyFixedCost)), el('td', { class: 'n' }, rate(r.cost.costPerInteraction)),
      el('td', {}, r.channels.map(words).join(', ')),
      el('td', {}, r.usage.length ? `${r.usage.at(-1).month}: ${r.usage.at(-1).interactions} interactions` : '—')))));
  document.getElementById('expectations').replaceChildren(
    el('p', {}, `Objective: ${words(segment.objective.motivation)} since ${segment.objective.effectiveDate}${segment.objective.rationale ? ` — ${segment.objective.rationale}` : ''}`),
    segment.expectations.length ? el('ul', {}, ...segment.expectations.map(e => el('li', {}, `${words(e.type)} (importance ${e.importance})`))) : el('p', {}, 'No expectations recorded.'));
  const history = await api(`/api/segments/${id}/history`);
  document.getElementById('timeline').replaceChildren(...history.body.map(h => el('li', {},
    el('strong', {}, h.summary), h.reason ? ` — ${h.reason}` : '',
    el('div', { class: 'meta' }, `effective ${h.effectiveDate ?? '—'} · recorded ${new Date(h.recordedAt).toLocaleString()} by ${h.user ?? '—'} · version ${h.version}`))));
  renderCommand();
}

const relationshipOptions = () => segment.relationships.map(r => ({ value: r.relationshipId, label: r.name }));
const commands = {
  'Establish a relationship': () => ({ url: () => `/api/segments/${id}/relationships`, fields: [
    { name: 'type', label: 'Type', options: vocabulary.type, required: true },
    { name: 'name', label: 'Name', required: true },
    { name: 'channels', label: 'Channels', options: vocabulary.channel, multiple: true },
    { name: 'phases', label: 'Phases', options: vocabulary.phase, multiple: true },
    { name: 'motivations', label: 'Motivations', options: vocabulary.motivation, multiple: true },
    { name: 'horizon', label: 'Horizon', options: vocabulary.horizon },
    { name: 'owner', label: 'Owner' }, { name: 'provider', label: 'Provider (third party)' },
    { name: 'monthlyFixedCost', label: 'Monthly fixed cost', type: 'number', money: true, required: true },
    { name: 'costPerInteraction', label: 'Cost per interaction', type: 'number', money: true },
    { name: 'effectiveDate', label: 'Effective date', type: 'date', required: true }] }),
  'Record usage': () => ({ url: b => `/api/segments/${id}/relationships/${b.relationship}/usage`, fields: [
    { name: 'relationship', label: 'Relationship', options: relationshipOptions(), required: true },
    { name: 'month', label: 'Month', type: 'month', required: true },
    { name: 'interactions', label: 'Interactions', type: 'number', required: true },
    { name: 'customersReached', label: 'Customers reached', type: 'number', required: true }] }),
  'Record satisfaction': () => ({ url: b => `/api/segments/${id}/relationships/${b.relationship}/satisfaction`, fields: [
    { name: 'relationship', label: 'Relationship', options: relationshipOptions(), required: true },
    { name: 'month', label: 'Month', type: 'month', required: true },
    { name: 'score', label: 'Score (0–100)', type: 'number', required: true },
    { name: 'responses', label: 'Responses', type: 'number', required: true }] }),
  'Revise cost': () => ({ url: b => `/api/segments/${id}/relationships/${b.relationship}/cost`, fields: [
    { name: 'relationship', label: 'Relationship', options: relationshipOptions(), required: true },
    { name: 'monthlyFixedCost', label: 'Monthly fixed cost', type: 'number', money: true, required: true },
    { name: 'costPerInteraction', label: 'Cost per interaction', type: 'number', money: true, required: true },
    { name: 'effectiveDate', label: 'Effective date', type: 'date', required: true }, { name: 'reason', label: 'Reason' }] }),
  'Adjust a relationship': () => ({ url: b => `/api/segments/${id}/relationships/${b.relationship}/adjust`, fields: [
    { name: 'relationship', label: 'Relationship', options: relationshipOptions(), required: true },
    { name: 'channels', label: 'Channels', options: vocabulary.channel, multiple: true },
    { name: 'horizon', label: 'Horizon', options: vocabulary.horizon }, { name: 'owner', label: 'Owner' }, { name: 'provider', label: 'Provider' },
    { name: 'effectiveDate', label: 'Effective date', type: 'date', required: true }, { name: 'reason', label: 'Reason' }] }),
  'Link to a canvas block': () => ({ url: b => `/api/segments/${id}/relationships/${b.relationship}/integrations`, fields: [
    { name: 'relationship', label: 'Relationship', options: relationshipOptions(), required: true },
    { name: 'block', label: 'Block', options: vocabulary.block, required: true }, { name: 'note', label: 'Note', required: true },
    { name: 'effectiveDate', label: 'Effective date', type: 'date', required: true }] }),
  'Retire a relationship': () => ({ url: b => `/api/segments/${id}/relationships/${b.relationship}/retire`, fields: [
    { name: 'relationship', label: 'Relationship', options: relationshipOptions(), required: true },
    { name: 'effectiveDate', label: 'Effective date', type: 'date', required: true }, { name: 'reason', label: 'Reason' }] }),
  'Record an expectation': () => ({ url: () => `/api/segments/${id}/expectations`, fields: [
    { name: 'type', label: 'Type', options: vocabulary.type, required: true },
    { name: 'importance', label: 'Importance (1–5)', type: 'number', required: true },
    { name: 'effectiveDate', label: 'Effective date', type: 'date', required: true }] }),
  'Withdraw an expectation': () => ({ method: 'DELETE',
    url: b => `/api/segments/${id}/expectations/${encodeURIComponent(b.type ?? '')}?${new URLSearchParams({ effectiveDate: b.effectiveDate ?? '', reason: b.reason ?? '' })}`,
    fields: [
      { name: 'type', label: 'Type', options: segment.expectations.map(e => e.type), required: true },
      { name: 'effectiveDate', label: 'Effective date', type: 'date', required: true }, { name: 'reason', label: 'Reason' }] }),
  'Change the objective': () => ({ url: () => `/api/segments/${id}/objective`, fields: [
    { name: 'motivation', label: 'Objective', options: vocabulary.motivation, required: true },
    { name: 'rationale', label: 'Rationale', type: 'textarea', required: true },
    { name: 'effectiveDate', label: 'Effective date', type: 'date', required: true }] }),
  'Discontinue the segment': () => ({ url: () => `/api/segments/${id}/discontinue`, fields: [
    { name: 'effectiveDate', label: 'Effective date', type: 'date', required: true }, { name: 'reason', label: 'Reason' }] }),
  'Reinstate the segment': () => ({ url: () => `/api/segments/${id}/reinstate`, fields: [
    { name: 'effectiveDate', label: 'Effective date', type: 'date', required: true }, { name: 'reason', label: 'Reason' }] }),
};

const picker = document.getElementById('command');
picker.replaceChildren(...Object.keys(commands).map(c => el('option', { value: c }, c)));
picker.addEventListener('change', renderCommand);

function renderCommand() {
  const spec = commands[picker.value]();
  document.getElementById('form').replaceChildren(commandForm({
    title: picker.value, fields: spec.fields,
    send: body => {
      if (spec.method === 'DELETE') return api(spec.url(body), { method: 'DELETE' });
      const { relationship, ...rest } = body;
      return post(spec.url(body), rest);
    },
    done: () => load(),
  }));
}

travel.addEventListener('submit', e => { e.preventDefault(); load(); });
document.getElementById('now').addEventListener('click', () => { travel.reset(); load(); });
await layout('Dashboard');
await load();
document.body.dataset.ready = 'true';
