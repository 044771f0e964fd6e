import { api, el, layout, commandForm, post, table, instant, empty, t, quarter, apiQuarter, words, count } from './common.js';

await layout('Reviews');
const answer = await api('/api/reviews');
const { reviews, overdue } = answer.body;
const withoutReview = overdue.filter(o => !o.reviewId);
const status = s => words('reviewStatus', s).toLowerCase();
const rows = [
  ...reviews.map(r => ({ period: r.period, row: el('tr', { 'data-period': r.period },
    el('td', {}, el('a', { href: `/review.html?id=${r.reviewId}` }, quarter(r.period))), el('td', {}, r.title ?? ''),
    el('td', { class: `status-${r.overdue ? 'overdue' : r.status}` }, r.overdue && r.status !== 'overdue' ? t('page.reviews.statusOverdue', { status: status(r.status) }) : status(r.status)),
    el('td', { class: 'n' }, count(r.factors)), el('td', { class: 'n' }, count(r.objectives)),
    el('td', { class: 'n' }, count(r.decisions)), el('td', { class: 'n' }, count(r.decisionsApplied)), el('td', {}, r.closedAt ? instant(r.closedAt) : '')) })),
  ...withoutReview.map(o => ({ period: o.period, row: el('tr', { 'data-period': o.period, class: 'overdue' },
    el('td', {}, quarter(o.period)), el('td', {}, el('em', {}, t('page.reviews.noReview'))), el('td', { class: 'status-overdue' }, status('overdue')),
    el('td', { colspan: 4 }, t('page.reviews.due', { instant: instant(o.dueAt) })), el('td', {}, '')) })),
].sort((a, b) => b.period.localeCompare(a.period)).map(x => x.row);
document.getElementById('list').replaceChildren(rows.length
  ? table([t('page.reviews.period'), t('page.field.title'), t('page.reviews.status'), `${t('page.reviews.factors')} `, `${t('page.reviews.objectives')} `,
    `${t('page.reviews.decisions')} `, `${t('page.reviews.applied')} `, t('page.reviews.closed')], rows, { id: 'reviews-table' })
  : empty(t('page.reviews.empty')));
document.getElementById('overdue').textContent = withoutReview.length
  ? t('page.reviews.overdueWithout', { periods: withoutReview.map(o => quarter(o.period)).join(', ') }) : '';
document.getElementById('open').append(commandForm({
  title: t('page.reviews.open'), submit: t('page.reviews.openSubmit'),
  fields: [{ name: 'period', label: t('page.reviews.periodField'), required: true, placeholder: quarter(withoutReview[0]?.period ?? '2026-Q3') },
    { name: 'title', label: t('page.field.title') }],
  send: body => post('/api/reviews', { ...body, period: apiQuarter(body.period) }),
  saved: t('page.reviews.opened'),
  done: a => location.href = `/review.html?id=${a.body.reviewId}`,
}));
document.body.dataset.ready = 'true';
