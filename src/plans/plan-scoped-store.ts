import type { Store } from '../store';
import type { ProgressTarget } from '../store/types';

// The store as a command on one plan sees it: progress targets, goal/indicator owners and ledger items
// linked to a task are that plan's, unless a call names another. So every command records on — and reads
// from — the plan in use, in one place, and records made on an earlier plan keep pointing at it.

export function planScopedStore(store: Store, plan: string, legacyPlan: string): Store {
  const scoped = (target: ProgressTarget): ProgressTarget => (target.plan ? target : { ...target, plan });
  const mine = (p: string | undefined) => (p ?? legacyPlan) === plan;
  const overrides: Partial<Store> = {
    targetOwner: (kind: 'goal' | 'indicator', index: number, p?: string) =>
      store.targetOwner(kind, index, p ?? plan),
    targetOwners: () => store.targetOwners().filter((o) => mine(o.plan)),
    lastProgress: (target: ProgressTarget) => store.lastProgress(scoped(target)),
    progress: (query: Parameters<Store['progress']>[0] = {}) =>
      store.progress(query.target ? { ...query, target: scoped(query.target) } : query),
    recordProgress: (
      meta: Parameters<Store['recordProgress']>[0],
      update: Parameters<Store['recordProgress']>[1],
    ) => store.recordProgress(meta, { ...update, target: scoped(update.target) }),
    assignTarget: (meta: Parameters<Store['assignTarget']>[0], owner: Parameters<Store['assignTarget']>[1]) =>
      store.assignTarget(meta, { ...owner, plan: owner.plan ?? plan }),
    registerItem: (meta: Parameters<Store['registerItem']>[0], item: Parameters<Store['registerItem']>[1]) =>
      store.registerItem(meta, item.taskId ? { ...item, plan: item.plan ?? plan } : item),
  };
  // Everything else is the store itself (bound once, so that its private state is its own).
  const bound = new Map<PropertyKey, unknown>();
  return new Proxy(store, {
    get(target, key) {
      if (key in overrides) return overrides[key as keyof Store];
      const value = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      let fn = bound.get(key);
      if (!fn) {
        fn = value.bind(target);
        bound.set(key, fn);
      }
      return fn;
    },
  });
}
