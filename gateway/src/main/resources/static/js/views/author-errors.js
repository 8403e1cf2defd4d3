// The author form's error display: each {field, message} of a problem+json goes next to the part of the
// form that the field names ('options[2].text'), or the nearest enclosing part ('options[2]', then
// 'options'); a summary at the top lists them all and leads to each.
import { h, nextId } from '../dom.js';

/** Where messages about `field` go; `label` names the part in the summary. */
export function errorSlot(field, label) {
  return h('div', { class: 'author-errors', 'data-errors-for': field, 'data-label': label });
}

/** Marks the element that gets focus and aria-invalid for the given fields (space separated). */
export function controlFor(element, fields) {
  element.setAttribute('data-field-control', fields);
  return element;
}

export function errorSummary() {
  return h('div', { class: 'author-summary', tabindex: '-1', hidden: true });
}

function parentOf(field) {
  const match = /^(.+?)(\.[^.[\]]+|\[\d+\])$/.exec(field);
  return match ? match[1] : null;
}

function byAttribute(root, name, value, word = false) {
  return root.querySelector(`[${name}${word ? '~=' : '='}"${CSS.escape(value)}"]`);
}

const FORM_CONTROLS = ['INPUT', 'SELECT', 'TEXTAREA'];

export function clearErrors(form, summary) {
  form.querySelectorAll('[data-test="field-error"]').forEach(el => el.remove());
  form.querySelectorAll('[aria-invalid]').forEach(el => el.removeAttribute('aria-invalid'));
  form.querySelectorAll('[data-field-control][aria-describedby]').forEach(el => {
    const kept = el.getAttribute('aria-describedby').split(' ').filter(id => id && !id.startsWith('ferr-'));
    if (kept.length) el.setAttribute('aria-describedby', kept.join(' '));
    else el.removeAttribute('aria-describedby');
  });
  summary.replaceChildren();
  summary.hidden = true;
}

/** Shows an ApiError (or any error) on the form and moves focus to the summary. */
export function showErrors(form, summary, error) {
  clearErrors(form, summary);
  const items = (error.errors ?? []).map(problem => place(form, problem));
  const title = items.length ? `The question was not saved: ${items.length === 1 ? '1 problem' : `${items.length} problems`}`
    : 'The question was not saved';
  const detail = error.detail || (items.length ? '' : error.title || String(error.message ?? error));
  summary.append(
    h('h2', { class: 'author-summary__title' }, title),
    detail ? h('p', {}, detail) : null,
    items.length ? h('ul', {}, items.map(item => h('li', {},
      item.control
        ? h('button', { type: 'button', class: 'btn btn--link', onclick: () => item.control.focus() }, `${item.label}: ${item.message}`)
        : `${item.label}: ${item.message}`))) : null);
  summary.className = 'author-summary box box--error';
  summary.setAttribute('role', 'alert');
  summary.hidden = false;
  summary.focus();
}

function place(form, { field, message }) {
  let key = field || '';
  let slot = null;
  while (key && !(slot = byAttribute(form, 'data-errors-for', key))) key = parentOf(key);
  if (!slot) return { label: field || 'Question', message, control: null };
  const id = nextId('ferr');
  slot.append(h('p', { class: 'field__error', id, 'data-test': 'field-error', 'data-field': field }, message));
  const control = byAttribute(form, 'data-field-control', key, true);
  if (control) {
    if (FORM_CONTROLS.includes(control.tagName)) control.setAttribute('aria-invalid', 'true');
    const described = new Set((control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean));
    described.add(id);
    control.setAttribute('aria-describedby', [...described].join(' '));
  }
  const detail = key === field ? '' : ` (${field})`;
  return { label: `${slot.dataset.label}${detail}`, message, control };
}
