import { describe, expect, it } from 'vitest';
import { Pacer } from '../../src/bot/worker/pacer';

describe('Pacer', () => {
  it('never lets more than the limits through in any window, and lets a free chat overtake a busy one', async () => {
    const pacer = new Pacer({ perAppPerSecond: 10, perAppPerMinute: 1000, perChatPerSecond: 2, marginMs: 0 });
    const grants: { chat: string; at: number }[] = [];
    const started = Date.now();
    const jobs = [];
    for (let i = 0; i < 6; i += 1)
      jobs.push(
        pacer.acquire('busy').then((release) => {
          grants.push({ chat: 'busy', at: Date.now() });
          release();
        }),
      );
    jobs.push(
      pacer.acquire('free').then((release) => {
        grants.push({ chat: 'free', at: Date.now() });
        release();
      }),
    );
    await Promise.all(jobs);
    const busy = grants.filter((g) => g.chat === 'busy').map((g) => g.at);
    for (let i = 2; i < busy.length; i += 1) expect(busy[i]! - busy[i - 2]!).toBeGreaterThanOrEqual(995);
    expect(grants.findIndex((g) => g.chat === 'free')).toBeLessThan(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1990);
  });

  it('holds everything while the app is paused after a 429', async () => {
    const pacer = new Pacer();
    pacer.pauseApp(300);
    const started = Date.now();
    (await pacer.acquire('c'))();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});
