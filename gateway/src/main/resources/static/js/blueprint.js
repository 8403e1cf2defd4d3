import { api } from './api.js';

let cached = null;

/** The exam blueprint never changes while the page is open: fetched once. */
export function getBlueprint() {
  if (!cached) {
    cached = api('/api/blueprint').catch(error => {
      cached = null;
      throw error;
    });
  }
  return cached;
}

export function domainOf(blueprint, id) {
  return blueprint.domains.find(d => d.id === Number(id));
}

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
