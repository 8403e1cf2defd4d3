// The answer part of the author form: options (steps for ordering, prompts for matching) each with its
// explanation, the right-hand responses of a matching question, and the key in the shape the type needs.
// A model holds what the author typed; structural changes (add, remove, type) read the form into it and
// draw the part again.
import { h, replace, nextId } from '../dom.js';
import { answerInput } from '../items.js';
import { truncate } from '../format.js';
import { errorSlot, controlFor } from './author-errors.js';

const TYPES = {
  MULTIPLE_CHOICE: { min: 4, max: 4, noun: 'Option', hint: 'Exactly 4 options; mark the one correct answer.' },
  MULTIPLE_RESPONSE: { min: 5, max: 10, noun: 'Option', hint: 'At least 5 options; mark every correct one (at least 2, not all). The stem must say how many to choose, e.g. "(Choose TWO.)".' },
  ORDERING: { min: 3, max: 5, noun: 'Step', hint: '3 to 5 steps, in the order learners first see them; set the correct order below.' },
  MATCHING: { min: 3, max: 7, noun: 'Prompt', hint: '3 to 7 prompts on the left; each is matched to one of the responses below.' },
};
const MIN_RESPONSES = 2;

const letter = i => String.fromCharCode(65 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : '');
const optionId = i => String.fromCharCode(97 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : '');
const responseId = i => `r${i + 1}`;
const preview = text => (text.trim() ? truncate(text.trim(), 80) : '(no text yet)');

function freshId(taken, make) {
  for (let i = 0; ; i += 1) {
    const id = make(i);
    if (!taken.has(id)) return id;
  }
}

export function answersEditor(question, initialType) {
  const correct = question?.correct ?? {};
  const model = {
    type: initialType,
    options: (question?.options ?? []).map(o => ({ id: o.id, text: o.text ?? '', explanation: o.explanation ?? '' })),
    responses: (question?.responses ?? []).map(r => ({ id: r.id, text: r.text ?? '' })),
    optionIds: [...(correct.optionIds ?? [])],
    order: [...(correct.order ?? [])],
    pairs: { ...(correct.pairs ?? {}) },
  };
  const root = h('div', { class: 'author-answers' });
  const radioName = nextId('key');
  let orderInput = null;
  let keyBox = null;

  const choice = () => model.type === 'MULTIPLE_CHOICE' || model.type === 'MULTIPLE_RESPONSE';

  function sync() {
    root.querySelectorAll('[data-option]').forEach(row => {
      const option = model.options[Number(row.dataset.option)];
      option.text = row.querySelector('[data-part="text"]').value;
      option.explanation = row.querySelector('[data-part="explanation"]').value;
    });
    root.querySelectorAll('[data-response]').forEach(row => {
      model.responses[Number(row.dataset.response)].text = row.querySelector('[data-part="text"]').value;
    });
    if (choice()) {
      model.optionIds = [...root.querySelectorAll('[data-part="key"]:checked')].map(input => input.value);
    } else if (model.type === 'ORDERING' && orderInput) {
      model.order = orderInput.response().order;
    } else if (model.type === 'MATCHING') {
      root.querySelectorAll('select[data-prompt]').forEach(select => {
        if (select.value) model.pairs[select.dataset.prompt] = select.value;
        else delete model.pairs[select.dataset.prompt];
      });
    }
  }

  /** Pads to the type's minimum and drops key parts that name nothing. */
  function fit() {
    const { min } = TYPES[model.type];
    while (model.options.length < min) addOptionModel();
    if (model.type === 'MATCHING') {
      // a response may serve several prompts: a stored question keeps the responses it has
      const wanted = model.responses.length ? MIN_RESPONSES : model.options.length;
      while (model.responses.length < wanted) addResponseModel();
    }
    const ids = new Set(model.options.map(o => o.id));
    model.optionIds = model.optionIds.filter(id => ids.has(id));
    if (model.type === 'MULTIPLE_CHOICE') model.optionIds = model.optionIds.slice(0, 1);
    model.order = [...model.order.filter(id => ids.has(id)), ...model.options.map(o => o.id).filter(id => !model.order.includes(id))];
    const responseIds = new Set(model.responses.map(r => r.id));
    for (const [prompt, response] of Object.entries(model.pairs)) {
      if (!ids.has(prompt) || !responseIds.has(response)) delete model.pairs[prompt];
    }
  }

  function addOptionModel() {
    model.options.push({ id: freshId(new Set(model.options.map(o => o.id)), optionId), text: '', explanation: '' });
  }

  function addResponseModel() {
    model.responses.push({ id: freshId(new Set(model.responses.map(r => r.id)), responseId), text: '' });
  }

  function draw(focus) {
    fit();
    const type = TYPES[model.type];
    const options = h('fieldset', { class: 'author-group', tabindex: '-1' },
      h('legend', {}, `${type.noun}s`),
      h('p', { class: 'field__hint' }, type.hint),
      errorSlot('options', `${type.noun}s`),
      choice() ? errorSlot('correct', 'Correct answer') : null,
      h('ol', { class: 'author-list' }, model.options.map((option, i) => optionRow(option, i, type))),
      h('button', {
        type: 'button', class: 'btn btn--secondary btn--small', 'data-add': 'option', disabled: model.options.length >= type.max,
        onclick: () => change(addOptionModel,
          () => `[data-option="${model.options.length - 1}"] [data-part="text"]`),
      }, `Add ${type.noun.toLowerCase()}`));
    controlFor(options, choice() ? 'options correct' : 'options');
    replace(root, options, model.type === 'MATCHING' ? responsesPart() : null, keyPart());
    if (focus) root.querySelector(focus)?.focus();
  }

  function change(mutate, focus) {
    sync();
    mutate();
    draw(typeof focus === 'function' ? focus() : focus);
  }

  function optionRow(option, i, type) {
    const key = `options[${i}]`;
    const name = `${type.noun} ${letter(i)}`;
    const text = controlFor(h('textarea', { rows: 2, 'data-part': 'text', value: option.text }), `${key}.text`);
    const why = controlFor(h('textarea', { rows: 2, 'data-part': 'explanation', value: option.explanation }), `${key}.explanation`);
    const group = controlFor(h('fieldset', { class: 'author-item', tabindex: '-1' },
      h('legend', {}, name),
      errorSlot(key, name),
      labelled('Text', text, `${key}.text`, `${name} text`),
      labelled(model.type === 'ORDERING' ? 'Explanation (why it comes at its place)' : 'Explanation (why it is right or wrong)',
        why, `${key}.explanation`, `${name} explanation`),
      choice() ? h('label', { class: 'author-key' },
        h('input', {
          type: model.type === 'MULTIPLE_CHOICE' ? 'radio' : 'checkbox', name: radioName, value: option.id,
          'data-part': 'key', checked: model.optionIds.includes(option.id),
        }),
        h('span', {}, h('span', { class: 'visually-hidden' }, `${name}: `), 'Correct answer')) : null,
      h('button', {
        type: 'button', class: 'btn btn--link', disabled: model.options.length <= type.min,
        onclick: () => change(() => model.options.splice(i, 1),
          () => (model.options.length > i ? `[data-option="${i}"] [data-part="text"]` : '[data-add="option"]')),
      }, `Remove ${type.noun.toLowerCase()} ${letter(i)}`)), key);
    text.addEventListener('change', redrawKey);
    return h('li', { 'data-option': String(i) }, group);
  }

  function responsesPart() {
    const part = controlFor(h('fieldset', { class: 'author-group', tabindex: '-1' },
      h('legend', {}, 'Responses'),
      h('p', { class: 'field__hint' }, 'The right-hand side. A response may be used by more than one prompt, or by none.'),
      errorSlot('responses', 'Responses'),
      h('ol', { class: 'author-list' }, model.responses.map((response, i) => {
        const key = `responses[${i}]`;
        const name = `Response ${i + 1}`;
        const input = controlFor(h('input', { type: 'text', 'data-part': 'text', value: response.text }), `${key}.text`);
        input.addEventListener('change', redrawKey);
        return h('li', { 'data-response': String(i), class: 'author-response' },
          errorSlot(key, name),
          labelled(name, input, `${key}.text`, name),
          h('button', {
            type: 'button', class: 'btn btn--link', disabled: model.responses.length <= MIN_RESPONSES,
            onclick: () => change(() => model.responses.splice(i, 1),
              () => (model.responses.length > i ? `[data-response="${i}"] input` : '[data-add="response"]')),
          }, `Remove response ${i + 1}`));
      })),
      h('button', {
        type: 'button', class: 'btn btn--secondary btn--small', 'data-add': 'response',
        onclick: () => change(addResponseModel, () => `[data-response="${model.responses.length - 1}"] input`),
      }, 'Add response')), 'responses');
    return part;
  }

  function keyPart() {
    orderInput = null;
    if (choice()) {
      keyBox = null;
      return null;
    }
    keyBox = controlFor(h('fieldset', { class: 'author-group', tabindex: '-1' },
      h('legend', {}, model.type === 'ORDERING' ? 'Correct order' : 'Correct matches'),
      errorSlot('correct', model.type === 'ORDERING' ? 'Correct order' : 'Correct matches'),
      h('div', { 'data-key': '' }, keyControls())), 'correct');
    return keyBox;
  }

  function keyControls() {
    if (model.type === 'ORDERING') {
      orderInput = answerInput({
        type: 'ORDERING',
        options: model.options.map((o, i) => ({ id: o.id, text: `${letter(i)}. ${preview(o.text)}` })),
        response: { order: model.order },
      });
      return orderInput.el;
    }
    return h('div', { class: 'matching' }, model.options.map((prompt, i) => {
      const select = h('select', { id: nextId('pair'), 'data-prompt': prompt.id },
        h('option', { value: '' }, 'Choose the correct response…'),
        model.responses.map((r, j) => h('option', { value: r.id, selected: model.pairs[prompt.id] === r.id },
          `${j + 1}. ${preview(r.text)}`)));
      return h('div', { class: 'matching__row' },
        h('label', { for: select.id, class: 'matching__prompt' }, `Prompt ${letter(i)}: ${preview(prompt.text)}`),
        select);
    }));
  }

  /** Step and response texts label the key controls: draw those again, keeping focus where it was. */
  function redrawKey() {
    if (!keyBox) return;
    sync();
    const holder = keyBox.querySelector('[data-key]');
    const active = document.activeElement;
    let again = null;
    if (holder.contains(active)) {
      const prompt = active.dataset.prompt;
      const step = active.closest('[data-id]')?.dataset.id;
      again = prompt ? `select[data-prompt="${CSS.escape(prompt)}"]`
        : step ? `[data-id="${CSS.escape(step)}"] [data-dir="${active.dataset.dir}"]` : null;
    }
    replace(holder, keyControls());
    if (again) holder.querySelector(again)?.focus();
  }

  draw();
  return {
    el: root,
    setType(type) {
      change(() => { model.type = type; });
    },
    /** The options, responses and key as the API takes them. */
    payload() {
      sync();
      const correct = choice() ? { optionIds: model.optionIds }
        : model.type === 'ORDERING' ? { order: model.order } : { pairs: { ...model.pairs } };
      return {
        options: model.options.map(o => ({ id: o.id, text: o.text.trim(), explanation: o.explanation.trim() })),
        responses: model.type === 'MATCHING' ? model.responses.map(r => ({ id: r.id, text: r.text.trim() })) : null,
        correct,
      };
    },
  };
}

/** A label, a control and the slot for the server's messages about it. */
export function labelled(label, control, field, summaryLabel = label, hint = null) {
  control.id ||= nextId('af');
  const hintEl = hint ? h('p', { class: 'field__hint', id: `${control.id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' },
    h('label', { for: control.id, class: 'field__label' }, label),
    control, hintEl, errorSlot(field, summaryLabel));
}
