import { h, replace } from '../dom.js';
import { api, shared } from '../api.js';
import { currentUser } from '../auth.js';
import { getBlueprint, domainOf, domainName, taskName } from '../blueprint.js';
import { activityChart } from '../charts.js';
import { card, badge, empty, loading, problemBox, section, pageHeader, takeFlash, showAllButton } from '../ui.js';
import { pct, date, weekday, plural } from '../format.js';
import { readinessFigures, masteryRow, stat } from '../progress.js';
import { startCard, openSessions, startSession } from './home-start.js';
import { planForm, joinCohortForm } from './home-plan.js';

const SHOWN_RECOMMENDATIONS = 5;
const DUE_SESSION_SIZE = 20;

const REASONS = {
  DUE_REVIEW: ['Due for review', 'info'],
  WEAK_AREA: ['Weak area', 'warning'],
  NEW: ['New', 'neutral'],
};

export async function render(view, { signal }) {
  view.append(loading());
  // asked for at once, side by side with the blueprint; four cards share the analytics
  const analytics = shared(() => api('/api/analytics/me', { signal }));
  const recommendations = shared(() => api('/api/recommendations?limit=10', { signal }));
  const due = shared(() => api('/api/recommendations/due', { signal }));
  const sessions = shared(() => api('/api/sessions?size=20', { signal }));
  // each card shows its error itself, with a retry that asks again
  [analytics, recommendations, due, sessions].forEach(load => load().catch(() => {}));
  const blueprint = await getBlueprint();

  const readiness = h('div');
  const next = h('div');
  const mastery = h('div');
  const activity = h('div');
  const exams = h('div');
  const open = h('div');
  const reviews = h('div');

  replace(view,
    pageHeader(`Welcome, ${currentUser().name}`),
    takeFlash(),
    h('div', { class: 'grid' },
      h('div', { class: 'grid__main' },
        card('Readiness', readiness),
        card('Spaced review', reviews),
        card('Start a session', startCard(blueprint)),
        card('What to practise next', next),
        card('Study plan', planForm(blueprint)),
        card('Mastery by domain', mastery),
        card('Activity, last 90 days', activity)),
      h('div', { class: 'grid__side' },
        card('Open sessions', open, h('p', {}, h('a', { href: '#/sessions' }, 'All my sessions'))),
        card('Recent exams', exams),
        card('Join a cohort', joinCohortForm()))));

  section(readiness, analytics, data => readinessView(data, blueprint));
  section(mastery, analytics, data => masteryView(data, blueprint));
  section(activity, analytics, data => activityChart(data.activity ?? []));
  section(exams, analytics, data => examsView(data));
  section(next, recommendations, data => nextView(data, blueprint));
  section(reviews, due, data => dueView(data));
  openSessions(open, sessions);
}

function readinessView(data, blueprint) {
  const r = data.readiness;
  if (!r) {
    return empty(data.totalAnswered
      ? 'Your readiness estimate appears once your answers have been analysed. Check back shortly.'
      : 'Answer some questions and your predicted exam score appears here.');
  }
  return readinessFigures(r, blueprint.exam,
    stat('Answered', String(data.totalAnswered), `${pct(data.accuracy)} correct`,
      data.totalOmitted ? ` · ${data.totalOmitted} left unanswered in exams, not counted` : ''));
}

function masteryView(data, blueprint) {
  const tasks = new Map((data.taskStatements ?? []).map(t => [t.id, t]));
  return h('div', { class: 'mastery' },
    h('p', { class: 'muted small' }, 'Bars show estimated mastery; the lighter band is the range it likely lies in.'),
    data.domains.map(d => {
      const domain = domainOf(blueprint, d.domain);
      return h('div', { class: 'mastery__domain' },
        masteryRow(domainName(blueprint, d.domain), domain?.weight, d),
        domain ? h('details', {},
          h('summary', {}, 'Task statements'),
          domain.taskStatements.map(t => masteryRow(`${t.id} ${t.name}`, null, tasks.get(t.id) ?? {}))) : null);
    }));
}

function examsView(data) {
  const exams = [...(data.exams ?? [])].sort((a, b) => String(b.finishedAt).localeCompare(String(a.finishedAt))).slice(0, 5);
  if (!exams.length) return empty('No exam simulations yet.');
  return h('ul', { class: 'list' }, exams.map(e => h('li', { class: 'list__item' },
    h('div', {},
      h('strong', {}, e.scaledScore == null ? '–' : String(e.scaledScore)), ' ',
      e.passed ? badge('Pass', 'success') : badge('Fail', 'danger'),
      h('p', { class: 'muted' }, date(e.finishedAt))),
    h('span', { class: 'list__links' },
      h('a', { href: `#/session/${e.sessionId}/result` }, 'Result'), ' · ',
      h('a', { href: `#/session/${e.sessionId}/review` }, 'Review')))));
}

/** The spaced-review queue: how many are due now and today, and when the next ones fall. */
function dueView(data) {
  const problem = h('div');
  const start = h('button', { type: 'button', class: 'btn btn--primary', 'data-test': 'start-due-review' },
    `Review ${plural(Math.min(data.dueNow, DUE_SESSION_SIZE), 'due question')}`);
  start.addEventListener('click', async () => {
    replace(problem);
    try {
      await startSession(start, { mode: 'REVIEW_DUE', size: DUE_SESSION_SIZE });
    } catch (error) {
      replace(problem, problemBox(error));
    }
  });
  const upcoming = (data.next ?? []).filter(d => d.count > 0).slice(0, 4);
  return h('div', { class: 'due-card', 'data-test': 'due-reviews' },
    h('div', { class: 'due' },
      h('div', {},
        h('p', { class: 'due__count' }, String(data.dueNow)),
        h('p', { class: 'muted' }, data.dueNow === 1 ? 'question due now' : 'questions due now',
          data.dueToday > data.dueNow ? ` · ${data.dueToday} by the end of today` : '')),
      data.dueNow > 0 ? start : null),
    data.dueNow === 0 ? h('p', { class: 'muted small' }, data.dueToday > 0
      ? `Nothing due this minute; ${plural(data.dueToday, 'question')} fall due later today.`
      : 'Nothing due today. Questions you answer come back here when you are about to forget them.') : null,
    upcoming.length ? h('div', {},
      h('h3', { class: 'small' }, 'Coming up'),
      h('ul', { class: 'due__next' }, upcoming.map(d => h('li', {}, `${weekday(d.date)}: ${d.count}`)))) : null,
    problem);
}

function nextView(data, blueprint) {
  const problem = h('div');
  // these buttons have no form of their own: a session that cannot start says why here
  const starter = (button, body) => async () => {
    replace(problem);
    try {
      await startSession(button, body);
    } catch (error) {
      replace(problem, problemBox(error));
    }
  };
  const adaptive = h('button', { type: 'button', class: 'btn btn--primary' }, 'Start an adaptive session');
  adaptive.addEventListener('click', starter(adaptive, { mode: 'ADAPTIVE', size: 10 }));
  const items = (data.items ?? []).map((item, index) => {
    const [label, tone] = REASONS[item.reason] ?? [item.reason, 'neutral'];
    const drill = h('button', { type: 'button', class: 'btn btn--small btn--secondary' }, 'Drill this task');
    drill.addEventListener('click', starter(drill, { mode: 'DRILL', taskStatement: item.taskStatement, size: 10 }));
    return h('li', { class: 'list__item', hidden: index >= SHOWN_RECOMMENDATIONS },
      h('div', {},
        badge(label, tone), ' ',
        h('span', { class: 'small' }, taskName(blueprint, item.taskStatement)),
        h('p', {}, item.explanation),
        item.retrievability != null ? h('p', { class: 'muted small' }, `Chance you still remember it: ${pct(item.retrievability)}`) : null),
      drill);
  });
  const focus = (data.focus ?? []).slice(0, 2);
  return h('div', {},
    focus.length ? h('div', { class: 'focus' },
      h('h3', {}, 'Focus areas'),
      h('ul', { class: 'plain' }, focus.map(f => h('li', {}, f.explanation)))) : null,
    items.length
      ? h('div', {},
        h('h3', {}, 'Recommended next'),
        h('ol', { class: 'list recs' }, items),
        showAllButton(items.filter(li => li.hidden), `Show all ${items.length}`))
      : empty('Nothing to recommend right now.'),
    problem,
    h('p', { class: 'actions' }, adaptive,
      h('span', { class: 'muted small' }, ' Adaptive sessions draw these questions first.')));
}
