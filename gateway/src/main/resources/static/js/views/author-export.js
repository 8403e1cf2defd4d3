// The bank as a file (#/bank/export, and the Export button on the bank page): the import format, one
// question per line, saved as mla-bank-YYYY-MM-DD.json.
import { h, replace } from '../dom.js';
import { api } from '../api.js';
import { pageHeader, card, busy, problemBox } from '../ui.js';
import { isoDay, plural } from '../format.js';

export async function render(view) {
  replace(view,
    h('p', {}, h('a', { href: '#/bank' }, '← Question bank')),
    pageHeader('Export the question bank'),
    card('Download',
      h('p', {}, 'Every question, active and retired, at its current version, with id, version and status: '
        + 'the format the import takes.'),
      exportControl({ primary: true })));
}

/** The Export button with a place for its outcome. */
export function exportControl({ primary = false } = {}) {
  const status = h('div', { class: 'author-export__status', role: 'status' });
  const button = h('button', { type: 'button', class: `btn ${primary ? 'btn--primary' : 'btn--secondary'}`, 'data-test': 'export' },
    primary ? 'Download the bank (JSON)' : 'Export');
  button.addEventListener('click', () => download(button, status));
  return h('span', { class: 'author-export' }, button, status);
}

async function download(button, status) {
  status.replaceChildren();
  let questions;
  try {
    questions = await busy(button, 'Exporting…', () => api('/api/questions/export'));
  } catch (error) {
    status.replaceChildren(problemBox(error));
    return;
  }
  const text = `[${questions.map(q => `\n${JSON.stringify(q)}`).join(',')}\n]\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const name = `mla-bank-${isoDay(new Date())}.json`;
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // the download has its own copy by the time a minute has passed
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  status.replaceChildren(h('span', { class: 'muted small' }, `Downloaded ${name}: ${plural(questions.length, 'question')}.`));
}
