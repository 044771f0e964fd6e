import {
  api, el, layout, words, vocabulary, commandForm, post, param, money, count, percent, instant, empty, table, loadCurrency, useCurrency,
  allRelationships, relationshipLink, segmentLink,
} from './common.js';

const id = param('id');
await layout('Reviews');
await loadCurrency();
const segments = (await api('/api/segments')).body;
const relationships = await allRelationships(segments);
const segmentName = sid => segments.find(s => s.segmentId === sid)?.name ?? 'a segment no longer listed';
const segmentOptions = segments.map(s => ({ value: s.segmentId, label: s.name }));
const relationshipOptions = relationships.map(r => ({ value: r.relationshipId, label: `${r.name} (${r.segmentName}, ${words(r.type).toLowerCase()}, ${r.status})` }));
const relationshipOf = rid => relationships.find(r => r.relationshipId === rid);

function unavailable(answer) {
  document.getElementById('title').textContent = 'Review';
  document.getElementById('summary').replaceChildren(el('strong', { class: 'problem' }, 'Pack not available. '),
    answer.status === 404 ? 'There is no such review, or its pack could not be found.' : `The server could not build the pack (${answer.status}).`,
    answer.body?.detail ? ` ${answer.body.detail}` : '');
  document.getElementById('links').replaceChildren(el('a', { href: '/reviews.html' }, 'Back to the reviews'));
  for (const section of ['figures', 'factors', 'objectives', 'decisions', 'actions']) document.getElementById(section).replaceChildren();
}

/** In the decision form, the relationship picker lists only the chosen segment's relationships. */
function narrowRelationships(form) {
  const segment = form.querySelector('select[name=segmentId]');
  const relationship = form.querySelector('select[name=relationshipId]');
  if (!segment || !relationship) return form;
  const narrow = () => {
    for (const option of relationship.options) {
      if (!option.value) continue;
      option.hidden = option.disabled = !!segment.value && relationshipOf(option.value)?.segmentId !== segment.value;
    }
    if (relationship.selectedOptions[0]?.disabled) relationship.value = '';
  };
  segment.addEventListener('change', narrow);
  relationship.addEventListener('change', () => { const r = relationshipOf(relationship.value); if (r && !segment.value) { segment.value = r.segmentId; narrow(); } });
  form.addEventListener('reset', () => setTimeout(narrow));
  narrow();
  return form;
}

async function load() {
  const answer = await api(`/api/reviews/${id}`);
  const view = answer.body, pack = view?.pack;
  if (!answer.ok || !pack) { unavailable(answer); return; }
  useCurrency(pack);
  document.title = `Review ${pack.period} — Relationship Inventory`;
  document.getElementById('title').textContent = `Review ${pack.period}${pack.title ? ` — ${pack.title}` : ''}`;
  document.getElementById('summary').textContent = view.status === 'closed'
    ? `Closed ${instant(view.closedAt)}${pack.closedBy ? ` by ${pack.closedBy}` : ''}; its pack is frozen as it was known then.${view.restated?.length ? ` ${view.restated.length} figures were restated since by backdated corrections (see the printable pack).` : ''}${pack.summary ? ` Summary: ${pack.summary}` : ''}`
    : `Open. Mix at ${pack.periodEnd}: ${count(pack.mix.totalActive)} active relationships, cost ${money(pack.mix.totalCost)} in the quarter (a live preview until the review is closed).`;
  document.getElementById('links').replaceChildren(
    el('a', { id: 'print', href: `/api/reviews/${id}?format=html` }, 'Printable pack'), ' (print it to PDF from the browser) · ',
    el('a', { href: `/compare.html?review=${id}` }, 'Compare with another review'));
  document.getElementById('figures').replaceChildren(el('h2', {}, `Relationship mix at the end of ${pack.period}`),
    pack.mix.types.length ? table(['Type', 'Active ', 'Cost ', 'Share of cost ', 'Interactions '],
      pack.mix.types.map(l => el('tr', {}, el('td', {}, words(l.type)), el('td', { class: 'n' }, count(l.activeCount)), el('td', { class: 'n' }, money(l.cost)),
        el('td', { class: 'n' }, percent(l.shareByCost)), el('td', { class: 'n' }, count(l.interactions)))))
      : empty('No relationship was active in this quarter.'));
  document.getElementById('factors').replaceChildren(pack.factors.length
    ? el('ul', {}, ...pack.factors.map(f => el('li', {}, `${words(f.factor)} (${f.internal ? 'internal' : 'external'}, ${f.impact} impact): ${f.description}`)))
    : empty('No factors recorded: note the capabilities, constraints, competitors, regulation or technology that bear on the portfolio this quarter.'));
  document.getElementById('objectives').replaceChildren(pack.objectives.length
    ? el('ul', {}, ...pack.objectives.map(o => el('li', {}, segmentLink(o.segmentId, pack.segmentNames?.[o.segmentId] ?? segmentName(o.segmentId)),
      `: ${o.confirmed ? `${words(o.motivation)} confirmed` : `${words(o.previous)} → ${words(o.motivation)}`} — ${o.rationale}`)))
    : empty('No objective revisited: confirm or change each segment\'s objective (acquisition, retention, boosting sales).'));
  document.getElementById('decisions').replaceChildren(pack.decisions.length ? table(['Decision', 'Segment', 'Relationship', 'Rationale', 'Applied'],
    pack.decisions.map(d => el('tr', {},
      el('td', {}, `${words(d.decision)}${d.type ? ` ${words(d.type).toLowerCase()}` : ''}`),
      el('td', {}, segmentLink(d.segmentId, pack.segmentNames?.[d.segmentId] ?? segmentName(d.segmentId))),
      el('td', {}, d.relationshipId ? relationshipLink(d.segmentId, d.relationshipId, relationshipOf(d.relationshipId)?.name ?? 'relationship') : '—'),
      el('td', {}, d.rationale), el('td', {}, d.appliedOn ?? '—'))), { id: 'decisions-table' })
    : empty('No decisions yet: for each segment, decide to introduce, expand, keep, reduce or retire a relationship, or to discontinue the segment.'));

  const actions = document.getElementById('actions');
  actions.replaceChildren();
  if (view.status === 'closed') return;
  const typeOptions = vocabulary.type;
  actions.append(
    commandForm({ title: 'Record a factor', submit: 'Record', saved: 'Factor recorded.', fields: [
      { name: 'factor', label: 'Factor', options: vocabulary.factor, required: true, help: 'Capability, financial and operational constraints are internal; competitors, industry maturity, regulation and disruptive technology are external.' },
      { name: 'impact', label: 'Impact', options: vocabulary.impact, required: true },
      { name: 'description', label: 'Description', type: 'textarea', required: true },
      { name: 'segmentIds', label: 'Segments concerned', options: segmentOptions, multiple: true }],
      send: b => post(`/api/reviews/${id}/factors`, b), done: load }),
    commandForm({ title: 'Revisit an objective', submit: 'Revisit', saved: 'Objective revisited.', fields: [
      { name: 'segmentId', label: 'Segment', options: segmentOptions, required: true },
      { name: 'motivation', label: 'New objective (empty: confirm the current one)', options: vocabulary.motivation },
      { name: 'rationale', label: 'Rationale', type: 'textarea', required: true },
      { name: 'effectiveDate', label: 'Effective date (of a change)', type: 'date' }],
      send: b => post(`/api/reviews/${id}/objectives`, b), done: load }),
    narrowRelationships(commandForm({ title: 'Record a decision', submit: 'Record', saved: 'Decision recorded.', fields: [
      { name: 'decision', label: 'Decision', options: vocabulary.decision, required: true },
      { name: 'segmentId', label: 'Segment', options: segmentOptions, required: true },
      { name: 'relationshipId', label: 'Relationship (for expand, keep, reduce, retire)', options: relationshipOptions },
      { name: 'type', label: 'Type (for introduce)', options: typeOptions },
      { name: 'rationale', label: 'Rationale', type: 'textarea', required: true }],
      send: b => post(`/api/reviews/${id}/decisions`, b), done: load })),
    ...pack.decisions.filter(d => !d.appliedOn && d.decision !== 'keep').map(d => commandForm({
      title: `Apply: ${words(d.decision)} (${segmentName(d.segmentId)}${d.relationshipId ? `, ${relationshipOf(d.relationshipId)?.name ?? 'relationship'}` : ''})`,
      submit: 'Apply', saved: 'Decision applied to the portfolio.', fields: [
        { name: 'effectiveDate', label: 'Effective date', type: 'date', required: true },
        ...(d.decision === 'introduce' ? [{ name: 'name', label: 'Name', required: true }, { name: 'channels', label: 'Channels', options: vocabulary.channel, multiple: true }] : []),
        ...(['introduce', 'expand', 'reduce'].includes(d.decision) ? [{ name: 'monthlyFixedCost', label: 'Monthly fixed cost', type: 'number', money: true, required: true },
          { name: 'costPerInteraction', label: 'Rate per interaction', type: 'number', money: true, required: d.decision !== 'introduce' }] : [])],
      send: b => post(`/api/reviews/${id}/decisions/${d.decisionId}/apply`, b), done: load })),
    commandForm({ title: 'Close the review', submit: 'Close and freeze the pack', saved: 'Review closed; its pack is frozen.',
      intro: 'Closing freezes the pack as it is known now: later corrections show as restated figures, never change it.',
      confirm: 'Close the review? Its pack will be frozen as known now and the review can no longer change.',
      fields: [{ name: 'summary', label: 'Summary', type: 'textarea' }],
      send: b => post(`/api/reviews/${id}/close`, b), done: load }));
}

await load();
document.body.dataset.ready = 'true';
