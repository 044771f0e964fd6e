import { api, el, layout, words, vocabulary, commandForm, post, param } from './common.js';

const id = param('id');
await layout('Reviews');
const segments = (await api('/api/segments')).body;
const segmentName = sid => segments.find(s => s.segmentId === sid)?.name ?? sid;
const segmentOptions = segments.map(s => ({ value: s.segmentId, label: s.name }));

async function load() {
  const answer = await api(`/api/reviews/${id}`);
  const view = answer.body, pack = view.pack;
  document.getElementById('title').textContent = `Review ${pack.period}${pack.title ? ` — ${pack.title}` : ''}`;
  document.getElementById('summary').textContent = view.status === 'closed'
    ? `Closed ${new Date(view.closedAt).toLocaleString()}; its pack is frozen.${view.restated.length ? ` ${view.restated.length} figures restated since.` : ''}`
    : `Open. Mix at ${pack.periodEnd}: ${pack.mix.totalActive} active relationships, cost ${pack.mix.totalCost}.`;
  document.getElementById('print').href = `/api/reviews/${id}?format=html`;
  document.getElementById('factors').replaceChildren(...pack.factors.map(f => el('li', {}, `${words(f.factor)} (${f.internal ? 'internal' : 'external'}, ${f.impact}): ${f.description}`)));
  document.getElementById('objectives').replaceChildren(...pack.objectives.map(o => el('li', {},
    `${segmentName(o.segmentId)}: ${o.confirmed ? `${words(o.motivation)} confirmed` : `${words(o.previous)} → ${words(o.motivation)}`} — ${o.rationale}`)));
  document.getElementById('decisions').replaceChildren(
    el('thead', {}, el('tr', {}, ...['Decision', 'Segment', 'Rationale', 'Applied'].map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...pack.decisions.map(d => el('tr', {},
      el('td', {}, `${words(d.decision)}${d.type ? ` ${words(d.type)}` : ''}`), el('td', {}, segmentName(d.segmentId)), el('td', {}, d.rationale), el('td', {}, d.appliedOn ?? '—')))));

  const actions = document.getElementById('actions');
  actions.replaceChildren();
  if (view.status === 'closed') return;
  actions.append(
    commandForm({ title: 'Record a factor', submit: 'Record', fields: [
      { name: 'factor', label: 'Factor', options: vocabulary.factor, required: true },
      { name: 'impact', label: 'Impact', options: vocabulary.impact, required: true },
      { name: 'description', label: 'Description', type: 'textarea', required: true },
      { name: 'segmentIds', label: 'Segments concerned', options: segmentOptions, multiple: true }],
      send: b => post(`/api/reviews/${id}/factors`, b), done: load }),
    commandForm({ title: 'Revisit an objective', submit: 'Revisit', fields: [
      { name: 'segmentId', label: 'Segment', options: segmentOptions, required: true },
      { name: 'motivation', label: 'Objective (empty: confirm)', options: vocabulary.motivation },
      { name: 'rationale', label: 'Rationale', type: 'textarea', required: true },
      { name: 'effectiveDate', label: 'Effective date', type: 'date' }],
      send: b => post(`/api/reviews/${id}/objectives`, b), done: load }),
    commandForm({ title: 'Record a decision', submit: 'Record', fields: [
      { name: 'decision', label: 'Decision', options: vocabulary.decision, required: true },
      { name: 'segmentId', label: 'Segment', options: segmentOptions, required: true },
      { name: 'relationshipId', label: 'Relationship id (for expand, keep, reduce, retire)' },
      { name: 'type', label: 'Type (for introduce)', options: vocabulary.type },
      { name: 'rationale', label: 'Rationale', type: 'textarea', required: true }],
      send: b => post(`/api/reviews/${id}/decisions`, b), done: load }),
    ...pack.decisions.filter(d => !d.appliedOn && d.decision !== 'keep').map(d => commandForm({
      title: `Apply: ${words(d.decision)} (${segmentName(d.segmentId)})`, submit: 'Apply', fields: [
        { name: 'effectiveDate', label: 'Effective date', type: 'date', required: true },
        ...(d.decision === 'introduce' ? [{ name: 'name', label: 'Name', required: true }, { name: 'channels', label: 'Channels', options: vocabulary.channel, multiple: true }] : []),
        ...(['introduce', 'expand', 'reduce'].includes(d.decision) ? [{ name: 'monthlyFixedCost', label: 'Monthly fixed cost', type: 'number', money: true, required: true },
          { name: 'costPerInteraction', label: 'Cost per interaction', type: 'number', money: true, required: d.decision !== 'introduce' }] : [])],
      send: b => post(`/api/reviews/${id}/decisions/${d.decisionId}/apply`, b), done: load })),
    commandForm({ title: 'Close the review', submit: 'Close and freeze the pack', fields: [{ name: 'summary', label: 'Summary', type: 'textarea' }],
      send: b => post(`/api/reviews/${id}/close`, b), done: load }));
}

await load();
document.body.dataset.ready = 'true';
