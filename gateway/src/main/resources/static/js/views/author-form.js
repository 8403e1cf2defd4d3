// Creating a question (#/bank/new) and editing one (#/bank/:id/edit, ?from=N starts from version N).
// Every save of an existing question is a new version; the server's rules are the only rules, and its
// per-field messages appear next to the fields they name.
import { h, replace } from '../dom.js';
import { api } from '../api.js';
import { navigate, href } from '../router.js';
import { getBlueprint, domainName } from '../blueprint.js';
import { loading, pageHeader, card, busy, flash, notice } from '../ui.js';
import { TYPE_NAMES } from '../format.js';
import { answersEditor, labelled } from './author-answers.js';
import { errorSummary, clearErrors, showErrors, controlFor, errorSlot } from './author-errors.js';

export async function render(view, { params, query, signal }) {
  const id = params.id ?? null;
  view.append(loading(id ? 'Loading question…' : 'Loading…'));
  const path = id ? `/api/questions/${encodeURIComponent(id)}` : null;
  const [blueprint, current] = await Promise.all([getBlueprint(), id ? api(path, { signal }) : null]);
  const from = Number.parseInt(query.get('from'), 10);
  const source = current && from && from !== current.version ? await api(`${path}/versions/${from}`, { signal }) : current;

  const summary = errorSummary();
  const placement = placementFields(blueprint, source);
  const answers = answersEditor(source, placement.type.value);
  placement.type.addEventListener('change', () => answers.setType(placement.type.value));
  const stem = controlFor(h('textarea', { rows: 5, value: source?.stem ?? '' }), 'stem');
  const explanation = controlFor(h('textarea', { rows: 4, value: source?.explanation ?? '' }), 'explanation');
  const references = referenceList(source?.references ?? []);
  const save = h('button', { type: 'submit', class: 'btn btn--primary', 'data-test': 'save-question' },
    id ? 'Save as a new version' : 'Create question');

  const form = h('form', { class: 'form author-form', novalidate: true, 'data-test': 'question-form' },
    summary,
    card('Placement', h('div', { class: 'author-placement' }, placement.el)),
    card('Question', labelled('Stem', stem, 'stem', 'Stem', 'What learners read. Separate paragraphs with an empty line.')),
    card('Answers', answers.el),
    card('Explanation and references',
      labelled('Explanation', explanation, 'explanation', 'Explanation', 'Why the key is right, shown after answering.'),
      references.el),
    h('div', { class: 'form__actions' }, save,
      h('a', { class: 'btn btn--secondary', href: href(id ? `/bank/${encodeURIComponent(id)}` : '/bank') }, 'Cancel')));

  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form, summary);
    const body = {
      ...placement.values(),
      stem: stem.value.trim(),
      ...answers.payload(),
      explanation: explanation.value.trim(),
      references: references.values(),
      ...(id ? { version: current.version } : {}),
    };
    let saved;
    try {
      saved = await busy(save, 'Saving…', () => api(id ? path : '/api/questions', { method: id ? 'PUT' : 'POST', body }));
    } catch (error) {
      showErrors(form, summary, error);
      return;
    }
    flash(id ? `Saved as version ${saved.version}.` : `Created question ${saved.id} (version ${saved.version}).`, 'success');
    navigate(`/bank/${encodeURIComponent(saved.id)}`);
  });

  replace(view,
    h('p', {}, h('a', { href: id ? href(`/bank/${encodeURIComponent(id)}`) : '#/bank' }, id ? `← Question ${id}` : '← Question bank')),
    pageHeader(id ? `Edit question ${id}` : 'New question',
      id ? h('p', { class: 'page-header__sub' }, `Version ${current.version} is current; saving makes version ${current.version + 1}. `
        + 'Sessions that already hold an earlier version keep it.') : null),
    source !== current ? notice(`This form starts from version ${source.version}.`, 'info') : null,
    form);
}

function placementFields(blueprint, question) {
  const type = controlFor(h('select', {},
    Object.entries(TYPE_NAMES).map(([value, label]) => h('option', { value, selected: (question?.type ?? 'MULTIPLE_CHOICE') === value }, label))), 'type');
  const domain = controlFor(h('select', {},
    h('option', { value: '' }, 'Choose a domain…'),
    blueprint.domains.map(d => h('option', { value: String(d.id), selected: question?.domain === d.id }, domainName(blueprint, d.id)))), 'domain');
  const task = controlFor(h('select', {}), 'taskStatement');
  const fillTasks = keep => {
    const tasks = blueprint.domains.find(d => String(d.id) === domain.value)?.taskStatements ?? [];
    replace(task, h('option', { value: '' }, domain.value ? 'Choose a task statement…' : 'Choose a domain first'),
      tasks.map(t => h('option', { value: t.id, selected: t.id === keep }, `${t.id} ${t.name}`)));
  };
  fillTasks(question?.taskStatement);
  domain.addEventListener('change', () => fillTasks(task.value));
  const difficulty = controlFor(h('input', {
    type: 'number', step: '0.1', min: '-3', max: '3', inputmode: 'decimal', value: question?.difficulty ?? '',
  }), 'difficulty');
  return {
    type,
    el: [
      labelled('Type', type, 'type'),
      labelled('Domain', domain, 'domain'),
      labelled('Task statement', task, 'taskStatement'),
      labelled('Difficulty (optional)', difficulty, 'difficulty', 'Difficulty', 'From −3 (easy) to 3 (hard); empty when unknown.'),
    ],
    values: () => ({
      type: type.value,
      domain: domain.value ? Number(domain.value) : null,
      taskStatement: task.value || null,
      difficulty: difficulty.value.trim() === '' ? null : Number(difficulty.value),
    }),
  };
}

/** Documentation links, one per line; rows keep their place so 'references[2]' still names the third. */
function referenceList(initial) {
  const urls = initial.length ? [...initial] : [''];
  const list = h('ol', { class: 'author-list' });
  const add = h('button', { type: 'button', class: 'btn btn--secondary btn--small' }, 'Add reference');
  const read = () => [...list.querySelectorAll('input')].map(input => input.value.trim());
  const draw = focusAt => {
    replace(list, urls.map((url, i) => {
      const input = controlFor(h('input', { type: 'url', value: url, placeholder: 'https://docs.aws.amazon.com/…' }), `references[${i}]`);
      return h('li', { class: 'author-reference' },
        labelled(`Reference ${i + 1}`, input, `references[${i}]`),
        h('button', {
          type: 'button', class: 'btn btn--link', disabled: urls.length === 1,
          onclick: () => {
            urls.splice(0, urls.length, ...read());
            urls.splice(i, 1);
            draw(Math.min(i, urls.length - 1));
          },
        }, `Remove reference ${i + 1}`));
    }));
    if (focusAt != null) list.querySelectorAll('input')[focusAt]?.focus();
  };
  add.addEventListener('click', () => {
    urls.splice(0, urls.length, ...read(), '');
    draw(urls.length - 1);
  });
  draw();
  const group = controlFor(h('fieldset', { class: 'author-group', tabindex: '-1' },
    h('legend', {}, 'References'),
    h('p', { class: 'field__hint' }, 'At least one https link to AWS documentation.'),
    errorSlot('references', 'References'),
    list, add), 'references');
  return {
    el: group,
    // an empty list when nothing was typed, so the server names the missing reference, not an empty one
    values: () => (read().every(url => !url) ? [] : read()),
  };
}
