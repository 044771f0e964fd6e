import { api, el, layout, money, rate, words, vocabulary, typeColors, commandForm, post } from './common.js';

window.charts = {};
const range = document.getElementById('range');

function quarterRange() {
  const data = new FormData(range);
  const query = new URLSearchParams();
  if (data.get('from')) query.set('from', data.get('from'));
  if (data.get('to')) query.set('to', data.get('to'));
  return query.toString();
}

function draw(id, config) {
  window.charts[id]?.destroy();
  window.charts[id] = new Chart(document.getElementById(`${id}-chart`), config);
}

async function mix() {
  const answer = await api(`/api/reports/mix?${quarterRange()}`);
  const quarters = answer.body.quarters;
  const measure = document.querySelector('input[name=measure]:checked').value;
  const types = vocabulary.type.filter(t => quarters.some(q => q.types.some(l => l.type === t)));
  draw('mix', {
    type: 'bar',
    data: {
      labels: quarters.map(q => q.quarter),
      datasets: types.map(t => ({ label: words(t), backgroundColor: typeColors[t],
        data: quarters.map(q => q.types.find(l => l.type === t)?.[measure] ?? 0) })),
    },
    options: { maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
  });
  const segments = [...new Map(quarters.flatMap(q => q.segments).map(s => [s.segmentId, s.name])).entries()];
  draw('cost', {
    type: 'line',
    data: {
      labels: quarters.map(q => q.quarter),
      datasets: segments.map(([id, name]) => ({ label: name, tension: .2,
        data: quarters.map(q => (q.segments.find(s => s.segmentId === id)?.types ?? []).reduce((sum, l) => sum + l.cost, 0)) })),
    },
    options: { maintainAspectRatio: false, scales: { y: { beginAtZero: true } } },
  });
}

async function gap() {
  const answer = await api('/api/reports/expectation-gap');
  const table = document.getElementById('gap');
  table.replaceChildren(
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Segment'), ...vocabulary.type.map(t => el('th', { scope: 'col' }, words(t))), el('th', { class: 'n', scope: 'col' }, 'Gap'))),
    el('tbody', {}, ...answer.body.segments.map(s => el('tr', {},
      el('th', { scope: 'row' }, s.name),
      ...vocabulary.type.map(t => {
        const state = s.met.includes(t) ? 'met' : s.unmet.includes(t) ? 'unmet' : s.unrequested.includes(t) ? 'unrequested' : 'none';
        return el('td', { class: state, title: `${s.name}: ${words(t)} ${state === 'none' ? 'not expected, not active' : state}` }, state === 'none' ? '·' : state);
      }),
      el('td', { class: 'n' }, rate(s.gapScore))))));
}

async function satisfaction() {
  const answer = await api(`/api/reports/satisfaction-cost?${quarterRange()}`);
  const points = answer.body.relationships.filter(r => r.satisfaction !== null && r.costPerInteraction !== null);
  draw('satisfaction', {
    type: 'scatter',
    data: { datasets: vocabulary.type.filter(t => points.some(p => p.type === t)).map(t => ({
      label: words(t), backgroundColor: typeColors[t], pointRadius: 6,
      data: points.filter(p => p.type === t).map(p => ({ x: p.costPerInteraction, y: p.satisfaction, name: `${p.name} (${p.segment})` })) })) },
    options: { maintainAspectRatio: false, scales: { x: { title: { display: true, text: 'cost per interaction' } }, y: { title: { display: true, text: 'satisfaction' } } },
      plugins: { tooltip: { callbacks: { label: c => `${c.raw.name}: ${rate(c.raw.y)} at ${money(c.raw.x)}` } } } },
  });
  const a = answer.body.answer;
  document.getElementById('best').replaceChildren(
    'Best satisfaction: ', el('strong', {}, a.bestSatisfactionRelationship ? `${a.bestSatisfactionRelationship.name} (${rate(a.bestSatisfactionRelationship.satisfaction)})` : '—'),
    '. Lowest cost per interaction: ', el('strong', {}, a.lowestCostRelationship ? `${a.lowestCostRelationship.name} (${money(a.lowestCostRelationship.costPerInteraction)})` : '—'), '.');
}

async function reviews() {
  const answer = await api('/api/reviews');
  const list = el('ul', {}, ...answer.body.reviews.map(r => el('li', {},
    el('a', { href: `/review.html?id=${r.reviewId}` }, r.period), ' ', el('span', { class: `status-${r.status}` }, r.status),
    ` · ${r.factors} factors, ${r.decisions} decisions`)));
  const overdue = answer.body.overdue.filter(o => !o.reviewId).map(o => el('li', { class: 'status-overdue' }, `${o.period}: no review, overdue`));
  document.getElementById('reviews').replaceChildren(answer.body.reviews.length || overdue.length ? el('div', {}, list, el('ul', {}, ...overdue)) : el('p', {}, 'No reviews yet.'),
    el('a', { href: '/reviews.html' }, 'All reviews'));
}

async function segments() {
  const answer = await api('/api/segments');
  document.getElementById('segments').replaceChildren(...answer.body.map(s => el('li', {},
    el('a', { href: `/segment.html?id=${s.segmentId}` }, s.name), ` — ${words(s.objective)}, ${s.activeRelationships} active, ${s.status}`)));
}

await layout('Dashboard');
document.getElementById('define').append(commandForm({
  title: 'Define a segment', submit: 'Define',
  fields: [
    { name: 'name', label: 'Name', required: true },
    { name: 'motivation', label: 'Objective', options: vocabulary.motivation, required: true },
    { name: 'effectiveDate', label: 'Effective date', type: 'date', required: true },
    { name: 'description', label: 'Description', type: 'textarea' },
  ],
  send: body => post('/api/segments', body),
  done: answer => location.href = `/segment.html?id=${answer.body.segmentId}`,
}));
range.addEventListener('submit', e => { e.preventDefault(); mix(); satisfaction(); });
document.querySelectorAll('input[name=measure]').forEach(i => i.addEventListener('change', mix));
await Promise.all([mix(), gap(), satisfaction(), reviews(), segments()]);
document.body.dataset.ready = 'true';
