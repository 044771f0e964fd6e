import { api, el, layout, instant, count, tn, empty, segmentLink, relationshipLink, notice, prose, labelCells, t, has, date, quarter, eventSummary, explain, reasonText, language } from './common.js';

const camel = type => String(type).replace(/_([a-z])/g, (_, c) => c.toUpperCase());
const eventName = type => has(`page.eventName.${camel(type)}`) ? t(`page.eventName.${camel(type)}`)
  : (n => n.charAt(0).toUpperCase() + n.slice(1))(String(type).replace(/_/g, ' '));

const me = await layout('Audit');
const form = document.getElementById('filter');
const segments = (await api('/api/segments')).body;
for (const s of segments) form.segment.append(el('option', { value: s.segmentId }, s.name));
const segmentName = sid => segments.find(s => s.segmentId === sid)?.name;
const reviews = (await api('/api/reviews')).body.reviews ?? [];
const reviewPeriod = id => reviews.find(r => r.reviewId === id)?.period;
const pageSize = 50;
let page = 1;
const rows = el('tbody');
const headers = ['recorded', 'user', 'about', 'change', 'effective', 'reason', 'event'].map(h => t(`page.audit.column.${h}`));
/** Each segment's recorded changes with their data, so an entry's sentence is written in the reader's language. */
const histories = new Map();
const changeOf = async e => {
  const segmentId = e.segmentId ?? (e.stream === 'segment' ? e.streamId : null);
  // A review's changes have no data here: outside English, the kind of change and its review (the reason column has the rest).
  if (e.stream !== 'segment' || !segmentId) return language === 'en' ? prose(e.summary) : `${eventName(e.eventType)} (${t('page.audit.review', { period: quarter(reviewPeriod(e.streamId) ?? '') }).trim()})`;
  if (!histories.has(segmentId)) histories.set(segmentId, api(`/api/segments/${segmentId}/history`).then(a => (a.ok ? a.body : [])));
  const entry = (await histories.get(segmentId)).find(h => h.sequence === e.sequence);
  return entry ? eventSummary(entry) : prose(e.summary);
};

function query() {
  const q = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (v) q.set(k, v);
  return q;
}

/** What an entry is about: its segment (or review) and relationship, linked. */
function subject(e) {
  const segmentId = e.segmentId ?? (e.stream === 'segment' ? e.streamId : null);
  const name = e.segmentName ?? segmentName(segmentId);
  const parts = [];
  if (e.stream === 'review') parts.push(el('a', { href: `/review.html?id=${e.streamId}` }, t('page.audit.review', { period: quarter(reviewPeriod(e.streamId) ?? '') }).trim()));
  if (segmentId) parts.push(segmentLink(segmentId, name ?? t('page.common.segment')));
  if (e.relationshipId) parts.push(relationshipLink(segmentId, e.relationshipId, e.relationshipName ?? t('page.common.relationship')));
  return parts.flatMap((p, i) => i ? [' › ', p] : [p]);
}

async function load(reset) {
  if (reset) page = 1;
  const q = query(); q.set('page', page); q.set('pageSize', pageSize);
  const answer = await api(`/api/audit?${q}`);
  if (answer.status === 403) {
    document.getElementById('state').textContent = t('page.audit.needsAuditor', { role: me.role });
    document.getElementById('log').replaceChildren();
    return;
  }
  const entries = answer.body.entries;
  if (reset) {
    rows.replaceChildren();
    document.getElementById('log').replaceChildren(entries.length
      ? el('div', { class: 'scroll', tabindex: '0' }, el('table', { class: 'compact stack', id: 'log-table' },
        el('thead', {}, el('tr', {}, ...headers.map(h => el('th', { scope: 'col' }, h)))), rows))
      : empty(t('page.audit.noMatch')));
  }
  const changes = await Promise.all(entries.map(changeOf));
  rows.append(...entries.map((e, n) => el('tr', { id: `event-${e.sequence}` },
    el('td', {}, instant(e.recordedAt)), el('td', {}, e.user ?? ''), el('td', {}, ...subject(e)), el('td', {}, changes[n]),
    el('td', {}, e.effectiveDate ? date(e.effectiveDate) : ''), el('td', {}, reasonText(e.reason) ?? ''), el('td', {}, `${eventName(e.eventType)} #${e.sequence}`))));
  labelCells(rows, headers);
  document.getElementById('state').textContent =
    `${t('page.audit.state', { changes: tn('page.segment.changes', answer.body.totalCount), shown: count(rows.children.length) })}${answer.body.complete ? '' : ` ${t('page.audit.catchingUp')}`}`;
  document.getElementById('more').hidden = page * pageSize >= answer.body.totalCount;
  const csv = query(); csv.set('format', 'csv');
  document.getElementById('csv').href = `/api/audit?${csv}`;
}

async function verify() {
  const answer = await api('/api/audit/verify');
  const out = document.getElementById('integrity-result');
  if (!answer.ok) { out.textContent = answer.status === 403 ? t('page.audit.verifyNeeds') : explain(answer.body, answer.body.code, answer.body.detail || answer.body.title); return; }
  const v = answer.body;
  const nothing = v.status === 'nothingToVerify' || (v.checkpoints === 0 && v.eventsChecked === 0);
  out.replaceChildren(el('p', { class: v.verified ? 'status-closed' : nothing ? '' : 'problem' },
    nothing ? t('page.audit.nothingToVerify')
      : v.verified ? t('page.audit.verified', { checkpoints: tn('page.audit.checkpoints', v.checkpoints), events: tn('page.audit.events', v.eventsChecked) })
        : t('page.audit.tampered', { problems: count(v.problems.length), checkpoints: count(v.checkpoints) }),
    v.eventsNotYetCheckpointed ? ` ${tn('page.audit.newer', v.eventsNotYetCheckpointed)}` : ''),
  v.problems.length ? el('ul', {}, ...v.problems.map(p => el('li', {}, `${p.kind}: ${t('page.audit.problem', { sequence: p.sequence ?? '—', checkpoint: p.checkpoint })} — ${p.detail}`))) : '');
}

async function checkpoint() {
  const answer = await post('/api/audit/checkpoints');
  const out = document.getElementById('integrity-result');
  if (!answer.ok) { out.textContent = answer.status === 403 ? t('page.audit.checkpointNeeds') : explain(answer.body, answer.body.code, answer.body.detail || answer.body.title); return; }
  const c = answer.body;
  out.replaceChildren(el('p', {}, c.taken ? t('page.audit.taken', { number: c.number, from: c.fromSequence, to: c.toSequence, events: tn('page.audit.events', c.events) })
    : t('page.audit.notTaken', { reason: c.reason })));
  if (c.taken) notice(t('page.audit.takenNotice'));
}

const post = path => api(path, { method: 'POST' });
form.addEventListener('submit', e => { e.preventDefault(); load(true); });
document.getElementById('more').addEventListener('click', () => { page++; load(false); });
document.getElementById('verify').addEventListener('click', verify);
document.getElementById('checkpoint').addEventListener('click', checkpoint);
if (!['auditor', 'admin'].includes(me.role)) document.getElementById('integrity').hidden = true;
await load(true);
document.body.dataset.ready = 'true';
