import { api, el, layout, commandForm, post, table, instant, empty } from './common.js';

await layout('Reviews');
const answer = await api('/api/reviews');
const { reviews, overdue } = answer.body;
const withoutReview = overdue.filter(o => !o.reviewId);
const rows = [
  ...reviews.map(r => ({ period: r.period, row: el('tr', { 'data-period': r.period },
    el('td', {}, el('a', { href: `/review.html?id=${r.reviewId}` }, r.period)), el('td', {}, r.title ?? ''),
    el('td', { class: `status-${r.overdue ? 'overdue' : r.status}` }, r.overdue && r.status !== 'overdue' ? `${r.status}, overdue` : r.status),
    el('td', { class: 'n' }, r.factors), el('td', { class: 'n' }, r.objectives),
    el('td', { class: 'n' }, r.decisions), el('td', { class: 'n' }, r.decisionsApplied), el('td', {}, r.closedAt ? instant(r.closedAt) : '')) })),
  ...withoutReview.map(o => ({ period: o.period, row: el('tr', { 'data-period': o.period, class: 'overdue' },
    el('td', {}, o.period), el('td', {}, el('em', {}, 'no review')), el('td', { class: 'status-overdue' }, 'overdue'),
    el('td', { colspan: 4 }, `due ${instant(o.dueAt)}`), el('td', {}, '')) })),
].sort((a, b) => b.period.localeCompare(a.period)).map(x => x.row);
document.getElementById('list').replaceChildren(rows.length
  ? table(['Period', 'Title', 'Status', 'Factors ', 'Objectives ', 'Decisions ', 'Applied ', 'Closed'], rows, { id: 'reviews-table' })
  : empty('No reviews yet. Open the review of a quarter below.'));
document.getElementById('overdue').textContent = withoutReview.length
  ? `Overdue without a review: ${withoutReview.map(o => o.period).join(', ')}. Open each one below (or close it) to catch up.` : '';
document.getElementById('open').append(commandForm({
  title: 'Open a review', submit: 'Open',
  fields: [{ name: 'period', label: 'Period (YYYY-Qn)', required: true, placeholder: withoutReview[0]?.period ?? '2026-Q3' }, { name: 'title', label: 'Title' }],
  send: body => post('/api/reviews', body),
  saved: 'Review opened.',
  done: a => location.href = `/review.html?id=${a.body.reviewId}`,
}));
document.body.dataset.ready = 'true';
