import { api, el, layout, money, rate, words, param, instant, empty, segmentLink, relationshipLink, loadCurrency } from './common.js';

await layout('Compare');
await loadCurrency();
const reviews = (await api('/api/reviews')).body.reviews.slice().sort((a, b) => a.period.localeCompare(b.period));
const first = document.getElementById('first'), second = document.getElementById('second');
for (const select of [first, second])
  select.replaceChildren(...reviews.map(r => el('option', { value: r.reviewId }, `${r.period}${r.title ? ` — ${r.title}` : ''} (${r.status})`)));
const chosen = param('review');
if (chosen) first.value = chosen;
if (reviews.length > 1) second.value = reviews.find(r => r.reviewId !== first.value && r.period > (reviews.find(x => x.reviewId === first.value)?.period ?? ''))?.reviewId ?? reviews.at(-1).reviewId;
if (reviews.length < 2) document.getElementById('reviews').append(el('p', { class: 'empty' }, 'Two reviews are needed; open the review of another quarter on the Reviews page, or compare two dates.'));

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

const eventLink = (segmentId, p) => el('a', { href: `/segment.html?id=${segmentId}#event-${p.eventId}`, title: `recorded ${instant(p.recordedAt)} by ${p.user ?? '—'}` }, `event #${p.sequence}`);

function render(diff, heading) {
  const state = document.getElementById('state');
  state.textContent = heading;
  const csv = new URLSearchParams({ from: diff.from, to: diff.to, format: 'csv' });
  if (diff.knownAt) csv.set('knownAt', diff.knownAt);
  document.getElementById('download').replaceChildren(el('a', { href: `/api/reports/diff?${csv}`, download: true }, 'Download these changes (CSV)'));
  const changes = document.getElementById('changes');
  if (!diff.segments.length) { changes.replaceChildren(empty('Nothing changed between them: no change took effect in that interval.')); return; }
  changes.replaceChildren(...diff.segments.map(s => {
    const items = [
      ...s.established.map(c => [c.effectiveDate, ['Established ', words(c.type).toLowerCase(), ' “', relationshipLink(s.segmentId, c.relationshipId, c.name), '”'], c.provenance]),
      ...s.retired.map(c => [c.effectiveDate, ['Retired “', relationshipLink(s.segmentId, c.relationshipId, c.name), '”', c.reason ? `: ${c.reason}` : ''], c.provenance]),
      ...s.costsRevised.map(c => [c.effectiveDate, ['Re-priced “', relationshipLink(s.segmentId, c.relationshipId, c.name),
        `”: ${money(c.old.monthlyFixedCost)} → ${money(c.new.monthlyFixedCost)} a month, ${rate(c.old.costPerInteraction)} → ${rate(c.new.costPerInteraction)} per interaction`, c.reason ? ` (${c.reason})` : ''], c.provenance]),
      ...s.expectations.map(c => [c.effectiveDate, [`Expectation ${words(c.type).toLowerCase()} ${c.change}${c.importance ? ` (importance ${c.previousImportance ? `${c.previousImportance} → ` : ''}${c.importance})` : ''}`], c.provenance]),
      ...s.objectives.map(c => [c.effectiveDate, [`Re-targeted: objective ${words(c.from).toLowerCase()} → ${words(c.to).toLowerCase()}: ${c.rationale}`], c.provenance]),
      ...s.status.map(c => [c.effectiveDate, [`Segment ${c.change}${c.reason ? `: ${c.reason}` : ''}`], c.provenance]),
    ].sort((a, b) => a[0].localeCompare(b[0]));
    return el('section', { class: 'segment-changes' }, el('h3', {}, segmentLink(s.segmentId, s.name)),
      el('ul', { class: 'changes' }, ...items.map(([date, text, p]) => el('li', {}, el('strong', {}, date), ' ', ...text, ' · ', eventLink(s.segmentId, p)))));
  }));
}

async function compare(from, to, knownAt, heading) {
  const q = new URLSearchParams({ from, to });
  if (knownAt) q.set('knownAt', knownAt);
  const answer = await api(`/api/reports/diff?${q}`);
  if (!answer.ok) {
    document.getElementById('state').textContent = Object.values(answer.body.errors ?? {}).flat().join(' ') || answer.body.detail || answer.body.title;
    document.getElementById('changes').replaceChildren();
    return;
  }
  render(answer.body, heading);
}

document.getElementById('reviews').addEventListener('submit', async e => {
  e.preventDefault();
  if (!first.value || !second.value || first.value === second.value) { document.getElementById('state').textContent = 'Choose two different reviews.'; return; }
  let [a, b] = await Promise.all([reviewMoment(first.value), reviewMoment(second.value)]);
  if (a.periodEnd > b.periodEnd) [a, b] = [b, a];
  const known = new FormData(e.target).get('known') && b.closedAt;
  await compare(a.periodEnd, b.periodEnd, known ? b.closedAt : null,
    `Changes effective after ${a.periodEnd} (end of ${a.period}) up to ${b.periodEnd} (end of ${b.period}), ${known ? `as known when the ${b.period} review closed (${instant(b.closedAt)})` : 'as known now'}.`);
});
document.getElementById('dates').addEventListener('submit', async e => {
  e.preventDefault();
  const data = new FormData(e.target);
  if (!data.get('from') || !data.get('to')) { document.getElementById('state').textContent = 'Choose both dates.'; return; }
  const knownAt = data.get('knownAt') ? new Date(data.get('knownAt')).toISOString() : null;
  await compare(data.get('from'), data.get('to'), knownAt,
    `Changes effective after ${data.get('from')} up to ${data.get('to')}, ${knownAt ? `as known at ${instant(knownAt)}` : 'as known now'}.`);
});
document.body.dataset.ready = 'true';
