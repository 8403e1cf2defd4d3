// A learner's progress as the learner and their instructor both see it: the readiness estimate (predicted
// scaled score with its likely range, chance to pass, the score meter with the pass mark) and mastery rows.
import { h } from './dom.js';
import { meter, scaleLegend } from './ui.js';
import { pct, pctRange, plural } from './format.js';

/** One figure with its label above and a note below. */
export function stat(label, value, ...note) {
  return h('div', {},
    h('p', { class: 'stat__label' }, label),
    h('p', { class: 'stat__value' }, value),
    note.length ? h('p', { class: 'muted' }, note) : null);
}

/** @param more further figures beside the score and the pass chance */
export function readinessFigures(r, exam, ...more) {
  const { minScore, maxScore, passingScore } = exam;
  const share = v => (v - minScore) / (maxScore - minScore);
  return h('div', { class: 'readiness' },
    h('div', { class: 'readiness__numbers' },
      stat('Predicted score', String(r.predictedScore), `likely between ${r.low} and ${r.high}`),
      stat('Chance to pass', pct(r.passProbability), `${passingScore} of ${maxScore} passes`),
      more),
    meter({
      value: share(r.predictedScore), low: share(r.low), high: share(r.high), marker: share(passingScore),
      tone: r.predictedScore >= passingScore ? 'success' : 'warning',
      label: `Predicted ${r.predictedScore}, likely ${r.low} to ${r.high}, on a scale of ${minScore} to ${maxScore}; ${passingScore} passes`,
    }),
    scaleLegend(minScore, passingScore, maxScore));
}

/** A mastery bar with its likely range, and what it rests on. */
export function masteryRow(label, weight, stats) {
  const text = stats.mastery != null
    ? `Mastery ${pct(stats.mastery)} (likely ${pctRange(stats.low, stats.high)})`
    : 'Mastery not estimated yet';
  return h('div', { class: 'mastery__row' },
    h('div', { class: 'bars__label' },
      h('span', {}, label),
      weight != null ? h('span', { class: 'muted' }, ` · ${pct(weight)} of the exam`) : null),
    meter({ value: stats.mastery, low: stats.low, high: stats.high, label: text }),
    h('p', { class: 'muted small' }, text, ' · ',
      stats.answered ? `${plural(stats.answered, 'answer')}, ${pct(stats.accuracy)} correct` : 'nothing answered yet'));
}
