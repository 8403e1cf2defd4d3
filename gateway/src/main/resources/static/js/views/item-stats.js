// Classical item statistics and review flags of one question, from analytics-service. The question page
// stays useful without them: a failure here is a note with a retry, never the page's error.
import { h, replace } from '../dom.js';
import { api } from '../api.js';
import { loading, card, badge, meter } from '../ui.js';
import { pct, number, plural, truncate, humanize } from '../format.js';

const FLAGS = {
  TOO_HARD: { tone: 'danger', why: 'Fewer than 20 % of attempts are correct.' },
  TOO_EASY: { tone: 'warning', why: 'More than 95 % of attempts are correct.' },
  LOW_DISCRIMINATION: { tone: 'danger', why: 'Strong and weak candidates do about equally well on it (below 0.15).' },
  DISTRACTOR_BEATS_KEY_IN_TOP_THIRD: { tone: 'danger', why: 'The strongest third chose a wrong option more often than a key option.' },
  INSUFFICIENT_ATTEMPTS_FOR_FACILITY_FLAGS: { tone: 'neutral', why: 'Under 10 attempts: too hard or too easy is not judged yet.' },
  INSUFFICIENT_ATTEMPTS_FOR_DISCRIMINATION_FLAGS: { tone: 'neutral', why: 'Under 20 attempts: discrimination flags are not judged yet.' },
};

export function itemStatsCard(question, signal) {
  const body = h('div');
  const el = card('Item statistics', body);
  el.setAttribute('data-test', 'item-stats');
  const load = async () => {
    replace(body, loading('Loading statistics…'));
    try {
      const stats = await api(`/api/analytics/items/${encodeURIComponent(question.id)}`, { signal });
      replace(body, statsView(stats, question));
    } catch (error) {
      if (error.name === 'AbortError') return;
      replace(body, unavailable(error, load));
    }
  };
  load();
  return el;
}

function unavailable(error, retry) {
  const reason = error.status === 404 ? 'There are no statistics for this question yet.'
    : 'Item statistics are not available right now; the question itself is unaffected.';
  return h('div', { class: 'box box--warning', role: 'status' },
    h('p', {}, reason),
    error.status === 404 ? null
      : h('p', {}, h('button', { type: 'button', class: 'btn btn--small btn--secondary', onclick: retry }, 'Try again')));
}

function statsView(s, question) {
  const optionText = new Map(question.options.map(o => [o.id, o.text]));
  const flags = s.flags ?? [];
  return h('div', {},
    h('p', { class: 'muted small' }, 'From exam simulations, scored and unscored items alike. Every version counts.'),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Attempts'), h('dd', {}, String(s.attempts)),
      h('dt', {}, 'Facility (share correct)'), h('dd', {}, pct(s.facility)),
      h('dt', {}, 'Discrimination (point-biserial)'), h('dd', {}, number(s.discrimination)),
      h('dt', {}, 'Left unanswered'), h('dd', {}, `${s.omitted ?? 0} (${pct(s.unansweredRate)})`)),
    h('h3', {}, 'Flags'),
    flags.length
      ? h('ul', { class: 'item-flags' }, flags.map(f => h('li', {},
        badge(humanize(f), FLAGS[f]?.tone ?? 'neutral'),
        FLAGS[f] ? h('span', { class: 'muted small' }, ` ${FLAGS[f].why}`) : null)))
      : h('p', { class: 'muted' }, s.attempts ? 'None: nothing here calls for a review.' : 'None yet.'),
    s.optionRates?.length ? h('div', {},
      h('h3', {}, 'How often each option was chosen'),
      h('ul', { class: 'bars' }, s.optionRates.map(o => h('li', { class: 'bars__row' },
        h('div', { class: 'bars__label' },
          h('span', {}, `${o.optionId}. ${truncate(optionText.get(o.optionId) ?? '', 70)}`),
          o.key ? [' ', badge('Key', 'success')] : null),
        meter({ value: o.rate, tone: o.key ? 'success' : null, label: `${pct(o.rate)} chose option ${o.optionId}` }),
        h('span', { class: 'bars__value' }, pct(o.rate))))))
      : h('p', { class: 'muted' }, s.attempts ? 'No option rates for this question type.'
        : `No attempts in exam simulations yet${s.omitted ? `; left unanswered ${plural(s.omitted, 'time')}` : ''}.`));
}
