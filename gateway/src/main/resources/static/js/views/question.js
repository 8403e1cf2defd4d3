import { h, replace } from '../dom.js';
import { api } from '../api.js';
import { getBlueprint, domainName, taskName } from '../blueprint.js';
import { solutionView, stemView } from '../items.js';
import { loading, pageHeader, card, badge, empty, meter, section } from '../ui.js';
import { TYPE_NAMES, pct, number, humanize, truncate } from '../format.js';
import { LAST_QUERY_KEY, statusBadge } from './bank.js';

const FLAG_TONES = { TOO_HARD: 'danger', TOO_EASY: 'warning', LOW_DISCRIMINATION: 'danger', DISTRACTOR_BEATS_KEY_IN_TOP_THIRD: 'danger' };

export async function render(view, { params, signal }) {
  const id = params.id;
  view.append(loading('Loading question…'));
  const [question, blueprint] = await Promise.all([
    api(`/api/questions/${encodeURIComponent(id)}`, { signal }), getBlueprint()]);
  const stats = h('div');
  const back = sessionStorage.getItem(LAST_QUERY_KEY) || '#/bank';

  replace(view,
    h('p', {}, h('a', { href: back }, '← Question bank')),
    pageHeader(`Question ${question.id}`,
      h('p', { class: 'page-header__sub' },
        statusBadge(question.status), ' ',
        badge(TYPE_NAMES[question.type] ?? question.type, 'info'), ' ',
        `Version ${question.version}`,
        question.difficulty != null ? ` · difficulty ${number(question.difficulty, 1)}` : '')),
    h('div', { class: 'grid' },
      h('div', { class: 'grid__main' },
        card('Question',
          h('p', { class: 'item__meta' }, `${domainName(blueprint, question.domain)} · ${taskName(blueprint, question.taskStatement)}`),
          stemView(question.stem),
          solutionView({ ...question, response: null, correctResponse: question.correct }))),
      h('div', { class: 'grid__side' }, card('Item statistics', stats))));

  section(stats, () => api(`/api/analytics/items/${encodeURIComponent(id)}`, { signal }), s => statsView(s, question));
}

function statsView(s, question) {
  const optionText = new Map(question.options.map(o => [o.id, o.text]));
  return h('div', {},
    h('p', { class: 'muted small' }, 'From exam simulations, scored and unscored items alike.'),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Attempts'), h('dd', {}, String(s.attempts)),
      h('dt', {}, 'Facility (share correct)'), h('dd', {}, pct(s.facility)),
      h('dt', {}, 'Discrimination (point-biserial)'), h('dd', {}, number(s.discrimination)),
      h('dt', {}, 'Left unanswered'), h('dd', {}, pct(s.unansweredRate))),
    s.flags?.length ? h('div', {},
      h('h3', {}, 'Flags'),
      h('ul', { class: 'chips' }, s.flags.map(f => h('li', {}, badge(humanize(f), FLAG_TONES[f] ?? 'neutral'))))) : null,
    s.optionRates?.length ? h('div', {},
      h('h3', {}, 'How often each option was chosen'),
      h('ul', { class: 'bars' }, s.optionRates.map(o => h('li', { class: 'bars__row' },
        h('div', { class: 'bars__label' },
          h('span', {}, `${o.optionId}. ${truncate(optionText.get(o.optionId) ?? '', 70)}`),
          o.key ? [' ', badge('Key', 'success')] : null),
        meter({ value: o.rate, tone: o.key ? 'success' : null, label: `${pct(o.rate)} chose option ${o.optionId}` }),
        h('span', { class: 'bars__value' }, pct(o.rate)))))) : (s.attempts ? null : empty('No attempts in exam simulations yet.')));
}
