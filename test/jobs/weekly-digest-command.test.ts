import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreDeps } from '../../src/commands/context';
import { handleMessage } from '../../src/commands/handle-message';
import { renderText } from '../../src/reply/render-text';
import { coreDeps } from '../support/core';
import { type JobFixture, jobFixture, shanghai } from './job-fixture';

describe('周报', () => {
  let f: JobFixture;
  beforeEach(() => {
    f = jobFixture();
  });
  afterEach(() => f.cleanup());

  const ask = async (text: string, at: Date, deps: CoreDeps) =>
    renderText(await handleMessage({ text, userId: 'ou_anyone', chatId: 'oc_chat', at }, deps));

  it('shows, before any digest went out, the 7 days before the message up to now, on any day', async () => {
    f.store.recordProgress(
      { by: 'ou_a', at: shanghai('2026-11-25', '10:00') },
      { target: { kind: 'task', id: '3.3' }, division: '投资处', text: '完成进点' },
    );
    const deps: CoreDeps = { ...coreDeps(), store: f.store };
    // A Saturday: the scheduler would stay quiet, but the command answers.
    const text = await ask('周报', shanghai('2026-11-28', '15:00'), deps);
    expect(text).toContain('审计助手周报 · 2026-11-21 至今');
    expect(text).toContain('本期 2026-11-21 至今(2026-11-28 15:00)');
    expect(text).toMatch(/3\.3[^\n]*本期 【1 条】[^\n]*完成进点/);
    expect(await ask('digest', shanghai('2026-11-28', '15:00'), deps)).toBe(text);
  });
});
