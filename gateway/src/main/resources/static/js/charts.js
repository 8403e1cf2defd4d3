// Small inline SVG charts. Each has a text summary for assistive tech and a table fallback on demand.
import { h, s, nextId } from './dom.js';
import { date, plural } from './format.js';

/** Answers per day, one bar a day. */
export function activityChart(days) {
  const width = 720;
  const height = 120;
  const max = Math.max(1, ...days.map(d => d.answers));
  const step = width / days.length;
  const total = days.reduce((sum, d) => sum + d.answers, 0);
  const active = days.filter(d => d.answers > 0).length;
  const best = days.reduce((a, b) => (b.answers > a.answers ? b : a), days[0] ?? { answers: 0 });
  const summary = total === 0
    ? `No answers in the last ${days.length} days.`
    : `${plural(total, 'answer')} on ${plural(active, 'day')} in the last ${days.length} days; most on ${date(best.date)} (${best.answers}).`;
  const titleId = nextId('chart');

  const bars = days.map((d, i) => {
    const barHeight = d.answers ? Math.max(2, (d.answers / max) * (height - 6)) : 0;
    return s('g', {},
      s('title', {}, `${date(d.date)}: ${plural(d.answers, 'answer')}`),
      s('rect', {
        x: (i * step + 1).toFixed(1), y: (height - barHeight).toFixed(1),
        width: Math.max(1, step - 2).toFixed(1), height: barHeight.toFixed(1), class: 'chart__bar', rx: 1,
      }),
      // an invisible full-height target so a hover anywhere in the column shows the day
      s('rect', { x: (i * step).toFixed(1), y: 0, width: step.toFixed(1), height, class: 'chart__hit' }));
  });
  const ticks = [days[0], days[Math.floor(days.length / 2)], days[days.length - 1]].filter(Boolean);

  return h('figure', { class: 'chart' },
    s('svg', {
      viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': titleId,
      preserveAspectRatio: 'none', class: 'chart__svg',
    },
    s('title', { id: titleId }, summary),
    s('line', { x1: 0, x2: width, y1: height, y2: height, class: 'chart__axis' }),
    bars),
    h('div', { class: 'chart__ticks', 'aria-hidden': 'true' }, ticks.map(d => h('span', {}, date(d.date)))),
    h('figcaption', { class: 'muted' }, summary, total ? ` Highest bar: ${plural(max, 'answer')}.` : ''));
}

const BAR_MAX_PX = 120;

/** Learners per predicted-score band, with the pass mark highlighted. */
export function histogram(buckets, passingScore) {
  const max = Math.max(1, ...buckets.map(b => b.learners));
  return h('div', { class: 'histogram' },
    h('ol', { class: 'histogram__bars', 'aria-label': 'Learners by predicted score' }, buckets.map(b => {
      const passing = b.from >= passingScore;
      return h('li', { class: ['histogram__col', passing && 'histogram__col--pass'] },
        h('span', { class: 'histogram__area', 'aria-hidden': 'true' },
          h('span', { class: 'histogram__count' }, String(b.learners)),
          h('span', { class: 'histogram__bar', style: { height: `${(b.learners / max) * BAR_MAX_PX}px` } })),
        h('span', { class: 'histogram__label' },
          h('span', { class: 'visually-hidden' }, `${plural(b.learners, 'learner')} predicted `),
          `${b.from}–${b.to}`));
    })));
}
