import { createContext, useContext } from 'react';

/** What the app needs from the identity provider: a fresh token for each call, and a way out. */
export interface AuthSession {
  /** A valid access token (refreshed when it expires within 30 s), or undefined when not logged in. */
  getToken(): Promise<string | undefined>;
  logout(): Promise<void>;
}

export const AuthContext = createContext<AuthSession | null>(null);

export function useAuth(): AuthSession {
  const session = useContext(AuthContext);
  if (!session) {
    throw new Error('useAuth must be used inside <AuthContext.Provider>');
  }
  return session;
}
