import { h, replace } from '../dom.js';
import { api } from '../api.js';
import { getBlueprint, domainOf, domainName } from '../blueprint.js';
import { histogram } from '../charts.js';
import { loading, empty, pageHeader, card, meter } from '../ui.js';
import { pct, dateTime, date, plural } from '../format.js';

export async function render(view, { params, signal }) {
  const id = params.id;
  view.append(loading('Loading the dashboard…'));
  const [dashboard, blueprint, cohort] = await Promise.all([
    api(`/api/cohorts/${encodeURIComponent(id)}/dashboard`, { signal }),
    getBlueprint(),
    // the dashboard has no name; only the instructor's own list has it (admins cannot list)
    api('/api/cohorts', { signal }).then(list => list.find(c => c.id === id)).catch(() => null),
  ]);
  const r = dashboard.readiness ?? { buckets: [], passLikely: 0, withReadiness: 0 };

  replace(view,
    pageHeader(cohort ? cohort.name : 'Cohort dashboard',
      h('p', { class: 'page-header__sub' },
        cohort ? ['Join code ', h('code', { class: 'code' }, cohort.joinCode), cohort.examDate ? ` · exam ${date(cohort.examDate)}` : '', ' · '] : '',
        dashboard.computedAt ? `Updated ${dateTime(dashboard.computedAt)}` : '')),
    h('p', {}, h('a', { href: '#/cohorts' }, '← All cohorts')),
    h('div', { class: 'stats' },
      stat('Learners', String(dashboard.learnerCount)),
      stat('Likely to pass', `${r.passLikely} of ${r.withReadiness}`, 'learners with a readiness estimate'),
      stat('At risk', String(dashboard.atRiskCount ?? dashboard.atRisk.length))),
    dashboard.learnerCount === 0
      ? empty('No learners have joined yet. Share the join code.')
      : h('div', { class: 'grid grid--even' },
        card('Domains', domainsView(dashboard.domains, blueprint)),
        card('Predicted scores', r.buckets.length && r.withReadiness
          ? [histogram(r.buckets, blueprint.exam.passingScore),
            h('p', { class: 'muted small' }, `Green bands lie wholly at or above the pass mark of ${blueprint.exam.passingScore}.`)]
          : empty('No readiness estimates yet.')),
        card('At risk', atRiskView(dashboard)),
        card('Hardest items', hardestView(dashboard.hardestItems))));
}

function stat(label, value, hint) {
  return h('div', { class: 'stat card' },
    h('p', { class: 'stat__label' }, label),
    h('p', { class: 'stat__value' }, value),
    hint ? h('p', { class: 'muted small' }, hint) : null);
}

function domainsView(domains, blueprint) {
  return h('div', {}, domains.map(d => {
    const domain = domainOf(blueprint, d.domain);
    return h('div', { class: 'mastery__row' },
      h('div', { class: 'bars__label' },
        h('span', {}, domainName(blueprint, d.domain)),
        domain ? h('span', { class: 'muted' }, ` · ${pct(domain.weight)} of the exam`) : null),
      meter({ value: d.meanMastery, label: `Mean mastery ${pct(d.meanMastery)}` }),
      h('p', { class: 'muted small' },
        `Mean mastery ${pct(d.meanMastery)} · accuracy ${pct(d.accuracy)} over ${plural(d.answered ?? 0, 'answer')}`));
  }));
}

function atRiskView(dashboard) {
  if (!dashboard.atRisk.length) return empty('Nobody is at risk right now.');
  return h('div', {},
    dashboard.atRiskCount > dashboard.atRisk.length
      ? h('p', { class: 'muted small' }, `The ${dashboard.atRisk.length} most at risk of ${dashboard.atRiskCount}.`) : null,
    h('div', { class: 'table-wrap' }, h('table', { class: 'table' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Learner'), h('th', { scope: 'col', class: 'num' }, 'Predicted'),
        h('th', { scope: 'col' }, 'Last active'), h('th', { scope: 'col' }, 'Why'))),
      h('tbody', {}, dashboard.atRisk.map(a => h('tr', {},
        h('th', { scope: 'row' }, a.displayName || a.learnerId),
        h('td', { class: 'num' }, a.predictedScore == null ? '–' : String(a.predictedScore)),
        h('td', {}, a.lastActiveAt ? dateTime(a.lastActiveAt) : 'never'),
        h('td', {}, h('ul', { class: 'plain' }, a.reasons.map(reason => h('li', {}, reason))))))))));
}

function hardestView(items) {
  if (!items?.length) return empty('Not enough answers yet to tell which items are hard.');
  return h('div', { class: 'table-wrap' }, h('table', { class: 'table' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Question'), h('th', { scope: 'col', class: 'num' }, 'Correct'),
      h('th', { scope: 'col', class: 'num' }, 'Attempts'))),
    h('tbody', {}, items.map(item => h('tr', {},
      h('th', { scope: 'row' }, h('a', { href: `#/bank/${encodeURIComponent(item.questionId)}` }, item.questionId)),
      h('td', { class: 'num' }, pct(item.facility)),
      h('td', { class: 'num' }, String(item.attempts)))))));
}
