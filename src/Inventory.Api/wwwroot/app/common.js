// Shared by every page: the API client (the sign-in cookie authenticates it), navigation, the vocabulary and its words,
// number formatting in the organization's currency, help texts, chart tables, notices, and forms that show every
// field's message beside the field, in the form's words.
export const vocabulary = {
  type: ['automatedServices', 'coCreation', 'communities', 'dedicatedPersonalAssistance', 'personalAssistance', 'selfService', 'thirdParty'],
  channel: ['inPerson', 'homeVisit', 'phone', 'email', 'chat', 'socialMedia', 'web', 'mobileApp', 'event', 'other'],
  phase: ['beforePurchase', 'duringPurchase', 'afterPurchase'],
  motivation: ['acquisition', 'retention', 'boostingSales'],
  horizon: ['transactional', 'longTerm'],
  block: ['customerSegments', 'valuePropositions', 'channels', 'revenueStreams', 'keyResources', 'keyActivities', 'keyPartnerships', 'costStructure'],
  factor: ['capability', 'financialConstraint', 'operationalConstraint', 'competitor', 'industryMaturity', 'regulation', 'disruptiveTechnology'],
  impact: ['low', 'medium', 'high'],
  decision: ['introduce', 'expand', 'keep', 'reduce', 'retire', 'discontinueSegment'],
  role: ['viewer', 'editor', 'reviewer', 'auditor', 'admin'],
};

export const typeColors = {
  automatedServices: '#4e79a7', coCreation: '#f28e2b', communities: '#59a14f', dedicatedPersonalAssistance: '#e15759',
  personalAssistance: '#76b7b2', selfService: '#edc948', thirdParty: '#b07aa1',
};

/** What each relationship type means, in the product's words. */
export const typeMeaning = {
  personalAssistance: 'People of the company help the customer before, during or after the purchase: in the store, by phone, email, chat or social media.',
  dedicatedPersonalAssistance: 'One representative is dedicated to one customer: a key-account manager, a private banker, a manager who handles a complaint in person.',
  selfService: 'The company provides the means and customers serve themselves: a kiosk, a vending machine, a useful guide on the web.',
  automatedServices: 'Self-service with automation that recognises the customer and personalises: recommendations, online profiles, a chatbot.',
  communities: 'Customers meet and help each other: user communities, forums, clubs, professional networks.',
  coCreation: 'Customers create value with the company: reviews, product design, crowdsourcing, crowdfunding.',
  thirdParty: 'An outside provider runs the relationship for the company, for cost or specialisation (outsourced support).',
};

// Names whose words need more than splitting the camelCase.
const special = { selfService: 'Self-service', coCreation: 'Co-creation', longTerm: 'Long-term', inPerson: 'In person', email: 'Email', mobileApp: 'Mobile app' };

/** A vocabulary name as words: "selfService" → "Self-service". Anything else is returned as it is. */
export const words = name => {
  if (name === null || name === undefined || name === '') return '';
  const text = String(name);
  if (special[text]) return special[text];
  if (!/^[a-z][a-zA-Z]*$/.test(text)) return text;
  const spaced = text.replace(/([A-Z])/g, ' $1').toLowerCase();
  return spaced[0].toUpperCase() + spaced.slice(1);
};

/** A sentence of the server (an event's summary) with its vocabulary names as words. */
export const prose = text => unCamel(text);

/** Replaces camelCase words in a sentence (a server message) by their words, lower case inside the sentence. */
const unCamel = (text, labels = {}) => String(text).replace(/\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g, token => labels[token] ?? words(token).toLowerCase());

export async function api(path, options = {}) {
  const response = await fetch(path, {
    ...options,
    headers: { 'X-Requested-With': 'inventory', ...(options.body ? { 'Content-Type': 'application/json' } : {}), ...(options.headers || {}) },
    credentials: 'same-origin',
  });
  if (response.status === 401) { location.href = '/signin.html'; throw new Error('signed out'); }
  const type = response.headers.get('content-type') || '';
  let body;
  try { body = type.includes('json') ? await response.json() : await response.text(); } catch { body = { title: `Unreadable answer (${response.status})` }; }
  return { ok: response.ok, status: response.status, body, etag: response.headers.get('ETag') };
}

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value); else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) node.append(child.nodeType ? child : document.createTextNode(String(child)));
  return node;
}

// ---- Numbers ---------------------------------------------------------------------------------------------------------

let currencyCode = 'EUR';
/** The organization's currency, as its reports state it; every money figure is shown in it. */
export function useCurrency(answer) { if (answer?.currency) currencyCode = answer.currency; return currencyCode; }
export const currency = () => currencyCode;
const none = v => v === null || v === undefined || Number.isNaN(Number(v));
export const money = v => none(v) ? '—' : new Intl.NumberFormat('en', { style: 'currency', currency: currencyCode, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v);
/** A rate per interaction or customer: money with up to four decimals. */
export const rate = v => none(v) ? '—' : new Intl.NumberFormat('en', { style: 'currency', currency: currencyCode, minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(v);
export const count = v => none(v) ? '—' : new Intl.NumberFormat('en').format(v);
/** "1 change", "2 changes": a count with its noun. */
export const counted = (v, noun) => `${count(v)} ${noun}${v === 1 ? '' : 's'}`;
export const score = v => none(v) ? '—' : new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
export const percent = v => none(v) ? '—' : new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
export const instant = v => v ? new Date(v).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '—';
export const param = name => new URLSearchParams(location.search).get(name);

/** Loads the organization's currency from the smallest report (JSON reports state it). */
export async function loadCurrency() {
  const answer = await api('/api/reports/expectation-gap');
  return useCurrency(answer.body);
}

// ---- Page furniture ----------------------------------------------------------------------------------------------

export async function layout(active) {
  const me = await api('/api/me');
  const role = String(me.body.role ?? '').toLowerCase();
  const links = [['/', 'Dashboard'], ['/reviews.html', 'Reviews'], ['/compare.html', 'Compare'], ['/audit.html', 'Audit']];
  if (role === 'admin') links.push(['/keys.html', 'Keys']);
  document.body.prepend(el('header', { class: 'app' },
    el('span', { class: 'brand' }, 'Relationship Inventory'),
    el('nav', { 'aria-label': 'Main' }, el('ul', {}, ...links.map(([href, text]) =>
      el('li', {}, el('a', { href, 'aria-current': active === text ? 'page' : null }, text))))),
    el('form', { method: 'post', action: '/signout', class: 'signout' },
      el('small', {}, `${me.body.name} (${role}) `), el('button', { type: 'submit', class: 'secondary outline' }, 'Sign out'))));
  document.body.append(noticeArea);
  return { ...me.body, role };
}

const noticeArea = el('div', { class: 'notices', role: 'status', 'aria-live': 'polite' });
/** A short notice that a change was saved; it goes away by itself. */
export function notice(text) {
  const item = el('p', { class: 'notice' }, text);
  noticeArea.append(item);
  setTimeout(() => item.remove(), 6000);
}

/** Short help next to a control: a disclosure that opens in place. */
export const help = (summary, ...body) => el('details', { class: 'help' }, el('summary', {}, summary), el('div', {}, ...body));

/** A chart's figures as a table, under a toggle, so a screen reader and a printout get the numbers. */
export function chartTable(caption, headers, rows) {
  return el('details', { class: 'chart-table' }, el('summary', {}, 'Figures as a table'),
    el('div', { class: 'scroll', tabindex: '0' }, el('table', { class: 'compact' }, el('caption', {}, caption),
      el('thead', {}, el('tr', {}, ...headers.map((h, i) => el('th', { scope: 'col', class: i ? 'n' : null }, h)))),
      el('tbody', {}, ...rows.map(r => el('tr', {}, ...r.map((v, i) => i ? el('td', { class: 'n' }, v) : el('th', { scope: 'row' }, v))))))));
}

/** A sentence in place of an empty list, saying what goes there. */
export const empty = text => el('p', { class: 'empty' }, text);

/** A table; on a phone each row stacks its cells, each labelled with its column (see table.stack in app.css). */
export function table(headers, rows, attributes = {}) {
  const body = el('tbody', {}, ...rows);
  labelCells(body, headers.map(h => h.trim()));
  return el('div', { class: 'scroll', tabindex: '0' }, el('table', { class: 'compact stack', ...attributes },
    el('thead', {}, el('tr', {}, ...headers.map(h => el('th', { scope: 'col', class: h.endsWith(' ') ? 'n' : null }, h.trim())))),
    body));
}

export function labelCells(body, headers) {
  for (const row of body.rows) [...row.cells].forEach((cell, i) => { if (headers[i]) cell.dataset.label = headers[i]; });
}

export const segmentLink = (id, name) => id ? el('a', { href: `/segment.html?id=${id}` }, name ?? 'segment') : (name ?? '');
export const relationshipLink = (segmentId, id, name) =>
  id ? el('a', { href: `/relationship.html?id=${id}${segmentId ? `&segment=${segmentId}` : ''}` }, name ?? 'relationship') : (name ?? '');

/** Every relationship of the organization, with its segment: for pickers and for finding a relationship's segment. */
export async function allRelationships(segments) {
  segments ??= (await api('/api/segments')).body;
  const views = await Promise.all(segments.map(s => api(`/api/segments/${s.segmentId}`)));
  return views.filter(v => v.ok).flatMap(v => v.body.relationships.map(r => ({ ...r, segmentId: v.body.segmentId, segmentName: v.body.name })));
}

// ---- Forms -------------------------------------------------------------------------------------------------------

let formCount = 0;

/**
 * A form for a command: labelled fields; every missing required field and every message of the server shown at once,
 * beside the field it names, in the form's words; a short notice when saved; an optional question before sending.
 */
export function commandForm({ title, fields, submit = 'Save', send, done, confirm: question, saved, intro }) {
  const id = `f${++formCount}`;
  const message = el('p', { class: 'form-message', role: 'alert' });
  const labels = Object.fromEntries(fields.map(f => [f.name, f.label.replace(/\s*\(.*\)$/, '').toLowerCase()]));
  const inputs = fields.map(field => {
    const inputId = `${id}-${field.name}`;
    let input;
    const optionNodes = () => field.options.map(o => el('option', { value: o.value ?? o, selected: (field.multiple ? (field.value || []).includes(o.value ?? o) : (o.value ?? o) === field.value) }, o.label ?? words(o)));
    if (field.options && field.multiple) {
      input = el('select', { id: inputId, name: field.name, multiple: true, size: Math.min(field.options.length, 5) }, ...optionNodes());
    } else if (field.options) {
      input = el('select', { id: inputId, name: field.name, required: field.required },
        el('option', { value: '' }, field.required ? `Choose…` : '—'), ...optionNodes());
    } else {
      input = el(field.type === 'textarea' ? 'textarea' : 'input', {
        id: inputId, name: field.name, type: field.type === 'textarea' ? null : field.type || 'text', required: field.required,
        step: field.type === 'number' ? 'any' : null, value: field.value, placeholder: field.placeholder, inputmode: field.money ? 'decimal' : null,
      });
    }
    const error = el('small', { class: 'field-error', id: `${inputId}-error` });
    const hint = field.help ? el('small', { class: 'field-help', id: `${inputId}-help` }, field.help) : null;
    input.setAttribute('aria-describedby', error.id + (hint ? ` ${hint.id}` : ''));
    const node = el('div', { class: 'field' },
      el('label', { for: inputId }, field.label, field.required ? el('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null), input, error, hint);
    return { field, input, error, node };
  });
  const form = el('form', { class: 'command', 'data-command': title, novalidate: true },
    el('h4', {}, title), intro ? el('p', { class: 'intro' }, intro) : null, ...inputs.map(i => i.node), el('button', { type: 'submit' }, submit), message);
  const show = (i, text) => { i.error.textContent = text; i.input.setAttribute('aria-invalid', 'true'); };
  form.addEventListener('submit', async event => {
    event.preventDefault();
    for (const i of inputs) { i.error.textContent = ''; i.input.removeAttribute('aria-invalid'); }
    message.textContent = '';
    const body = {};
    let missing = 0;
    for (const i of inputs) {
      const { field, input } = i;
      const value = field.multiple ? [...input.selectedOptions].map(o => o.value) : input.value.trim();
      const blank = field.multiple ? value.length === 0 : value === '';
      if (blank && field.required) { show(i, `${field.label.replace(/\s*\(.*\)$/, '')} is required.`); missing++; }
      if (blank && !(field.multiple && field.sendEmpty)) continue;
      body[field.name] = field.type === 'number' && !field.money ? Number(value) : value;
    }
    if (missing) { message.textContent = missing === 1 ? 'One field needs a value.' : `${missing} fields need a value.`; inputs.find(i => i.input.getAttribute('aria-invalid'))?.input.focus(); return; }
    if (question && !window.confirm(question)) return;
    const answer = await send(body);
    if (answer.ok) { form.reset(); notice(saved ?? `${title}: saved.`); done?.(answer); return; }
    const problem = typeof answer.body === 'object' && answer.body ? answer.body : { title: String(answer.body || '') };
    const others = [];
    for (const [name, messages] of Object.entries(problem.errors || {})) {
      const key = name.replace(/^\$\./, '').split(/[.[]/)[0];
      const match = inputs.find(i => i.field.name.toLowerCase() === key.toLowerCase())
        ?? inputs.find(i => (i.field.aliases || []).some(a => a.toLowerCase() === key.toLowerCase()));
      const text = [].concat(messages).map(m => unCamel(m, labels)).map(m => m.charAt(0).toUpperCase() + m.slice(1)).join(' ');
      if (match) show(match, match.error.textContent ? `${match.error.textContent} ${text}` : text);
      else others.push(text);
    }
    const shown = inputs.filter(i => i.error.textContent).length;
    message.textContent = others.length ? others.join(' ')
      : shown ? (shown === 1 ? 'Please correct the field marked above.' : `Please correct the ${shown} fields marked above.`)
        : unCamel(problem.detail || problem.title || `Refused (${answer.status})`, labels);
    inputs.find(i => i.input.getAttribute('aria-invalid'))?.input.focus();
  });
  return form;
}

export const post = (path, body) => api(path, { method: 'POST', body: JSON.stringify(body) });
