import { api, el, layout, commandForm, post } from '/app/common.js';
await layout('Reviews');
const answer = await api('/api/reviews');
document.getElementById('list').replaceChildren(
  el('thead', {}, el('tr', {}, ...['Period', 'Title', 'Status', 'Factors', 'Objectives', 'Decisions', 'Applied', 'Closed'].map(h => el('th', { scope: 'col' }, h)))),
  el('tbody', {}, ...answer.body.reviews.map(r => el('tr', {},
    el('td', {}, el('a', { href: `/review.html?id=${r.reviewId}` }, r.period)), el('td', {}, r.title ?? ''),
    el('td', { class: `status-${r.status}` }, r.status), el('td', { class: 'n' }, r.factors), el('td', { class: 'n' }, r.objectives),
    el('td', { class: 'n' }, r.decisions), el('td', { class: 'n' }, r.decisionsApplied), el('td', {}, r.closedAt ? new Date(r.closedAt).toLocaleString() : '')))));
const overdue = answer.body.overdue.filter(o => !o.reviewId);
document.getElementById('overdue').textContent = overdue.length ? `Overdue without a review: ${overdue.map(o => o.period).join(', ')}` : '';
document.getElementById('open').append(commandForm({
  title: 'Open a review', submit: 'Open',
  fields: [{ name: 'period', label: 'Period (YYYY-Qn)', required: true, placeholder: '2026-Q3' }, { name: 'title', label: 'Title' }],
  send: body => post('/api/reviews', body),
  done: a => location.href = `/review.html?id=${a.body.reviewId}`,
}));
document.body.dataset.ready = 'true';
