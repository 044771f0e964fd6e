// Shared by every page: the API client (the sign-in cookie authenticates it), navigation, the vocabulary, forms that show
// the server's field messages, formatting.
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
};

export const typeColors = {
  automatedServices: '#4e79a7', coCreation: '#f28e2b', communities: '#59a14f', dedicatedPersonalAssistance: '#e15759',
  personalAssistance: '#76b7b2', selfService: '#edc948', thirdParty: '#b07aa1',
};

export const words = name => name.replace(/([A-Z])/g, ' $1').toLowerCase();

export async function api(path, options = {}) {
  const response = await fetch(path, {
    ...options,
    headers: { 'X-Requested-With': 'inventory', ...(options.body ? { 'Content-Type': 'application/json' } : {}), ...(options.headers || {}) },
    credentials: 'same-origin',
  });
  if (response.status === 401) { location.href = '/signin.html'; throw new Error('signed out'); }
  const type = response.headers.get('content-type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  return { ok: response.ok, status: response.status, body, etag: response.headers.get('ETag') };
}

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value); else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child.nodeType ? child : document.createTextNode(String(child)));
  return node;
}

export const money = v => v === null || v === undefined ? '—' : Number(v).toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const rate = v => v === null || v === undefined ? '—' : Number(v).toLocaleString('en', { maximumFractionDigits: 4 });
export const param = name => new URLSearchParams(location.search).get(name);

export async function layout(active) {
  const me = await api('/api/me');
  const links = [['/', 'Dashboard'], ['/reviews.html', 'Reviews'], ['/audit.html', 'Audit']];
  document.body.prepend(el('header', { class: 'app' },
    el('span', { class: 'brand' }, 'Relationship Inventory'),
    el('nav', { 'aria-label': 'Main' }, el('ul', {}, ...links.map(([href, text]) =>
      el('li', {}, el('a', { href, 'aria-current': active === text ? 'page' : null }, text))))),
    el('form', { method: 'post', action: '/signout', class: 'signout' },
      el('small', {}, `${me.body.name} (${me.body.role}) `), el('button', { type: 'submit', class: 'secondary outline' }, 'Sign out'))));
  return me.body;
}

let formCount = 0;

/** A form for a command: fields with labels, the server's validation messages shown beside the fields they name. */
export function commandForm({ title, fields, submit = 'Save', send, done }) {
  const id = `f${++formCount}`;
  const message = el('p', { class: 'form-message', role: 'alert' });
  const inputs = fields.map(field => {
    const inputId = `${id}-${field.name}`;
    let input;
    if (field.options && field.multiple) {
      input = el('select', { id: inputId, name: field.name, multiple: true, size: Math.min(field.options.length, 5) },
        ...field.options.map(o => el('option', { value: o.value ?? o, selected: (field.value || []).includes(o.value ?? o) }, o.label ?? words(o))));
    } else if (field.options) {
      input = el('select', { id: inputId, name: field.name, required: field.required },
        field.required ? null : el('option', { value: '' }, '—'),
        ...field.options.map(o => el('option', { value: o.value ?? o, selected: (o.value ?? o) === field.value }, o.label ?? words(o))));
    } else {
      input = el(field.type === 'textarea' ? 'textarea' : 'input', {
        id: inputId, name: field.name, type: field.type === 'textarea' ? null : field.type || 'text', required: field.required,
        step: field.type === 'number' ? 'any' : null, value: field.value, placeholder: field.placeholder,
      });
    }
    const error = el('small', { class: 'field-error', id: `${inputId}-error`, 'aria-live': 'polite' });
    input.setAttribute('aria-describedby', error.id);
    return { field, input, error, node: el('label', { for: inputId }, field.label, input, error) };
  });
  const form = el('form', { class: 'command', 'data-command': title, novalidate: true },
    el('h4', {}, title), ...inputs.map(i => i.node), el('button', { type: 'submit' }, submit), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    for (const i of inputs) { i.error.textContent = ''; i.input.removeAttribute('aria-invalid'); }
    message.textContent = '';
    const body = {};
    for (const { field, input } of inputs) {
      const value = field.multiple ? [...input.selectedOptions].map(o => o.value) : input.value.trim();
      if (field.multiple ? value.length === 0 && !field.sendEmpty : value === '') continue;
      body[field.name] = field.type === 'number' && !field.money ? Number(value) : value;
    }
    const answer = await send(body);
    if (answer.ok) { form.reset(); done?.(answer); return; }
    const problem = typeof answer.body === 'object' ? answer.body : { title: answer.body };
    let shown = false;
    for (const [name, messages] of Object.entries(problem.errors || {})) {
      const match = inputs.find(i => i.field.name.toLowerCase() === name.toLowerCase());
      if (match) { match.error.textContent = messages.join(' '); match.input.setAttribute('aria-invalid', 'true'); shown = true; }
      else message.textContent += `${name}: ${messages.join(' ')} `;
    }
    if (!shown && !message.textContent) message.textContent = problem.detail || problem.title || `Refused (${answer.status})`;
  });
  return form;
}

export const post = (path, body) => api(path, { method: 'POST', body: JSON.stringify(body) });
