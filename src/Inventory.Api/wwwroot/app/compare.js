import { api, el, layout, money, rate, words, param, instant, empty, segmentLink, relationshipLink, loadCurrency, t, quarter, date, explain, reasonText } from './common.js';

await layout('Compare');
await loadCurrency();
const reviews = (await api('/api/reviews')).body.reviews.slice().sort((a, b) => a.period.localeCompare(b.period));
const first = document.getElementById('first'), second = document.getElementById('second');
for (const select of [first, second])
  select.replaceChildren(...reviews.map(r => el('option', { value: r.reviewId }, `${quarter(r.period)}${r.title ? ` — ${r.title}` : ''} (${words('reviewStatus', r.status).toLowerCase()})`)));
const chosen = param('review');
if (chosen) first.value = chosen;
if (reviews.length > 1) second.value = reviews.find(r => r.reviewId !== first.value && r.period > (reviews.find(x => x.reviewId === first.value)?.period ?? ''))?.reviewId ?? reviews.at(-1).reviewId;
if (reviews.length < 2) document.getElementById('reviews').append(el('p', { class: 'empty' }, t('page.compare.twoNeeded')));

/** The last day of a calendar quarter "YYYY-Qn": used when a review's pack cannot be read. */
function quarterEnd(period) {
  const [year, q] = period.split('-Q').map(Number);
  return new Date(Date.UTC(year, q * 3, 0)).toISOString().slice(0, 10);
}

async function reviewMoment(id) {
  const summary = reviews.find(r => r.reviewId === id);
  const answer = await api(`/api/reviews/${id}`);
  return { ...summary, periodEnd: answer.ok ? answer.body.pack.periodEnd : quarterEnd(summary.period) };
}

const eventLink = (segmentId, p) => el('a', { href: `/segment.html?id=${segmentId}#event-${p.eventId}`, title: t('page.compare.recorded', { instant: instant(p.recordedAt), user: p.user ?? '—' }) }, t('page.compare.event', { sequence: p.sequence }));

function render(diff, heading) {
  const state = document.getElementById('state');
  state.textContent = heading;
  const csv = new URLSearchParams({ from: diff.from, to: diff.to, format: 'csv' });
  if (diff.knownAt) csv.set('knownAt', diff.knownAt);
  document.getElementById('download').replaceChildren(el('a', { href: `/api/reports/diff?${csv}`, download: true }, t('page.compare.download')));
  const changes = document.getElementById('changes');
  if (!diff.segments.length) { changes.replaceChildren(empty(t('page.compare.nothing'))); return; }
  changes.replaceChildren(...diff.segments.map(s => {
    const items = [
      ...s.established.map(c => [c.effectiveDate, [t('page.compare.established', { type: words('type', c.type).toLowerCase() }), ' “', relationshipLink(s.segmentId, c.relationshipId, c.name), '”'], c.provenance]),
      ...s.retired.map(c => [c.effectiveDate, [t('page.compare.retired'), ' “', relationshipLink(s.segmentId, c.relationshipId, c.name), '”', c.reason ? `: ${reasonText(c.reason)}` : ''], c.provenance]),
      ...s.costsRevised.map(c => [c.effectiveDate, [t('page.compare.repriced'), ' “', relationshipLink(s.segmentId, c.relationshipId, c.name),
        `”: ${t('page.compare.repricedFigures', { oldFixed: money(c.old.monthlyFixedCost), newFixed: money(c.new.monthlyFixedCost), oldRate: rate(c.old.costPerInteraction), newRate: rate(c.new.costPerInteraction) })}`, c.reason ? ` (${c.reason})` : ''], c.provenance]),
      ...s.expectations.map(c => [c.effectiveDate, [`${t(`page.compare.expectation.${c.change}`, { type: words('type', c.type).toLowerCase() })}${c.importance ? ` (${t('page.compare.importance', { importance: `${c.previousImportance ? `${c.previousImportance} → ` : ''}${c.importance}` })})` : ''}`], c.provenance]),
      ...s.objectives.map(c => [c.effectiveDate, [t('page.compare.retargeted', { from: words('motivation', c.from).toLowerCase(), to: words('motivation', c.to).toLowerCase(), rationale: c.rationale })], c.provenance]),
      ...s.status.map(c => [c.effectiveDate, [`${t(`page.compare.status.${c.change}`)}${c.reason ? `: ${c.reason}` : ''}`], c.provenance]),
    ].sort((a, b) => a[0].localeCompare(b[0]));
    return el('section', { class: 'segment-changes' }, el('h3', {}, segmentLink(s.segmentId, s.name)),
      el('ul', { class: 'changes' }, ...items.map(([day, text, p]) => el('li', {}, el('strong', {}, date(day)), ' ', ...text, ' · ', eventLink(s.segmentId, p)))));
  }));
}

async function compare(from, to, knownAt, heading) {
  const q = new URLSearchParams({ from, to });
  if (knownAt) q.set('knownAt', knownAt);
  const answer = await api(`/api/reports/diff?${q}`);
  if (!answer.ok) {
    const problem = answer.body ?? {};
    document.getElementById('state').textContent = Object.entries(problem.errors ?? {})
      .flatMap(([name, messages]) => [].concat(messages).map((m, n) => explain(problem, problem.errorCodes?.[name]?.[n], m, t(`page.compare.field.${name}`))))
      .join(' ') || explain(problem, problem.code, problem.detail || problem.title || '');
    document.getElementById('changes').replaceChildren();
    return;
  }
  render(answer.body, heading);
}

document.getElementById('reviews').addEventListener('submit', async e => {
  e.preventDefault();
  if (!first.value || !second.value || first.value === second.value) { document.getElementById('state').textContent = t('page.compare.chooseTwo'); return; }
  let [a, b] = await Promise.all([reviewMoment(first.value), reviewMoment(second.value)]);
  if (a.periodEnd > b.periodEnd) [a, b] = [b, a];
  const known = new FormData(e.target).get('known') && b.closedAt;
  await compare(a.periodEnd, b.periodEnd, known ? b.closedAt : null,
    t('page.compare.reviewsHeading', { from: date(a.periodEnd), fromPeriod: quarter(a.period), to: date(b.periodEnd), toPeriod: quarter(b.period),
      known: known ? t('page.compare.knownWhenReviewClosed', { period: quarter(b.period), instant: instant(b.closedAt) }) : t('page.compare.knownNow') }));
});
document.getElementById('dates').addEventListener('submit', async e => {
  e.preventDefault();
  const data = new FormData(e.target);
  if (!data.get('from') || !data.get('to')) { document.getElementById('state').textContent = t('page.compare.chooseBoth'); return; }
  const knownAt = data.get('knownAt') ? new Date(data.get('knownAt')).toISOString() : null;
  await compare(data.get('from'), data.get('to'), knownAt,
    t('page.compare.datesHeading', { from: date(data.get('from')), to: date(data.get('to')),
      known: knownAt ? t('page.compare.knownAtInstant', { instant: instant(knownAt) }) : t('page.compare.knownNow') }));
});
document.body.dataset.ready = 'true';
