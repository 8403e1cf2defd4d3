// The version history of a question: every version, newest first, each one viewable.
import { h } from '../dom.js';
import { api } from '../api.js';
import { href } from '../router.js';
import { card, badge, section } from '../ui.js';
import { dateTime } from '../format.js';

export function historyCard(id, shownVersion, signal) {
  const body = h('div');
  const el = card('Version history', body);
  el.setAttribute('data-test', 'version-history');
  section(body, () => api(`/api/questions/${encodeURIComponent(id)}/versions`, { signal }),
    versions => versionList(id, versions, shownVersion));
  return el;
}

function versionList(id, versions, shownVersion) {
  return h('ul', { class: 'plain version-list' }, versions.map(v => {
    const shown = v.version === shownVersion;
    const name = `Version ${v.version}`;
    return h('li', { 'data-version': String(v.version) },
      shown
        ? h('strong', { 'aria-current': 'true' }, name, h('span', { class: 'visually-hidden' }, ' (shown)'))
        : h('a', { href: href(`/bank/${encodeURIComponent(id)}`, v.current ? null : { version: v.version }) }, name),
      v.current ? [' ', badge('Current', 'info')] : null,
      h('span', { class: 'muted small' }, ` · saved ${dateTime(v.savedAt)}`));
  }));
}
