import {
  api, el, layout, words, vocabulary, commandForm, post, param, money, count, percent, instant, empty, table, loadCurrency, useCurrency,
  allRelationships, relationshipLink, segmentLink, t, tn, quarter, date, explain, language, languages,
} from './common.js';

const id = param('id');
await layout('Reviews');
await loadCurrency();
const segments = (await api('/api/segments')).body;
const relationships = await allRelationships(segments);
const segmentName = sid => segments.find(s => s.segmentId === sid)?.name ?? t('page.review.segmentGone');
const segmentOptions = segments.map(s => ({ value: s.segmentId, label: s.name }));
const relationshipOptions = relationships.map(r => ({ value: r.relationshipId, label: `${r.name} (${r.segmentName}, ${words('type', r.type).toLowerCase()}, ${words('relationshipStatus', r.status).toLowerCase()})` }));
const relationshipOf = rid => relationships.find(r => r.relationshipId === rid);

function unavailable(answer) {
  document.getElementById('title').textContent = t('page.review.heading');
  document.getElementById('summary').replaceChildren(el('strong', { class: 'problem' }, t('page.review.packNotAvailable')), ' ',
    answer.status === 404 ? t('page.review.noSuchReview') : t('page.review.packFailed', { status: answer.status }),
    answer.body?.detail ? ` ${explain(answer.body, answer.body.code, answer.body.detail)}` : '');
  document.getElementById('links').replaceChildren(el('a', { href: '/reviews.html' }, t('page.review.back')));
  for (const section of ['figures', 'cost-benefit', 'factors', 'objectives', 'decisions', 'actions']) document.getElementById(section).replaceChildren();
}

const flags = list => (list?.length ? list.map(f => words('flag', f)).join(', ') : '—');

/** Each segment's cost-benefit at the period's end, then the four quarters up to it (the organization's totals first). */
function costBenefit(pack) {
  const heading = el('h2', {}, t('pack.costBenefit.atEnd', { period: quarter(pack.period) }));
  const quarters = pack.costBenefit;
  if (!quarters?.length) return [heading, empty(t('pack.costBenefit.notKept'))];
  const end = quarters[quarters.length - 1];
  const cells = (...values) => values.map(([v, n]) => el('td', n ? { class: 'n' } : {}, v));
  return [heading, el('p', {}, el('small', {}, t('pack.costBenefit.intro'))),
    end.segments.length ? table([t('pack.segment'), t('pack.costBenefit.objective'), `${t('pack.costBenefit.revenue')} `, `${t('pack.costBenefit.relationshipCost')} `,
      `${t('pack.costBenefit.costToServe')} `, `${t('pack.costBenefit.retentionRate')} `, `${t('pack.costBenefit.alignment')} `, t('pack.costBenefit.flags')],
    end.segments.map(s => el('tr', {}, el('td', {}, segmentLink(s.segmentId, s.name)), ...cells([words('motivation', s.objective)], [money(s.revenue), 1],
      [money(s.relationshipCost), 1], [percent(s.costToServe), 1], [percent(s.retentionRate), 1], [percent(s.objectiveAlignment), 1], [flags(s.flags)]))),
    { id: 'cost-benefit-end' }) : empty(t('pack.none')),
    el('h3', {}, t('pack.costBenefit.trend')),
    table([t('pack.quarter'), t('pack.segment'), `${t('pack.costBenefit.revenue')} `, `${t('pack.costBenefit.relationshipCost')} `, `${t('pack.costBenefit.costToServe')} `,
      t('pack.costBenefit.flags')],
    quarters.flatMap(q => [
      el('tr', {}, el('td', {}, el('strong', {}, quarter(q.quarter))), el('td', {}, el('strong', {}, t('pack.costBenefit.allSegments'))),
        ...cells([money(q.revenue), 1], [money(q.relationshipCost), 1], [percent(q.costToServe), 1], [''])),
      ...q.segments.map(s => el('tr', {}, el('td', {}, quarter(q.quarter)), el('td', {}, s.name),
        ...cells([money(s.revenue), 1], [money(s.relationshipCost), 1], [percent(s.costToServe), 1], [flags(s.flags)])))]),
    { id: 'cost-benefit-trend' })];
}

/** The cost-benefit a decision was taken on, as kept with it. */
const takenOn = f => (f ? [t('pack.takenOnFigures', { revenue: money(f.revenue), cost: money(f.relationshipCost), costToServe: percent(f.costToServe) }),
  f.flags?.length ? flags(f.flags) : ''].filter(Boolean).join('; ') : '—');

/** In the decision form, the relationship picker lists only the chosen segment's relationships. */
function narrowRelationships(form) {
  const segment = form.querySelector('select[name=segmentId]');
  const relationship = form.querySelector('select[name=relationshipId]');
  if (!segment || !relationship) return form;
  const narrow = () => {
    for (const option of relationship.options) {
      if (!option.value) continue;
      option.hidden = option.disabled = !!segment.value && relationshipOf(option.value)?.segmentId !== segment.value;
    }
    if (relationship.selectedOptions[0]?.disabled) relationship.value = '';
  };
  segment.addEventListener('change', narrow);
  relationship.addEventListener('change', () => { const r = relationshipOf(relationship.value); if (r && !segment.value) { segment.value = r.segmentId; narrow(); } });
  form.addEventListener('reset', () => setTimeout(narrow));
  narrow();
  return form;
}

async function load() {
  const answer = await api(`/api/reviews/${id}`);
  const view = answer.body, pack = view?.pack;
  if (!answer.ok || !pack) { unavailable(answer); return; }
  useCurrency(pack);
  const heading = t('page.review.headingOf', { period: quarter(pack.period) }) + (pack.title ? ` — ${pack.title}` : '');
  document.title = t('page.common.titleSuffix', { title: heading });
  document.getElementById('title').textContent = heading;
  document.getElementById('summary').textContent = view.status === 'closed'
    ? [t('page.review.closedSummary', { instant: instant(view.closedAt) }) + (pack.closedBy ? ` ${t('page.review.by', { user: pack.closedBy })}` : '') + t('page.review.frozen'),
      view.restated?.length ? tn('page.review.restated', view.restated.length) : '', pack.summary ? t('page.review.summary', { summary: pack.summary }) : ''].filter(Boolean).join(' ')
    : t('page.review.openSummary', { date: date(pack.periodEnd), active: tn('page.review.activeRelationships', pack.mix.totalActive), cost: money(pack.mix.totalCost) });
  const printLanguage = el('select', { id: 'print-language', 'aria-label': t('page.review.printLanguage') },
    ...Object.entries(languages).map(([tag, name]) => el('option', { value: tag, lang: tag, selected: tag === language }, name)));
  const print = el('a', { id: 'print', href: `/api/reviews/${id}?format=html&lang=${language}` }, t('page.review.printable'));
  printLanguage.addEventListener('change', () => { print.href = `/api/reviews/${id}?format=html&lang=${encodeURIComponent(printLanguage.value)}`; });
  document.getElementById('links').replaceChildren(
    print, ' ', el('label', { class: 'print-language' }, t('page.review.in'), ' ', printLanguage), ' ', t('page.review.printHint'), ' · ',
    el('a', { href: `/compare.html?review=${id}` }, t('page.review.compareWith')));
  document.getElementById('figures').replaceChildren(el('h2', {}, t('page.review.mixAtEnd', { period: quarter(pack.period) })),
    pack.mix.types.length ? table([t('page.field.type'), `${t('page.review.active')} `, `${t('page.review.cost')} `, `${t('page.review.shareOfCost')} `, `${t('page.field.interactions')} `],
      pack.mix.types.map(l => el('tr', {}, el('td', {}, words('type', l.type)), el('td', { class: 'n' }, count(l.activeCount)), el('td', { class: 'n' }, money(l.cost)),
        el('td', { class: 'n' }, percent(l.shareByCost)), el('td', { class: 'n' }, count(l.interactions)))))
      : empty(t('page.review.mixEmpty')));
  document.getElementById('cost-benefit').replaceChildren(...costBenefit(pack));
  document.getElementById('factors').replaceChildren(pack.factors.length
    ? el('ul', {}, ...pack.factors.map(f => el('li', {}, t('page.review.factor', { factor: words('factor', f.factor),
      kind: words('factorKind', f.internal ? 'internal' : 'external').toLowerCase(), impact: words('impact', f.impact).toLowerCase(), description: f.description }))))
    : empty(t('page.review.factorsEmpty')));
  document.getElementById('objectives').replaceChildren(pack.objectives.length
    ? el('ul', {}, ...pack.objectives.map(o => el('li', {}, segmentLink(o.segmentId, pack.segmentNames?.[o.segmentId] ?? segmentName(o.segmentId)),
      `: ${o.confirmed ? t('page.review.confirmed', { objective: words('motivation', o.motivation) }) : `${words('motivation', o.previous)} → ${words('motivation', o.motivation)}`} — ${o.rationale}`)))
    : empty(t('page.review.objectivesEmpty')));
  document.getElementById('decisions').replaceChildren(pack.decisions.length ? table([t('page.review.decision'), t('page.dashboard.segment'), t('page.field.relationship'), t('page.field.rationale'), t('pack.takenOn'), t('page.reviews.applied')],
    pack.decisions.map(d => el('tr', {},
      el('td', {}, `${words('decision', d.decision)}${d.type ? ` ${words('type', d.type).toLowerCase()}` : ''}`),
      el('td', {}, segmentLink(d.segmentId, pack.segmentNames?.[d.segmentId] ?? segmentName(d.segmentId))),
      el('td', {}, d.relationshipId ? relationshipLink(d.segmentId, d.relationshipId, relationshipOf(d.relationshipId)?.name ?? t('page.common.relationship')) : '—'),
      el('td', {}, d.rationale), el('td', {}, takenOn(d.takenOn)), el('td', {}, date(d.appliedOn)))), { id: 'decisions-table' })
    : empty(t('page.review.decisionsEmpty')));

  const actions = document.getElementById('actions');
  actions.replaceChildren();
  if (view.status === 'closed') return;
  const typeOptions = vocabulary.type;
  const field = (name, options = {}) => ({ name, label: t(`page.field.${name}`), ...options });
  actions.append(
    commandForm({ title: t('page.review.recordFactor'), submit: t('page.review.record'), saved: t('page.review.factorRecorded'), fields: [
      { name: 'factor', label: t('page.review.factorField'), options: vocabulary.factor, area: 'factor', required: true, help: t('page.review.factorHelp') },
      { name: 'impact', label: t('page.review.impact'), options: vocabulary.impact, area: 'impact', required: true },
      field('description', { type: 'textarea', required: true }),
      { name: 'segmentIds', label: t('page.review.segmentsConcerned'), options: segmentOptions, multiple: true }],
      send: b => post(`/api/reviews/${id}/factors`, b), done: load }),
    commandForm({ title: t('page.review.revisit'), submit: t('page.review.revisitSubmit'), saved: t('page.review.revisited'), fields: [
      { name: 'segmentId', label: t('page.dashboard.segment'), options: segmentOptions, required: true },
      { name: 'motivation', label: t('page.review.newObjective'), options: vocabulary.motivation, area: 'motivation' },
      field('rationale', { type: 'textarea', required: true }),
      { name: 'effectiveDate', label: t('page.review.effectiveOfChange'), type: 'date' }],
      send: b => post(`/api/reviews/${id}/objectives`, b), done: load }),
    narrowRelationships(commandForm({ title: t('page.review.recordDecision'), submit: t('page.review.record'), saved: t('page.review.decisionRecorded'), fields: [
      { name: 'decision', label: t('page.review.decision'), options: vocabulary.decision, area: 'decision', required: true },
      { name: 'segmentId', label: t('page.dashboard.segment'), options: segmentOptions, required: true },
      { name: 'relationshipId', label: t('page.review.relationshipFor'), options: relationshipOptions },
      { name: 'type', label: t('page.review.typeFor'), options: typeOptions, area: 'type' },
      field('rationale', { type: 'textarea', required: true })],
      send: b => post(`/api/reviews/${id}/decisions`, b), done: load })),
    ...pack.decisions.filter(d => !d.appliedOn && d.decision !== 'keep').map(d => commandForm({
      title: t('page.review.apply', { decision: words('decision', d.decision), segment: segmentName(d.segmentId) + (d.relationshipId ? `, ${relationshipOf(d.relationshipId)?.name ?? t('page.common.relationship')}` : '') }),
      submit: t('page.review.applySubmit'), saved: t('page.review.applied'), fields: [
        field('effectiveDate', { type: 'date', required: true }),
        ...(d.decision === 'introduce' ? [field('name', { required: true }), field('channels', { options: vocabulary.channel, area: 'channel', multiple: true })] : []),
        ...(['introduce', 'expand', 'reduce'].includes(d.decision) ? [field('monthlyFixedCost', { type: 'number', money: true, required: true }),
          field('costPerInteraction', { type: 'number', money: true, required: d.decision !== 'introduce' })] : [])],
      send: b => post(`/api/reviews/${id}/decisions/${d.decisionId}/apply`, b), done: load })),
    commandForm({ title: t('page.review.close'), submit: t('page.review.closeSubmit'), saved: t('page.review.closed'),
      intro: t('page.review.closeIntro'), confirm: t('page.review.closeConfirm'),
      fields: [field('summary', { type: 'textarea' })],
      send: b => post(`/api/reviews/${id}/close`, b), done: load }));
}

await load();
document.body.dataset.ready = 'true';
