import { h, replace } from '../dom.js';
import { api } from '../api.js';
import { getBlueprint, domainOf, domainName } from '../blueprint.js';
import { histogram } from '../charts.js';
import { loading, empty, pageHeader, card, meter, announce } from '../ui.js';
import { pct, dateTime, date, plural } from '../format.js';
import { copyButton } from '../clipboard.js';

/** How often the open page fetches the dashboard again. */
const REFRESH_SECONDS = 30;

export async function render(view, { params, signal }) {
  const id = params.id;
  view.append(loading('Loading the dashboard…'));
  const [first, blueprint, cohort] = await Promise.all([
    api(dashboardPath(id), { signal }),
    getBlueprint(),
    // the dashboard has no name; only the instructor's own list has it (admins cannot list)
    api('/api/cohorts', { signal }).then(list => list.find(c => c.id === id)).catch(() => null),
  ]);

  const body = h('div');
  const freshness = h('span');
  const refreshButton = h('button', { type: 'button', class: 'btn btn--secondary btn--small' }, 'Refresh now');
  let shown = first;
  let fetchedAt = Date.now();
  let pending = null;

  const showFreshness = () => {
    freshness.textContent = pending
      ? `Newer figures have arrived; press Refresh now to see them. Updated ${ago(fetchedAt)}.`
      : `Updated ${ago(fetchedAt)}. This page fetches new figures every ${REFRESH_SECONDS} s.`;
  };
  const show = dashboard => {
    shown = dashboard;
    pending = null;
    replace(body, dashboardBody(dashboard, blueprint, id));
    showFreshness();
  };
  const fetchLatest = async ({ force }) => {
    const latest = await api(dashboardPath(id), { signal });
    fetchedAt = Date.now();
    if (latest.computedAt === shown.computedAt && !force) {
      showFreshness();
    } else if (!force && body.contains(document.activeElement)) {
      // redrawing now would take the keyboard focus away from where the user is
      pending = latest;
      showFreshness();
    } else {
      show(latest);
    }
  };
  refreshButton.addEventListener('click', async () => {
    try {
      if (pending) show(pending);
      else await fetchLatest({ force: true });
      announce('Figures updated');
    } catch (error) {
      if (error.name !== 'AbortError') announce(`Could not fetch new figures: ${error.title || error.message}`);
    }
  });

  replace(view,
    pageHeader(cohort ? cohort.name : 'Cohort dashboard',
      cohort ? h('p', { class: 'page-header__sub' },
        'Join code ', joinCode(cohort), cohort.examDate ? ` · exam ${date(cohort.examDate)}` : '') : null),
    h('p', {}, h('a', { href: '#/cohorts' }, '← All cohorts')),
    h('p', { class: 'freshness muted small', 'data-test': 'dashboard-freshness' }, freshness, ' ', refreshButton),
    body);
  show(first);

  const ticker = setInterval(showFreshness, 5000);
  const poller = setInterval(() => {
    if (!document.hidden) fetchLatest({ force: false }).catch(() => {});
  }, REFRESH_SECONDS * 1000);
  return () => {
    clearInterval(ticker);
    clearInterval(poller);
  };
}

function joinCode(cohort) {
  const shown = h('code', { class: 'code' }, cohort.joinCode);
  return h('span', { class: 'join-code' }, shown,
    copyButton(shown, cohort.joinCode, { what: `the join code of ${cohort.name}`, test: 'copy-join-code' }));
}

function dashboardPath(id) {
  return `/api/cohorts/${encodeURIComponent(id)}/dashboard`;
}

/** "40 s ago", "3 min ago": coarse enough to read at a glance. */
function ago(since) {
  const seconds = Math.max(0, Math.round((Date.now() - since) / 1000));
  if (seconds < 5) return 'just now';
  if (seconds < 60) return `${Math.floor(seconds / 5) * 5} s ago`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ago` : `${Math.floor(minutes / 60)} h ago`;
}

function dashboardBody(dashboard, blueprint, cohortId) {
  const r = dashboard.readiness ?? { buckets: [], passLikely: 0, withReadiness: 0 };
  return [
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
        card('At risk', atRiskView(dashboard, cohortId)),
        card('Hardest items', hardestView(dashboard.hardestItems))),
  ];
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

function atRiskView(dashboard, cohortId) {
  if (!dashboard.atRisk.length) return empty('Nobody is at risk right now.');
  return h('div', {},
    dashboard.atRiskCount > dashboard.atRisk.length
      ? h('p', { class: 'muted small' }, `The ${dashboard.atRisk.length} most at risk of ${dashboard.atRiskCount}.`) : null,
    h('div', { class: 'table-wrap' }, h('table', { class: 'table' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Learner'), h('th', { scope: 'col', class: 'num' }, 'Predicted'),
        h('th', { scope: 'col' }, 'Last active'), h('th', { scope: 'col' }, 'Why'))),
      h('tbody', {}, dashboard.atRisk.map(a => h('tr', {},
        h('th', { scope: 'row' }, h('a', {
          href: `#/cohorts/${encodeURIComponent(cohortId)}/learners/${encodeURIComponent(a.learnerId)}`,
          'data-test': 'at-risk-link',
        }, a.displayName || a.learnerId)),
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
