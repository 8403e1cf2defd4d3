// The signed-in user, kept in sessionStorage so a token dies with the tab. The access token lives
// minutes; the refresh token buys the next one (once each) until sign-out revokes it.

const KEY = 'mla.auth';

/** Keeps the token answer of POST /api/auth/token; the e-mail address names a user without a display name. */
export function saveAuth(token, email) {
  const user = {
    token: token.accessToken,
    // a little early, so a request never leaves with a token that expires on the way
    expiresAt: Date.now() + (token.expiresIn - 30) * 1000,
    refreshToken: token.refreshToken,
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
  if (Date.now() >= user.expiresAt && !user.refreshToken) {
    clearAuth();
    return null;
  }
  return user;
}

let refreshing = null;

/** The user with an access token that is still good, refreshed when it ran out; null when signed out. */
export async function freshUser() {
  const user = currentUser();
  if (!user || Date.now() < user.expiresAt) return user;
  refreshing ??= fetch('/api/auth/refresh', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ refreshToken: user.refreshToken }),
  }).then(async response => {
    if (!response.ok) {
      clearAuth();
      return null;
    }
    const token = await response.json();
    return saveAuth(token, user.name);
  }).catch(() => user).finally(() => { refreshing = null; });
  return refreshing;
}

/** Revokes the refresh token on the server, then forgets the user here. */
export async function signOutEverywhere() {
  const user = currentUser();
  clearAuth();
  if (user?.refreshToken) {
    await fetch('/api/auth/logout', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: user.refreshToken }),
    }).catch(() => {});
  }
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
