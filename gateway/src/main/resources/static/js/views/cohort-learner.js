// One cohort member, as their instructor sees them: why they are at risk, readiness, mastery, sessions.
import { h, replace } from '../dom.js';
import { api } from '../api.js';
import { getBlueprint, domainOf, domainName } from '../blueprint.js';
import { loading, empty, pageHeader, card, badge, notice } from '../ui.js';
import { pct, dateTime, date, humanize, MODE_NAMES } from '../format.js';
import { readinessFigures, masteryRow } from '../progress.js';

export async function render(view, { params, signal }) {
  const { id, learnerId } = params;
  view.append(loading('Loading the learner…'));
  const [learner, blueprint, cohort] = await Promise.all([
    api(`/api/cohorts/${encodeURIComponent(id)}/learners/${encodeURIComponent(learnerId)}`, { signal }),
    getBlueprint(),
    // only the instructor's own list names the cohort (admins cannot list)
    api('/api/cohorts', { signal }).then(list => list.find(c => c.id === id)).catch(() => null),
  ]);
  const name = learner.displayName || learner.learnerId;

  replace(view, h('div', { class: 'cohort-learner', 'data-test': 'cohort-learner' },
    pageHeader(name,
      cohort ? h('p', { class: 'page-header__sub' }, `Member of ${cohort.name}`) : null),
    h('p', {}, h('a', { href: `#/cohorts/${encodeURIComponent(id)}` },
      `← ${cohort ? cohort.name : 'Cohort dashboard'}`)),
    reasonsView(learner.reasons ?? []),
    h('div', { class: 'stats' },
      stat('Answered', String(learner.totalAnswered ?? 0)),
      stat('Correct', pct(learner.accuracy)),
      stat('Last active', learner.lastActiveAt ? date(learner.lastActiveAt) : 'never',
        learner.lastActiveAt ? dateTime(learner.lastActiveAt) : 'has not practised yet')),
    h('div', { class: 'grid grid--even' },
      card('Mastery by domain', masteryView(learner.domains ?? [], blueprint)),
      card('Readiness', readinessView(learner.readiness, blueprint)),
      card('Recent sessions', sessionsView(learner.recentSessions ?? [])))));
}

function stat(label, value, hint) {
  return h('div', { class: 'stat card' },
    h('p', { class: 'stat__label' }, label),
    h('p', { class: 'stat__value' }, value),
    hint ? h('p', { class: 'muted small' }, hint) : null);
}

function reasonsView(reasons) {
  if (!reasons.length) return notice('Not at risk: none of the at-risk rules applies right now.', 'success');
  return h('section', { class: 'box box--warning learner-reasons', 'aria-labelledby': 'learner-reasons-title' },
    h('h2', { id: 'learner-reasons-title', class: 'box__title' }, 'Why at risk'),
    h('ul', { class: 'learner-reasons__list' }, reasons.map(reason => h('li', {}, reason))));
}

function masteryView(domains, blueprint) {
  if (!domains.some(d => d.answered || d.mastery != null)) return empty('Nothing answered yet.');
  return h('div', { class: 'mastery' },
    h('p', { class: 'muted small' }, 'Bars show estimated mastery; the lighter band is the range it likely lies in.'),
    domains.map(d => {
      const domain = domainOf(blueprint, d.domain);
      return h('div', { class: 'mastery__domain' }, masteryRow(domainName(blueprint, d.domain), domain?.weight, d));
    }));
}

function readinessView(r, blueprint) {
  if (!r) return empty('No readiness estimate yet: it appears once the learner\u2019s answers have been analysed.');
  return readinessFigures(r, blueprint.exam);
}

function sessionsView(sessions) {
  if (!sessions.length) return empty('No finished sessions yet.');
  return h('div', { class: 'table-wrap' }, h('table', { class: 'table' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Finished'), h('th', { scope: 'col' }, 'Mode'), h('th', { scope: 'col' }, 'Result'))),
    h('tbody', {}, sessions.map(s => h('tr', {},
      h('th', { scope: 'row' }, h('time', { datetime: s.finishedAt }, date(s.finishedAt))),
      h('td', {}, MODE_NAMES[s.mode] ?? humanize(s.mode)),
      h('td', {}, result(s)))))));
}

function result(s) {
  const counts = s.scoredCount ? `${s.correctCount} of ${s.scoredCount} correct` : null;
  if (s.scaledScore == null) return counts ?? '–';
  return [h('strong', {}, String(s.scaledScore)), ' ',
    s.passed ? badge('Pass', 'success') : badge('Fail', 'danger'),
    counts ? h('span', { class: 'muted small' }, ` · ${counts}`) : null];
}
