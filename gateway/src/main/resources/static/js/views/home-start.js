// Starting sessions, and the ones still open.
import { h } from '../dom.js';
import { api } from '../api.js';
import { navigate } from '../router.js';
import { domainName } from '../blueprint.js';
import { field, formProblemSlot, showFieldErrors, clearFieldErrors, busy, confirmDialog, empty, section } from '../ui.js';
import { dateTime, clock, MODE_NAMES } from '../format.js';

const SIZES = [5, 10, 15, 20, 30, 50];
const OPEN_SHOWN = 5;

export async function startSession(button, body, form) {
  if (form) clearFieldErrors(form);
  try {
    const session = await busy(button, 'Starting…', () => api('/api/sessions', { method: 'POST', body }));
    navigate(`/session/${session.id}`);
  } catch (error) {
    // the drill's one picker stands for both domain and task statement
    for (const e of error.errors ?? []) {
      if (e.field === 'domain' || e.field === 'taskStatement') e.field = 'target';
    }
    if (form) showFieldErrors(form, error);
    else throw error;
  }
}

export function startCard(blueprint) {
  const size = h('select', { name: 'size' }, SIZES.map(n => h('option', { value: n, selected: n === 10 }, `${n} questions`)));
  const target = h('select', { name: 'target' },
    blueprint.domains.map(d => h('optgroup', { label: domainName(blueprint, d.id) },
      h('option', { value: `d:${d.id}` }, `All of domain ${d.id} (${d.name})`),
      d.taskStatements.map(t => h('option', { value: `t:${t.id}` }, `${t.id} ${t.name}`)))));
  const form = h('form', { class: 'form start', novalidate: true });

  const modeButton = (mode, label, description) => {
    const button = h('button', { type: 'button', class: 'btn btn--secondary start__button' }, label);
    button.addEventListener('click', () => startSession(button, { mode, size: Number(size.value) }, form));
    return h('li', { class: 'start__mode' }, button, h('p', { class: 'muted' }, description));
  };

  const drillButton = h('button', { type: 'button', class: 'btn btn--secondary' }, 'Start drill');
  drillButton.addEventListener('click', () => {
    const [kind, value] = target.value.split(':');
    const body = { mode: 'DRILL', size: Number(size.value) };
    if (kind === 'd') body.domain = Number(value); else body.taskStatement = value;
    startSession(drillButton, body, form);
  });

  const examButton = h('button', { type: 'button', class: 'btn btn--primary' }, 'Start exam simulation');
  examButton.addEventListener('click', async () => {
    const { questionCount, durationMinutes, passingScore, scoredCount, unscoredCount } = blueprint.exam;
    const ok = await confirmDialog({
      title: 'Start an exam simulation?',
      body: [
        h('p', {}, `${questionCount} questions (${scoredCount} scored, ${unscoredCount} unscored) in ${durationMinutes} minutes. The clock starts now and does not pause.`),
        h('p', {}, `No feedback until you finish; you can flag questions and change answers. ${passingScore} of 1000 passes.`),
      ],
      confirmLabel: 'Start the exam',
    });
    if (ok) startSession(examButton, { mode: 'EXAM' }, form);
  });

  form.append(
    formProblemSlot(),
    field('Session length', size, { hint: 'For practice, drill, adaptive and review sessions.' }),
    h('ul', { class: 'start__modes' },
      modeButton('PRACTICE', 'Practice', 'A mix across all four domains, with feedback after each answer.'),
      modeButton('ADAPTIVE', 'Adaptive', 'Chosen for you: reviews that are due and weak, heavily weighted areas.'),
      modeButton('REVIEW_MISSED', 'Review missed', 'Questions you got wrong the last time you answered them.'),
      modeButton('REVIEW_DUE', 'Due reviews', 'Spaced repetition: questions you are about to forget, most overdue first.')),
    h('div', { class: 'start__drill' },
      field('Drill on', target),
      drillButton),
    h('div', { class: 'start__exam' },
      h('p', {}, h('strong', {}, 'Exam simulation: '),
        `${blueprint.exam.questionCount} questions, ${blueprint.exam.durationMinutes} minutes, scaled score like the real exam.`),
      examButton));
  return form;
}

/** The open sessions among the learner's latest (load: their first page). */
export function openSessions(container, load) {
  return section(container, load,
    page => {
      const open = page.items.filter(s => s.status === 'IN_PROGRESS').slice(0, OPEN_SHOWN);
      if (!open.length) return empty('No open sessions. Start one above.');
      return h('ul', { class: 'list' }, open.map(s => h('li', { class: 'list__item' },
        h('div', {},
          h('strong', {}, MODE_NAMES[s.mode] ?? s.mode),
          h('p', { class: 'muted' },
            `${s.answeredCount} of ${s.itemCount} answered · started ${dateTime(s.startedAt)}`,
            s.remainingSeconds != null ? ` · ${clock(s.remainingSeconds)} left` : '')),
        h('a', { class: 'btn btn--small btn--primary', href: `#/session/${s.id}` }, 'Continue'))));
    });
}
