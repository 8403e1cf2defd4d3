// Importing a JSON file of questions (#/bank/import): all or nothing, run in the background with its
// progress shown, then the report: every invalid entry, or the lint's warnings for what was added.
import { h, replace, nextId } from '../dom.js';
import { api } from '../api.js';
import { pageHeader, card, busy, problemBox, announce } from '../ui.js';
import { plural, humanize } from '../format.js';

const MAX_BYTES = 25 * 1024 * 1024;
const POLL_MS = 700;

export async function render(view, { signal }) {
  const fileError = h('p', { class: 'field__error', id: nextId('ferr'), hidden: true });
  const input = h('input', {
    type: 'file', id: nextId('file'), accept: '.json,application/json', 'data-test': 'import-file',
    'aria-describedby': 'import-hint',
  });
  const button = h('button', { type: 'submit', class: 'btn btn--primary' }, 'Import');
  const progress = h('div', { class: 'author-progress' });
  const report = h('div', { 'data-test': 'import-report' });
  const form = h('form', { class: 'form', novalidate: true },
    h('div', { class: 'field' },
      h('label', { for: input.id, class: 'field__label' }, 'Question file (JSON)'),
      h('p', { class: 'field__hint', id: 'import-hint' },
        'A JSON array of questions in the export format; id, version and status may be left out. '
        + 'All or nothing: if any entry is invalid, nothing is imported and every problem is listed.'),
      input, fileError),
    h('div', { class: 'form__actions' }, button));

  const refuse = message => {
    fileError.textContent = message;
    fileError.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', `import-hint ${fileError.id}`);
    input.focus();
  };

  form.addEventListener('submit', async event => {
    event.preventDefault();
    fileError.hidden = true;
    input.removeAttribute('aria-invalid');
    input.setAttribute('aria-describedby', 'import-hint');
    report.replaceChildren();
    progress.replaceChildren();
    const file = input.files[0];
    if (!file) return refuse('Choose a file first.');
    if (file.size > MAX_BYTES) return refuse('The file is larger than 25 MB, the most an import takes; split it.');
    let entries;
    try {
      entries = JSON.parse(await file.text());
    } catch (error) {
      return refuse(`The file is not valid JSON: ${error.message}`);
    }
    if (!Array.isArray(entries) || !entries.length) return refuse('The file must hold a JSON array with at least one question.');
    try {
      const job = await busy(button, 'Importing…', () => runImport(entries, progress, signal));
      showReport(report, job, entries, signal);
    } catch (error) {
      if (error.name === 'AbortError') return;
      // a synchronous answer: 400 names every invalid entry
      if (error.status === 400 && error.errors?.some(e => e.index !== undefined)) {
        showReport(report, { status: 'REJECTED', report: { received: entries.length, imported: 0, errors: error.errors } }, entries, signal);
      } else {
        report.replaceChildren(problemBox(error));
      }
    }
    return undefined;
  });

  replace(view,
    h('p', {}, h('a', { href: '#/bank' }, '← Question bank')),
    pageHeader('Import questions'),
    card('File', form, progress),
    report);
}

async function runImport(entries, progress, signal) {
  let job = await api('/api/questions/import', { method: 'POST', body: entries, headers: { Prefer: 'respond-async' }, signal });
  if (!job?.status) return { status: 'SUCCEEDED', report: job, total: entries.length, written: entries.length };
  announce(`Import of ${plural(entries.length, 'question')} started.`);
  while (job.status === 'RUNNING') {
    showProgress(progress, job);
    await pause(POLL_MS, signal);
    job = await api(`/api/questions/imports/${encodeURIComponent(job.id)}`, { signal });
  }
  showProgress(progress, job);
  return job;
}

function pause(ms, signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('The page was left.', 'AbortError'));
    }, { once: true });
  });
}

const STATUS_WORDS = {
  RUNNING: 'Running', SUCCEEDED: 'Imported', REJECTED: 'Rejected: nothing was imported', FAILED: 'Failed: nothing was imported',
};

function showProgress(el, job) {
  const label = nextId('prog');
  const text = job.status === 'RUNNING' && !job.written ? `Checking ${plural(job.total, 'entry', 'entries')}…`
    : `${STATUS_WORDS[job.status] ?? job.status}: ${job.written} of ${job.total} written.`;
  replace(el,
    h('p', { id: label, class: 'author-progress__text' }, text),
    h('progress', { max: String(Math.max(1, job.total)), value: String(job.written), 'aria-labelledby': label }));
}

function showReport(el, job, entries, signal) {
  const result = job.report;
  if (job.status === 'FAILED' || !result) {
    replace(el, card('Report', h('div', { class: 'box box--error', role: 'alert' },
      'The import failed on the server and nothing was imported. Try again; if it fails again, tell an administrator.')));
    return;
  }
  if (result.errors?.length) {
    const invalid = new Set(result.errors.map(e => e.index)).size;
    replace(el, card('Report',
      h('div', { class: 'box box--error', role: 'alert' },
        `${invalid} of ${plural(result.received, 'entry', 'entries')} ${invalid === 1 ? 'is' : 'are'} invalid; nothing was imported.`),
      table(['Entry', 'Question id', 'Field', 'Problem'],
        [...result.errors].sort((a, b) => a.index - b.index).map(e => [String(e.index), e.id ?? '–', e.field ?? '–', e.message])),
      h('p', { class: 'muted small' }, 'Entries are counted from 0, as in the file.')));
    announce(`Import rejected: ${invalid} invalid entries.`);
    return;
  }
  const warnings = result.warnings ?? [];
  const lint = h('div');
  replace(el, card('Report',
    h('div', { class: 'box box--success', role: 'status' }, `Imported ${plural(result.imported, 'question')}.`),
    h('h3', {}, 'Answer cues and near-duplicates in the new questions'),
    warnings.length
      ? table(['Entry', 'Question', 'Rule', 'Warning'], warnings.map(w => [String(w.index), questionLink(w.id), humanize(w.rule), w.message]))
      : h('p', { class: 'muted' }, 'None found.'),
    result.warningCount > warnings.length ? h('p', { class: 'muted small' }, `Showing ${warnings.length} of ${result.warningCount} warnings.`) : null,
    h('h3', {}, 'Bank lint rules these questions take part in'),
    lint));
  const ids = new Set([...entries.map(e => e?.id), ...warnings.map(w => w.id)].filter(Boolean));
  bankLint(lint, ids, signal);
}

async function bankLint(el, ids, signal) {
  replace(el, h('p', { class: 'muted' }, 'Reading the bank lint…'));
  try {
    const quality = await api('/api/questions/quality', { signal });
    const breaches = (quality.breaches ?? []).filter(b => b.questionIds?.some(id => ids.has(id)));
    replace(el, breaches.length
      ? h('ul', { class: 'plain' }, breaches.map(b => h('li', {},
        h('strong', {}, humanize(b.rule)), `: ${b.message} `,
        h('span', { class: 'muted small' }, 'Imported here: '),
        b.questionIds.filter(id => ids.has(id)).slice(0, 20).map((id, i) => [i ? ', ' : '', questionLink(id)]))))
      : h('p', { class: 'muted' }, ids.size ? 'The bank lint names none of them.' : 'The file gave no ids, so none can be traced.'));
  } catch (error) {
    if (error.name === 'AbortError') return;
    replace(el, h('p', { class: 'muted' }, `The bank lint is not available right now (${error.title || error.message}).`));
  }
}

function questionLink(id) {
  return id ? h('a', { href: `#/bank/${encodeURIComponent(id)}` }, id) : '–';
}

function table(headings, rows) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'table' },
    h('thead', {}, h('tr', {}, headings.map(text => h('th', { scope: 'col' }, text)))),
    h('tbody', {}, rows.map(cells => h('tr', {}, cells.map(cell => h('td', {}, cell)))))));
}
