// The segment page's outcomes: what the segment brought in each month (GET /api/segments/{id}/outcomes), newest first,
// and the form that records a month's outcome (editors and admins only: the server refuses anyone else).
import { api, el, money, count, month, t, table, empty, commandForm, post, mayEdit } from './common.js';

/** Lists the segment's outcomes as known for the page's as-of/as-known-at query (empty: today, as known now). */
export async function renderOutcomes(id, query) {
  const answer = await api(`/api/segments/${id}/outcomes${query ? `?${query}` : ''}`);
  const list = answer.ok ? [...(answer.body.outcomes ?? [])].reverse() : [];
  document.getElementById('outcomes').replaceChildren(
    !answer.ok && answer.status !== 404 ? empty(t('page.costBenefit.outcomesCouldNotLoad', { status: answer.status }))
      : list.length ? table(
        [t('page.costBenefit.field.month'), `${t('page.costBenefit.field.revenue')} `, `${t('page.costBenefit.field.newCustomers')} `,
          `${t('page.costBenefit.field.lostCustomers')} `, `${t('page.costBenefit.field.activeCustomers')} `],
        list.map(o => el('tr', { 'data-month': o.month },
          el('td', {}, month(o.month)), el('td', { class: 'n' }, money(o.revenue)), el('td', { class: 'n' }, count(o.newCustomers)),
          el('td', { class: 'n' }, count(o.lostCustomers)), el('td', { class: 'n' }, count(o.activeCustomers)))),
        { id: 'outcomes-table' })
        : empty(t('page.costBenefit.outcomesEmpty')));
}

/** The form recording a month's outcome, for a role that may edit; nothing for the others. */
export function renderOutcomeForm(id, role, done) {
  const place = document.getElementById('outcome-form');
  if (!mayEdit(role)) { place.replaceChildren(); return; }
  const number = name => ({ name, label: t(`page.costBenefit.field.${name}`), type: 'number', required: true });
  place.replaceChildren(commandForm({
    title: t('page.costBenefit.recordOutcome'), submit: t('page.costBenefit.recordSubmit'), intro: t('page.costBenefit.recordHelp'),
    fields: [
      { name: 'month', label: t('page.costBenefit.field.month'), type: 'month', required: true, placeholder: '2026-10' },
      { name: 'revenue', label: t('page.costBenefit.field.revenue'), type: 'number', money: true, required: true },
      number('newCustomers'), number('lostCustomers'), number('activeCustomers'),
    ],
    send: body => post(`/api/segments/${id}/outcomes`, body),
    done,
  }));
}
