import { api, el, layout, instant, count, counted, empty, segmentLink, relationshipLink, notice, prose, labelCells } from './common.js';

const eventName = type => { const t = String(type).replace(/_/g, ' '); return t.charAt(0).toUpperCase() + t.slice(1); };

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
const headers = ['Recorded', 'User', 'About', 'Change', 'Effective', 'Reason', 'Event'];

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
  if (e.stream === 'review') parts.push(el('a', { href: `/review.html?id=${e.streamId}` }, `review ${reviewPeriod(e.streamId) ?? ''}`.trim()));
  if (segmentId) parts.push(segmentLink(segmentId, name ?? 'segment'));
  if (e.relationshipId) parts.push(relationshipLink(segmentId, e.relationshipId, e.relationshipName ?? 'relationship'));
  return parts.flatMap((p, i) => i ? [' › ', p] : [p]);
}

async function load(reset) {
  if (reset) page = 1;
  const q = query(); q.set('page', page); q.set('pageSize', pageSize);
  const answer = await api(`/api/audit?${q}`);
  if (answer.status === 403) {
    document.getElementById('state').textContent = `The audit log needs an auditor or admin key (yours: ${me.role}).`;
    document.getElementById('log').replaceChildren();
    return;
  }
  const entries = answer.body.entries;
  if (reset) {
    rows.replaceChildren();
    document.getElementById('log').replaceChildren(entries.length
      ? el('div', { class: 'scroll', tabindex: '0' }, el('table', { class: 'compact stack', id: 'log-table' },
        el('thead', {}, el('tr', {}, ...headers.map(h => el('th', { scope: 'col' }, h)))), rows))
      : empty('No change matches the filter.'));
  }
  rows.append(...entries.map(e => el('tr', { id: `event-${e.sequence}` },
    el('td', {}, instant(e.recordedAt)), el('td', {}, e.user ?? ''), el('td', {}, ...subject(e)), el('td', {}, prose(e.summary)),
    el('td', {}, e.effectiveDate ?? ''), el('td', {}, e.reason ?? ''), el('td', {}, `${eventName(e.eventType)} #${e.sequence}`))));
  labelCells(rows, headers);
  document.getElementById('state').textContent =
    `${counted(answer.body.totalCount, 'change')}; showing ${count(rows.children.length)}${answer.body.complete ? '' : ' (the log is still catching up)'}`;
  document.getElementById('more').hidden = page * pageSize >= answer.body.totalCount;
  const csv = query(); csv.set('format', 'csv');
  document.getElementById('csv').href = `/api/audit?${csv}`;
}

async function verify() {
  const answer = await api('/api/audit/verify');
  const out = document.getElementById('integrity-result');
  if (!answer.ok) { out.textContent = answer.status === 403 ? 'Verifying needs an auditor or admin key.' : (answer.body.detail || answer.body.title); return; }
  const v = answer.body;
  const nothing = v.status === 'nothingToVerify' || (v.checkpoints === 0 && v.eventsChecked === 0);
  out.replaceChildren(el('p', { class: v.verified ? 'status-closed' : nothing ? '' : 'problem' },
    nothing ? 'Nothing to verify yet: no checkpoint has been taken. Take one, then verify.'
      : v.verified ? `Verified: ${counted(v.checkpoints, 'checkpoint')}, ${counted(v.eventsChecked, 'event')}, all as recorded.`
        : `Tampered: ${count(v.problems.length)} problems found in ${count(v.checkpoints)} checkpoints.`,
    v.eventsNotYetCheckpointed ? ` ${counted(v.eventsNotYetCheckpointed, 'event')} ${v.eventsNotYetCheckpointed === 1 ? 'is' : 'are'} newer than the last checkpoint.` : ''),
  v.problems.length ? el('ul', {}, ...v.problems.map(p => el('li', {}, `${p.kind}: event #${p.sequence ?? '—'} (checkpoint ${p.checkpoint}) — ${p.detail}`))) : '');
}

async function checkpoint() {
  const answer = await post('/api/audit/checkpoints');
  const out = document.getElementById('integrity-result');
  if (!answer.ok) { out.textContent = answer.status === 403 ? 'Checkpoints need an auditor or admin key.' : (answer.body.detail || answer.body.title); return; }
  const c = answer.body;
  out.replaceChildren(el('p', {}, c.taken ? `Checkpoint ${c.number} taken: events #${c.fromSequence} to #${c.toSequence} (${counted(c.events, 'event')}).`
    : `No checkpoint taken: ${c.reason}.`));
  if (c.taken) notice('Checkpoint taken.');
}

const post = path => api(path, { method: 'POST' });
form.addEventListener('submit', e => { e.preventDefault(); load(true); });
document.getElementById('more').addEventListener('click', () => { page++; load(false); });
document.getElementById('verify').addEventListener('click', verify);
document.getElementById('checkpoint').addEventListener('click', checkpoint);
if (!['auditor', 'admin'].includes(me.role)) document.getElementById('integrity').hidden = true;
await load(true);
document.body.dataset.ready = 'true';
