import {
  api, el, layout, money, rate, count, counted, words, vocabulary, typeMeaning, commandForm, post, param, help, empty, table, instant,
  relationshipLink, loadCurrency,
  prose,
} from './common.js';

const id = param('id');
const travel = document.getElementById('travel');
const pageSize = 20;
let segment, current, history = [], shown = pageSize;

function query() {
  const data = new FormData(travel);
  const q = new URLSearchParams();
  if (data.get('asOf')) q.set('asOf', data.get('asOf'));
  if (data.get('knownAt')) q.set('knownAt', new Date(data.get('knownAt')).toISOString());
  return q.toString();
}

function when(q) {
  const p = new URLSearchParams(q);
  return [p.get('asOf') ? `as of ${p.get('asOf')}` : '', p.get('knownAt') ? `as known at ${instant(p.get('knownAt'))}` : ''].filter(Boolean).join(', ');
}

function notYetDefined(q, reason) {
  document.getElementById('travelling').textContent = `${when(q)}: ${reason}`;
  document.getElementById('relationships').replaceChildren(empty('Nothing is listed: the segment was not yet defined then.'));
  document.getElementById('expectations').replaceChildren(empty('Nothing is listed: the segment was not yet defined then.'));
}

async function load() {
  const q = query();
  const answer = await api(`/api/segments/${id}${q ? `?${q}` : ''}`);
  if (!answer.ok) {
    if (answer.status === 404 && q) notYetDefined(q, 'the segment was not yet defined (it did not exist then).');
    else {
      document.getElementById('travelling').textContent = answer.status === 404 ? 'There is no such segment.' : (answer.body.detail || answer.body.title || `Could not load (${answer.status})`);
      document.getElementById('relationships').replaceChildren();
    }
    renderTimeline();
    return;
  }
  segment = answer.body;
  if (!q) current = segment;
  document.title = `${segment.name} — Relationship Inventory`;
  document.getElementById('name').textContent = segment.name;
  const defined = !(segment.status === 'notYetDefined' || segment.status === 'planned');
  document.getElementById('summary').textContent = defined
    ? `${words(segment.status)}, objective ${words(segment.objective?.motivation).toLowerCase()} · defined ${segment.definedOn} · version ${segment.version}${segment.description ? ` · ${segment.description}` : ''}`
    : `Not yet defined then · defined ${segment.definedOn}${segment.description ? ` · ${segment.description}` : ''}`;
  if (q && (segment.status === 'notYetDefined' || (segment.asOf && segment.asOf < segment.definedOn))) {
    notYetDefined(q, `the segment was not yet defined (it is defined from ${segment.definedOn}).`);
    renderTimeline();
    renderCommand();
    return;
  }
  document.getElementById('travelling').textContent = q ? `Showing the portfolio ${when(q)}.` : '';
  document.getElementById('relationships').replaceChildren(segment.relationships.length ? table(
    ['Name', 'Type', 'Status', 'Established', 'Retired', 'Monthly fixed cost ', 'Rate per interaction ', 'Channels', 'Last usage'],
    segment.relationships.map(r => el('tr', { 'data-relationship': r.name },
      el('td', {}, relationshipLink(id, r.relationshipId, r.name)), el('td', { title: typeMeaning[r.type] }, words(r.type)), el('td', {}, r.status),
      el('td', {}, r.establishedOn), el('td', {}, r.retiredOn ?? ''),
      el('td', { class: 'n' }, money(r.cost.monthlyFixedCost)), el('td', { class: 'n' }, rate(r.cost.costPerInteraction)),
      el('td', {}, r.channels.map(words).join(', ')),
      el('td', {}, r.usage.length ? `${r.usage.at(-1).month}: ${count(r.usage.at(-1).interactions)} interactions` : '—'))),
    { id: 'relationships-table' })
    : empty('No relationships yet. Establish one with "Establish a relationship" under "Change the portfolio": a type, a name, its cost and the date it starts.'));
  document.getElementById('expectations').replaceChildren(
    el('p', {}, `Objective: ${words(segment.objective.motivation)} since ${segment.objective.effectiveDate}${segment.objective.rationale ? ` — ${segment.objective.rationale}` : ''}`),
    segment.expectations.length ? el('ul', {}, ...segment.expectations.map(e => el('li', {}, `${words(e.type)} (importance ${e.importance} of 5)`)))
      : empty('No expectations recorded: record which relationship types this segment expects, and how much each matters (1–5), with "Record an expectation".'));
  renderTimeline();
  renderCommand();
}

const relationshipName = h => h.relationshipName ?? current?.relationships.find(r => r.relationshipId === h.relationshipId)?.name;

function renderTimeline() {
  const target = location.hash.startsWith('#event-') ? history.findIndex(h => `#event-${h.eventId}` === location.hash) : -1;
  if (target >= shown) shown = Math.ceil((target + 1) / pageSize) * pageSize;
  const list = history.slice(0, shown);
  document.getElementById('timeline-state').textContent = history.length
    ? `${counted(history.length, 'change')}, newest first; showing ${count(list.length)}.` : '';
  document.getElementById('timeline').replaceChildren(...(history.length ? list.map(h => el('li', { id: `event-${h.eventId}` },
    relationshipName(h) ? [relationshipLink(id, h.relationshipId, relationshipName(h)), ': '] : '',
    el('strong', {}, prose(h.summary)), h.reason ? ` — ${h.reason}` : '',
    el('div', { class: 'meta' }, `effective ${h.effectiveDate ?? '—'} · recorded ${instant(h.recordedAt)} by ${h.user ?? '—'} · version ${h.version}`)))
    : [el('li', {}, empty('No changes recorded yet.'))]));
  document.getElementById('more').hidden = shown >= history.length;
  if (target >= 0) document.getElementById(`event-${history[target].eventId}`)?.scrollIntoView();
}

const relationshipOptions = () => (current ?? segment).relationships.map(r => ({ value: r.relationshipId, label: `${r.name} (${words(r.type)}, ${r.status})` }));
const date = { name: 'effectiveDate', label: 'Effective date', type: 'date', required: true };
const reason = { name: 'reason', label: 'Reason' };
const relationship = () => ({ name: 'relationship', label: 'Relationship', options: relationshipOptions(), required: true });
const typeHelp = 'Personal assistance, dedicated personal assistance, self-service, automated services, communities, co-creation or a third party: see "What each relationship type means" on the dashboard.';
const commands = {
  'Establish a relationship': () => ({ url: () => `/api/segments/${id}/relationships`, fields: [
    { name: 'type', label: 'Type', options: vocabulary.type, required: true, help: typeHelp },
    { name: 'name', label: 'Name', required: true },
    { name: 'channels', label: 'Channels', options: vocabulary.channel, multiple: true },
    { name: 'phases', label: 'Phases', options: vocabulary.phase, multiple: true },
    { name: 'motivations', label: 'Motivations', options: vocabulary.motivation, multiple: true },
    { name: 'horizon', label: 'Horizon', options: vocabulary.horizon },
    { name: 'owner', label: 'Owner' }, { name: 'provider', label: 'Provider (third party)' },
    { name: 'monthlyFixedCost', label: 'Monthly fixed cost', type: 'number', money: true, required: true },
    { name: 'costPerInteraction', label: 'Rate per interaction', type: 'number', money: true, help: 'The variable cost of one interaction, added to the monthly fixed cost.' },
    date] }),
  'Record usage': () => ({ url: b => `/api/segments/${id}/relationships/${b.relationship}/usage`, fields: [
    relationship(),
    { name: 'month', label: 'Month', type: 'month', required: true, placeholder: '2026-10' },
    { name: 'interactions', label: 'Interactions', type: 'number', required: true },
    { name: 'customersReached', label: 'Customers reached', type: 'number', required: true }] }),
  'Record satisfaction': () => ({ url: b => `/api/segments/${id}/relationships/${b.relationship}/satisfaction`, fields: [
    relationship(),
    { name: 'month', label: 'Month', type: 'month', required: true, placeholder: '2026-10' },
    { name: 'score', label: 'Score (0–100)', type: 'number', required: true },
    { name: 'responses', label: 'Responses', type: 'number', required: true }] }),
  'Revise cost': () => ({ url: b => `/api/segments/${id}/relationships/${b.relationship}/cost`, fields: [
    relationship(),
    { name: 'monthlyFixedCost', label: 'Monthly fixed cost', type: 'number', money: true, required: true },
    { name: 'costPerInteraction', label: 'Rate per interaction', type: 'number', money: true, required: true },
    date, reason] }),
  'Adjust a relationship': () => ({ url: b => `/api/segments/${id}/relationships/${b.relationship}/adjust`, fields: [
    relationship(),
    { name: 'channels', label: 'Channels', options: vocabulary.channel, multiple: true },
    { name: 'horizon', label: 'Horizon', options: vocabulary.horizon }, { name: 'owner', label: 'Owner' }, { name: 'provider', label: 'Provider' },
    date, reason] }),
  'Link to a canvas block': () => ({ url: b => `/api/segments/${id}/relationships/${b.relationship}/integrations`, fields: [
    relationship(),
    { name: 'block', label: 'Block', options: vocabulary.block, required: true }, { name: 'note', label: 'Note', required: true },
    date] }),
  'Retire a relationship': () => ({ url: b => `/api/segments/${id}/relationships/${b.relationship}/retire`, fields: [
    relationship(), { ...date, help: 'The relationship is active until, not including, this date.' }, reason] }),
  'Record an expectation': () => ({ url: () => `/api/segments/${id}/expectations`, fields: [
    { name: 'type', label: 'Type', options: vocabulary.type, required: true, help: typeHelp },
    { name: 'importance', label: 'Importance (1–5)', type: 'number', required: true },
    date] }),
  'Withdraw an expectation': () => ({ method: 'DELETE',
    url: b => `/api/segments/${id}/expectations/${encodeURIComponent(b.type ?? '')}?${new URLSearchParams({ effectiveDate: b.effectiveDate ?? '', reason: b.reason ?? '' })}`,
    fields: [
      { name: 'type', label: 'Type', options: (current ?? segment).expectations.map(e => e.type), required: true },
      date, reason] }),
  'Change the objective': () => ({ url: () => `/api/segments/${id}/objective`, fields: [
    { name: 'motivation', label: 'Objective', options: vocabulary.motivation, required: true },
    { name: 'rationale', label: 'Rationale', type: 'textarea', required: true },
    date] }),
  'Discontinue the segment': () => ({ url: () => `/api/segments/${id}/discontinue`, confirm: 'Discontinuing the segment retires every active relationship on that date. Continue?', fields: [date, reason] }),
  'Reinstate the segment': () => ({ url: () => `/api/segments/${id}/reinstate`, fields: [date, reason] }),
};

const picker = document.getElementById('command');
picker.replaceChildren(...Object.keys(commands).map(c => el('option', { value: c }, c)));
picker.addEventListener('change', renderCommand);

function renderCommand() {
  if (!current) { document.getElementById('form').replaceChildren(); return; }
  const spec = commands[picker.value]();
  document.getElementById('form').replaceChildren(commandForm({
    title: picker.value, fields: spec.fields, confirm: spec.confirm,
    send: body => {
      if (spec.method === 'DELETE') return api(spec.url(body), { method: 'DELETE' });
      const { relationship: _, ...rest } = body;
      return post(spec.url(body), rest);
    },
    done: () => reload(),
  }));
}

async function reload() {
  travel.reset();
  const answer = await api(`/api/segments/${id}/history`);
  history = answer.ok ? answer.body : [];
  current = null;
  await load();
}

document.getElementById('travel-help').append(help('"As of" or "as known at"?',
  'As of an effective date shows the portfolio as it was in effect on that day, with every correction recorded since (a cost revised later but backdated counts). ',
  'As known at an instant shows only what had been recorded by then: what the company believed at that moment, before later corrections. ',
  'Use both to see, say, the end of a quarter as it was known when its review closed.'));
travel.addEventListener('submit', e => { e.preventDefault(); load(); });
document.getElementById('now').addEventListener('click', () => { travel.reset(); load(); });
document.getElementById('more').addEventListener('click', () => { shown += pageSize; renderTimeline(); });
window.addEventListener('hashchange', renderTimeline);
await layout('Dashboard');
await loadCurrency();
await reload();
document.body.dataset.ready = 'true';
