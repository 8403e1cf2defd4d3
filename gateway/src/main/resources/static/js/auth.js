// The signed-in user, kept in localStorage so every tab of this origin shares one sign-in (the trade-off
// is stated in gateway/README.md). The access token lives minutes; the refresh token buys the next one
// (once each) until sign-out, in any tab, revokes it and signs every tab out.

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
  localStorage.setItem(KEY, JSON.stringify(user));
  return user;
}

export function currentUser() {
  let user;
  try {
    user = JSON.parse(localStorage.getItem(KEY));
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
      // another tab may have spent this refresh token a moment ago: its new sign-in is ours too
      await new Promise(resolve => setTimeout(resolve, 300));
      const now = currentUser();
      if (now && now.refreshToken !== user.refreshToken && Date.now() < now.expiresAt) return now;
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
  localStorage.removeItem(KEY);
  // an older client kept the sign-in per tab
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

/** Calls back when another tab signs in or out (the storage event fires only in the other tabs). */
export function onAuthChangedElsewhere(callback) {
  window.addEventListener('storage', event => {
    if (event.key === KEY || event.key === null) callback(currentUser());
  });
}
