import {
  api, el, layout, money, rate, count, counted, score, percent, words, vocabulary, typeColors, typeMeaning, commandForm, post, help, chartTable,
  useCurrency, empty, relationshipLink,
} from './common.js';

window.charts = {};
Chart.defaults.animation = false; // figures appear at once, and a point is where it is drawn
const range = document.getElementById('range');
let segmentList = [];

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

const moneyAxis = { ticks: { callback: v => money(v).replace(/\.00$/, '') } };

async function mix() {
  const answer = await api(`/api/reports/mix?${quarterRange()}`);
  useCurrency(answer.body);
  const quarters = answer.body.quarters;
  const measure = document.querySelector('input[name=measure]:checked').value;
  const types = vocabulary.type.filter(t => quarters.some(q => q.types.some(l => l.type === t)));
  const show = measure === 'cost' ? money : count;
  draw('mix', {
    type: 'bar',
    data: {
      labels: quarters.map(q => q.quarter),
      datasets: types.map(t => ({ label: words(t), backgroundColor: typeColors[t],
        data: quarters.map(q => q.types.find(l => l.type === t)?.[measure] ?? 0) })),
    },
    options: { maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ...(measure === 'cost' ? moneyAxis : {}) } },
      plugins: { tooltip: { callbacks: { label: c => `${c.dataset.label}: ${show(c.raw)}` } } } },
  });
  document.getElementById('mix-table').replaceChildren(chartTable(
    `Relationship mix per quarter (${measure === 'cost' ? 'cost' : 'active at quarter end'}; share of the quarter's ${measure === 'cost' ? 'cost' : 'count'} in brackets)`,
    ['Quarter', ...types.map(words), 'Total'],
    quarters.map(q => [q.quarter, ...types.map(t => {
      const line = q.types.find(l => l.type === t);
      return line ? `${show(line[measure])} (${percent(measure === 'cost' ? line.shareByCost : line.shareByCount)})` : '—';
    }), show(measure === 'cost' ? q.totalCost : q.totalActive)])));

  const segments = [...new Map(quarters.flatMap(q => q.segments).map(s => [s.segmentId, s.name])).entries()];
  const costOf = (q, id) => (q.segments.find(s => s.segmentId === id)?.types ?? []).reduce((sum, l) => sum + l.cost, 0);
  draw('cost', {
    type: 'line',
    data: {
      labels: quarters.map(q => q.quarter),
      datasets: segments.map(([id, name]) => ({ label: name, tension: .2, data: quarters.map(q => costOf(q, id)) })),
    },
    options: { maintainAspectRatio: false, scales: { y: { beginAtZero: true, ...moneyAxis } },
      plugins: { tooltip: { callbacks: { label: c => `${c.dataset.label}: ${money(c.raw)}` } } } },
  });
  document.getElementById('cost-table').replaceChildren(chartTable('Cost per segment per quarter',
    ['Quarter', ...segments.map(([, name]) => name)], quarters.map(q => [q.quarter, ...segments.map(([id]) => money(costOf(q, id)))])));
}

async function gap() {
  const answer = await api('/api/reports/expectation-gap');
  const table = document.getElementById('gap');
  if (!answer.body.segments.length) { table.replaceChildren(el('caption', {}, 'No segment yet: define one, then record what it expects.')); return; }
  table.replaceChildren(
    el('caption', {}, 'Expected and active relationship types per segment today'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Segment'), ...vocabulary.type.map(t => el('th', { scope: 'col', title: typeMeaning[t] }, words(t))), el('th', { class: 'n', scope: 'col' }, 'Gap score'))),
    el('tbody', {}, ...answer.body.segments.map(s => el('tr', {},
      el('th', { scope: 'row' }, el('a', { href: `/segment.html?id=${s.segmentId}` }, s.name)),
      ...vocabulary.type.map(t => {
        const state = s.met.includes(t) ? 'met' : s.unmet.includes(t) ? 'unmet' : s.unrequested.includes(t) ? 'unrequested' : 'none';
        return el('td', { class: state, title: `${s.name}: ${words(t)} ${state === 'none' ? 'not expected, not active' : state}` },
          state === 'none' ? el('span', {}, el('span', { 'aria-hidden': 'true' }, '·'), el('span', { class: 'visually-hidden' }, 'neither')) : state);
      }),
      el('td', { class: 'n' }, percent(s.gapScore))))));
  // On a narrow screen the same figures as a list per segment: the table would not fit.
  document.getElementById('gap-list').replaceChildren(...answer.body.segments.map(s => el('li', {},
    el('strong', {}, el('a', { href: `/segment.html?id=${s.segmentId}` }, s.name)), ` — gap score ${percent(s.gapScore)}`, el('br'),
    ...['met', 'unmet', 'unrequested'].flatMap(state => s[state].flatMap(t => [el('span', { class: `tag ${state}` }, `${words(t)}: ${state}`), ' '])),
    s.met.length + s.unmet.length + s.unrequested.length ? '' : 'nothing expected, nothing active')));
}

async function satisfaction() {
  const answer = await api(`/api/reports/satisfaction-cost?${quarterRange()}`);
  useCurrency(answer.body);
  const points = answer.body.relationships.filter(r => r.satisfaction !== null && r.costPerInteraction !== null);
  const segmentId = name => segmentList.find(s => s.name === name)?.segmentId;
  const datasets = vocabulary.type.filter(t => points.some(p => p.type === t)).map(t => ({
    label: words(t), backgroundColor: typeColors[t], pointRadius: 7, pointHoverRadius: 9,
    data: points.filter(p => p.type === t).map(p => ({ x: p.costPerInteraction, y: p.satisfaction, name: `${p.name} (${p.segment})`, id: p.key, segmentId: segmentId(p.segment) })) }));
  draw('satisfaction', {
    type: 'scatter',
    data: { datasets },
    options: { maintainAspectRatio: false,
      scales: { x: { title: { display: true, text: 'cost per interaction (all-in)' }, ticks: { callback: v => rate(v) } }, y: { title: { display: true, text: 'satisfaction (0–100)' } } },
      onClick: (_, elements) => {
        const hit = elements[0];
        if (!hit) return;
        const p = datasets[hit.datasetIndex].data[hit.index];
        location.href = `/relationship.html?id=${p.id}${p.segmentId ? `&segment=${p.segmentId}` : ''}`;
      },
      onHover: (event, elements) => { event.native.target.style.cursor = elements.length ? 'pointer' : 'default'; },
      plugins: { tooltip: { callbacks: { label: c => `${c.raw.name}: satisfaction ${score(c.raw.y)} at ${rate(c.raw.x)} per interaction (click to open)` } } } },
  });
  document.getElementById('satisfaction-note').textContent =
    `Over ${answer.body.from} to ${answer.body.to}. Cost per interaction is all-in: the relationship's whole cost (fixed and variable) divided by its interactions. Click a point to open its relationship.`;
  document.getElementById('satisfaction-table').replaceChildren(points.length ? el('details', { class: 'chart-table' }, el('summary', {}, 'Figures as a table'),
    el('div', { class: 'scroll', tabindex: '0' }, el('table', { class: 'compact' }, el('caption', {}, 'Satisfaction and all-in cost per interaction per relationship'),
      el('thead', {}, el('tr', {}, ...['Relationship', 'Segment', 'Type', 'Satisfaction', 'Cost', 'Interactions', 'Cost per interaction'].map((h, i) => el('th', { scope: 'col', class: i > 2 ? 'n' : null }, h)))),
      el('tbody', {}, ...points.map(p => el('tr', {},
        el('th', { scope: 'row' }, relationshipLink(segmentId(p.segment), p.key, p.name)), el('td', {}, p.segment), el('td', {}, words(p.type)),
        el('td', { class: 'n' }, score(p.satisfaction)), el('td', { class: 'n' }, money(p.cost)), el('td', { class: 'n' }, count(p.interactions)),
        el('td', { class: 'n' }, rate(p.costPerInteraction)))))))) : empty('No relationship has both satisfaction and usage recorded in these quarters yet.'));
  const a = answer.body.answer;
  document.getElementById('best').replaceChildren(
    'Best satisfaction: ', el('strong', {}, a.bestSatisfactionRelationship ? `${a.bestSatisfactionRelationship.name} (${score(a.bestSatisfactionRelationship.satisfaction)})` : '—'),
    '. Lowest cost per interaction: ', el('strong', {}, a.lowestCostRelationship ? `${a.lowestCostRelationship.name} (${rate(a.lowestCostRelationship.costPerInteraction)})` : '—'), '.');
}

async function reviews() {
  const answer = await api('/api/reviews');
  const list = el('ul', {}, ...answer.body.reviews.map(r => el('li', {},
    el('a', { href: `/review.html?id=${r.reviewId}` }, r.period), ' ', el('span', { class: `status-${r.status}` }, r.status),
    ` · ${counted(r.factors, 'factor')}, ${counted(r.decisions, 'decision')}`)));
  const overdue = answer.body.overdue.filter(o => !o.reviewId).map(o => el('li', { class: 'status-overdue' }, `${o.period}: no review, overdue`));
  document.getElementById('reviews').replaceChildren(answer.body.reviews.length || overdue.length ? el('div', {}, list, el('ul', {}, ...overdue))
    : empty('No reviews yet. Each quarter the strategy team opens a review, records factors and decisions, and closes it to freeze its pack.'),
  el('a', { href: '/reviews.html' }, 'All reviews'));
}

async function segments() {
  const answer = await api('/api/segments');
  segmentList = answer.body;
  document.getElementById('segments').replaceChildren(...(answer.body.length ? answer.body.map(s => el('li', {},
    el('a', { href: `/segment.html?id=${s.segmentId}` }, s.name), ` — ${words(s.objective)}, ${s.activeRelationships} active, ${s.status}`))
    : [el('li', {}, empty('No segments yet: define the customer groups you serve below.'))]));
}

function downloads() {
  const q = quarterRange();
  const reports = [
    ['mix', 'Relationship mix per quarter'], ['cost?groupBy=segment', 'Cost per segment'], ['cost?groupBy=type', 'Cost per type'],
    ['cost?groupBy=relationship', 'Cost per relationship'], ['usage-patterns', 'Usage patterns'], ['satisfaction-cost', 'Satisfaction and cost'],
    ['expectation-gap', 'Expectation gap today'],
  ];
  document.getElementById('downloads').replaceChildren(...reports.map(([path, name]) => {
    const url = new URL(`/api/reports/${path}`, location.origin);
    if (!path.startsWith('expectation-gap')) for (const [k, v] of new URLSearchParams(q)) url.searchParams.set(k, v);
    url.searchParams.set('format', 'csv');
    return el('li', {}, el('a', { href: url.pathname + url.search, download: true }, `${name} (CSV)`));
  }), el('li', {}, el('a', { href: '/compare.html' }, 'What changed between two dates or reviews'), ' (a CSV download there)'),
  el('li', {}, el('a', { href: '/audit.html' }, 'The change log'), ' (a CSV download there)'));
}

await layout('Dashboard');
document.getElementById('quarter-help').append(help('How a quarter\'s cost is computed',
  'A quarter\'s cost is its fixed cost plus its variable cost. Fixed: each day a relationship is active counts its monthly fixed cost divided by the days of that month, so a full month costs exactly its monthly figure. ',
  'Variable: each month\'s interactions times the rate per interaction in effect on the last active day of that month. ',
  'Cost per interaction is that whole cost divided by the quarter\'s interactions.'));
document.getElementById('type-help').append(help('What each relationship type means',
  el('dl', {}, ...vocabulary.type.flatMap(t => [el('dt', {}, words(t)), el('dd', {}, typeMeaning[t])]))));
document.getElementById('gap-help').append(help('What the gap score means',
  'For each segment: met types are expected and active; unmet are expected but not active; unrequested are active but not expected. ',
  'The gap score is the importance of the unmet types divided by the importance of all expected types: 0 % when every expectation is met, 100 % when none is.'));
document.getElementById('define').append(commandForm({
  title: 'Define a segment', submit: 'Define',
  fields: [
    { name: 'name', label: 'Name', required: true },
    { name: 'motivation', label: 'Objective', options: vocabulary.motivation, required: true, help: 'What the relationships with this segment are for: acquiring customers, retaining them, or boosting sales.' },
    { name: 'effectiveDate', label: 'Effective date', type: 'date', required: true },
    { name: 'description', label: 'Description', type: 'textarea' },
  ],
  send: body => post('/api/segments', body),
  done: answer => location.href = `/segment.html?id=${answer.body.segmentId}`,
}));
range.addEventListener('submit', e => { e.preventDefault(); mix(); satisfaction(); downloads(); });
document.querySelectorAll('input[name=measure]').forEach(i => i.addEventListener('change', mix));
await segments();
downloads();
await Promise.all([mix(), gap(), satisfaction(), reviews()]);
document.body.dataset.ready = 'true';
