// The dashboard's cost-benefit section: what each segment brings in against what its relationships cost, per quarter
// (GET /api/reports/cost-benefit), the trends of cost to serve, acquisition cost and retention, and the segments flagged.
import {
  api, el, money, axisMoney, count, percent, words, t, quarter, useCurrency, empty, help,
} from './common.js';

/** The report's default threshold for "acquisition cost rising" (the dashboard does not change it). */
const threshold = 0.1;
const flags = ['costExceedsRevenue', 'misaligned', 'acquisitionCostRising'];
const measures = {
  costToServe: { format: percent, axis: percent },
  acquisitionCostPerNewCustomer: { format: money, axis: axisMoney },
  retentionRate: { format: percent, axis: percent },
};

let report = { quarters: [] };

function draw(id, config) {
  window.charts[id]?.destroy();
  window.charts[id] = new Chart(document.getElementById(`${id}-chart`), config);
}

function forget(id) {
  window.charts[id]?.destroy();
  delete window.charts[id];
}

/** Every segment the quarters list, by id, with its latest name. */
const segmentsOf = quarters => [...new Map(quarters.flatMap(q => q.segments).map(s => [s.segmentId, s.name])).entries()];

/** A quarter has figures for a segment when at least one of its months has an outcome (then its closing customers are known). */
const hasOutcome = s => s.closingCustomers !== null && s.closingCustomers !== undefined;

/** What a flag means for this segment in this quarter, in plain words with its figures. */
function flagText(flag, line, previous) {
  switch (flag) {
    case 'costExceedsRevenue':
      return t('page.costBenefit.flagText.costExceedsRevenue', { cost: money(line.relationshipCost), revenue: money(line.revenue) });
    case 'misaligned':
      return t('page.costBenefit.flagText.misaligned', { objective: words('motivation', line.objective).toLowerCase(), share: percent(line.objectiveAlignment) });
    case 'acquisitionCostRising':
      return previous?.acquisitionCostPerNewCustomer !== null && previous?.acquisitionCostPerNewCustomer !== undefined
        ? t('page.costBenefit.flagText.acquisitionCostRisingFrom', { cost: money(line.acquisitionCostPerNewCustomer), previous: money(previous.acquisitionCostPerNewCustomer), threshold: percent(threshold) })
        : t('page.costBenefit.flagText.acquisitionCostRising', { cost: money(line.acquisitionCostPerNewCustomer), threshold: percent(threshold) });
    default:
      return words(flag);
  }
}

/** Runs of consecutive quarters (indexes into the report's quarters) as the reader writes them: "2025-Q1 to 2025-Q3, 2026-Q2". */
function runs(quarters, indexes) {
  const parts = [];
  for (const i of indexes) {
    const last = parts.at(-1);
    if (last && last.to === i - 1) last.to = i; else parts.push({ from: i, to: i });
  }
  return parts.map(({ from, to }) => from === to ? quarter(quarters[from].quarter)
    : t('page.costBenefit.quarterRange', { from: quarter(quarters[from].quarter), to: quarter(quarters[to].quarter) })).join(', ');
}

/**
 * Every segment flagged in the quarters shown: per flag, the quarters it was raised in and what it means in plain words
 * with the figures of the latest of them.
 */
function renderFlags(quarters) {
  const flagged = segmentsOf(quarters).map(([id, name]) => {
    const lineIn = i => quarters[i].segments.find(s => s.segmentId === id);
    const raised = flags.map(flag => ({ flag, at: quarters.map((_, i) => i).filter(i => lineIn(i)?.flags?.includes(flag)) })).filter(f => f.at.length);
    return { id, name, lineIn, raised };
  }).filter(x => x.raised.length);
  document.getElementById('cb-flags').replaceChildren(flagged.length
    ? el('ul', { class: 'flags' }, ...flagged.map(({ id, name, lineIn, raised }) => el('li', { 'data-segment': name },
      el('strong', {}, el('a', { href: `/segment.html?id=${id}` }, name)),
      el('ul', {}, ...raised.map(({ flag, at }) => {
        const latest = at.at(-1);
        const what = flagText(flag, lineIn(latest), latest > 0 ? lineIn(latest - 1) : null);
        const when = at.length > 1
          ? t('page.costBenefit.flaggedIn', { quarters: runs(quarters, at), latest: quarter(quarters[latest].quarter), what })
          : t('page.costBenefit.flaggedOnce', { latest: quarter(quarters[latest].quarter), what });
        return el('li', { 'data-flag': flag }, el('span', { class: `tag flag-${flag}` }, words('flag', flag)), ': ', when);
      })))))
    : empty(t('page.costBenefit.flaggedNone')));
}

function renderRevenue(quarters) {
  const picker = document.getElementById('cb-segment');
  const chosen = picker.value;
  const segments = segmentsOf(quarters);
  picker.replaceChildren(el('option', { value: '' }, t('page.costBenefit.allSegments')),
    ...segments.map(([id, name]) => el('option', { value: id, selected: id === chosen }, name)));
  const line = q => (picker.value ? q.segments.find(s => s.segmentId === picker.value) : q);
  draw('cb-revenue', {
    type: 'bar',
    data: {
      labels: quarters.map(q => quarter(q.quarter)),
      datasets: [
        { label: t('page.costBenefit.revenue'), backgroundColor: '#59a14f', data: quarters.map(q => line(q)?.revenue ?? null) },
        { label: t('page.costBenefit.relationshipCost'), backgroundColor: '#e15759', data: quarters.map(q => line(q)?.relationshipCost ?? null) },
      ],
    },
    options: { maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { callback: v => axisMoney(v) } } },
      plugins: { tooltip: { callbacks: { label: c => `${c.dataset.label}: ${money(c.raw)}` } } } },
  });
}

function renderTrend(quarters) {
  const measure = document.querySelector('input[name=cb-measure]:checked').value;
  const { format, axis } = measures[measure];
  draw('cb-trend', {
    type: 'line',
    data: {
      labels: quarters.map(q => quarter(q.quarter)),
      datasets: segmentsOf(quarters).map(([id, name]) => ({ label: name, cubicInterpolationMode: 'monotone', spanGaps: false,
        data: quarters.map(q => q.segments.find(s => s.segmentId === id)?.[measure] ?? null) })),
    },
    options: { maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { callback: v => axis(v) } } },
      plugins: { tooltip: { callbacks: { label: c => `${c.dataset.label}: ${format(c.raw)}` } } } },
  });
  document.getElementById('cb-trend-note').textContent = t(`page.costBenefit.measureNote.${measure}`);
}

function renderTable(quarters) {
  const columns = ['revenue', 'relationshipCost', 'costToServe', 'newCustomers', 'lostCustomers', 'closingCustomers', 'retentionRate',
    'acquisitionCostPerNewCustomer', 'objectiveAlignment'];
  const format = { revenue: money, relationshipCost: money, costToServe: percent, newCustomers: count, lostCustomers: count,
    closingCustomers: count, retentionRate: percent, acquisitionCostPerNewCustomer: money, objectiveAlignment: percent };
  const header = el('tr', {}, el('th', { scope: 'col' }, t('page.costBenefit.quarter')), el('th', { scope: 'col' }, t('page.costBenefit.segment')),
    ...columns.map(c => el('th', { scope: 'col', class: 'n' }, t(`page.costBenefit.column.${c}`))), el('th', { scope: 'col' }, t('page.costBenefit.column.flags')));
  const rows = quarters.flatMap(q => q.segments.map(s => el('tr', { 'data-quarter': q.quarter, 'data-segment': s.name },
    el('th', { scope: 'row' }, quarter(q.quarter)), el('td', {}, s.name),
    ...columns.map(c => el('td', { class: 'n', 'data-column': c }, format[c](s[c]))),
    el('td', {}, (s.flags ?? []).map(f => words('flag', f)).join(', ')))));
  document.getElementById('cb-table').replaceChildren(el('details', { class: 'chart-table' }, el('summary', {}, t('page.common.figuresAsTable')),
    el('div', { class: 'scroll', tabindex: '0' }, el('table', { class: 'compact', id: 'cb-figures' }, el('caption', {}, t('page.costBenefit.tableCaption')),
      el('thead', {}, header), el('tbody', {}, ...rows)))));
}

/** Draws the section for the quarters of range (the dashboard's from/to query string). */
export async function costBenefit(range) {
  const answer = await api(`/api/reports/cost-benefit?${range}`);
  const body = document.getElementById('cb-body');
  if (!answer.ok) {
    ['cb-revenue', 'cb-trend'].forEach(forget);
    body.hidden = true;
    document.getElementById('cb-flags').replaceChildren();
    document.getElementById('cb-empty').replaceChildren(empty(t('page.costBenefit.couldNotLoad', { status: answer.status })));
    return;
  }
  useCurrency(answer.body);
  report = answer.body;
  const quarters = report.quarters ?? [];
  renderFlags(quarters);
  const any = quarters.some(q => q.segments.some(hasOutcome));
  body.hidden = !any;
  document.getElementById('cb-empty').replaceChildren(any ? '' : empty(t('page.costBenefit.empty')));
  if (!any) { ['cb-revenue', 'cb-trend'].forEach(forget); document.getElementById('cb-table').replaceChildren(); return; }
  renderRevenue(quarters);
  renderTrend(quarters);
  renderTable(quarters);
}

/** Wires the section's controls and its help, once. */
export function setUpCostBenefit() {
  document.getElementById('cb-segment').addEventListener('change', () => renderRevenue(report.quarters ?? []));
  document.querySelectorAll('input[name=cb-measure]').forEach(i => i.addEventListener('change', () => renderTrend(report.quarters ?? [])));
  document.getElementById('cb-help').append(help(t('page.costBenefit.help'),
    el('dl', {}, ...['revenue', 'relationshipCost', 'costToServe', 'acquisitionCostPerNewCustomer', 'retentionRate', 'objectiveAlignment']
      .flatMap(c => [el('dt', {}, t(`page.costBenefit.column.${c}`)), el('dd', {}, t(`page.costBenefit.meaning.${c}`))]),
    ...flags.flatMap(f => [el('dt', {}, words('flag', f)), el('dd', {}, t(`page.costBenefit.meaning.flag.${f}`, { threshold: percent(threshold) }))]))));
}
