import { api, el, layout } from '/app/common.js';
const me = await layout('Audit');
const form = document.getElementById('filter');
for (const s of (await api('/api/segments')).body) form.segment.append(el('option', { value: s.segmentId }, s.name));
let page = 1;
const rows = el('tbody');
document.getElementById('log').replaceChildren(
  el('thead', {}, el('tr', {}, ...['Recorded', 'User', 'Change', 'Effective', 'Reason', 'Event'].map(h => el('th', { scope: 'col' }, h)))), rows);
function query() {
  const q = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (v) q.set(k, v);
  return q;
}
async function load(reset) {
  if (reset) { page = 1; rows.replaceChildren(); }
  const q = query(); q.set('page', page); q.set('pageSize', 50);
  const answer = await api(`/api/audit?${q}`);
  if (answer.status === 403) { document.getElementById('state').textContent = `The audit log needs an auditor or admin key (yours: ${me.role}).`; return; }
  rows.append(...answer.body.entries.map(e => el('tr', {},
    el('td', {}, new Date(e.recordedAt).toLocaleString()), el('td', {}, e.user ?? ''), el('td', {}, e.summary),
    el('td', {}, e.effectiveDate ?? ''), el('td', {}, e.reason ?? ''), el('td', {}, `${e.eventType} #${e.sequence}`))));
  document.getElementById('state').textContent = `${answer.body.totalCount} changes${answer.body.complete ? '' : ' (the log is still catching up)'}`;
  document.getElementById('more').hidden = page * 50 >= answer.body.totalCount;
  const csv = query(); csv.set('format', 'csv'); csv.set('pageSize', 500);
  document.getElementById('csv').href = `/api/audit?${csv}`;
}
form.addEventListener('submit', e => { e.preventDefault(); load(true); });
document.getElementById('more').addEventListener('click', () => { page++; load(false); });
await load(true);
document.body.dataset.ready = 'true';
