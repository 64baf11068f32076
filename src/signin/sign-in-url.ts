/** The page a sign-in link opens (under PUBLIC_URL): it shows who signs in and a button that uses the link. */
export const SIGN_IN_PATH = '/dash/signin';

/** The address of a sign-in link: `<PUBLIC_URL>/dash/signin?t=<token>`. */
export function signInUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${SIGN_IN_PATH}?t=${encodeURIComponent(token)}`;
}
