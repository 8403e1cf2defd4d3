import { h, replace } from '../dom.js';
import { api, query as toQuery } from '../api.js';
import { navigate } from '../router.js';
import { currentUser, hasRole } from '../auth.js';
import { exportControl } from './author-export.js';
import { getBlueprint, domainName } from '../blueprint.js';
import { loading, empty, pageHeader, field, formProblemSlot, showFieldErrors, problemBox, badge, pager } from '../ui.js';
import { TYPE_NAMES, plural, truncate } from '../format.js';

const PAGE_SIZE = 20;
const FILTERS = ['domain', 'taskStatement', 'type', 'status', 'text'];
export const LAST_QUERY_KEY = 'mla.bankQuery';

export async function render(view, { query, signal }) {
  const blueprint = await getBlueprint();
  const filters = Object.fromEntries(FILTERS.map(name => [name, query.get(name) ?? '']));
  const page = Math.max(0, (Number.parseInt(query.get('page'), 10) || 1) - 1);
  sessionStorage.setItem(LAST_QUERY_KEY, location.hash);

  const form = filterForm(blueprint, filters);
  const results = h('div', { class: 'card' }, loading('Searching…'));
  replace(view, pageHeader('Question bank', authorTools()), h('div', { class: 'card' }, form), results);

  try {
    const data = await api(`/api/questions${toQuery({ ...filters, page, size: PAGE_SIZE })}`, { signal });
    replace(results, resultsView(data, blueprint, filters, page));
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    showFieldErrors(form, error);
    replace(results, problemBox(error));
  }
}

/** New, import and export: for authors and admins; instructors read the bank only. */
function authorTools() {
  if (!hasRole(currentUser(), 'AUTHOR', 'ADMIN')) return null;
  return h('div', { class: 'actions author-tools' },
    h('a', { class: 'btn btn--primary', href: '#/bank/new', 'data-test': 'new-question' }, 'New question'),
    h('a', { class: 'btn btn--secondary', href: '#/bank/import', 'data-test': 'import' }, 'Import'),
    exportControl());
}

function filterForm(blueprint, filters) {
  const domain = h('select', { name: 'domain' },
    h('option', { value: '' }, 'All domains'),
    blueprint.domains.map(d => h('option', { value: String(d.id), selected: filters.domain === String(d.id) }, domainName(blueprint, d.id))));
  const task = h('select', { name: 'taskStatement' });
  const fillTasks = () => {
    const domains = blueprint.domains.filter(d => !domain.value || String(d.id) === domain.value);
    const keep = task.value || filters.taskStatement;
    replace(task, h('option', { value: '' }, 'All task statements'),
      domains.flatMap(d => d.taskStatements).map(t => h('option', { value: t.id, selected: t.id === keep }, `${t.id} ${t.name}`)));
    if (![...task.options].some(o => o.value === keep)) task.value = '';
  };
  fillTasks();
  domain.addEventListener('change', fillTasks);
  const type = h('select', { name: 'type' }, h('option', { value: '' }, 'All types'),
    Object.entries(TYPE_NAMES).map(([value, label]) => h('option', { value, selected: filters.type === value }, label)));
  const status = h('select', { name: 'status' }, h('option', { value: '' }, 'Any status'),
    ['ACTIVE', 'RETIRED'].map(value => h('option', { value, selected: filters.status === value }, value === 'ACTIVE' ? 'Active' : 'Retired')));
  const text = h('input', { type: 'search', name: 'text', value: filters.text, placeholder: 'Words in the stem' });

  const form = h('form', { class: 'form filters-form', role: 'search' },
    formProblemSlot(),
    h('div', { class: 'filters-form__fields' },
      field('Domain', domain), field('Task statement', task), field('Type', type), field('Status', status), field('Text', text)),
    h('div', { class: 'form__actions' },
      h('button', { type: 'submit', class: 'btn btn--primary' }, 'Search'),
      h('a', { class: 'btn btn--secondary', href: '#/bank' }, 'Clear')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const params = { domain: domain.value, taskStatement: task.value, type: type.value, status: status.value, text: text.value.trim() };
    navigate('/bank', params);
  });
  return form;
}

export function statusBadge(status) {
  return status === 'ACTIVE' ? badge('Active', 'success') : badge('Retired', 'neutral');
}

function resultsView(data, blueprint, filters, page) {
  if (!data.items.length) return empty('No questions match these filters.');
  return h('div', {},
    h('p', { class: 'muted', role: 'status' }, `${plural(data.totalItems, 'question')}`),
    h('div', { class: 'table-wrap' }, h('table', { class: 'table bank' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Question'), h('th', { scope: 'col' }, 'Task'), h('th', { scope: 'col' }, 'Type'),
        h('th', { scope: 'col' }, 'Status'), h('th', { scope: 'col' }, 'Stem'))),
      h('tbody', {}, data.items.map(q => h('tr', {},
        h('th', { scope: 'row' }, h('a', { href: `#/bank/${encodeURIComponent(q.id)}` }, q.id),
          h('span', { class: 'muted small' }, ` v${q.version}`)),
        h('td', {}, q.taskStatement),
        h('td', {}, TYPE_NAMES[q.type] ?? q.type),
        h('td', {}, statusBadge(q.status)),
        h('td', { class: 'bank__stem' }, truncate(q.stem, 160))))))),
    pager(page, Number(data.totalPages), '/bank', filters));
}
