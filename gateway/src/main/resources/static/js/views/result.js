import { h, replace } from '../dom.js';
import { api } from '../api.js';
import { getBlueprint, domainOf, domainName } from '../blueprint.js';
import { loading, meter, scaleLegend, badge, pageHeader, card, takeFlash, empty } from '../ui.js';
import { pct, plural, dateTime, MODE_NAMES } from '../format.js';

export async function render(view, { params, signal }) {
  const id = params.id;
  view.append(loading('Loading result…'));
  const [session, blueprint] = await Promise.all([
    api(`/api/sessions/${encodeURIComponent(id)}`, { signal }), getBlueprint()]);
  if (session.status === 'IN_PROGRESS') {
    replace(view, pageHeader('Session in progress'),
      empty('This session is not finished yet.', h('a', { class: 'btn btn--primary', href: `#/session/${id}` }, 'Continue it')));
    return;
  }
  // a finished session carries its result; should it not (yet), finishing again returns it
  const result = session.result
    ?? await api(`/api/sessions/${encodeURIComponent(id)}/finish`, { method: 'POST', signal });
  const exam = session.mode === 'EXAM';
  replace(view,
    pageHeader(exam ? 'Exam result' : `${MODE_NAMES[session.mode] ?? session.mode} result`,
      h('p', { class: 'page-header__sub' }, `Finished ${dateTime(session.finishedAt)}`)),
    takeFlash(),
    exam ? examSummary(result, blueprint) : practiceSummary(result, session),
    domainBreakdown(result, blueprint, exam),
    h('div', { class: 'actions' },
      h('a', { class: 'btn btn--primary', href: `#/session/${id}/review` }, 'Review answers'),
      h('a', { class: 'btn btn--secondary', href: '#/home' }, 'Back to home')));
}

function examSummary(result, blueprint) {
  const { passingScore, minScore, maxScore, scoredCount, unscoredCount } = blueprint.exam;
  const score = result.scaledScore;
  const share = v => (v - minScore) / (maxScore - minScore);
  return h('section', { class: 'card score', 'aria-label': 'Score' },
    h('div', { class: 'score__main' },
      h('p', { class: 'score__number' }, String(score ?? '–'), h('span', { class: 'score__scale' }, ` / ${maxScore}`)),
      result.passed
        ? badge(`Pass (${passingScore} needed)`, 'success')
        : badge(`Fail (${passingScore} needed)`, 'danger')),
    meter({
      value: score == null ? null : share(score), marker: share(passingScore),
      tone: result.passed ? 'success' : 'danger',
      label: `Scaled score ${score} on a scale from ${minScore} to ${maxScore}; ${passingScore} passes`,
    }),
    scaleLegend(minScore, passingScore, maxScore),
    h('p', {}, `${result.correctCount} of ${result.scoredCount ?? scoredCount} scored questions correct. `
      + `${unscoredCount} further questions were unscored, as in the real exam.`));
}

/** Practice scores what was answered: a skipped question is neither right nor wrong. */
function practiceSummary(result, session) {
  const answered = session.answeredCount ?? result.scoredCount;
  const skipped = Math.max(0, session.itemCount - answered);
  const share = answered ? result.correctCount / answered : null;
  return h('section', { class: 'card score', 'aria-label': 'Score', 'data-test': 'practice-score' },
    h('p', { class: 'score__number' }, `${result.correctCount} / ${answered}`),
    h('p', {}, answered ? `correct of the questions you answered (${pct(share)})` : 'No questions answered.'),
    answered ? meter({ value: share, label: `${pct(share)} correct` }) : null,
    skipped ? h('p', { class: 'muted' }, `${plural(skipped, 'question')} skipped, not counted.`) : null);
}

function domainBreakdown(result, blueprint, exam) {
  if (!result.domains?.length) return null;
  return card(exam ? 'Scored questions by domain' : 'By domain',
    h('ul', { class: 'bars' }, result.domains.map(d => {
      const domain = domainOf(blueprint, d.domain);
      const share = d.total ? d.correct / d.total : null;
      return h('li', { class: 'bars__row' },
        h('div', { class: 'bars__label' },
          h('span', {}, domainName(blueprint, d.domain)),
          domain ? h('span', { class: 'muted' }, ` · ${pct(domain.weight)} of the exam`) : null),
        meter({ value: share, label: `${d.correct} of ${d.total} correct` }),
        h('span', { class: 'bars__value' }, `${d.correct} / ${d.total}`));
    })));
}
