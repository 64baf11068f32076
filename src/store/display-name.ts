import type { Store } from './store';

/**
 * How a person appears wherever one is shown (lists, ledger, history, digest, reminders, export): the name
 * when the bureau's directory or roster knows it, else the id — only an unknown person shows as an id.
 */
export function displayName(store: Pick<Store, 'personName'>, openId: string): string {
  return store.personName(openId) ?? openId;
}
