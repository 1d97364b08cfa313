import type { SessionUser } from '../api/types';

/** The token lives in sessionStorage: it survives a reload of the tab, not the closing of the browser. */
const KEY = 'kc.session';

export interface StoredSession {
  token: string;
  user: SessionUser;
}

export function loadSession(): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as StoredSession) : null;
  } catch {
    return null;
  }
}

export function saveSession(session: StoredSession | null): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}

/** The page asked for before the login, to go back to after it. */
const RETURN_KEY = 'kc.returnTo';

export function rememberReturnPath(path: string): void {
  if (path !== '/login' && path !== '/') sessionStorage.setItem(RETURN_KEY, path);
}

export function takeReturnPath(): string {
  const path = sessionStorage.getItem(RETURN_KEY);
  sessionStorage.removeItem(RETURN_KEY);
  return path ?? '/';
}
