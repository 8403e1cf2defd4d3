import { h, replace } from '../dom.js';
import { api } from '../api.js';
import { empty, pageHeader, card, field, formProblemSlot, onSubmit, section, notice } from '../ui.js';
import { date, isoDay } from '../format.js';
import { copyButton } from '../clipboard.js';

export async function render(view, { signal }) {
  const list = h('div');
  const created = h('div', { role: 'status' });
  replace(view,
    pageHeader('Cohorts'),
    h('div', { class: 'grid' },
      h('div', { class: 'grid__main' }, card('Your cohorts', list)),
      h('div', { class: 'grid__side' }, card('Create a cohort', createForm(created, () => load()), created))));

  const load = () => section(list, () => api('/api/cohorts', { signal }), cohorts => cohortTable(cohorts));
  await load();
}

/** The code as learners type it, with a button that copies it. */
function joinCode(code, cohortName, big = false) {
  const shown = h('code', { class: ['code', big ? 'code--big' : ''] }, code);
  return h('span', { class: 'join-code' }, shown,
    copyButton(shown, code, { what: `the join code of ${cohortName}`, test: 'copy-join-code' }));
}

// the server lists them by name
function cohortTable(cohorts) {
  if (!cohorts.length) return empty('No cohorts yet. Create one and give its join code to your learners.');
  return h('div', { class: 'table-wrap' }, h('table', { class: 'table' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Join code'),
      h('th', { scope: 'col' }, 'Exam date'), h('th', { scope: 'col', class: 'num' }, 'Learners'))),
    h('tbody', {}, cohorts.map(c => h('tr', {},
      h('th', { scope: 'row' }, h('a', { href: `#/cohorts/${encodeURIComponent(c.id)}` }, c.name)),
      h('td', {}, joinCode(c.joinCode, c.name)),
      h('td', {}, c.examDate ? date(c.examDate) : '–'),
      h('td', { class: 'num' }, String(c.learnerCount ?? 0)))))));
}

function createForm(output, reload) {
  const name = h('input', { type: 'text', name: 'name', maxlength: 80, required: true });
  const examDate = h('input', { type: 'date', name: 'examDate', min: isoDay(new Date()) });
  const submit = h('button', { type: 'submit', class: 'btn btn--primary' }, 'Create cohort');
  const form = h('form', { class: 'form', novalidate: true },
    formProblemSlot(),
    field('Name', name),
    field('Exam date (optional)', examDate),
    h('div', { class: 'form__actions' }, submit));
  onSubmit(form, submit, 'Creating…', async () => {
    replace(output);
    const body = { name: name.value.trim() };
    if (examDate.value) body.examDate = examDate.value;
    const cohort = await api('/api/cohorts', { method: 'POST', body });
    replace(output, notice(h('span', {}, `Cohort “${cohort.name}” created. Learners join with the code `,
      joinCode(cohort.joinCode, cohort.name, true)), 'success'));
    form.reset();
    reload();
  });
  return form;
}
