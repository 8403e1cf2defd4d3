import { h, replace, nextId } from '../dom.js';
import { api, newRequestId } from '../api.js';
import { navigate, setQuietly, guardLeaving } from '../router.js';
import { getBlueprint, taskName, domainName } from '../blueprint.js';
import { answerInput, solutionView, stemView, verdict, chooseCount } from '../items.js';
import { loading, problemBox, notice, announce, confirmDialog, busy, flash } from '../ui.js';
import { clock, plural, inDays, MODE_NAMES, TYPE_NAMES } from '../format.js';

const TIME_WARNINGS = { 600: '10 minutes left.', 300: '5 minutes left.', 60: '1 minute left.' };
// an answer the learner has completed but not saved is saved this close to the deadline
const LAST_CHANCE_SECONDS = 5;

export async function render(view, { params, query, signal }) {
  const id = params.id;
  view.append(loading('Loading session…'));
  const session = await api(`/api/sessions/${encodeURIComponent(id)}`, { signal });
  if (session.status !== 'IN_PROGRESS') {
    navigate(`/session/${id}/result`, null, { replace: true });
    return undefined;
  }
  const blueprint = session.mode === 'DRILL' ? await getBlueprint() : null;
  const player = createPlayer(view, session, signal, drillTarget(session, blueprint));
  const asked = Number.parseInt(query.get('q'), 10);
  await player.start(Number.isFinite(asked) ? asked - 1 : firstOpen(session));
  return player.stop;
}

function firstOpen(session) {
  const answered = new Set(session.answered ?? []);
  for (let n = 0; n < session.itemCount; n++) {
    if (!answered.has(n)) return n;
  }
  return session.itemCount - 1;
}

/** What a drill practises, in words: its task statement, or its domain. */
function drillTarget(session, blueprint) {
  if (!blueprint) return null;
  if (session.taskStatement) return `Drill on task ${taskName(blueprint, session.taskStatement)}`;
  if (session.domain != null) return `Drill on ${domainName(blueprint, session.domain)}`;
  return null;
}

function createPlayer(view, initial, signal, drill) {
  const id = initial.id;
  const exam = initial.mode === 'EXAM';
  const state = {
    session: initial,
    n: 0,
    item: null,
    input: null,
    confidence: null,
    touched: false,
    seq: 0,
    answered: new Set(initial.answered ?? []),
    flagged: new Set(initial.flagged ?? []),
    solutions: new Map(),
    saved: new Map(),
    pending: null,
    endAt: null,
    warned: new Set(),
    timeUp: false,
    closed: false,
    errorSlot: null,
    status: null,
  };
  const timers = [];
  let releaseGuard = () => {};

  const progress = h('p', { class: 'player__progress' });
  const timer = exam ? h('p', { class: 'timer', role: 'timer', 'aria-live': 'off' }) : null;
  const finishButton = h('button', { type: 'button', class: 'btn btn--secondary', onclick: () => finish() },
    exam ? 'Finish exam' : 'Finish session');
  const itemArea = h('section', { class: 'player__item card', 'aria-label': 'Current question' });
  const navGrid = h('div', { class: 'navigator__grid' });
  const navigator = h('nav', { class: 'navigator card', 'aria-label': 'Questions' },
    h('h2', { class: 'card__title' }, 'Questions'),
    h('ul', { class: 'navigator__legend' },
      h('li', {}, h('span', { class: 'swatch swatch--answered', 'aria-hidden': 'true' }), 'Answered'),
      h('li', {}, h('span', { class: 'swatch swatch--flagged', 'aria-hidden': 'true' }), 'Flagged'),
      h('li', {}, h('span', { class: 'swatch swatch--current', 'aria-hidden': 'true' }), 'Current')),
    navGrid,
    exam ? h('p', { class: 'field__hint' }, 'Answers are saved when you press Save or move to another question. You can change them until you finish.') : null);

  replace(view,
    h('div', { class: 'player' },
      h('div', { class: 'player__bar' },
        h('div', {},
          h('h1', { tabindex: '-1' }, MODE_NAMES[initial.mode] ?? initial.mode),
          drill ? h('p', { class: 'player__progress', 'data-test': 'drill-target' }, drill) : null,
          progress),
        h('div', { class: 'player__bar-actions' }, timer, finishButton)),
      initial.notice ? notice(initial.notice) : null,
      h('div', { class: 'player__body' }, itemArea, navigator)));

  function updateProgress() {
    progress.textContent = `Question ${state.n + 1} of ${state.session.itemCount} · ${state.answered.size} answered`
      + (state.flagged.size ? ` · ${state.flagged.size} flagged` : '');
  }

  function updateNavigator() {
    const buttons = [];
    for (let i = 0; i < state.session.itemCount; i += 1) {
      const answered = state.answered.has(i);
      const flagged = state.flagged.has(i);
      const current = i === state.n;
      const solution = state.solutions.get(i);
      const label = [`Question ${i + 1}`, answered ? 'answered' : 'not answered',
        solution ? (solution.correct ? 'correct' : 'incorrect') : null, flagged ? 'flagged' : null]
        .filter(Boolean).join(', ');
      buttons.push(h('button', {
        type: 'button',
        class: ['navigator__item', answered && 'is-answered', flagged && 'is-flagged', current && 'is-current',
          solution && (solution.correct ? 'is-right' : 'is-wrong')],
        'aria-label': label,
        'aria-current': current ? 'step' : null,
        onclick: () => go(i),
      }, String(i + 1), flagged ? h('span', { class: 'navigator__flag', 'aria-hidden': 'true' }, '⚑') : null));
    }
    navGrid.replaceChildren(...buttons);
    updateProgress();
  }

  async function loadItem({ focus = true } = {}) {
    const seq = ++state.seq;
    state.item = null;
    state.input = null;
    state.touched = false;
    itemArea.replaceChildren(loading('Loading question…'));
    updateNavigator();
    try {
      const item = await api(`/api/sessions/${id}/items/${state.n}`, { signal });
      if (seq !== state.seq) return;
      if (item.response) state.answered.add(item.n);
      if (item.flagged) state.flagged.add(item.n); else state.flagged.delete(item.n);
      if (exam) state.saved.set(item.n, keyOf(item.response, item.confidence));
      if (!exam && item.response && !state.solutions.has(item.n)) {
        await loadSolutions();
        if (seq !== state.seq) return;
      }
      state.item = item;
      drawItem(focus);
    } catch (error) {
      if (error.name === 'AbortError' || seq !== state.seq) return;
      itemArea.replaceChildren(problemBox(error, { retry: () => loadItem() }));
    }
  }

  /** Practice items answered earlier (this visit or before) come with their feedback from the review. */
  async function loadSolutions() {
    const review = await api(`/api/sessions/${id}/review`, { signal });
    for (const item of review.items) {
      state.solutions.set(item.n, { ...item });
      state.answered.add(item.n);
    }
  }

  function drawItem(focus) {
    const item = state.item;
    const heading = h('h2', { class: 'item__title', tabindex: '-1' }, `Question ${item.n + 1}`);
    const count = item.type === 'MULTIPLE_RESPONSE' ? chooseCount(item.stem) : null;
    const meta = h('p', { class: 'item__meta' }, TYPE_NAMES[item.type] ?? item.type,
      count ? ` · choose ${count}` : '');
    const solution = exam ? null : state.solutions.get(item.n);
    const why = item.reason ? h('p', { class: 'item__reason', 'data-test': 'item-reason' },
      h('strong', {}, 'Why this question:'), item.reason) : null;
    const flag = flagControl(item);
    const nav = navButtons();

    if (solution) {
      state.errorSlot = null;
      state.status = null;
      const verdictEl = verdict(solution.correct);
      verdictEl.tabIndex = -1;
      replace(itemArea, heading, meta, why, stemView(item.stem), verdictEl, nextReview(solution.nextReviewAt),
        solutionView(solution), flag, nav);
      if (focus) verdictEl.focus();
      updateNavigator();
      return;
    }

    state.input = answerInput(item, { onChange: touched });
    state.confidence = confidenceControl(item.confidence, touched);
    const errorSlot = h('div', { class: 'item__error' });
    const status = exam ? h('p', { class: 'save-status', role: 'status' }) : null;
    const submitButton = h('button', { type: 'submit', class: 'btn btn--primary' }, exam ? 'Save answer' : 'Submit answer');
    const form = h('form', { class: 'item__form', novalidate: true },
      state.input.el,
      state.confidence.el,
      errorSlot,
      h('div', { class: 'item__submit' }, submitButton, status));
    form.addEventListener('submit', event => {
      event.preventDefault();
      submit(submitButton, errorSlot);
    });
    state.errorSlot = errorSlot;
    state.status = status;
    replace(itemArea, heading, meta, why, stemView(item.stem), form, flag, nav);
    updateSaveStatus();
    updateNavigator();
    if (focus) {
      // a new question starts at its top, as on a fresh page, not wherever the last one's submit button left the scroll
      window.scrollTo(0, 0);
      heading.focus({ preventScroll: true });
    }
  }

  function touched() {
    state.touched = true;
    state.errorSlot?.replaceChildren();
    updateSaveStatus();
  }

  function currentKey() {
    return keyOf(state.input?.response() ?? null, state.confidence?.value() ?? null);
  }

  function isDirty() {
    return exam && state.input && state.touched && currentKey() !== state.saved.get(state.n);
  }

  function updateSaveStatus() {
    if (!state.status) return;
    let text;
    if (isDirty()) text = 'Changes not saved';
    else if (state.item?.response || state.answered.has(state.n)) text = 'Answer saved';
    else if (state.item?.type === 'ORDERING') text = 'Not answered yet: move a step, or press Save answer to keep this order';
    else text = 'Not answered yet';
    state.status.textContent = text;
    state.status.className = `save-status ${isDirty() ? 'save-status--dirty' : ''}`;
  }

  function flagControl(item) {
    const checkbox = h('input', { type: 'checkbox', checked: state.flagged.has(item.n), id: nextId('flag') });
    checkbox.addEventListener('change', async () => {
      const want = checkbox.checked;
      checkbox.disabled = true;
      try {
        await api(`/api/sessions/${id}/items/${item.n}/response`, {
          method: 'PUT', body: { flagged: want, requestId: newRequestId() },
        });
        if (want) state.flagged.add(item.n); else state.flagged.delete(item.n);
        announce(want ? `Question ${item.n + 1} flagged for review.` : `Flag removed from question ${item.n + 1}.`);
        updateNavigator();
      } catch (error) {
        checkbox.checked = !want;
        if (!(await handleClosed(error))) {
          (state.errorSlot ?? itemArea).prepend(problemBox(error));
        }
      } finally {
        checkbox.disabled = false;
      }
    });
    return h('div', { class: 'item__flag' },
      checkbox, h('label', { for: checkbox.id }, 'Flag this question for review'));
  }

  function navButtons() {
    const last = state.n === state.session.itemCount - 1;
    const answeredHere = !exam && state.solutions.has(state.n);
    return h('div', { class: 'item__nav' },
      h('button', { type: 'button', class: 'btn btn--secondary', disabled: state.n === 0, onclick: () => go(state.n - 1) },
        '← Previous'),
      last
        ? h('button', { type: 'button', class: `btn ${answeredHere ? 'btn--primary' : 'btn--secondary'}`, onclick: () => finish() },
          exam ? 'Finish exam' : 'Finish session')
        : h('button', { type: 'button', class: `btn ${answeredHere ? 'btn--primary' : 'btn--secondary'}`, onclick: () => go(state.n + 1) },
          answeredHere ? 'Next question →' : 'Next →'));
  }

  /** Sends a response; a retry of the very same submission reuses its request id. */
  async function send(n, payload) {
    const key = `${n}:${JSON.stringify(payload)}`;
    if (!state.pending || state.pending.key !== key) {
      state.pending = { key, requestId: newRequestId() };
    }
    try {
      const result = await api(`/api/sessions/${id}/items/${n}/response`, {
        method: 'PUT', body: { ...payload, requestId: state.pending.requestId },
      });
      state.pending = null;
      return result;
    } catch (error) {
      if (!error.retryable) state.pending = null;
      throw error;
    }
  }

  function payload() {
    const confidence = state.confidence?.value();
    return { ...state.input.response(), ...(confidence ? { confidence } : {}) };
  }

  async function submit(button, errorSlot) {
    errorSlot.replaceChildren();
    if (!state.input.complete()) {
      errorSlot.append(problemBox({ title: 'Not complete yet', detail: state.input.problem() }));
      state.input.focus();
      return false;
    }
    const n = state.n;
    const body = payload();
    try {
      const result = await busy(button, exam ? 'Saving…' : 'Submitting…', () => send(n, body));
      if (n !== state.n) return true;
      if (exam) {
        state.saved.set(n, keyOf(body, body.confidence));
        state.item.response = normalize(body);
        if (result.answered) state.answered.add(n);
        updateSaveStatus();
        updateNavigator();
        announce(`Answer to question ${n + 1} saved.`);
      } else {
        state.answered.add(n);
        state.solutions.set(n, fromFeedback(state.item, result, body));
        drawItem(true);
        announce(result.correct ? 'Correct.' : 'Incorrect.');
      }
      return true;
    } catch (error) {
      if (await handleClosed(error)) return false;
      if (error.status === 409 && !exam) {
        // answered meanwhile (another tab): show what the server has
        state.solutions.delete(n);
        await loadItem();
        return false;
      }
      errorSlot.replaceChildren(problemBox(error, error.retryable ? { retry: () => submit(button, errorSlot) } : {}));
      return false;
    }
  }

  /** Saves a completed exam answer without the form (leaving the question, finishing, the deadline). */
  async function saveQuietly() {
    if (!isDirty() || !state.input.complete()) return true;
    const n = state.n;
    const body = payload();
    try {
      const result = await send(n, body);
      state.saved.set(n, keyOf(body, body.confidence));
      if (result.answered) state.answered.add(n);
      updateSaveStatus();
      return true;
    } catch (error) {
      if (await handleClosed(error)) return false;
      state.errorSlot?.replaceChildren(problemBox(error, error.retryable ? { retry: () => saveQuietly() } : {}));
      return false;
    }
  }

  async function go(target) {
    if (target < 0 || target >= state.session.itemCount || state.closed) return;
    if (isDirty()) {
      if (state.input.complete()) {
        if (!(await saveQuietly())) return;
      } else if (state.input.response()) {
        const leave = await confirmDialog({
          title: 'Leave without saving?',
          body: h('p', {}, `Your answer to question ${state.n + 1} is not complete, so it cannot be saved. ${state.input.problem()}`),
          confirmLabel: 'Leave without saving',
          cancelLabel: 'Stay',
        });
        if (!leave) return;
      }
    }
    state.n = target;
    setQuietly(`/session/${id}`, { q: target + 1 });
    await loadItem();
  }

  async function refreshSession() {
    const fresh = await api(`/api/sessions/${id}`, { signal });
    state.session = fresh;
    state.answered = new Set(fresh.answered ?? []);
    state.flagged = new Set(fresh.flagged ?? []);
    return fresh;
  }

  /** A 409 after the deadline or a finish elsewhere: the session is over, show its result. */
  async function handleClosed(error) {
    if (error.status !== 409) return false;
    try {
      const fresh = await refreshSession();
      if (fresh.status === 'IN_PROGRESS') return false;
    } catch {
      return false;
    }
    closeAndShowResult(exam
      ? 'This exam has ended (the time ran out or it was finished elsewhere); answers saved before then count.'
      : 'This session is already finished.');
    return true;
  }

  function closeAndShowResult(message) {
    if (state.closed) return;
    state.closed = true;
    stop();
    if (message) flash(message, 'warning');
    navigate(`/session/${id}/result`);
  }

  async function finish() {
    if (state.closed) return;
    if (exam && isDirty() && state.input.complete() && !(await saveQuietly())) return;
    let fresh;
    try {
      fresh = await refreshSession();
    } catch (error) {
      itemArea.prepend(problemBox(error));
      return;
    }
    if (fresh.status !== 'IN_PROGRESS') {
      closeAndShowResult();
      return;
    }
    updateNavigator();
    const answered = new Set(fresh.answered ?? []);
    const openItems = [];
    for (let i = 0; i < fresh.itemCount; i += 1) if (!answered.has(i)) openItems.push(i);
    const flaggedItems = [...(fresh.flagged ?? [])].sort((a, b) => a - b);
    const open = openItems.length;
    const lines = [
      h('p', {}, `You answered ${fresh.answeredCount} of ${plural(fresh.itemCount, 'question')}.`),
      open > 0 ? finishSection('finish-open', `Not answered (${open}): ${exam ? 'they count as incorrect' : 'they are left out of your score'}`, openItems, 'is-open') : null,
      flaggedItems.length ? finishSection('finish-flagged', `Flagged for review (${flaggedItems.length})`, flaggedItems, 'is-flagged') : null,
      exam ? h('p', {}, 'After finishing you cannot change your answers.') : null,
    ];
    const ok = await confirmDialog({
      title: exam ? 'Finish the exam?' : 'Finish this session?',
      body: lines,
      confirmLabel: exam ? 'Finish exam' : 'Finish session',
      cancelLabel: 'Keep going',
    });
    if (!ok) return;
    try {
      await busy(finishButton, 'Finishing…', () => api(`/api/sessions/${id}/finish`, { method: 'POST' }));
      closeAndShowResult();
    } catch (error) {
      itemArea.prepend(problemBox(error));
    }
  }

  /** A list of questions in the finish dialog; each link closes the dialog and opens its question. */
  function finishSection(test, title, items, tone) {
    return h('div', { class: 'finish-section', 'data-test': test },
      h('h3', {}, title),
      h('ul', { class: 'finish-list' }, items.map(i => h('li', { class: tone },
        h('a', {
          href: `#/session/${id}?q=${i + 1}`,
          onclick: event => {
            event.preventDefault();
            event.target.closest('dialog')?.close('cancel');
            go(i);
          },
        }, `Question ${i + 1}`)))));
  }

  function tick() {
    const left = Math.ceil((state.endAt - Date.now()) / 1000);
    timer.textContent = left > 0 ? `Time left ${clock(left)}` : 'Time is up';
    timer.classList.toggle('timer--low', left <= 300);
    for (const [mark, text] of Object.entries(TIME_WARNINGS)) {
      if (left <= Number(mark) && left > Number(mark) - 5 && !state.warned.has(mark)) {
        state.warned.add(mark);
        announce(text);
      }
    }
    if (left === LAST_CHANCE_SECONDS) saveQuietly();
    if (left <= 0 && !state.timeUp) {
      state.timeUp = true;
      timeUp();
    }
  }

  async function timeUp() {
    itemArea.querySelectorAll('button, input, select').forEach(el => { el.disabled = true; });
    try {
      const fresh = await refreshSession();
      if (fresh.status !== 'IN_PROGRESS') {
        closeAndShowResult('Time is up. Your exam was submitted with the answers saved before the deadline.');
        return;
      }
      // the server still gives time (our clock ran ahead): follow the server
      setDeadline(fresh.remainingSeconds);
      state.timeUp = false;
      if (state.item) drawItem(false); else loadItem({ focus: false });
    } catch {
      setTimeout(timeUp, 3000);
    }
  }

  function setDeadline(remainingSeconds) {
    // relative to now, not the server's clock, so a skewed local clock cannot shorten the exam
    state.endAt = Date.now() + (remainingSeconds ?? 0) * 1000;
    tick();
  }

  async function resync() {
    if (state.closed) return;
    try {
      const fresh = await refreshSession();
      if (fresh.status !== 'IN_PROGRESS') {
        closeAndShowResult(exam ? 'This exam was finished.' : 'This session was finished.');
        return;
      }
      if (exam) setDeadline(fresh.remainingSeconds);
      updateNavigator();
    } catch {
      // the next resync tries again; the local countdown keeps going meanwhile
    }
  }

  // leaving or reloading an exam asks first: the clock does not stop
  function onBeforeUnload(event) {
    if (state.closed) return;
    event.preventDefault();
    event.returnValue = '';
  }

  function onVisible() {
    if (document.visibilityState === 'visible') resync();
  }

  async function start(n) {
    state.n = Math.max(0, Math.min(state.session.itemCount - 1, n));
    setQuietly(`/session/${id}`, { q: state.n + 1 });
    if (exam) {
      setDeadline(initial.remainingSeconds);
      timers.push(setInterval(tick, 1000));
      timers.push(setInterval(resync, 60000));
      window.addEventListener('beforeunload', onBeforeUnload);
      releaseGuard = guardLeaving(() => confirmDialog({
        title: 'Leave the exam?',
        body: [
          h('p', {}, 'The clock keeps running while you are away. Saved answers are kept, and you can come back from Home or My sessions until the time is up.'),
          isDirty() ? h('p', {}, `Your change to question ${state.n + 1} is not saved yet.`) : null,
        ],
        confirmLabel: 'Leave the exam',
        cancelLabel: 'Stay in the exam',
      }).then(async leave => {
        if (leave && isDirty() && state.input.complete()) await saveQuietly();
        return leave;
      }));
    }
    document.addEventListener('visibilitychange', onVisible);
    updateNavigator();
    await loadItem({ focus: false });
  }

  function stop() {
    releaseGuard();
    timers.forEach(clearInterval);
    timers.length = 0;
    window.removeEventListener('beforeunload', onBeforeUnload);
    document.removeEventListener('visibilitychange', onVisible);
    if (!state.closed && isDirty() && state.input.complete()) {
      // leaving through the menu: keep a finished answer (the request outlives the view)
      send(state.n, payload()).catch(() => {});
    }
    state.closed = true;
  }

  return { start, stop };
}

function confidenceControl(initial, onChange) {
  const name = nextId('conf');
  const levels = [['LOW', 'Low'], ['MEDIUM', 'Medium'], ['HIGH', 'High']];
  const inputs = levels.map(([value]) => h('input', { type: 'radio', name, value, checked: initial === value }));
  const el = h('fieldset', { class: 'confidence' },
    h('legend', {}, 'How sure are you? ', h('span', { class: 'field__hint' }, '(optional)')),
    h('div', { class: 'segmented' }, levels.map(([, label], i) => h('label', { class: 'segmented__option' }, inputs[i], h('span', {}, label)))));
  el.addEventListener('change', onChange);
  return { el, value: () => inputs.find(i => i.checked)?.value ?? null };
}

function keyOf(response, confidence) {
  return JSON.stringify({ response: normalize(response), confidence: confidence ?? null });
}

function normalize(response) {
  if (!response) return null;
  if (response.optionIds) return { optionIds: [...response.optionIds].sort() };
  if (response.order) return { order: response.order };
  if (response.pairs) return { pairs: Object.fromEntries(Object.entries(response.pairs).sort()) };
  return null;
}

function fromFeedback(item, feedback, body) {
  const why = new Map((feedback.optionExplanations ?? []).map(o => [o.id, o.explanation]));
  return {
    type: item.type,
    options: item.options.map(o => ({ ...o, explanation: why.get(o.id) })),
    responses: item.responses,
    response: { optionIds: body.optionIds, order: body.order, pairs: body.pairs },
    correct: feedback.correct,
    correctResponse: feedback.correctResponse,
    explanation: feedback.explanation,
    references: feedback.references,
    nextReviewAt: feedback.nextReviewAt,
  };
}

/** When spaced review brings this question back, as the recommender scheduled it after this answer. */
function nextReview(at) {
  if (!at) return null;
  const when = new Date(at);
  return h('p', { class: 'next-review muted', 'data-test': 'next-review' },
    h('span', { 'aria-hidden': 'true' }, '↻ '),
    `Next review ${inDays(when)} (${when.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' })}).`);
}
