/** The one signing algorithm: a token signed otherwise (HS512, none, RS256 with the secret as key) is refused. */
export const TOKEN_ALGORITHM = 'HS256';

export interface TokenSubject {
  id: string;
  email: string;
  role: string;
  provinceCode: string | null;
}

/**
 * The claims of an access token. `iat` is in milliseconds' precision (a fraction of a second, as RFC 7519's
 * NumericDate allows), so a logout and a new login in the same second tell the old token from the new one.
 */
export function tokenClaims(user: TokenSubject, now = Date.now()) {
  return { sub: user.id, email: user.email, role: user.role, province: user.provinceCode, iat: now / 1000 };
}
