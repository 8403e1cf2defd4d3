// The signed-in user, kept in sessionStorage so a token dies with the tab.

const KEY = 'mla.auth';

/** Keeps the token answer of POST /api/auth/token; the e-mail address names a user without a display name. */
export function saveAuth(token, email) {
  const user = {
    token: token.accessToken,
    // a little early, so a request never leaves with a token that expires on the way
    expiresAt: Date.now() + (token.expiresIn - 30) * 1000,
    roles: token.roles ?? [],
    name: token.displayName || email,
  };
  sessionStorage.setItem(KEY, JSON.stringify(user));
  return user;
}

export function currentUser() {
  let user;
  try {
    user = JSON.parse(sessionStorage.getItem(KEY));
  } catch {
    user = null;
  }
  if (!user || !user.token) return null;
  if (Date.now() >= user.expiresAt) {
    clearAuth();
    return null;
  }
  return user;
}

export function clearAuth() {
  sessionStorage.removeItem(KEY);
}

export function hasRole(user, ...roles) {
  return Boolean(user) && roles.some(role => user.roles.includes(role));
}

export function homePath(user) {
  if (!user) return '/signin';
  if (hasRole(user, 'LEARNER')) return '/home';
  if (hasRole(user, 'INSTRUCTOR')) return '/cohorts';
  if (hasRole(user, 'AUTHOR', 'ADMIN')) return '/bank';
  return '/signin';
}
