import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';

describe('loadConfig', () => {
  it('starts in local mode with defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      dataDir: './data',
      larkDomain: 'https://open.feishu.cn',
      timeZone: 'Asia/Shanghai',
    });
    expect(config.lark).toBeUndefined();
    expect(config.admins).toEqual([]);
  });

  it('treats empty variables as unset', () => {
    const config = loadConfig({
      PORT: '',
      LARK_APP_ID: '',
      LARK_APP_SECRET: '',
      LARK_DOMAIN: '',
      TZ_NAME: ' ',
    });
    expect(config.port).toBe(3000);
    expect(config.lark).toBeUndefined();
  });

  it('takes ids and secrets as opaque strings of any shape', () => {
    const config = loadConfig({
      LARK_APP_ID: 'x',
      LARK_APP_SECRET: '密钥 with spaces',
      LARK_ENCRYPT_KEY: '1',
      ADMIN_OPEN_IDS: 'ou_a, b,,ou_c',
      REMINDER_CHAT_ID: 'c',
    });
    expect(config.lark).toEqual({ appId: 'x', appSecret: '密钥 with spaces' });
    expect(config.admins).toEqual(['ou_a', 'b', 'ou_c']);
    expect(config.reminderChatId).toBe('c');
  });

  it('maps feishu, lark and a base URL to the Open API host', () => {
    expect(loadConfig({ LARK_DOMAIN: 'lark' }).larkDomain).toBe('https://open.larksuite.com');
    expect(loadConfig({ LARK_DOMAIN: 'http://127.0.0.1:9999/' }).larkDomain).toBe('http://127.0.0.1:9999');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ LARK_DOMAIN: 'feishu.cn' }, 'LARK_DOMAIN'],
    [{ TZ_NAME: 'Mars/Base' }, 'TZ_NAME'],
    [{ LARK_APP_ID: 'cli_x' }, 'LARK_APP_SECRET'],
  ])('stops with one line naming the wrong variable (%o)', (env, name) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(name);
    expect(message).not.toContain('\n');
  });
});

describe('the Lark door settings', () => {
  const lark = { LARK_APP_ID: 'cli_a', LARK_APP_SECRET: 's' };

  it('defaults to webhook mode, 127.0.0.1 in local mode and 0.0.0.0 with Lark', () => {
    expect(loadConfig({})).toMatchObject({ larkMode: 'webhook', host: '127.0.0.1', allowUnverified: false });
    expect(loadConfig({ ...lark, LARK_ENCRYPT_KEY: 'k' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '192.168.1.5' }).host).toBe('192.168.1.5');
    expect(loadConfig({ ...lark, LARK_MODE: 'ws', HOST: '127.0.0.1' })).toMatchObject({
      larkMode: 'ws',
      host: '127.0.0.1',
    });
  });

  it('refuses to serve webhooks with credentials but neither token nor key, in one line naming both', () => {
    let error: unknown;
    try {
      loadConfig(lark, { serving: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('LARK_VERIFICATION_TOKEN');
    expect(message).toContain('LARK_ENCRYPT_KEY');
    expect(message).toContain('LARK_ALLOW_UNVERIFIED=1');
    expect(message).not.toContain('\n');
  });

  it('serves with a token, a key, in ws mode, or when a lab allows it; the CLI never needs them', () => {
    expect(() => loadConfig({ ...lark, LARK_VERIFICATION_TOKEN: 't' }, { serving: true })).not.toThrow();
    expect(() => loadConfig({ ...lark, LARK_ENCRYPT_KEY: 'k' }, { serving: true })).not.toThrow();
    expect(() => loadConfig({ ...lark, LARK_MODE: 'ws' }, { serving: true })).not.toThrow();
    expect(loadConfig({ ...lark, LARK_ALLOW_UNVERIFIED: '1' }, { serving: true }).allowUnverified).toBe(true);
    expect(() => loadConfig({}, { serving: true })).not.toThrow();
    expect(() => loadConfig(lark)).not.toThrow();
  });

  it('needs the app credentials for a long connection', () => {
    expect(() => loadConfig({ LARK_MODE: 'ws' }, { serving: true })).toThrow(
      /^配置错误: LARK_MODE .*LARK_APP_ID 和 LARK_APP_SECRET$/,
    );
  });

  it.each([
    [{ LARK_MODE: 'websocket' }, 'LARK_MODE'],
    [{ LARK_ALLOW_UNVERIFIED: 'yes' }, 'LARK_ALLOW_UNVERIFIED'],
  ])('names a wrong value (%o)', (env, name) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(`^配置错误: ${name} `));
  });
});

describe('the dashboard’s address and sign-in', () => {
  const lark = { LARK_APP_ID: 'cli_x', LARK_APP_SECRET: 's' };

  it('opens the dashboard at PUBLIC_URL, else at this server’s own address', () => {
    expect(loadConfig({}).publicUrl).toBe('http://127.0.0.1:3000');
    expect(loadConfig({ HOST: '::1', PORT: '8080' }).publicUrl).toBe('http://[::1]:8080');
    expect(loadConfig({ PUBLIC_URL: 'https://audit.example.gov.cn/bot/' })).toMatchObject({
      publicUrl: 'https://audit.example.gov.cn/bot',
      publicUrlSet: true,
    });
  });

  it('names PUBLIC_URL when it is not a web address', () => {
    for (const value of ['audit.example.gov.cn', 'ftp://x', 'https://x/?a=1'])
      expect(() => loadConfig({ PUBLIC_URL: value })).toThrow(/PUBLIC_URL 应为以 http\(s\):\/\/ 开头的网址/);
  });

  it('offers Lark’s sign-in only with the app’s credentials and a public address to come back to', () => {
    expect(loadConfig({ ...lark, PUBLIC_URL: 'https://a.example', DASH_LARK_LOGIN: '1' }).larkLogin).toBe(
      true,
    );
    expect(loadConfig({}).larkLogin).toBe(false);
    expect(() => loadConfig({ DASH_LARK_LOGIN: '1' })).toThrow(/DASH_LARK_LOGIN 为 1 时需要 LARK_APP_ID/);
    expect(() => loadConfig({ ...lark, DASH_LARK_LOGIN: '1' })).toThrow(
      /DASH_LARK_LOGIN 为 1 时需要 PUBLIC_URL/,
    );
    expect(() => loadConfig({ DASH_LARK_LOGIN: 'yes' })).toThrow(ConfigError);
  });
});
