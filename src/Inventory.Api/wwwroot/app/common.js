// Shared by every page: the language (its texts, the switch, Intl formatting), the API client (the sign-in cookie
// authenticates it), navigation, the vocabulary and its words, help texts, chart tables, notices, and forms that show
// every field's message beside the field, in the form's words and the reader's language.

// ---- Language --------------------------------------------------------------------------------------------------------

/** The languages there are files for (wwwroot/i18n), each named in its own words for the switch. */
export const languages = { en: 'English', es: 'Español', 'pt-BR': 'Português (Brasil)' };

/** The supported language a tag asks for: itself in any case, or its base language (es-MX → es, pt-PT → pt-BR). */
function match(tag) {
  if (!tag) return null;
  const supported = Object.keys(languages);
  return supported.find(s => s.toLowerCase() === tag.toLowerCase())
    ?? supported.find(s => s.split('-')[0].toLowerCase() === tag.split(/[-_]/)[0].toLowerCase()) ?? null;
}

const cookie = document.cookie.split(/;\s*/).find(c => c.startsWith('lang='))?.slice(5);
/** The page's language: the one chosen with the switch (cookie "lang"), else the browser's, else English — as the server decides. */
export const language = match(cookie ? decodeURIComponent(cookie) : null) ?? navigator.languages.map(match).find(Boolean) ?? 'en';

/**
 * The locale numbers and dates are written in: for a language without a region, the browser's own variant of it when it
 * has one (es-MX), else the language's usual one; English keeps the product's English formatting.
 */
const usualLocale = { es: 'es-ES' };
export const locale = language === 'en' ? 'en'
  : (!language.includes('-') && navigator.languages.find(l => match(l) === language && l.includes('-'))) || usualLocale[language] || language;

const texts = await fetch(`/i18n/${language}.json`).then(r => r.json());
document.documentElement.lang = language;

/** Whether the language file has a text for the key (an error code's text may be missing: the English detail stands in). */
export const has = key => Object.hasOwn(texts, key);

/** The text of a key, its {placeholders} replaced. A key no file has shows as itself (the language file tests catch it). */
export function t(key, params = {}) {
  const text = has(key) ? texts[key] : key;
  return text.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name) => (name in params ? String(params[name] ?? '') : whole));
}

/** A count with its noun: the key's ".one" or ".other" text, as the language's plural rules say. */
export const tn = (key, n, params = {}) =>
  t(`${key}.${new Intl.PluralRules(locale).select(Number(n)) === 'one' ? 'one' : 'other'}`, { count: count(n), ...params });

/** Fills every element marked data-i18n (its text) and data-i18n-<attribute> (that attribute) under root. */
export function translate(root = document) {
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('*'))
    for (const attribute of [...node.attributes])
      if (attribute.name.startsWith('data-i18n-')) node.setAttribute(attribute.name.slice('data-i18n-'.length), t(attribute.value));
}
translate();

/** The language switch: a labelled select that remembers the choice (cookie "lang", a year) and shows the page again in it. */
export function languageSwitch() {
  const select = el('select', { id: 'language', name: 'language' },
    ...Object.entries(languages).map(([tag, name]) => el('option', { value: tag, lang: tag, selected: tag === language }, name)));
  select.addEventListener('change', () => {
    document.cookie = `lang=${encodeURIComponent(select.value)}; path=/; max-age=31536000; SameSite=Lax`;
    location.reload();
  });
  return el('label', { class: 'language' }, el('span', { class: 'visually-hidden' }, t('nav.language')), select);
}

// ---- Vocabulary ------------------------------------------------------------------------------------------------------

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

/** What a relationship type means, in the reader's language. */
export const meaning = type => (type ? t(`help.type.${type}`) : '');

/**
 * A vocabulary name in the reader's words: words('type', 'selfService') → "Autoservicio". Without an area, the name is
 * looked up in every area (vocabulary names are unique across them but for statuses, which need their area).
 */
export function words(...args) {
  const [area, name] = args.length === 1 ? [null, args[0]] : args;
  if (name === null || name === undefined || name === '') return '';
  const text = String(name);
  const areas = area ? [area] : [...Object.keys(vocabulary), 'segmentStatus', 'reviewStatus', 'relationshipStatus', 'gap', 'factorKind'];
  const found = areas.map(a => `vocab.${a}.${text}`).find(has);
  if (found) return t(found);
  if (!/^[a-z][a-zA-Z]*$/.test(text)) return text;
  const spaced = text.replace(/([A-Z])/g, ' $1').toLowerCase(); // a field name in an English server message
  return spaced[0].toUpperCase() + spaced.slice(1);
}

/**
 * What a recorded change did, in the reader's language, from its type and data (page.event.<type>); the server's
 * English summary for a change this page has no sentence for.
 */
export function eventSummary(h) {
  const key = `page.event.${String(h.eventType ?? '').replace(/_([a-z])/g, (_, c) => c.toUpperCase())}`;
  const d = h.data;
  if (!d || !has(key)) return prose(h.summary);
  const list = (area, values) => (values ?? []).map(v => words(area, v).toLowerCase()).join(', ');
  const changes = [['channels', list('channel', d.channels)], ['phases', list('phase', d.phases)], ['motivations', list('motivation', d.motivations)],
    ['horizon', d.horizon && words('horizon', d.horizon).toLowerCase()], ['owner', d.owner], ['provider', d.provider]]
    .filter(([name, value]) => d[name] !== null && d[name] !== undefined && value !== undefined)
    .map(([name, value]) => t(`page.event.adjusted.${name}`, { value }));
  return t(key, {
    name: d.name, motivation: words('motivation', d.motivation).toLowerCase(), type: words('type', d.type).toLowerCase(), importance: d.importance,
    block: words('block', d.block).toLowerCase(), note: d.note, month: month(d.month), interactions: count(d.interactions),
    customersReached: count(d.customersReached), score: score(d.score), responses: count(d.responses),
    monthlyFixedCost: money(d.monthlyFixedCost), costPerInteraction: rate(d.costPerInteraction), changes: changes.join('; '),
    revenue: money(d.revenue), newCustomers: count(d.newCustomers), lostCustomers: count(d.lostCustomers), activeCustomers: count(d.activeCustomers),
    ...imported(d),
  });
}

/** An imported file's event (one per relationship per file): how many months or revisions, which months, which file. */
function imported(d) {
  if (!d.fileName) return {};
  const months = (d.months ?? []).map(m => m.month).sort();
  return {
    fileName: d.fileName, months: tn('page.event.months', months.length), from: month(months[0]), to: month(months.at(-1)),
    revisions: tn('page.event.revisions', (d.revisions ?? []).length),
  };
}

/**
 * A reason as recorded. Relationships retired with their segment carry the reason the domain wrote for them
 * ("Segment discontinued: <the segment's reason>"): its fixed beginning is said in the reader's language.
 */
export const reasonText = text => {
  if (!text) return text;
  const prefix = 'Segment discontinued';
  return language !== 'en' && text.startsWith(prefix) ? t('page.compare.status.discontinued') + text.slice(prefix.length) : text;
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
  try { body = type.includes('json') ? await response.json() : await response.text(); } catch { body = { title: t('page.common.unreadable', { status: response.status }) }; }
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
/** Numbers group their thousands always ("1.234,56 €", not "1234,56 €"): figures in a column read alike. */
const numbers = options => new Intl.NumberFormat(locale, { useGrouping: 'always', ...options });
export const money = v => none(v) ? '—' : numbers({ style: 'currency', currency: currencyCode, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v);
/** A rate per interaction or customer: money with up to four decimals. */
export const rate = v => none(v) ? '—' : numbers({ style: 'currency', currency: currencyCode, minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(v);
/** Money on a chart's axis: whole amounts without their decimals. */
export const axisMoney = v => none(v) ? '' : numbers({ style: 'currency', currency: currencyCode, minimumFractionDigits: Number.isInteger(v) ? 0 : 2, maximumFractionDigits: 2 }).format(v);
export const count = v => none(v) ? '—' : numbers({}).format(v);
export const score = v => none(v) ? '—' : numbers({ minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
export const percent = v => none(v) ? '—' : numbers({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
/** An instant, to the minute, in the reader's time zone. */
export const instant = v => v ? new Date(v).toLocaleString(language === 'en' ? 'en-GB' : locale, { dateStyle: 'medium', timeStyle: 'short' }) : '—';
/** A date (YYYY-MM-DD): as the API writes it in English, else the language's way with the month in words ("1 oct 2025"). */
export const date = v => !v ? '—' : language === 'en' ? v
  : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${String(v).slice(0, 10)}T00:00:00Z`));
/** A month (YYYY-MM): as the API writes it in English, else the language's way ("oct 2025"). */
export const month = v => !v ? '—' : language === 'en' ? v
  : new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${v}-01T00:00:00Z`));
/** A quarter (YYYY-Qn) the language's way: "2026-Q1", "T1 2026", "1º tri 2026". */
export const quarter = v => {
  const m = /^(\d{4})-Q([1-4])$/.exec(v ?? '');
  return m ? t('page.common.quarter', { year: m[1], n: m[2] }) : (v ?? '');
};
/** A quarter as typed in the reader's way ("T1 2026", "1º tri 2026", "Q1 2026") or the API's (2026-Q1), as the API takes it. */
export function apiQuarter(text) {
  const value = String(text ?? '').trim();
  if (/^\d{4}-Q[1-4]$/i.test(value)) return value.toUpperCase();
  const year = /\b(\d{4})\b/.exec(value)?.[1];
  const n = /(?:^|[^\d])([1-4])(?![\d])/.exec(value.replace(year ?? '', ' '))?.[1];
  return year && n ? `${year}-Q${n}` : value;
}
export const param = name => new URLSearchParams(location.search).get(name);

/** Loads the organization's currency from the smallest report (JSON reports state it). */
export async function loadCurrency() {
  const answer = await api('/api/reports/expectation-gap');
  return useCurrency(answer.body);
}

// ---- Page furniture ----------------------------------------------------------------------------------------------

/** Whether a role may change the portfolio (the server's Edit policy: editor and admin); the others see no change forms. */
export const mayEdit = role => ['editor', 'admin'].includes(role);

export async function layout(active) {
  const me = await api('/api/me');
  const role = String(me.body.role ?? '').toLowerCase();
  const links = [['/', 'Dashboard', 'nav.dashboard'], ['/reviews.html', 'Reviews', 'nav.reviews'], ['/compare.html', 'Compare', 'nav.compare'], ['/audit.html', 'Audit', 'nav.audit']];
  if (role === 'admin') links.push(['/keys.html', 'Keys', 'nav.keys']);
  document.body.prepend(el('header', { class: 'app' },
    el('span', { class: 'brand' }, t('nav.brand')),
    el('nav', { 'aria-label': t('nav.main') }, el('ul', {}, ...links.map(([href, page, key]) =>
      el('li', {}, el('a', { href, 'aria-current': active === page ? 'page' : null }, t(key)))))),
    languageSwitch(),
    el('form', { method: 'post', action: '/signout', class: 'signout' },
      el('small', {}, `${me.body.name} (${words('role', role)}) `), el('button', { type: 'submit', class: 'secondary outline' }, t('nav.signOut')))));
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
  return el('details', { class: 'chart-table' }, el('summary', {}, t('page.common.figuresAsTable')),
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

export const segmentLink = (id, name) => id ? el('a', { href: `/segment.html?id=${id}` }, name ?? t('page.common.segment')) : (name ?? '');
export const relationshipLink = (segmentId, id, name) =>
  id ? el('a', { href: `/relationship.html?id=${id}${segmentId ? `&segment=${segmentId}` : ''}` }, name ?? t('page.common.relationship')) : (name ?? '');

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
export function commandForm({ title, fields, submit = t('page.form.save'), send, done, confirm: question, saved, intro }) {
  const id = `f${++formCount}`;
  const message = el('p', { class: 'form-message', role: 'alert' });
  const labels = Object.fromEntries(fields.map(f => [f.name, f.label.replace(/\s*\(.*\)$/, '').toLowerCase()]));
  const inputs = fields.map(field => {
    const inputId = `${id}-${field.name}`;
    let input;
    const optionNodes = () => field.options.map(o => el('option', { value: o.value ?? o, selected: (field.multiple ? (field.value || []).includes(o.value ?? o) : (o.value ?? o) === field.value) }, o.label ?? words(field.area ?? null, o)));
    if (field.options && field.multiple) {
      input = el('select', { id: inputId, name: field.name, multiple: true, size: Math.min(field.options.length, 5) }, ...optionNodes());
    } else if (field.options) {
      input = el('select', { id: inputId, name: field.name, required: field.required },
        el('option', { value: '' }, field.required ? t('page.form.choose') : '—'), ...optionNodes());
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
      if (blank && field.required) { show(i, t('page.form.required', { field: field.label.replace(/\s*\(.*\)$/, '') })); missing++; }
      if (blank && !(field.multiple && field.sendEmpty)) continue;
      body[field.name] = field.type === 'number' && !field.money ? Number(value) : value;
    }
    if (missing) { message.textContent = tn('page.form.missing', missing); inputs.find(i => i.input.getAttribute('aria-invalid'))?.input.focus(); return; }
    if (question && !window.confirm(question)) return;
    const answer = await send(body);
    if (answer.ok) { form.reset(); notice(saved ?? t('page.form.saved', { title })); done?.(answer); return; }
    const problem = typeof answer.body === 'object' && answer.body ? answer.body : { title: String(answer.body || '') };
    const others = [];
    for (const [name, messages] of Object.entries(problem.errors || {})) {
      const key = name.replace(/^\$\./, '').split(/[.[]/)[0];
      const match = inputs.find(i => i.field.name.toLowerCase() === key.toLowerCase())
        ?? inputs.find(i => (i.field.aliases || []).some(a => a.toLowerCase() === key.toLowerCase()));
      const codes = problem.errorCodes?.[name] ?? [];
      const text = [].concat(messages).map((m, n) => explain(problem, codes[n], m, match ? labels[match.field.name] : key, labels))
        .map(m => m.charAt(0).toUpperCase() + m.slice(1)).join(' ');
      if (match) show(match, match.error.textContent ? `${match.error.textContent} ${text}` : text);
      else others.push(text);
    }
    const shown = inputs.filter(i => i.error.textContent).length;
    message.textContent = others.length ? others.join(' ')
      : shown ? tn('page.form.correct', shown)
        : explain(problem, problem.code, problem.detail || problem.title || t('page.form.refused', { status: answer.status }), null, labels);
    inputs.find(i => i.input.getAttribute('aria-invalid'))?.input.focus();
  });
  return form;
}

/**
 * A problem's message in the reader's language: the text of its code (error.<code>) with the problem's args, the field
 * named by its label; the server's English message (its vocabulary in words) when the language file has no such text.
 */
export function explain(problem, code, english, field, labels = {}) {
  if (code && has(`error.${code}`)) {
    const args = Object.fromEntries(Object.entries(problem?.args ?? {}).map(([k, v]) => [k, argument(v)]));
    return t(`error.${code}`, { ...args, field: field ?? labels[args.field] ?? words(args.field ?? '').toLowerCase() });
  }
  return unCamel(english, labels);
}

/** A problem's argument as the reader writes it: a date, a month, a vocabulary name in words. */
const argument = v => /^\d{4}-\d{2}-\d{2}$/.test(v) ? date(v) : /^\d{4}-\d{2}$/.test(v) ? month(v) : /^\d{4}-Q[1-4]$/.test(v) ? quarter(v)
  : /^[a-z][a-zA-Z]+$/.test(v) ? words(v).toLowerCase() : v;

export const post = (path, body) => api(path, { method: 'POST', body: JSON.stringify(body) });
