import { h, replace, nextId } from '../dom.js';
import { api } from '../api.js';
import { getBlueprint, domainName, taskName } from '../blueprint.js';
import { solutionView, stemView, verdict } from '../items.js';
import { loading, pageHeader, badge, empty } from '../ui.js';
import { MODE_NAMES, TYPE_NAMES } from '../format.js';

const FILTERS = [
  ['all', 'All', () => true],
  ['wrong', 'Incorrect', item => item.response && item.correct === false],
  ['unanswered', 'Not answered', item => !item.response],
  ['flagged', 'Flagged', item => item.flagged],
];

export async function render(view, { params, query, signal }) {
  const id = params.id;
  view.append(loading('Loading review…'));
  const [review, blueprint] = await Promise.all([
    api(`/api/sessions/${encodeURIComponent(id)}/review`, { signal }), getBlueprint()]);
  const list = h('div', { class: 'review-list' });
  const name = nextId('filter');
  const initial = FILTERS.some(([key]) => key === query.get('show')) ? query.get('show') : 'all';

  const show = key => {
    const [, , test] = FILTERS.find(([k]) => k === key);
    const items = review.items.filter(test);
    if (!items.length) {
      replace(list, empty('No questions match this filter.'));
      return;
    }
    replace(list, items.map(item => reviewItem(item, blueprint)));
  };

  const filters = h('fieldset', { class: 'filters' },
    h('legend', {}, 'Show'),
    h('div', { class: 'segmented' }, FILTERS.map(([key, label, test]) => {
      const input = h('input', { type: 'radio', name, value: key, checked: key === initial });
      input.addEventListener('change', () => show(key));
      return h('label', { class: 'segmented__option' }, input,
        h('span', {}, `${label} (${review.items.filter(test).length})`));
    })));

  const inProgress = review.status === 'IN_PROGRESS';
  replace(view,
    pageHeader(`Review: ${MODE_NAMES[review.mode] ?? review.mode}`,
      h('p', { class: 'page-header__sub' }, inProgress
        ? 'This session is still open; the questions you answered so far are shown.'
        : `${review.items.length} questions`)),
    h('p', { class: 'actions' },
      inProgress
        ? h('a', { class: 'btn btn--primary', href: `#/session/${id}` }, 'Continue the session')
        : h('a', { class: 'btn btn--secondary', href: `#/session/${id}/result` }, 'Back to the result'),
      h('a', { class: 'btn btn--secondary', href: '#/home' }, 'Home')),
    review.items.length ? filters : null,
    review.items.length ? list : empty('Nothing to review yet: answer a question first.'));
  if (review.items.length) show(initial);
}

function reviewItem(item, blueprint) {
  const headingId = nextId('ri');
  const answered = Boolean(item.response);
  return h('article', { class: 'card review-item', 'aria-labelledby': headingId },
    h('div', { class: 'review-item__head' },
      h('h2', { id: headingId, class: 'item__title' }, `Question ${item.n + 1}`),
      verdict(item.correct, answered),
      item.flagged ? badge('Flagged', 'warning') : null),
    h('p', { class: 'item__meta' },
      `${TYPE_NAMES[item.type] ?? item.type} · ${domainName(blueprint, item.domain)} · ${taskName(blueprint, item.taskStatement)}`),
    stemView(item.stem),
    solutionView(item));
}
