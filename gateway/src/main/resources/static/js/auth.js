// The signed-in user, kept in sessionStorage so a token dies with the tab.

const KEY = 'mla.auth';

function decodeClaims(token) {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(Array.from(atob(payload),
      c => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''));
    return JSON.parse(json);
  } catch {
    return {};
  }
}

export function saveAuth(token, email) {
  const claims = decodeClaims(token.accessToken);
  const user = {
    token: token.accessToken,
    // a little early, so a request never leaves with a token that expires on the way
    expiresAt: Date.now() + (token.expiresIn - 30) * 1000,
    userId: token.userId ?? claims.sub,
    roles: token.roles ?? claims.roles ?? [],
    name: claims.name || email,
    email,
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
