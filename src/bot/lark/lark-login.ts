import { z } from 'zod';

// Lark's OAuth sign-in for a Lark web app (the dashboard, DASH_LARK_LOGIN=1): the authorize page, then the
// code exchanged for a user_access_token (POST /open-apis/authen/v2/oauth/token, the app's id and secret in
// the body) and that token for the user's identity (GET /open-apis/authen/v1/user_info). Nothing is kept: the
// token serves once, to learn who signed in.

const tokenSchema = z.object({ code: z.literal(0), access_token: z.string().min(1) });
const userSchema = z.object({
  code: z.literal(0),
  data: z.object({ open_id: z.string().min(1), name: z.string().optional() }),
});

/** Lark's sign-in pages live on the accounts host (Feishu's and Lark's); a base URL of one's own serves both. */
export function accountsBase(domain: string): string {
  if (domain === 'https://open.feishu.cn') return 'https://accounts.feishu.cn';
  if (domain === 'https://open.larksuite.com') return 'https://accounts.larksuite.com';
  return domain;
}

export function createLarkLogin(options: {
  appId: string;
  appSecret: string;
  domain: string;
  timeoutMs?: number;
}) {
  const timeout = () => AbortSignal.timeout(options.timeoutMs ?? 10_000);
  const json = async (response: Response) => (await response.json().catch(() => undefined)) as unknown;
  return {
    authorizeUrl(redirectUri: string, state: string): string {
      const url = new URL(`${accountsBase(options.domain)}/open-apis/authen/v1/authorize`);
      url.searchParams.set('client_id', options.appId);
      url.searchParams.set('redirect_uri', redirectUri);
      url.searchParams.set('state', state);
      return url.toString();
    },
    async userOf(code: string, redirectUri: string): Promise<{ openId: string; name?: string } | undefined> {
      const token = tokenSchema.safeParse(
        await json(
          await fetch(`${options.domain}/open-apis/authen/v2/oauth/token`, {
            method: 'POST',
            headers: { 'content-type': 'application/json; charset=utf-8' },
            body: JSON.stringify({
              grant_type: 'authorization_code',
              client_id: options.appId,
              client_secret: options.appSecret,
              code,
              redirect_uri: redirectUri,
            }),
            signal: timeout(),
          }),
        ),
      );
      if (!token.success) return undefined;
      const user = userSchema.safeParse(
        await json(
          await fetch(`${options.domain}/open-apis/authen/v1/user_info`, {
            headers: { authorization: `Bearer ${token.data.access_token}` },
            signal: timeout(),
          }),
        ),
      );
      if (!user.success) return undefined;
      const { open_id, name } = user.data.data;
      return { openId: open_id, ...(name ? { name } : {}) };
    },
  };
}
