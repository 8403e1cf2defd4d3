import { h, replace } from './dom.js';
import { onUnauthorized } from './api.js';
import { currentUser, clearAuth, hasRole, homePath, signOutEverywhere, onAuthChangedElsewhere } from './auth.js';
import { route, start, navigate, parseHash, confirmLeave } from './router.js';
import { problemBox, flash, pageHeader } from './ui.js';

const LEARNER = ['LEARNER'];
const INSTRUCTOR = ['INSTRUCTOR'];
const BANK_READERS = ['AUTHOR', 'ADMIN', 'INSTRUCTOR'];

route('/signin', () => import('./views/signin.js'), { public: true });
route('/signup', () => import('./views/signup.js'), { public: true });
route('/home', () => import('./views/home.js'), { roles: LEARNER });
route('/sessions', () => import('./views/sessions.js'), { roles: LEARNER });
route('/session/:id', () => import('./views/player.js'), { roles: LEARNER });
route('/session/:id/result', () => import('./views/result.js'), { roles: LEARNER });
route('/session/:id/review', () => import('./views/review.js'), { roles: LEARNER });
route('/cohorts', () => import('./views/cohorts.js'), { roles: INSTRUCTOR });
route('/cohorts/:id', () => import('./views/cohort-dashboard.js'), { roles: [...INSTRUCTOR, 'ADMIN'] });
route('/cohorts/:id/learners/:learnerId', () => import('./views/cohort-learner.js'), { roles: [...INSTRUCTOR, 'ADMIN'] });
route('/bank', () => import('./views/bank.js'), { roles: BANK_READERS });
route('/bank/:id', () => import('./views/question.js'), { roles: BANK_READERS });
const BANK_WRITERS = ['AUTHOR', 'ADMIN'];
route('/bank/new', () => import('./views/author-form.js'), { roles: BANK_WRITERS });
route('/bank/import', () => import('./views/author-import.js'), { roles: BANK_WRITERS });
route('/bank/export', () => import('./views/author-export.js'), { roles: BANK_WRITERS });
route('/bank/:id/edit', () => import('./views/author-form.js'), { roles: BANK_WRITERS });

const NAV = [
  { path: '/home', label: 'Home', roles: LEARNER },
  { path: '/sessions', label: 'My sessions', roles: LEARNER },
  { path: '/cohorts', label: 'Cohorts', roles: INSTRUCTOR },
  { path: '/bank', label: 'Question bank', roles: BANK_READERS },
];

function renderNav(path) {
  const nav = document.getElementById('nav');
  const user = currentUser();
  if (!user) {
    replace(nav);
    return;
  }
  const links = NAV.filter(item => hasRole(user, ...item.roles)).map(item => {
    const active = path === item.path || path.startsWith(`${item.path}/`)
      || (item.path === '/sessions' && path.startsWith('/session/'));
    return h('li', {}, h('a', { href: `#${item.path}`, 'aria-current': active ? 'page' : null }, item.label));
  });
  replace(nav,
    h('ul', { class: 'nav__links' }, links),
    h('div', { class: 'nav__user' },
      h('span', { class: 'nav__name' }, user.name),
      h('button', { type: 'button', class: 'btn btn--link', onclick: signOut }, 'Sign out')));
}

async function signOut() {
  // an exam in progress asks first, as leaving it any other way does
  if (!(await confirmLeave())) return;
  await signOutEverywhere();
  flash('You are signed out.');
  navigate('/signin');
}

function check(options, path, query) {
  const user = currentUser();
  if (path === '/') return { path: homePath(user) };
  if (!options) return user ? null : { path: '/signin' };
  if (options.public) {
    return user && path === '/signin' && !query.get('next') ? { path: homePath(user) } : null;
  }
  if (!user) {
    return { path: '/signin', params: { next: location.hash.replace(/^#/, '') } };
  }
  if (options.roles && !hasRole(user, ...options.roles)) return { path: '/forbidden' };
  return null;
}

function renderError(view, error) {
  const forbidden = error?.status === 403;
  replace(view,
    pageHeader(forbidden ? 'Not allowed' : (error?.title || 'Something went wrong')),
    problemBox(error, { withTitle: false }),
    h('p', {}, h('a', { href: `#${homePath(currentUser())}` }, 'Back to the start page')));
}

function rendered(view, path) {
  renderNav(path);
  const heading = view.querySelector('h1');
  // move focus for screen readers, unless this is the first load or the view placed focus itself
  if (heading && document.body.dataset.navigated && !view.contains(document.activeElement)) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: false });
  }
  document.body.dataset.navigated = 'true';
  document.title = heading ? `${heading.textContent} · MLA-C01 practice` : 'MLA-C01 practice';
}

onUnauthorized(() => {
  if (parseHash().path === '/signin') return;
  clearAuth();
  flash('Your sign-in has expired. Please sign in again.', 'warning');
  navigate('/signin', { next: location.hash.replace(/^#/, '') });
});

// signed out in another tab: this one follows; signed in elsewhere while this tab shows the sign-in page: go on
onAuthChangedElsewhere(user => {
  const { path } = parseHash();
  if (!user && path !== '/signin' && path !== '/signup') {
    flash('You signed out in another tab.', 'info');
    navigate('/signin');
  } else if (user && (path === '/signin' || path === '/signup')) {
    navigate(homePath(user));
  } else {
    renderNav(path);
  }
});

// the skip link's own '#main' would be read as a route
document.querySelector('[data-skip]').addEventListener('click', event => {
  event.preventDefault();
  document.getElementById('main').focus();
});

route('/forbidden', async () => ({
  render: view => renderError(view, { status: 403, title: 'Not allowed', detail: 'Your account has no access to this page.' }),
}), {});

start({ mount: document.getElementById('app'), check, onError: renderError, onRendered: rendered });
