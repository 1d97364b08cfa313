import { ReactNode, createContext, useCallback, useContext, useMemo, useState } from 'react';
import { Api, createApi } from '../api/endpoints';
import { ApiRequestError } from '../api/http';
import type { SessionUser } from '../api/types';
import { StoredSession, loadSession, saveSession } from './session-storage';

interface Session {
  user: SessionUser | null;
  token: string | null;
  /** The API bound to the token; a 401 on any call ends the session (an expired token). */
  api: Api | null;
  expired: boolean;
  signIn(session: StoredSession): void;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);

/** Wraps every call so that a 401 signs the user out (and says why on the login page). */
function guarded(api: Api, onUnauthorized: () => void): Api {
  const wrapped = {} as Record<string, unknown>;
  for (const [name, call] of Object.entries(api)) {
    wrapped[name] = (...args: unknown[]) =>
      (call as (...a: unknown[]) => Promise<unknown>)(...args).catch((err: unknown) => {
        if (err instanceof ApiRequestError && err.status === 401) onUnauthorized();
        throw err;
      });
  }
  return wrapped as Api;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [stored, setStored] = useState<StoredSession | null>(loadSession);
  const [expired, setExpired] = useState(false);
  const signIn = useCallback((session: StoredSession) => {
    saveSession(session);
    setExpired(false);
    setStored(session);
  }, []);
  const signOut = useCallback(() => {
    saveSession(null);
    setStored(null);
  }, []);
  const value = useMemo<Session>(() => {
    const onUnauthorized = () => {
      saveSession(null);
      setExpired(true);
      setStored(null);
    };
    return {
      user: stored?.user ?? null,
      token: stored?.token ?? null,
      api: stored ? guarded(createApi(stored.token), onUnauthorized) : null,
      expired,
      signIn,
      signOut,
    };
  }, [stored, expired, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The API of the signed-in user (pages behind the login only). */
export function useApi(): Api {
  const { api } = useSession();
  if (!api) throw new Error('useApi without a session');
  return api;
}
