import {
  api, el, layout, money, rate, count, tn, words, vocabulary, meaning, commandForm, post, param, help, empty, table, instant,
  relationshipLink, loadCurrency, eventSummary, t, date, month, reasonText, mayEdit,
} from './common.js';
import { renderOutcomes, renderOutcomeForm } from './outcomes.js';

const id = param('id');
const travel = document.getElementById('travel');
const pageSize = 20;
let segment, current, me, history = [], shown = pageSize;

function query() {
  const data = new FormData(travel);
  const q = new URLSearchParams();
  if (data.get('asOf')) q.set('asOf', data.get('asOf'));
  if (data.get('knownAt')) q.set('knownAt', new Date(data.get('knownAt')).toISOString());
  return q.toString();
}

function when(q) {
  const p = new URLSearchParams(q);
  return [p.get('asOf') ? t('page.segment.whenAsOf', { date: date(p.get('asOf')) }) : '', p.get('knownAt') ? t('page.segment.whenKnownAt', { instant: instant(p.get('knownAt')) }) : ''].filter(Boolean).join(', ');
}

function notYetDefined(q, reason) {
  document.getElementById('travelling').textContent = `${when(q)}: ${reason}`;
  document.getElementById('relationships').replaceChildren(empty(t('page.segment.nothingListed')));
  document.getElementById('expectations').replaceChildren(empty(t('page.segment.nothingListed')));
}

async function load() {
  const q = query();
  await renderOutcomes(id, q);
  const answer = await api(`/api/segments/${id}${q ? `?${q}` : ''}`);
  if (!answer.ok) {
    if (answer.status === 404 && q) notYetDefined(q, t('page.segment.didNotExist'));
    else {
      document.getElementById('travelling').textContent = answer.status === 404 ? t('page.segment.noSuchSegment') : t('page.segment.couldNotLoad', { status: answer.status });
      document.getElementById('relationships').replaceChildren();
    }
    renderTimeline();
    return;
  }
  segment = answer.body;
  if (!q) current = segment;
  document.title = t('page.common.titleSuffix', { title: segment.name });
  document.getElementById('name').textContent = segment.name;
  const defined = !(segment.status === 'notYetDefined' || segment.status === 'planned');
  document.getElementById('summary').textContent = defined
    ? `${t('page.segment.summary', { status: words('segmentStatus', segment.status), objective: words('motivation', segment.objective?.motivation).toLowerCase(), defined: date(segment.definedOn), version: segment.version })}${segment.description ? ` · ${segment.description}` : ''}`
    : `${t('page.segment.summaryNotYet', { defined: date(segment.definedOn) })}${segment.description ? ` · ${segment.description}` : ''}`;
  if (q && (segment.status === 'notYetDefined' || (segment.asOf && segment.asOf < segment.definedOn))) {
    notYetDefined(q, t('page.segment.definedFrom', { date: date(segment.definedOn) }));
    renderTimeline();
    renderCommand();
    return;
  }
  document.getElementById('travelling').textContent = q ? t('page.segment.showing', { when: when(q) }) : '';
  document.getElementById('relationships').replaceChildren(segment.relationships.length ? table(
    [t('page.field.name'), t('page.field.type'), t('page.segment.status'), t('page.segment.established'), t('page.segment.retired'),
      `${t('page.field.monthlyFixedCost')} `, `${t('page.field.costPerInteraction')} `, t('page.field.channels'), t('page.segment.lastUsage')],
    segment.relationships.map(r => el('tr', { 'data-relationship': r.name },
      el('td', {}, relationshipLink(id, r.relationshipId, r.name)), el('td', { title: meaning(r.type) }, words('type', r.type)), el('td', {}, words('relationshipStatus', r.status)),
      el('td', {}, date(r.establishedOn)), el('td', {}, r.retiredOn ? date(r.retiredOn) : ''),
      el('td', { class: 'n' }, money(r.cost.monthlyFixedCost)), el('td', { class: 'n' }, rate(r.cost.costPerInteraction)),
      el('td', {}, r.channels.map(c => words('channel', c)).join(', ')),
      el('td', {}, r.usage.length ? `${month(r.usage.at(-1).month)}: ${tn('page.segment.interactions', r.usage.at(-1).interactions)}` : '—'))),
    { id: 'relationships-table' })
    : empty(t('page.segment.relationshipsEmpty')));
  document.getElementById('expectations').replaceChildren(
    el('p', {}, `${t('page.segment.objectiveSince', { objective: words('motivation', segment.objective.motivation), date: date(segment.objective.effectiveDate) })}${segment.objective.rationale ? ` — ${segment.objective.rationale}` : ''}`),
    segment.expectations.length ? el('ul', {}, ...segment.expectations.map(e => el('li', {}, t('page.segment.expectation', { type: words('type', e.type), importance: e.importance }))))
      : empty(t('page.segment.expectationsEmpty')));
  renderTimeline();
  renderCommand();
}

const relationshipName = h => h.relationshipName ?? current?.relationships.find(r => r.relationshipId === h.relationshipId)?.name;

function renderTimeline() {
  const target = location.hash.startsWith('#event-') ? history.findIndex(h => `#event-${h.eventId}` === location.hash) : -1;
  if (target >= shown) shown = Math.ceil((target + 1) / pageSize) * pageSize;
  const list = history.slice(0, shown);
  document.getElementById('timeline-state').textContent = history.length
    ? t('page.segment.timelineState', { changes: tn('page.segment.changes', history.length), shown: count(list.length) }) : '';
  document.getElementById('timeline').replaceChildren(...(history.length ? list.map(h => el('li', { id: `event-${h.eventId}` },
    relationshipName(h) ? [relationshipLink(id, h.relationshipId, relationshipName(h)), ': '] : '',
    el('strong', {}, eventSummary(h)), h.reason ? ` — ${reasonText(h.reason)}` : '',
    el('div', { class: 'meta' }, t('page.segment.eventMeta', { effective: date(h.effectiveDate), recorded: instant(h.recordedAt), user: h.user ?? '—', version: h.version }))))
    : [el('li', {}, empty(t('page.segment.timelineEmpty')))]));
  document.getElementById('more').hidden = shown >= history.length;
  if (target >= 0) document.getElementById(`event-${history[target].eventId}`)?.scrollIntoView();
}

const relationshipOptions = () => (current ?? segment).relationships.map(r => ({ value: r.relationshipId, label: `${r.name} (${words('type', r.type)}, ${words('relationshipStatus', r.status).toLowerCase()})` }));
const date_ = { name: 'effectiveDate', label: t('page.field.effectiveDate'), type: 'date', required: true };
const reason = { name: 'reason', label: t('page.field.reason') };
const relationship = () => ({ name: 'relationship', label: t('page.field.relationship'), options: relationshipOptions(), required: true });
const typeHelp = t('page.segment.typeHelp');
const money_ = (name, required, help) => ({ name, label: t(`page.field.${name}`), type: 'number', money: true, required, help });
const commands = {
  establish: () => ({ url: () => `/api/segments/${id}/relationships`, fields: [
    { name: 'type', label: t('page.field.type'), options: vocabulary.type, area: 'type', required: true, help: typeHelp },
    { name: 'name', label: t('page.field.name'), required: true },
    { name: 'channels', label: t('page.field.channels'), options: vocabulary.channel, area: 'channel', multiple: true },
    { name: 'phases', label: t('page.field.phases'), options: vocabulary.phase, area: 'phase', multiple: true },
    { name: 'motivations', label: t('page.field.motivations'), options: vocabulary.motivation, area: 'motivation', multiple: true },
    { name: 'horizon', label: t('page.field.horizon'), options: vocabulary.horizon, area: 'horizon' },
    { name: 'owner', label: t('page.field.owner') }, { name: 'provider', label: t('page.field.providerThirdParty') },
    money_('monthlyFixedCost', true), money_('costPerInteraction', false, t('page.segment.rateHelp')),
    date_] }),
  usage: () => ({ url: b => `/api/segments/${id}/relationships/${b.relationship}/usage`, fields: [
    relationship(),
    { name: 'month', label: t('page.field.month'), type: 'month', required: true, placeholder: '2026-10' },
    { name: 'interactions', label: t('page.field.interactions'), type: 'number', required: true },
    { name: 'customersReached', label: t('page.field.customersReached'), type: 'number', required: true }] }),
  satisfaction: () => ({ url: b => `/api/segments/${id}/relationships/${b.relationship}/satisfaction`, fields: [
    relationship(),
    { name: 'month', label: t('page.field.month'), type: 'month', required: true, placeholder: '2026-10' },
    { name: 'score', label: t('page.field.score'), type: 'number', required: true },
    { name: 'responses', label: t('page.field.responses'), type: 'number', required: true }] }),
  revise: () => ({ url: b => `/api/segments/${id}/relationships/${b.relationship}/cost`, fields: [
    relationship(), money_('monthlyFixedCost', true), money_('costPerInteraction', true), date_, reason] }),
  adjust: () => ({ url: b => `/api/segments/${id}/relationships/${b.relationship}/adjust`, fields: [
    relationship(),
    { name: 'channels', label: t('page.field.channels'), options: vocabulary.channel, area: 'channel', multiple: true },
    { name: 'horizon', label: t('page.field.horizon'), options: vocabulary.horizon, area: 'horizon' }, { name: 'owner', label: t('page.field.owner') },
    { name: 'provider', label: t('page.field.provider') },
    date_, reason] }),
  link: () => ({ url: b => `/api/segments/${id}/relationships/${b.relationship}/integrations`, fields: [
    relationship(),
    { name: 'block', label: t('page.field.block'), options: vocabulary.block, area: 'block', required: true }, { name: 'note', label: t('page.field.note'), required: true },
    date_] }),
  retire: () => ({ url: b => `/api/segments/${id}/relationships/${b.relationship}/retire`, fields: [
    relationship(), { ...date_, help: t('page.segment.retireHelp') }, reason] }),
  expect: () => ({ url: () => `/api/segments/${id}/expectations`, fields: [
    { name: 'type', label: t('page.field.type'), options: vocabulary.type, area: 'type', required: true, help: typeHelp },
    { name: 'importance', label: t('page.field.importance'), type: 'number', required: true },
    date_] }),
  withdraw: () => ({ method: 'DELETE',
    url: b => `/api/segments/${id}/expectations/${encodeURIComponent(b.type ?? '')}?${new URLSearchParams({ effectiveDate: b.effectiveDate ?? '', reason: b.reason ?? '' })}`,
    fields: [
      { name: 'type', label: t('page.field.type'), options: (current ?? segment).expectations.map(e => e.type), area: 'type', required: true },
      date_, reason] }),
  objective: () => ({ url: () => `/api/segments/${id}/objective`, fields: [
    { name: 'motivation', label: t('page.field.objective'), options: vocabulary.motivation, area: 'motivation', required: true },
    { name: 'rationale', label: t('page.field.rationale'), type: 'textarea', required: true },
    date_] }),
  discontinue: () => ({ url: () => `/api/segments/${id}/discontinue`, confirm: t('page.segment.discontinueConfirm'), fields: [date_, reason] }),
  reinstate: () => ({ url: () => `/api/segments/${id}/reinstate`, fields: [date_, reason] }),
};

const picker = document.getElementById('command');
picker.replaceChildren(...Object.keys(commands).map(c => el('option', { value: c }, t(`page.segment.command.${c}`))));
picker.addEventListener('change', renderCommand);

function renderCommand() {
  if (!current) { document.getElementById('form').replaceChildren(); return; }
  const spec = commands[picker.value]();
  document.getElementById('form').replaceChildren(commandForm({
    title: t(`page.segment.command.${picker.value}`), fields: spec.fields, confirm: spec.confirm,
    send: body => {
      if (spec.method === 'DELETE') return api(spec.url(body), { method: 'DELETE' });
      const { relationship: _, ...rest } = body;
      return post(spec.url(body), rest);
    },
    done: () => reload(),
  }));
}

async function reload() {
  travel.reset();
  const answer = await api(`/api/segments/${id}/history`);
  history = answer.ok ? answer.body : [];
  current = null;
  await load();
}

document.getElementById('travel-help').append(help(t('page.segment.travelHelp'), t('page.segment.travelHelpText')));
travel.addEventListener('submit', e => { e.preventDefault(); load(); });
document.getElementById('now').addEventListener('click', () => { travel.reset(); load(); });
document.getElementById('more').addEventListener('click', () => { shown += pageSize; renderTimeline(); });
window.addEventListener('hashchange', renderTimeline);
me = await layout('Dashboard');
await loadCurrency();
renderOutcomeForm(id, me.role, () => reload());
document.getElementById('change').hidden = !mayEdit(me.role);
await reload();
document.body.dataset.ready = 'true';
