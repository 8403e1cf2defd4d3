import { h, append, nextId } from './dom.js';
import { href } from './router.js';

export function loading(text = 'Loading…') {
  return h('p', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

export function empty(text, ...actions) {
  return h('div', { class: 'empty' }, h('p', {}, text), actions.length ? h('p', {}, actions) : null);
}

/** A problem+json error (or any error) as a readable box, with an optional retry. */
export function problemBox(error, { retry, withTitle = true } = {}) {
  const title = error?.title || 'Something went wrong';
  const detail = error?.detail ?? (error?.title ? '' : String(error?.message ?? error));
  const unplaced = (error?.errors ?? []).filter(e => !e.placed && e.message !== detail);
  return h('div', { class: 'box box--error', role: 'alert' },
    withTitle || !detail ? h('p', { class: 'box__title' }, title) : null,
    detail ? h('p', {}, detail) : null,
    unplaced.length ? h('ul', {}, unplaced.map(e => h('li', {}, e.message))) : null,
    retry ? h('p', {}, h('button', { type: 'button', class: 'btn btn--small', onclick: retry }, 'Try again')) : null);
}

export function notice(text, kind = 'info') {
  return h('div', { class: `box box--${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/** Loads into a container: a spinner first, then the content, or the error with a retry. */
export async function section(container, load, renderContent) {
  container.replaceChildren(loading());
  try {
    const data = await load();
    container.replaceChildren();
    append(container, [renderContent(data)]);
  } catch (error) {
    if (error.name === 'AbortError') return;
    container.replaceChildren(problemBox(error, { retry: () => section(container, load, renderContent) }));
  }
}

/** A labelled form control with a slot for the server's message about this field. */
export function field(label, control, { hint, name } = {}) {
  const id = control.id || nextId('f');
  control.id = id;
  if (name) control.name = name;
  const hintEl = hint ? h('p', { class: 'field__hint', id: `${id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' },
    h('label', { for: id, class: 'field__label' }, label),
    control,
    hintEl,
    h('p', { class: 'field__error', id: `${id}-error`, hidden: true }));
}

export function clearFieldErrors(form) {
  form.querySelectorAll('.field__error').forEach(el => {
    el.hidden = true;
    el.textContent = '';
  });
  form.querySelectorAll('[aria-invalid]').forEach(el => {
    el.removeAttribute('aria-invalid');
    const describedBy = (el.getAttribute('aria-describedby') || '').split(' ')
      .filter(id => id && !id.endsWith('-error'));
    if (describedBy.length) el.setAttribute('aria-describedby', describedBy.join(' '));
    else el.removeAttribute('aria-describedby');
  });
  form.querySelector('.form-problem')?.replaceChildren();
}

/**
 * Puts each {field, message} next to the control named like the field; whatever has no control
 * goes in the form's general problem box.
 */
export function showFieldErrors(form, error) {
  clearFieldErrors(form);
  const byField = new Map();
  for (const e of error.errors ?? []) {
    const control = e.field ? form.querySelector(`[name="${CSS.escape(e.field)}"]`) : null;
    if (!control) continue;
    e.placed = true;
    if (!byField.has(control)) byField.set(control, []);
    byField.get(control).push(e.message);
  }
  for (const [control, messages] of byField) {
    const slot = form.querySelector(`#${CSS.escape(control.id)}-error`);
    control.setAttribute('aria-invalid', 'true');
    if (slot) {
      slot.textContent = messages.join('; ');
      slot.hidden = false;
      const describedBy = new Set((control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean));
      describedBy.add(slot.id);
      control.setAttribute('aria-describedby', [...describedBy].join(' '));
    }
  }
  const general = form.querySelector('.form-problem');
  const unplaced = (error.errors ?? []).filter(e => !e.placed && e.message !== error.detail);
  if (general && (byField.size === 0 || unplaced.length)) {
    general.replaceChildren(problemBox(error));
  }
  form.querySelector('[aria-invalid="true"]')?.focus();
}

export function formProblemSlot() {
  return h('div', { class: 'form-problem' });
}

/** Disables a button while a request runs, and says so. */
export async function busy(button, label, work) {
  const original = button.textContent;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  button.textContent = label;
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
    button.textContent = original;
  }
}

/**
 * A form's submission: clears the old field errors, runs the work with the button busy, and puts the
 * server's field errors next to their controls; onError then undoes whatever else a failure should.
 */
export function onSubmit(form, button, busyLabel, work, { onError } = {}) {
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearFieldErrors(form);
    try {
      await busy(button, busyLabel, work);
    } catch (error) {
      showFieldErrors(form, error);
      onError?.(error);
    }
  });
}

/** A button that shows the hidden elements and then goes away; nothing when none is hidden. */
export function showAllButton(hidden, label) {
  if (!hidden.length) return null;
  return h('button', {
    type: 'button', class: 'btn btn--link',
    onclick: event => {
      hidden.forEach(el => { el.hidden = false; });
      event.currentTarget.remove();
    },
  }, label);
}

let liveTimer;
/** Tells screen reader users about a change that happened away from their focus. */
export function announce(text) {
  const live = document.getElementById('live');
  if (!live) return;
  live.textContent = '';
  clearTimeout(liveTimer);
  liveTimer = setTimeout(() => {
    live.textContent = text;
  }, 50);
}

export function confirmDialog({ title, body, confirmLabel = 'OK', cancelLabel = 'Cancel', danger = false, confirmAttrs = {} }) {
  return new Promise(resolve => {
    const titleId = nextId('dlg');
    const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': titleId },
      h('h2', { id: titleId, class: 'dialog__title' }, title),
      h('div', { class: 'dialog__body' }, body),
      h('div', { class: 'dialog__actions' },
        h('button', { type: 'button', class: 'btn btn--secondary', onclick: () => dialog.close('cancel') }, cancelLabel),
        h('button', {
          ...confirmAttrs, type: 'button', class: `btn ${danger ? 'btn--danger' : 'btn--primary'}`,
          onclick: () => dialog.close('ok'),
        }, confirmLabel)));
    const opener = document.activeElement;
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (opener instanceof HTMLElement) opener.focus();
      resolve(dialog.returnValue === 'ok');
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

/** A horizontal bar for a share (0..1) with an optional interval, labelled for assistive tech. */
export function meter({ value, low, high, label, marker, tone }) {
  const known = value !== null && value !== undefined;
  const clamp = v => Math.max(0, Math.min(1, v));
  return h('div', {
    class: ['meter', tone ? `meter--${tone}` : '', known ? '' : 'meter--unknown'],
    role: 'img',
    'aria-label': label,
    title: label,
  },
  known && low != null && high != null
    ? h('span', { class: 'meter__band', style: { left: `${clamp(low) * 100}%`, width: `${(clamp(high) - clamp(low)) * 100}%` } })
    : null,
  known ? h('span', { class: 'meter__fill', style: { width: `${clamp(value) * 100}%` } }) : null,
  marker != null ? h('span', { class: 'meter__marker', style: { left: `${clamp(marker) * 100}%` } }) : null);
}

/** Labels under a score meter: both ends, and the pass mark where it sits on the scale. */
export function scaleLegend(min, pass, max) {
  const at = ((pass - min) / (max - min)) * 100;
  return h('p', { class: 'scale-legend muted', 'aria-hidden': 'true' },
    h('span', {}, String(min)),
    h('span', { class: 'scale-legend__pass', style: { left: `${at}%` } }, `pass ${pass}`),
    h('span', {}, String(max)));
}

export function badge(text, tone = 'neutral') {
  return h('span', { class: `badge badge--${tone}` }, text);
}

export function pageHeader(title, ...extra) {
  return h('div', { class: 'page-header' }, h('h1', { tabindex: '-1' }, title), extra);
}

export function card(title, ...children) {
  const id = nextId('card');
  return h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id, class: 'card__title' }, title), children);
}

export function externalLink(url, text = url) {
  return h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text,
    h('span', { class: 'visually-hidden' }, ' (opens in a new tab)'));
}

let flashMessage = null;

/** A message for the next page, e.g. why the user landed on the sign-in page. */
export function flash(text, kind = 'info') {
  flashMessage = { text, kind };
}

export function takeFlash() {
  const message = flashMessage;
  flashMessage = null;
  return message ? notice(message.text, message.kind) : null;
}

/** Previous/next links for a zero-based page; the address carries it one-based. */
export function pager(page, pages, path, params = {}) {
  if (pages <= 1) return null;
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    page > 0 ? h('a', { class: 'btn btn--secondary btn--small', href: href(path, { ...params, page }) }, '← Previous') : h('span'),
    h('span', {}, `Page ${page + 1} of ${pages}`),
    page + 1 < pages ? h('a', { class: 'btn btn--secondary btn--small', href: href(path, { ...params, page: page + 2 }) }, 'Next →') : h('span'));
}
