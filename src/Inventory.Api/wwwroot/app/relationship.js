import {
  api, el, layout, money, rate, count, score, words, typeMeaning, param, help, chartTable, empty, table, instant, loadCurrency, segmentLink,
  prose,
} from './common.js';

window.charts = {};
Chart.defaults.animation = false; // figures appear at once, and a point is where it is drawn
const id = param('id');

/** The segment holding the relationship: given in the address, or found among the organization's segments. */
async function findSegment() {
  const given = param('segment');
  if (given) {
    const answer = await api(`/api/segments/${given}`);
    if (answer.ok && answer.body.relationships.some(r => r.relationshipId === id)) return answer.body;
  }
  for (const s of (await api('/api/segments')).body) {
    const answer = await api(`/api/segments/${s.segmentId}`);
    if (answer.ok && answer.body.relationships.some(r => r.relationshipId === id)) return answer.body;
  }
  return null;
}

await layout('Dashboard');
await loadCurrency();
const segment = await findSegment();
if (!segment) {
  document.getElementById('summary').textContent = 'There is no such relationship in your organization.';
} else {
  const r = segment.relationships.find(x => x.relationshipId === id);
  document.title = `${r.name} — Relationship Inventory`;
  document.getElementById('crumbs').replaceChildren('Segment: ', segmentLink(segment.segmentId, segment.name));
  document.getElementById('name').textContent = r.name;
  document.getElementById('summary').textContent =
    `${words(r.type)} · ${r.status} · established ${r.establishedOn}${r.retiredOn ? ` · retired ${r.retiredOn}${r.retirementReason ? ` (${r.retirementReason})` : ''}` : ''}`;

  const attribute = (name, value) => [el('dt', {}, name), el('dd', {}, value || '—')];
  document.getElementById('attributes').replaceChildren(
    ...attribute('Type', words(r.type)), ...attribute('Channels', r.channels.map(words).join(', ')),
    ...attribute('Phases', r.phases.map(words).join(', ')), ...attribute('Motivations', r.motivations.map(words).join(', ')),
    ...attribute('Horizon', words(r.horizon)), ...attribute('Owner', r.owner), ...attribute('Provider', r.provider),
    ...attribute('Monthly fixed cost now', money(r.cost.monthlyFixedCost)), ...attribute('Rate per interaction now', rate(r.cost.costPerInteraction)));
  document.getElementById('type-help').append(help(`What "${words(r.type)}" means`, typeMeaning[r.type] ?? ''));

  document.getElementById('costs').replaceChildren(r.costHistory.length ? table(['Effective', 'Monthly fixed cost ', 'Rate per interaction ', 'Reason'],
    r.costHistory.map(c => el('tr', {}, el('td', {}, c.effectiveDate), el('td', { class: 'n' }, money(c.monthlyFixedCost)),
      el('td', { class: 'n' }, rate(c.costPerInteraction)), el('td', {}, c.reason ?? ''))))
    : empty('No cost recorded.'));

  window.charts.usage = new Chart(document.getElementById('usage-chart'), {
    type: 'bar',
    data: { labels: r.usage.map(u => u.month), datasets: [
      { label: 'Interactions', data: r.usage.map(u => u.interactions), backgroundColor: '#4e79a7' },
      { label: 'Customers reached', data: r.usage.map(u => u.customersReached), backgroundColor: '#f28e2b' }] },
    options: { maintainAspectRatio: false, scales: { y: { beginAtZero: true } } },
  });
  document.getElementById('usage-table').replaceChildren(r.usage.length
    ? chartTable('Usage per month', ['Month', 'Interactions', 'Customers reached'], r.usage.map(u => [u.month, count(u.interactions), count(u.customersReached)]))
    : empty('No usage recorded yet: record each month\'s interactions and customers reached on the segment page ("Record usage"), or import them as CSV.'));

  window.charts.satisfaction = new Chart(document.getElementById('satisfaction-chart'), {
    type: 'line',
    data: { labels: r.satisfaction.map(s => s.month), datasets: [{ label: 'Satisfaction (0–100)', data: r.satisfaction.map(s => s.score), borderColor: '#59a14f', tension: .2 }] },
    options: { maintainAspectRatio: false, scales: { y: { suggestedMin: 0, suggestedMax: 100 } },
      plugins: { tooltip: { callbacks: { label: c => `Satisfaction ${score(c.raw)}` } } } },
  });
  document.getElementById('satisfaction-table').replaceChildren(r.satisfaction.length
    ? chartTable('Satisfaction per month', ['Month', 'Score', 'Responses'], r.satisfaction.map(s => [s.month, score(s.score), count(s.responses)]))
    : empty('No satisfaction recorded yet: record a month\'s survey score (0–100) and its number of responses on the segment page.'));

  document.getElementById('integrations').replaceChildren(r.integrations.length
    ? el('ul', {}, ...r.integrations.map(i => el('li', {}, el('strong', {}, words(i.block)), ` (from ${i.effectiveDate}): ${i.note}`)))
    : empty('Not linked to any other block of the business model canvas yet. Link it on the segment page ("Link to a canvas block"): the key resources, activities or partners it relies on.'));

  const history = await api(`/api/segments/${segment.segmentId}/history`);
  const events = history.ok ? history.body.filter(h => h.relationshipId === id) : [];
  document.getElementById('events').replaceChildren(...(events.length ? events.map(h => el('li', { id: `event-${h.eventId}` },
    el('strong', {}, prose(h.summary)), h.reason ? ` — ${h.reason}` : '',
    el('div', { class: 'meta' }, `effective ${h.effectiveDate ?? '—'} · recorded ${instant(h.recordedAt)} by ${h.user ?? '—'} · `,
      el('a', { href: `/segment.html?id=${segment.segmentId}#event-${h.eventId}` }, `version ${h.version} in the segment's timeline`))))
    : [el('li', {}, empty('No events.'))]));
  if (location.hash) document.querySelector(location.hash)?.scrollIntoView();
}
document.body.dataset.ready = 'true';
