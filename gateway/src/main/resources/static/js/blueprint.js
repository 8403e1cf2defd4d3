import { api, shared } from './api.js';

/** The exam blueprint never changes while the page is open: fetched once. */
export const getBlueprint = shared(() => api('/api/blueprint'));

export function domainOf(blueprint, id) {
  return blueprint.domains.find(d => d.id === Number(id));
}

/** The one way a domain is named: 'Domain 1: Data Preparation for Machine Learning (ML)'. */
export function domainName(blueprint, id) {
  const domain = domainOf(blueprint, id);
  return domain ? `Domain ${domain.id}: ${domain.name}` : `Domain ${id}`;
}

export function taskOf(blueprint, id) {
  for (const domain of blueprint.domains) {
    const task = domain.taskStatements.find(t => t.id === id);
    if (task) return task;
  }
  return null;
}

export function taskName(blueprint, id) {
  const task = taskOf(blueprint, id);
  return task ? `${task.id} ${task.name}` : `Task ${id}`;
}
