import { freshUser } from './auth.js';

const FALLBACK_TITLES = {
  0: 'Network error',
  400: 'Invalid request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  429: 'Too many requests',
  500: 'Server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
  504: 'Gateway timeout',
};

const FALLBACK_DETAILS = {
  0: 'The server could not be reached. Check your connection and try again.',
  429: 'You are sending requests too quickly. Wait a moment and try again.',
  503: 'A part of the system is not answering right now. Try again in a few seconds.',
};

/** An error response, from the problem+json body when there is one. */
export class ApiError extends Error {
  constructor(status, problem = {}) {
    const title = problem.title || FALLBACK_TITLES[status] || `Error ${status}`;
    super(title);
    this.status = status;
    this.title = title;
    this.detail = problem.detail || FALLBACK_DETAILS[status] || '';
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
  }

  /** Worth sending the same request again: nothing was decided by the server. */
  get retryable() {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

let unauthorizedHandler = () => {};

export function onUnauthorized(handler) {
  unauthorizedHandler = handler;
}

export async function api(path, { method = 'GET', body, signal, auth = true, headers: extra = {} } = {}) {
  const headers = { Accept: 'application/json, application/problem+json', ...extra };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (auth) {
    const user = await freshUser();
    if (!user) {
      unauthorizedHandler();
      throw new ApiError(401, { detail: 'Your sign-in has expired. Please sign in again.' });
    }
    headers.Authorization = `Bearer ${user.token}`;
  }

  const json = body === undefined ? undefined : JSON.stringify(body);
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: json,
      signal,
      // lets a save started while leaving the page still reach the server
      keepalive: method !== 'GET' && json !== undefined && json.length < 60000,
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0);
  }

  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (response.status === 401 && auth) {
    unauthorizedHandler();
  }
  if (!response.ok) {
    throw new ApiError(response.status, data && typeof data === 'object' ? data : {});
  }
  return data;
}

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * Shares one request between everyone who asks while it runs or after it succeeded; after a failure
 * the next call asks the server again (so a "Try again" really tries again).
 */
export function shared(load) {
  let pending = null;
  return () => {
    if (!pending) {
      pending = load().catch(error => {
        pending = null;
        throw error;
      });
    }
    return pending;
  };
}

/** A request id that stays the same when the same submission is retried. */
export function newRequestId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  // randomUUID exists only in secure contexts; plain http on a LAN address still has getRandomValues
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}
