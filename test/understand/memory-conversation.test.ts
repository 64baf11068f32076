import { describe, expect, it } from 'vitest';
import { memoryConversation, TOPIC_SPAN_MS } from '../../src/understand/memory-conversation';

describe('memoryConversation', () => {
  const at = new Date('2026-05-12T10:00:00+08:00');
  const later = (ms: number) => new Date(at.getTime() + ms);

  it('keeps a chat’s topic for half an hour by the messages’ own times, per chat', () => {
    const memory = memoryConversation();
    memory.remember('oc_a', { planId: 'p', taskId: '3.2' }, at);
    expect(memory.recall('oc_a', later(TOPIC_SPAN_MS - 1000))?.taskId).toBe('3.2');
    expect(memory.recall('oc_b', later(1000))).toBeUndefined();
    expect(memory.recall('oc_a', later(TOPIC_SPAN_MS + 1000))).toBeUndefined();
    // Forgotten once past its span, even if asked about at an earlier time again.
    expect(memory.recall('oc_a', later(1000))).toBeUndefined();
  });

  it('holds the latest topic of a chat', () => {
    const memory = memoryConversation();
    memory.remember('oc_a', { planId: 'p', taskId: '3.2' }, at);
    memory.remember('oc_a', { planId: 'p', division: '投资处' }, later(60_000));
    expect(memory.recall('oc_a', later(120_000))).toEqual({ planId: 'p', division: '投资处' });
  });
});
