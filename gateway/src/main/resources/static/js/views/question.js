import { h, replace } from '../dom.js';
import { api } from '../api.js';
import { currentUser, hasRole } from '../auth.js';
import { navigate, href } from '../router.js';
import { getBlueprint, domainName, taskName } from '../blueprint.js';
import { solutionView, stemView } from '../items.js';
import { loading, pageHeader, card, badge, notice, problemBox, busy, confirmDialog, flash, takeFlash } from '../ui.js';
import { TYPE_NAMES, number } from '../format.js';
import { LAST_QUERY_KEY, statusBadge } from './bank.js';
import { itemStatsCard } from './item-stats.js';
import { historyCard } from './question-history.js';

export async function render(view, { params, query, signal }) {
  const id = params.id;
  const path = `/api/questions/${encodeURIComponent(id)}`;
  const asked = Number.parseInt(query.get('version'), 10);
  view.append(loading('Loading question…'));
  const [current, blueprint] = await Promise.all([api(path, { signal }), getBlueprint()]);
  const question = asked && asked !== current.version
    ? await api(`${path}/versions/${asked}`, { signal })
    : current;
  const old = question.version !== current.version;
  const back = sessionStorage.getItem(LAST_QUERY_KEY) || '#/bank';
  const canEdit = hasRole(currentUser(), 'AUTHOR', 'ADMIN');
  const problems = h('div');

  replace(view,
    h('p', {}, h('a', { href: back }, '← Question bank')),
    takeFlash(),
    pageHeader(`Question ${question.id}`,
      h('p', { class: 'page-header__sub' },
        statusBadge(question.status), ' ',
        badge(TYPE_NAMES[question.type] ?? question.type, 'info'), ' ',
        'Version ', h('span', { 'data-test': 'version' }, String(question.version)),
        question.difficulty != null ? ` · difficulty ${number(question.difficulty, 1)}` : '')),
    old ? notice(h('span', {}, `This is version ${question.version}, an earlier version. The current one is version ${current.version}: `,
      h('a', { href: href(`/bank/${encodeURIComponent(id)}`) }, 'show the current version'), '.'), 'warning') : null,
    canEdit ? authorActions(current, question, problems) : null,
    problems,
    h('div', { class: 'grid' },
      h('div', { class: 'grid__main' },
        card('Question',
          h('p', { class: 'item__meta' }, `${domainName(blueprint, question.domain)} · ${taskName(blueprint, question.taskStatement)}`),
          stemView(question.stem),
          solutionView({ ...question, response: null, correctResponse: question.correct }))),
      h('div', { class: 'grid__side' },
        itemStatsCard(question, signal),
        historyCard(id, question.version, signal))));
}

/** Edit (a new version), restore an earlier version, retire: for authors and admins only. */
function authorActions(current, shown, problems) {
  const editPath = `/bank/${encodeURIComponent(current.id)}/edit`;
  const restoring = shown.version !== current.version;
  const retire = current.status === 'ACTIVE'
    ? h('button', { type: 'button', class: 'btn btn--danger', 'data-test': 'retire' }, 'Retire…')
    : null;
  retire?.addEventListener('click', () => confirmRetire(current, retire, problems));
  return h('div', { class: 'actions author-actions' },
    h('a', { class: 'btn btn--primary', href: href(editPath, restoring ? { from: shown.version } : null), 'data-test': 'edit-question' },
      restoring ? `Restore version ${shown.version} as a new version` : 'Edit (saves a new version)'),
    retire);
}

async function confirmRetire(question, button, problems) {
  const confirmed = await confirmDialog({
    title: `Retire question ${question.id}?`,
    body: [
      h('p', {}, 'A retired question is never drawn into a session again. Sessions that already hold it keep it, '
        + 'and every version stays readable here.'),
      h('p', {}, 'It cannot be made active again.'),
    ],
    confirmLabel: 'Retire question',
    danger: true,
    confirmAttrs: { 'data-test': 'confirm-retire' },
  });
  if (!confirmed) return;
  problems.replaceChildren();
  try {
    await busy(button, 'Retiring…', () => api(`/api/questions/${encodeURIComponent(question.id)}`, { method: 'DELETE' }));
  } catch (error) {
    problems.replaceChildren(problemBox(error));
    return;
  }
  flash(`Question ${question.id} is retired.`, 'success');
  navigate(`/bank/${encodeURIComponent(question.id)}`);
}
