import {
  api, el, layout, money, rate, count, score, words, meaning, param, help, chartTable, empty, table, instant, loadCurrency, segmentLink,
  eventSummary, t, date, month, locale, reasonText,
} from './common.js';

window.charts = {};
Chart.defaults.animation = false; // figures appear at once, and a point is where it is drawn
Chart.defaults.locale = locale; // the axes' numbers in the reader's way
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
  document.getElementById('summary').textContent = t('page.relationship.noSuch');
} else {
  const r = segment.relationships.find(x => x.relationshipId === id);
  document.title = t('page.common.titleSuffix', { title: r.name });
  document.getElementById('crumbs').replaceChildren(t('page.relationship.segment'), ' ', segmentLink(segment.segmentId, segment.name));
  document.getElementById('name').textContent = r.name;
  document.getElementById('summary').textContent =
    `${words('type', r.type)} · ${words('relationshipStatus', r.status).toLowerCase()} · ${t('page.relationship.establishedOn', { date: date(r.establishedOn) })}${r.retiredOn ? ` · ${t('page.relationship.retiredOn', { date: date(r.retiredOn) })}${r.retirementReason ? ` (${reasonText(r.retirementReason)})` : ''}` : ''}`;

  const attribute = (name, value) => [el('dt', {}, name), el('dd', {}, value || '—')];
  document.getElementById('attributes').replaceChildren(
    ...attribute(t('page.field.type'), words('type', r.type)), ...attribute(t('page.field.channels'), r.channels.map(c => words('channel', c)).join(', ')),
    ...attribute(t('page.field.phases'), r.phases.map(p => words('phase', p)).join(', ')), ...attribute(t('page.field.motivations'), r.motivations.map(m => words('motivation', m)).join(', ')),
    ...attribute(t('page.field.horizon'), words('horizon', r.horizon)), ...attribute(t('page.field.owner'), r.owner), ...attribute(t('page.field.provider'), r.provider),
    ...attribute(t('page.relationship.fixedNow'), money(r.cost.monthlyFixedCost)), ...attribute(t('page.relationship.rateNow'), rate(r.cost.costPerInteraction)));
  document.getElementById('type-help').append(help(t('page.relationship.typeMeans', { type: words('type', r.type) }), meaning(r.type)));

  document.getElementById('costs').replaceChildren(r.costHistory.length ? table([t('page.relationship.effective'), `${t('page.field.monthlyFixedCost')} `, `${t('page.field.costPerInteraction')} `, t('page.field.reason')],
    r.costHistory.map(c => el('tr', {}, el('td', {}, date(c.effectiveDate)), el('td', { class: 'n' }, money(c.monthlyFixedCost)),
      el('td', { class: 'n' }, rate(c.costPerInteraction)), el('td', {}, reasonText(c.reason) ?? ''))))
    : empty(t('page.relationship.noCost')));

  window.charts.usage = new Chart(document.getElementById('usage-chart'), {
    type: 'bar',
    data: { labels: r.usage.map(u => month(u.month)), datasets: [
      { label: t('page.field.interactions'), data: r.usage.map(u => u.interactions), backgroundColor: '#4e79a7' },
      { label: t('page.field.customersReached'), data: r.usage.map(u => u.customersReached), backgroundColor: '#f28e2b' }] },
    options: { maintainAspectRatio: false, scales: { y: { beginAtZero: true } },
      plugins: { tooltip: { callbacks: { label: c => `${c.dataset.label}: ${count(c.raw)}` } } } },
  });
  document.getElementById('usage-table').replaceChildren(r.usage.length
    ? chartTable(t('page.relationship.usageCaption'), [t('page.field.month'), t('page.field.interactions'), t('page.field.customersReached')], r.usage.map(u => [month(u.month), count(u.interactions), count(u.customersReached)]))
    : empty(t('page.relationship.usageEmpty')));

  window.charts.satisfaction = new Chart(document.getElementById('satisfaction-chart'), {
    type: 'line',
    data: { labels: r.satisfaction.map(s => month(s.month)), datasets: [{ label: t('page.relationship.satisfactionLabel'), data: r.satisfaction.map(s => s.score), borderColor: '#59a14f', tension: .2 }] },
    options: { maintainAspectRatio: false, scales: { y: { suggestedMin: 0, suggestedMax: 100 } },
      plugins: { tooltip: { callbacks: { label: c => t('page.relationship.satisfactionTooltip', { score: score(c.raw) }) } } } },
  });
  document.getElementById('satisfaction-table').replaceChildren(r.satisfaction.length
    ? chartTable(t('page.relationship.satisfactionCaption'), [t('page.field.month'), t('page.relationship.score'), t('page.field.responses')], r.satisfaction.map(s => [month(s.month), score(s.score), count(s.responses)]))
    : empty(t('page.relationship.satisfactionEmpty')));

  document.getElementById('integrations').replaceChildren(r.integrations.length
    ? el('ul', {}, ...r.integrations.map(i => el('li', {}, el('strong', {}, words('block', i.block)), ` ${t('page.relationship.from', { date: date(i.effectiveDate) })}: ${i.note}`)))
    : empty(t('page.relationship.integrationsEmpty')));

  const history = await api(`/api/segments/${segment.segmentId}/history`);
  const events = history.ok ? history.body.filter(h => h.relationshipId === id) : [];
  document.getElementById('events').replaceChildren(...(events.length ? events.map(h => el('li', { id: `event-${h.eventId}` },
    el('strong', {}, eventSummary(h)), h.reason ? ` — ${reasonText(h.reason)}` : '',
    el('div', { class: 'meta' }, `${t('page.relationship.eventMeta', { effective: date(h.effectiveDate), recorded: instant(h.recordedAt), user: h.user ?? '—' })} · `,
      el('a', { href: `/segment.html?id=${segment.segmentId}#event-${h.eventId}` }, t('page.relationship.inTimeline', { version: h.version })))))
    : [el('li', {}, empty(t('page.relationship.noEvents')))]));
  if (location.hash) document.querySelector(location.hash)?.scrollIntoView();
}
document.body.dataset.ready = 'true';
