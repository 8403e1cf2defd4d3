import { h, replace } from '../dom.js';
import { api, query as toQuery } from '../api.js';
import { loading, empty, pageHeader, badge, pager } from '../ui.js';
import { dateTime, clock, MODE_NAMES } from '../format.js';

const PAGE_SIZE = 20;

export async function render(view, { query, signal }) {
  const page = Math.max(0, (Number.parseInt(query.get('page'), 10) || 1) - 1);
  view.append(loading('Loading your sessions…'));
  const data = await api(`/api/sessions${toQuery({ page, size: PAGE_SIZE })}`, { signal });

  const rows = data.items.map(s => {
    const open = s.status === 'IN_PROGRESS';
    return h('tr', {},
      h('th', { scope: 'row' }, MODE_NAMES[s.mode] ?? s.mode),
      h('td', {}, open ? badge('In progress', 'info') : badge('Finished', 'neutral')),
      h('td', {}, dateTime(s.startedAt)),
      h('td', { class: 'num' }, `${s.answeredCount} / ${s.itemCount}`),
      h('td', {}, open && s.remainingSeconds != null ? `${clock(s.remainingSeconds)} left` : (s.finishedAt ? dateTime(s.finishedAt) : '–')),
      h('td', { class: 'table__actions' }, open
        ? h('a', { class: 'btn btn--small btn--primary', href: `#/session/${s.id}` }, 'Continue')
        : [h('a', { href: `#/session/${s.id}/result` }, 'Result'), ' · ', h('a', { href: `#/session/${s.id}/review` }, 'Review')]));
  });

  replace(view,
    pageHeader('My sessions', h('p', { class: 'page-header__sub' }, `${data.totalItems} in total`)),
    data.items.length
      ? h('div', { class: 'card' },
        h('div', { class: 'table-wrap' }, h('table', { class: 'table' },
          h('thead', {}, h('tr', {},
            h('th', { scope: 'col' }, 'Mode'), h('th', { scope: 'col' }, 'Status'), h('th', { scope: 'col' }, 'Started'),
            h('th', { scope: 'col', class: 'num' }, 'Answered'), h('th', { scope: 'col' }, 'Finished / time left'),
            h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')))),
          h('tbody', {}, rows))),
        pager(page, Number(data.totalPages), '/sessions'))
      : empty('You have not started a session yet.', h('a', { class: 'btn btn--primary', href: '#/home' }, 'Start one')));
}
