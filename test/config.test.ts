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
