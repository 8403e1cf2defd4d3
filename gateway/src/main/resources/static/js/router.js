// Hash routing: '#/session/abc?n=3' → the route '/session/:id' with params {id} and query {n}.
import { query } from './api.js';

const routes = [];
let current = null;
let guard = () => null;
let renderError = () => {};
let afterRender = () => {};

export function route(pattern, load, options = {}) {
  const names = [];
  const regex = new RegExp('^' + pattern.replace(/\/:([a-zA-Z]+)/g, (_, name) => {
    names.push(name);
    return '/([^/]+)';
  }) + '/?$');
  routes.push({ pattern, regex, names, load, options });
}

export function parseHash(hash = location.hash) {
  const raw = hash.replace(/^#/, '') || '/';
  const [path, search = ''] = raw.split('?');
  return { path: path.startsWith('/') ? path : `/${path}`, query: new URLSearchParams(search) };
}

export function href(path, params) {
  return `#${path}${params ? query(params) : ''}`;
}

export function navigate(path, params, { replace = false } = {}) {
  const target = href(path, params);
  if (target === location.hash) {
    render();
  } else if (replace) {
    history.replaceState(null, '', target);
    render();
  } else {
    location.hash = target;
  }
}

/** Changes the address without rendering again (a view keeping its own position in it). */
export function setQuietly(path, params) {
  history.replaceState(null, '', href(path, params));
  shownHash = location.hash;
}

let shownHash = null;
let leaveGuard = null;

/**
 * While a view must not be left without a word (an exam in progress), every change of address, Back
 * included, first asks ask(); a refusal keeps the view and its address. Returns the release.
 */
export function guardLeaving(ask) {
  leaveGuard = ask;
  return () => {
    if (leaveGuard === ask) leaveGuard = null;
  };
}

/** Asks the view's leave guard, if any, before an action that leaves the view (signing out, say). */
export async function confirmLeave() {
  const ask = leaveGuard;
  if (!ask) return true;
  if (!(await ask())) return false;
  if (leaveGuard === ask) leaveGuard = null;
  return true;
}

async function onHashChange() {
  if (leaveGuard && shownHash !== null && location.hash !== shownHash) {
    const target = location.hash;
    const ask = leaveGuard;
    // put the view's own address back while asking; Back then stays on this page if the answer is no
    history.replaceState(null, '', shownHash);
    if (!(await ask())) return;
    if (leaveGuard === ask) leaveGuard = null;
    location.hash = target;
    return;
  }
  render();
}

export function start({ mount, check, onError, onRendered }) {
  guard = check;
  renderError = onError;
  afterRender = onRendered;
  window.addEventListener('hashchange', onHashChange);
  render(mount);
}

let mountPoint;

async function render(mount) {
  if (mount instanceof Element) mountPoint = mount;
  const { path, query } = parseHash();
  if (current) {
    current.abort.abort();
    current.cleanup?.();
  }
  // a literal segment beats a parameter: '/bank/export' is a page, not the question 'export'
  const match = routes.map(r => ({ r, m: path.match(r.regex) })).filter(x => x.m)
    .sort((a, b) => a.r.names.length - b.r.names.length)[0];
  const redirect = guard(match?.r.options, path, query);
  if (redirect) {
    current = null;
    navigate(redirect.path, redirect.params, { replace: true });
    return;
  }

  shownHash = location.hash;
  const view = document.createElement('div');
  view.className = 'view';
  mountPoint.replaceChildren(view);
  const abort = new AbortController();
  const entry = { abort, cleanup: null };
  current = entry;
  if (!match) {
    renderError(view, { title: 'Page not found', detail: `Nothing lives at ${path}.` });
    afterRender(view, path);
    return;
  }
  const params = Object.fromEntries(match.r.names.map((name, i) => [name, decodeURIComponent(match.m[i + 1])]));
  try {
    const module = await match.r.load();
    const cleanup = await module.render(view, { params, query, signal: abort.signal, path });
    if (current === entry) {
      entry.cleanup = typeof cleanup === 'function' ? cleanup : null;
    } else if (typeof cleanup === 'function') {
      cleanup();
    }
  } catch (error) {
    if (error.name === 'AbortError' || current !== entry) return;
    renderError(view, error);
  }
  if (current === entry) afterRender(view, path);
}
