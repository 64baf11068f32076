import { beforeAll, describe, expect, it } from 'vitest';
import { type FixtureScore, fixtureNames, scoreFixture } from './genre-accuracy';

// The share of tasks read right over every plan fixture of the genre, each file read from disk as the
// bot would read it. The goal is 97% on plans the parser has never seen.

const names = fixtureNames();
const scores: FixtureScore[] = [];

beforeAll(async () => {
  for (const name of names) scores.push(await scoreFixture(name));
});

describe('tasks of plans of the genre', () => {
  it('has a dozen fixtures or more, each with expectations', () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
    for (const s of scores) expect(s.expected.tasks.length, s.name).toBeGreaterThan(0);
  });

  it('reads at least 97% of all tasks with the right lead and support, inventing none', () => {
    const right = scores.reduce((n, s) => n + s.right, 0);
    const total = scores.reduce((n, s) => n + s.expected.tasks.length + s.extra.length, 0);
    const share = right / total;
    process.stdout.write(
      `plan fixtures: ${right}/${total} tasks right (${(share * 100).toFixed(1)}%) over ${scores.length} plans\n`,
    );
    for (const s of scores) {
      if (s.wrong.length + s.extra.length > 0)
        process.stdout.write(`  ${s.name}: ${JSON.stringify({ wrong: s.wrong, extra: s.extra })}\n`);
    }
    expect(share).toBeGreaterThanOrEqual(0.97);
  });

  it.each(names)('%s: title and period from the text', (name) => {
    const s = scores.find((x) => x.name === name) as FixtureScore;
    expect(s.plan.title).toBe(s.expected.title);
    expect(s.plan.period ?? null).toEqual(s.expected.period);
    const ids = s.plan.tasks.map((t) => t.id);
    expect(new Set(ids).size, 'task ids are unique').toBe(ids.length);
  });
});
