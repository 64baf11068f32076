import type { Expected } from './staff-answer-set';

// How a reply is judged against what the plan says: owners are read off it as staff read them —
// every `牵头:【X】` and every `方案写明:【X】负责…` — and each part asked must be there.

/** Owners a reply names, in order. */
export function ownersNamed(reply: string): string[] {
  const out: string[] = [];
  for (const m of reply.matchAll(/牵头:【([^】]+)】|方案写明:【([^】]+)】负责/g)) {
    out.push(...(m[1] ?? m[2] ?? '').split('、'));
  }
  return out;
}

export const answerable = (e: Expected) =>
  Boolean(e.lead?.length || e.role || e.task || e.indicator || e.divisions);

/** What the reply got right: owners named, wrongly named, and whether everything asked is there. */
export function judge(reply: string, e: Expected) {
  const named = ownersNamed(reply);
  const allowed = new Set([...(e.lead ?? []), ...(e.role ? [e.role] : [])]);
  const wrong = named.filter((d) => !allowed.has(d));
  const expectedOwners = [...(e.lead ?? []), ...(e.role ? [e.role] : [])];
  const inOrder = expectedOwners.every((d, i) => named[i] === d);
  const parts = [
    ...(e.task ? [reply.includes(`任务 ${e.task} `)] : []),
    ...(e.indicator ?? []).map((ref) => reply.includes(`指标${ref} `)),
    ...(e.divisions ?? []).map((d) => reply.includes(`${d}的任务与目标`)),
  ];
  const complete = inOrder && named.length >= expectedOwners.length && parts.every(Boolean);
  return { named, wrong, complete };
}
