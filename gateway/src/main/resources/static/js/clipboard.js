import { h } from './dom.js';

/**
 * A "Copy" button for the text shown in `source`, with a visible, announced confirmation. Where the
 * clipboard API is missing (a page served over plain http from another host) or refused, it selects
 * the text instead, so one keystroke copies it.
 */
export function copyButton(source, text, { what, test } = {}) {
  const status = h('span', { class: 'copy__status', role: 'status' });
  let clear;
  const say = message => {
    status.textContent = message;
    clearTimeout(clear);
    clear = setTimeout(() => { status.textContent = ''; }, 4000);
  };
  const button = h('button', {
    type: 'button', class: 'btn btn--secondary btn--small copy__button', 'data-test': test,
    onclick: async () => {
      try {
        if (!navigator.clipboard?.writeText) throw new Error('no clipboard API');
        await navigator.clipboard.writeText(text);
        say('Copied');
      } catch {
        selectText(source);
        say(legacyCopy() ? 'Copied' : 'Selected: press Ctrl+C (⌘C on a Mac) to copy');
      }
    },
  }, 'Copy', what ? h('span', { class: 'visually-hidden' }, ` ${what}`) : null);
  return h('span', { class: 'copy' }, button, status);
}

function selectText(element) {
  const selection = window.getSelection();
  selection.removeAllRanges();
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.addRange(range);
}

function legacyCopy() {
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
