// The four MLA-C01 question types: answer controls while answering, and the worked solution after.
import { h, nextId } from './dom.js';
import { announce, badge, externalLink } from './ui.js';
import { truncate } from './format.js';

const COUNT_WORDS = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/** "(Choose TWO.)" in a multiple-response stem is the only place the item says how many. */
export function chooseCount(stem) {
  const match = /\(\s*choose\s+(\w+)\s*\.?\s*\)/i.exec(stem ?? '');
  if (!match) return null;
  const word = match[1].toLowerCase();
  return COUNT_WORDS[word] ?? (Number.parseInt(word, 10) || null);
}

export function stemView(stem) {
  return h('div', { class: 'stem' }, String(stem ?? '').split(/\n{2,}/).map(p => h('p', {}, p)));
}

/**
 * Controls for answering an item. Returns the element and accessors: response() is the payload part
 * ({optionIds}|{order}|{pairs}) or null, complete() says whether the server would accept it.
 */
export function answerInput(item, { onChange = () => {} } = {}) {
  switch (item.type) {
    case 'MULTIPLE_CHOICE': return choiceInput(item, false, onChange);
    case 'MULTIPLE_RESPONSE': return choiceInput(item, true, onChange);
    case 'ORDERING': return orderingInput(item, onChange);
    case 'MATCHING': return matchingInput(item, onChange);
    default: return unknownInput(item);
  }
}

const LETTERS = 'ABCDEFGHIJ';
// options struck out while thinking, per question, for as long as the page lives (as on paper)
const struck = new Map();

export function letter(index) {
  return LETTERS[index] ?? String(index + 1);
}

function choiceInput(item, multiple, onChange) {
  const name = nextId('choice');
  const chosen = new Set(item.response?.optionIds ?? []);
  const expected = multiple ? (item.choose ?? chooseCount(item.stem)) : 1;
  const counter = multiple ? h('p', { class: 'choices__count', 'aria-live': 'polite' }) : null;
  const crossed = struck.get(item.questionId) ?? new Set();
  struck.set(item.questionId, crossed);
  const inputs = item.options.map(option => h('input', {
    type: multiple ? 'checkbox' : 'radio', name, value: option.id, checked: chosen.has(option.id),
  }));
  const legend = multiple
    ? (expected ? `Choose ${expected} answers.` : 'Choose all answers that apply.')
    : 'Choose one answer.';
  const selected = () => inputs.filter(i => i.checked).map(i => i.value);
  const updateCount = () => {
    if (counter) counter.textContent = expected ? `${selected().length} of ${expected} selected` : `${selected().length} selected`;
  };
  updateCount();
  const rows = item.options.map((option, i) => {
    const row = h('div', { class: ['choice-row', crossed.has(option.id) && 'is-struck'] },
      h('label', { class: 'choice' }, inputs[i],
        h('span', { class: 'choice__letter', 'aria-hidden': 'true' }, `${letter(i)}.`),
        h('span', { class: 'choice__text' }, option.text)));
    const strike = h('button', {
      type: 'button', class: 'btn btn--icon btn--secondary strike', 'aria-pressed': String(crossed.has(option.id)),
      'aria-label': `Strike out option ${letter(i)}`, title: `Strike out option ${letter(i)}`,
    }, h('s', { 'aria-hidden': 'true' }, letter(i)));
    strike.addEventListener('click', () => {
      const on = !crossed.has(option.id);
      if (on) crossed.add(option.id); else crossed.delete(option.id);
      strike.setAttribute('aria-pressed', String(on));
      row.classList.toggle('is-struck', on);
      announce(on ? `Option ${letter(i)} struck out.` : `Option ${letter(i)} restored.`);
    });
    row.append(strike);
    return row;
  });
  const el = h('fieldset', { class: 'choices' },
    h('legend', { class: 'choices__legend' }, legend),
    rows,
    counter);
  el.addEventListener('change', () => {
    updateCount();
    onChange();
  });
  return {
    el,
    response: () => (selected().length ? { optionIds: selected() } : null),
    complete: () => (expected ? selected().length === expected : selected().length > 0),
    problem: () => (multiple && expected
      ? `Choose exactly ${expected} answers; you chose ${selected().length}.`
      : 'Choose an answer first.'),
    focus: () => inputs[0]?.focus(),
  };
}

function orderingInput(item, onChange) {
  const textOf = new Map(item.options.map(o => [o.id, o.text]));
  const known = item.response?.order?.filter(id => textOf.has(id));
  let order = known && known.length === item.options.length ? [...known] : item.options.map(o => o.id);
  const list = h('ol', { class: 'ordering' });
  const instructions = h('p', { class: 'field__hint', id: nextId('ord') },
    'Put the steps in order with the Up and Down buttons; the first step goes at the top.');

  const short = text => truncate(text, 60);

  const draw = focus => {
    list.replaceChildren(...order.map((id, index) => {
      const up = h('button', {
        type: 'button', class: 'btn btn--icon', 'data-dir': 'up', disabled: index === 0,
        'aria-label': `Move up: ${short(textOf.get(id))}`,
        onclick: () => move(index, -1, 'up'),
      }, '↑');
      const down = h('button', {
        type: 'button', class: 'btn btn--icon', 'data-dir': 'down', disabled: index === order.length - 1,
        'aria-label': `Move down: ${short(textOf.get(id))}`,
        onclick: () => move(index, 1, 'down'),
      }, '↓');
      return h('li', { class: 'ordering__step', 'data-id': id },
        h('span', { class: 'ordering__pos', 'aria-hidden': 'true' }, String(index + 1)),
        h('span', { class: 'ordering__text' }, textOf.get(id)),
        h('span', { class: 'ordering__buttons' }, up, down));
    }));
    if (focus) {
      const li = list.querySelector(`[data-id="${CSS.escape(focus.id)}"]`);
      const preferred = li.querySelector(`[data-dir="${focus.dir}"]`);
      (preferred.disabled ? li.querySelector(`[data-dir="${focus.dir === 'up' ? 'down' : 'up'}"]`) : preferred).focus();
    }
  };

  const move = (index, delta, dir) => {
    const target = index + delta;
    if (target < 0 || target >= order.length) return;
    const id = order[index];
    [order[index], order[target]] = [order[target], order[index]];
    draw({ id, dir });
    announce(`${short(textOf.get(id))}: now step ${target + 1} of ${order.length}.`);
    onChange();
  };

  draw();
  list.setAttribute('aria-describedby', instructions.id);
  return {
    el: h('div', { class: 'ordering-wrap' }, instructions, list),
    response: () => ({ order: [...order] }),
    complete: () => true,
    problem: () => '',
    focus: () => list.querySelector('button:not([disabled])')?.focus(),
  };
}

function matchingInput(item, onChange) {
  const pairs = item.response?.pairs ?? {};
  const selects = item.options.map(prompt => {
    const select = h('select', { id: nextId('match'), 'data-prompt': prompt.id },
      h('option', { value: '' }, 'Choose a match…'),
      (item.responses ?? []).map(r => h('option', { value: r.id, selected: pairs[prompt.id] === r.id }, r.text)));
    select.addEventListener('change', onChange);
    return select;
  });
  const chosen = () => selects.filter(s => s.value);
  const el = h('fieldset', { class: 'matching' },
    h('legend', { class: 'choices__legend' }, 'Choose the best match for each item.'),
    item.options.map((prompt, i) => h('div', { class: 'matching__row' },
      h('label', { for: selects[i].id, class: 'matching__prompt' }, prompt.text),
      selects[i])));
  return {
    el,
    response: () => (chosen().length ? { pairs: Object.fromEntries(chosen().map(s => [s.dataset.prompt, s.value])) } : null),
    complete: () => chosen().length === selects.length,
    problem: () => `Match every item; ${selects.length - chosen().length} still without a match.`,
    focus: () => selects[0]?.focus(),
  };
}

function unknownInput(item) {
  return {
    el: h('p', { class: 'box box--warning' }, `This client cannot show questions of type ${item.type}.`),
    response: () => null,
    complete: () => false,
    problem: () => 'This question type is not supported here.',
    focus: () => {},
  };
}

/**
 * The worked solution of an item, from what the API returned after answering or in a review:
 * {type, options:[{id,text,explanation}], responses, response, correctResponse, explanation, references}.
 */
export function solutionView(solution) {
  const body = (() => {
    switch (solution.type) {
      case 'ORDERING': return orderingSolution(solution);
      case 'MATCHING': return matchingSolution(solution);
      default: return choiceSolution(solution);
    }
  })();
  return h('div', { class: 'solution' },
    body,
    solution.explanation ? h('div', { class: 'solution__explanation' },
      h('h3', {}, 'Explanation'), h('p', {}, solution.explanation)) : null,
    solution.references?.length ? h('div', { class: 'solution__refs' },
      h('h3', {}, 'References'),
      h('ul', {}, solution.references.map(url => h('li', {}, externalLink(url))))) : null);
}

function choiceSolution({ options, response, correctResponse }) {
  const key = new Set(correctResponse?.optionIds ?? []);
  const chosen = new Set(response?.optionIds ?? []);
  return h('ul', { class: 'sol-options' }, options.map((option, index) => {
    const isKey = key.has(option.id);
    const isChosen = chosen.has(option.id);
    const tone = isKey ? 'right' : (isChosen ? 'wrong' : 'plain');
    return h('li', { class: `sol-option sol-option--${tone}` },
      h('div', { class: 'sol-option__head' },
        h('span', { class: 'sol-option__mark', 'aria-hidden': 'true' }, isKey ? '✓' : (isChosen ? '✗' : '')),
        h('span', { class: 'choice__letter', 'aria-hidden': 'true' }, `${letter(index)}.`),
        h('span', { class: 'sol-option__text' }, option.text),
        h('span', { class: 'sol-option__badges' },
          isKey ? badge('Correct answer', 'success') : null,
          isChosen ? badge('Your answer', isKey ? 'info' : 'danger') : null)),
      option.explanation ? h('p', { class: 'sol-option__why' }, option.explanation) : null);
  }));
}

function orderingSolution({ options, response, correctResponse }) {
  const byId = new Map(options.map(o => [o.id, o]));
  const correct = correctResponse?.order ?? [];
  const mine = response?.order ?? null;
  return h('div', { class: 'sol-columns' },
    mine ? h('div', {},
      h('h3', {}, 'Your order'),
      h('ol', { class: 'sol-order' }, mine.map((id, i) => {
        const right = correct[i] === id;
        return h('li', { class: right ? 'sol-order--right' : 'sol-order--wrong' },
          h('span', {}, byId.get(id)?.text ?? id), ' ',
          badge(right ? 'In place' : `Belongs at ${correct.indexOf(id) + 1}`, right ? 'success' : 'danger'));
      }))) : null,
    h('div', {},
      h('h3', {}, 'Correct order'),
      h('ol', { class: 'sol-order' }, correct.map(id => h('li', {},
        h('span', {}, byId.get(id)?.text ?? id),
        byId.get(id)?.explanation ? h('p', { class: 'sol-option__why' }, byId.get(id).explanation) : null)))));
}

function matchingSolution({ options, responses, response, correctResponse }) {
  const text = new Map((responses ?? []).map(r => [r.id, r.text]));
  const key = correctResponse?.pairs ?? {};
  const mine = response?.pairs ?? null;
  return h('div', { class: 'table-wrap' }, h('table', { class: 'table sol-matching' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Item'),
      mine ? h('th', { scope: 'col' }, 'Your match') : null,
      h('th', { scope: 'col' }, 'Correct match'))),
    h('tbody', {}, options.map(prompt => {
      const right = mine && mine[prompt.id] === key[prompt.id];
      return h('tr', {},
        h('th', { scope: 'row' }, prompt.text,
          prompt.explanation ? h('p', { class: 'sol-option__why' }, prompt.explanation) : null),
        mine ? h('td', { class: right ? 'cell--right' : 'cell--wrong' },
          h('span', { 'aria-hidden': 'true' }, right ? '✓ ' : '✗ '),
          h('span', { class: 'visually-hidden' }, right ? 'Correct: ' : 'Incorrect: '),
          mine[prompt.id] ? text.get(mine[prompt.id]) ?? mine[prompt.id] : 'No match') : null,
        h('td', {}, text.get(key[prompt.id]) ?? key[prompt.id] ?? '–'));
    }))));
}

/** Verdict line shared by the player and the review. */
export function verdict(correct, answered = true) {
  if (!answered) return h('p', { class: 'verdict verdict--none' }, 'Not answered');
  return correct
    ? h('p', { class: 'verdict verdict--right' }, h('span', { 'aria-hidden': 'true' }, '✓ '), 'Correct')
    : h('p', { class: 'verdict verdict--wrong' }, h('span', { 'aria-hidden': 'true' }, '✗ '), 'Incorrect');
}
