import {
  api, el, layout, money, rate, axisMoney, count, tn, score, percent, words, vocabulary, typeColors, meaning, commandForm, post, help, chartTable,
  useCurrency, empty, relationshipLink, t, quarter, apiQuarter, locale, mayEdit,
} from './common.js';
import { costBenefit, setUpCostBenefit } from './cost-benefit.js';

window.charts = {};
Chart.defaults.animation = false; // figures appear at once, and a point is where it is drawn
Chart.defaults.locale = locale; // the axes' numbers in the reader's way
const range = document.getElementById('range');
let segmentList = [];

function quarterRange() {
  const data = new FormData(range);
  const query = new URLSearchParams();
  if (data.get('from')) query.set('from', apiQuarter(data.get('from')));
  if (data.get('to')) query.set('to', apiQuarter(data.get('to')));
  return query.toString();
}

function draw(id, config) {
  window.charts[id]?.destroy();
  window.charts[id] = new Chart(document.getElementById(`${id}-chart`), config);
}

const moneyAxis = { ticks: { callback: v => axisMoney(v) } };

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
      labels: quarters.map(q => quarter(q.quarter)),
      datasets: types.map(type => ({ label: words('type', type), backgroundColor: typeColors[type],
        data: quarters.map(q => q.types.find(l => l.type === type)?.[measure] ?? 0) })),
    },
    options: { maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ...(measure === 'cost' ? moneyAxis : {}) } },
      plugins: { tooltip: { callbacks: { label: c => `${c.dataset.label}: ${show(c.raw)}` } } } },
  });
  document.getElementById('mix-table').replaceChildren(chartTable(
    t(measure === 'cost' ? 'page.dashboard.mixTableCost' : 'page.dashboard.mixTableCount'),
    [t('page.dashboard.quarter'), ...types.map(type => words('type', type)), t('page.dashboard.total')],
    quarters.map(q => [quarter(q.quarter), ...types.map(type => {
      const line = q.types.find(l => l.type === type);
      return line ? `${show(line[measure])} (${percent(measure === 'cost' ? line.shareByCost : line.shareByCount)})` : '—';
    }), show(measure === 'cost' ? q.totalCost : q.totalActive)])));

  const segments = [...new Map(quarters.flatMap(q => q.segments).map(s => [s.segmentId, s.name])).entries()];
  const costOf = (q, id) => (q.segments.find(s => s.segmentId === id)?.types ?? []).reduce((sum, l) => sum + l.cost, 0);
  draw('cost', {
    type: 'line',
    data: {
      labels: quarters.map(q => quarter(q.quarter)),
      datasets: segments.map(([id, name]) => ({ label: name, tension: .2, data: quarters.map(q => costOf(q, id)) })),
    },
    options: { maintainAspectRatio: false, scales: { y: { beginAtZero: true, ...moneyAxis } },
      plugins: { tooltip: { callbacks: { label: c => `${c.dataset.label}: ${money(c.raw)}` } } } },
  });
  document.getElementById('cost-table').replaceChildren(chartTable(t('page.dashboard.costChart'),
    [t('page.dashboard.quarter'), ...segments.map(([, name]) => name)], quarters.map(q => [quarter(q.quarter), ...segments.map(([id]) => money(costOf(q, id)))])));
}

async function gap() {
  const answer = await api('/api/reports/expectation-gap');
  const table = document.getElementById('gap');
  if (!answer.body.segments.length) { table.replaceChildren(el('caption', {}, t('page.dashboard.gapEmpty'))); return; }
  table.replaceChildren(
    el('caption', {}, t('page.dashboard.gapCaption')),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('page.dashboard.segment')), ...vocabulary.type.map(type => el('th', { scope: 'col', title: meaning(type) }, words('type', type))), el('th', { class: 'n', scope: 'col' }, t('page.dashboard.gapScore')))),
    el('tbody', {}, ...answer.body.segments.map(s => el('tr', {},
      el('th', { scope: 'row' }, el('a', { href: `/segment.html?id=${s.segmentId}` }, s.name)),
      ...vocabulary.type.map(type => {
        const state = s.met.includes(type) ? 'met' : s.unmet.includes(type) ? 'unmet' : s.unrequested.includes(type) ? 'unrequested' : 'none';
        return el('td', { class: state, title: `${s.name}: ${words('type', type)} — ${words('gap', state).toLowerCase()}` },
          state === 'none' ? el('span', {}, el('span', { 'aria-hidden': 'true' }, '·'), el('span', { class: 'visually-hidden' }, t('page.dashboard.neither'))) : t(`page.dashboard.${state}`));
      }),
      el('td', { class: 'n' }, percent(s.gapScore))))));
  // On a narrow screen the same figures as a list per segment: the table would not fit.
  document.getElementById('gap-list').replaceChildren(...answer.body.segments.map(s => el('li', {},
    el('strong', {}, el('a', { href: `/segment.html?id=${s.segmentId}` }, s.name)), ` — ${t('page.dashboard.gapScoreOf', { score: percent(s.gapScore) })}`, el('br'),
    ...['met', 'unmet', 'unrequested'].flatMap(state => s[state].flatMap(type => [el('span', { class: `tag ${state}` }, `${words('type', type)}: ${t(`page.dashboard.${state}`)}`), ' '])),
    s.met.length + s.unmet.length + s.unrequested.length ? '' : t('page.dashboard.nothingExpected'))));
}

async function satisfaction() {
  const answer = await api(`/api/reports/satisfaction-cost?${quarterRange()}`);
  useCurrency(answer.body);
  const points = answer.body.relationships.filter(r => r.satisfaction !== null && r.costPerInteraction !== null);
  const segmentId = name => segmentList.find(s => s.name === name)?.segmentId;
  const datasets = vocabulary.type.filter(type => points.some(p => p.type === type)).map(type => ({
    label: words('type', type), backgroundColor: typeColors[type], pointRadius: 7, pointHoverRadius: 9,
    data: points.filter(p => p.type === type).map(p => ({ x: p.costPerInteraction, y: p.satisfaction, name: `${p.name} (${p.segment})`, id: p.key, segmentId: segmentId(p.segment) })) }));
  draw('satisfaction', {
    type: 'scatter',
    data: { datasets },
    options: { maintainAspectRatio: false,
      scales: { x: { title: { display: true, text: t('page.dashboard.axisCostPerInteraction') }, ticks: { callback: v => rate(v) } }, y: { title: { display: true, text: t('page.dashboard.axisSatisfaction') } } },
      onClick: (_, elements) => {
        const hit = elements[0];
        if (!hit) return;
        const p = datasets[hit.datasetIndex].data[hit.index];
        location.href = `/relationship.html?id=${p.id}${p.segmentId ? `&segment=${p.segmentId}` : ''}`;
      },
      onHover: (event, elements) => { event.native.target.style.cursor = elements.length ? 'pointer' : 'default'; },
      plugins: { tooltip: { callbacks: { label: c => t('page.dashboard.pointTooltip', { name: c.raw.name, score: score(c.raw.y), rate: rate(c.raw.x) }) } } } },
  });
  document.getElementById('satisfaction-note').textContent =
    t('page.dashboard.satisfactionNote', { from: quarter(answer.body.from), to: quarter(answer.body.to) });
  document.getElementById('satisfaction-table').replaceChildren(points.length ? el('details', { class: 'chart-table' }, el('summary', {}, t('page.common.figuresAsTable')),
    el('div', { class: 'scroll', tabindex: '0' }, el('table', { class: 'compact' }, el('caption', {}, t('page.dashboard.satisfactionCaption')),
      el('thead', {}, el('tr', {}, ...['relationship', 'segment', 'type', 'satisfaction', 'cost', 'interactions', 'costPerInteraction'].map((h, i) => el('th', { scope: 'col', class: i > 2 ? 'n' : null }, t(`page.dashboard.${h}`))))),
      el('tbody', {}, ...points.map(p => el('tr', {},
        el('th', { scope: 'row' }, relationshipLink(segmentId(p.segment), p.key, p.name)), el('td', {}, p.segment), el('td', {}, words('type', p.type)),
        el('td', { class: 'n' }, score(p.satisfaction)), el('td', { class: 'n' }, money(p.cost)), el('td', { class: 'n' }, count(p.interactions)),
        el('td', { class: 'n' }, rate(p.costPerInteraction)))))))) : empty(t('page.dashboard.satisfactionEmpty')));
  const a = answer.body.answer;
  document.getElementById('best').replaceChildren(
    t('page.dashboard.bestSatisfaction'), ' ', el('strong', {}, a.bestSatisfactionRelationship ? `${a.bestSatisfactionRelationship.name} (${score(a.bestSatisfactionRelationship.satisfaction)})` : '—'),
    t('page.dashboard.lowestCost'), ' ', el('strong', {}, a.lowestCostRelationship ? `${a.lowestCostRelationship.name} (${rate(a.lowestCostRelationship.costPerInteraction)})` : '—'), t('page.dashboard.sentenceEnd'));
}

async function reviews() {
  const answer = await api('/api/reviews');
  const list = el('ul', {}, ...answer.body.reviews.map(r => el('li', {},
    el('a', { href: `/review.html?id=${r.reviewId}` }, quarter(r.period)), ' ', el('span', { class: `status-${r.status}` }, words('reviewStatus', r.status).toLowerCase()),
    ` · ${tn('page.dashboard.factors', r.factors)}, ${tn('page.dashboard.decisions', r.decisions)}`)));
  const overdue = answer.body.overdue.filter(o => !o.reviewId).map(o => el('li', { class: 'status-overdue' }, t('page.dashboard.overdueWithoutReview', { period: quarter(o.period) })));
  document.getElementById('reviews').replaceChildren(answer.body.reviews.length || overdue.length ? el('div', {}, list, el('ul', {}, ...overdue))
    : empty(t('page.dashboard.reviewsEmpty')),
  el('a', { href: '/reviews.html' }, t('page.dashboard.allReviews')));
}

async function segments() {
  const answer = await api('/api/segments');
  segmentList = answer.body;
  document.getElementById('segments').replaceChildren(...(answer.body.length ? answer.body.map(s => el('li', {},
    el('a', { href: `/segment.html?id=${s.segmentId}` }, s.name),
    ` — ${t('page.dashboard.segmentLine', { objective: words('motivation', s.objective), active: count(s.activeRelationships), status: words('segmentStatus', s.status).toLowerCase() })}`))
    : [el('li', {}, empty(t('page.dashboard.segmentsEmpty')))]));
}

function downloads() {
  const q = quarterRange();
  const reports = [
    ['mix', 'mix'], ['cost?groupBy=segment', 'costPerSegment'], ['cost?groupBy=type', 'costPerType'],
    ['cost?groupBy=relationship', 'costPerRelationship'], ['usage-patterns', 'usagePatterns'], ['satisfaction-cost', 'satisfactionCost'],
    ['expectation-gap', 'expectationGap'], ['cost-benefit', 'costBenefit'],
  ];
  document.getElementById('downloads').replaceChildren(...reports.map(([path, report]) => {
    const url = new URL(`/api/reports/${path}`, location.origin);
    if (!path.startsWith('expectation-gap')) for (const [k, v] of new URLSearchParams(q)) url.searchParams.set(k, v);
    url.searchParams.set('format', 'csv');
    return el('li', {}, el('a', { href: url.pathname + url.search, download: true }, t('page.dashboard.csv', { report: t(`page.dashboard.report.${report}`) })));
  }), el('li', {}, el('a', { href: '/compare.html' }, t('page.dashboard.whatChanged')), ' ', t('page.dashboard.csvThere')),
  el('li', {}, el('a', { href: '/audit.html' }, t('page.dashboard.changeLog')), ' ', t('page.dashboard.csvThere')));
}

const me = await layout('Dashboard');
document.getElementById('quarter-help').append(help(t('page.dashboard.quarterHelp'), t('page.dashboard.quarterHelpText')));
document.getElementById('type-help').append(help(t('page.dashboard.typeHelp'),
  el('dl', {}, ...vocabulary.type.flatMap(type => [el('dt', {}, words('type', type)), el('dd', {}, meaning(type))]))));
document.getElementById('gap-help').append(help(t('page.dashboard.gapHelp'), t('page.dashboard.gapHelpText')));
if (mayEdit(me.role)) document.getElementById('define').append(commandForm({
  title: t('page.dashboard.define'), submit: t('page.dashboard.defineSubmit'),
  fields: [
    { name: 'name', label: t('page.field.name'), required: true },
    { name: 'motivation', label: t('page.field.objective'), options: vocabulary.motivation, required: true, help: t('page.dashboard.objectiveHelp') },
    { name: 'effectiveDate', label: t('page.field.effectiveDate'), type: 'date', required: true },
    { name: 'description', label: t('page.field.description'), type: 'textarea' },
  ],
  send: body => post('/api/segments', body),
  done: answer => location.href = `/segment.html?id=${answer.body.segmentId}`,
}));
range.addEventListener('submit', e => { e.preventDefault(); mix(); costBenefit(quarterRange()); satisfaction(); downloads(); });
document.querySelectorAll('input[name=measure]').forEach(i => i.addEventListener('change', mix));
await segments();
downloads();
setUpCostBenefit();
await Promise.all([mix(), costBenefit(quarterRange()), gap(), satisfaction(), reviews()]);
document.body.dataset.ready = 'true';
