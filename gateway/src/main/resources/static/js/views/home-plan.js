// The study plan and joining a cohort.
import { h, replace } from '../dom.js';
import { api, query } from '../api.js';
import { taskName } from '../blueprint.js';
import { field, formProblemSlot, onSubmit, notice, badge, showAllButton, problemBox } from '../ui.js';
import { startSession } from './home-start.js';
import { isoDay, weekday, pct, plural } from '../format.js';

const SHOWN_DAYS = 14;

export function planForm(blueprint) {
  const today = new Date();
  const tomorrow = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
  const inAYear = new Date(today.getFullYear() + 1, today.getMonth(), today.getDate());
  const inAMonth = new Date(today.getFullYear(), today.getMonth() + 1, today.getDate());
  const examDate = h('input', {
    type: 'date', name: 'examDate', required: true, min: isoDay(tomorrow), max: isoDay(inAYear), value: isoDay(inAMonth),
  });
  const minutes = h('input', { type: 'number', name: 'minutesPerDay', min: 5, max: 600, step: 5, value: 30, inputmode: 'numeric' });
  const submit = h('button', { type: 'submit', class: 'btn btn--primary' }, 'Make my plan');
  const output = h('div', { class: 'plan', 'aria-live': 'polite' });
  const form = h('form', { class: 'form form--inline', novalidate: true },
    formProblemSlot(),
    field('Exam date', examDate),
    field('Minutes per day', minutes),
    h('div', { class: 'form__actions' }, submit));

  onSubmit(form, submit, 'Planning…', async () => {
    const plan = await api(`/api/recommendations/plan${query({
      examDate: examDate.value, minutesPerDay: minutes.value,
    })}`);
    replace(output, planView(plan, blueprint));
  }, { onError: () => replace(output) });
  return h('div', {}, form, output);
}

function planView(plan, blueprint) {
  const readiness = (label, r) => (r ? h('li', {}, `${label}: predicted ${r.predictedScore} (${r.low}–${r.high}), pass chance ${pct(r.passProbability)}`) : null);
  const rows = plan.days.map(day => h('tr', {},
    h('th', { scope: 'row' }, weekday(day.date)),
    h('td', {}, day.kind === 'REVIEW' ? badge('Mixed review', 'info') : badge('Study', 'neutral')),
    h('td', { class: 'num' }, String(day.questions)),
    h('td', { class: 'num' }, String(day.minutes)),
    h('td', {}, h('ul', { class: 'chips' }, day.taskStatements.map(t => h('li', {},
      `${taskName(blueprint, t.taskStatement)} · ${plural(t.questions, 'question')}`))))));
  const table = h('table', { class: 'table' },
    h('caption', { class: 'visually-hidden' }, 'Study plan by day'),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Day'), h('th', { scope: 'col' }, 'Kind'),
      h('th', { scope: 'col', class: 'num' }, 'Questions'), h('th', { scope: 'col', class: 'num' }, 'Minutes'),
      h('th', { scope: 'col' }, 'Task statements (questions)'))),
    h('tbody', {}, rows));
  const hidden = rows.slice(SHOWN_DAYS);
  hidden.forEach(row => { row.hidden = true; });

  return h('div', {},
    todayActions(plan.days[0], blueprint),
    h('p', {}, `${plural(plan.daysToExam, 'day')} until ${weekday(plan.examDate)}: about ${plural(plan.questionsPerDay, 'question')} in ${plan.minutesPerDay} minutes a day.`),
    h('ul', { class: 'plain' },
      readiness('Now', plan.readinessNow),
      readiness('Expected on exam day if you follow the plan', plan.expectedReadiness)),
    plan.days.length ? h('div', { class: 'table-wrap' }, table) : notice('No study days fit before the exam date.'),
    showAllButton(hidden, `Show all ${plan.days.length} days`));
}

/** Today's part of the plan as sessions to start: a drill per task statement, or a mixed review. */
function todayActions(day, blueprint) {
  // plan days are UTC days, as the recommender counts them
  if (!day || day.date !== new Date().toISOString().slice(0, 10)) return null;
  const problem = h('div');
  const starter = (label, body) => {
    const button = h('button', { type: 'button', class: 'btn btn--primary btn--small' }, label);
    button.addEventListener('click', async () => {
      replace(problem);
      try {
        await startSession(button, body);
      } catch (error) {
        replace(problem, problemBox(error));
      }
    });
    return h('li', {}, button);
  };
  const buttons = day.kind === 'REVIEW'
    ? [starter(`Start today's mixed review (${plural(day.questions, 'question')})`, { mode: 'ADAPTIVE', size: day.questions })]
    : day.taskStatements.map(t => starter(`Drill ${taskName(blueprint, t.taskStatement)} (${t.questions})`,
      { mode: 'DRILL', taskStatement: t.taskStatement, size: t.questions }));
  return h('section', { class: 'plan-today', 'aria-label': "Today's plan", 'data-test': 'plan-today' },
    h('h3', {}, "Start today's plan"),
    h('ul', { class: 'plain' }, buttons),
    problem);
}

export function joinCohortForm() {
  const code = h('input', { type: 'text', name: 'joinCode', autocomplete: 'off', spellcheck: 'false' });
  const submit = h('button', { type: 'submit', class: 'btn btn--secondary' }, 'Join');
  const done = h('div', { role: 'status' });
  const form = h('form', { class: 'form form--inline', novalidate: true },
    formProblemSlot(),
    field('Join code from your instructor', code),
    h('div', { class: 'form__actions' }, submit));
  onSubmit(form, submit, 'Joining…', async () => {
    replace(done);
    await api('/api/cohorts/join', { method: 'POST', body: { joinCode: code.value.trim() } });
    replace(done, notice('You joined the cohort. Your instructor now sees your progress.', 'success'));
    code.value = '';
  });
  return h('div', {}, form, done);
}
