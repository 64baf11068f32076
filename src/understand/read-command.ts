import type { CommandWords, ReadCommand } from './command-words';
import { itemFirst } from './item-first';
import { ledgerAsked } from './ledger-asked';
import { readRef } from './read-ref';

// Commands as people type them: the verb and its argument with or without a space (`进展3.2城市更新…`,
// `整改销号ZG2026006…`), a colon after the verb or the id (`进展 3.2:…`, `整改进展:ZG-2026-001 …`), a
// spoken lead-in (`帮我记一下3.2…`, `记一下进展:…`). The command keeps its own parse: this only finds which
// command it is and hands it its argument text, with the id set apart from what follows.

/** `帮我记一下`, `记录一下`, `麻烦登记一下`: asking the bot to record what follows. */
const RECORD_LEAD_IN =
  /^(?:那个|就是|嗯+|那)?\s*(?:请|麻烦|帮我|帮忙|给我|你)*\s*(?:记一下|记录一下|记下来|记下|记录下|登记一下|记个|记一笔|记录|记(?=\s*进展))\s*[:]?\s*/;
/** Politeness before a command word (`请 整改 列表`, `帮我 进展 查看 3.2`). */
const POLITE = /^(?:请|麻烦|帮我|帮忙)+\s*/;
/** What a bare recorded line defaults to: progress on a task (`帮我记一下3.2医共体审计已进点`). */
const PROGRESS = '进展';

/** A rectification item's id as people type it: `ZG-2026-001`, `ZG2026001`, `zg-2026-001`. */
const ITEM_ID = /^(?:ZG-\d{4}-\d{3,}|ZG-?\d{4}-?\d{3})(?!\d)/i;
/** The family whose commands act on a rectification item (`整改 延期`, `整改 销号` …). */
const ITEM_FAMILY = '整改';

const isAscii = (s: string) => /^[\x20-\x7e]+$/.test(s);

interface AliasEntry {
  name: string;
  alias: string;
  pattern: RegExp;
}

function buildPattern(alias: string, separated: boolean): RegExp {
  const words = alias.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Chinese aliases may run straight into their argument (`任务企金处`) unless the command says its words
  // stand apart; ASCII ones need a word boundary. A colon after the command word is part of it.
  const tail = isAscii(alias) || separated ? '(?:\\s*:\\s*|\\s+|$)' : '\\s*:?\\s*';
  // Between a command's words people also type a colon or a comma (`整改:登记 …`, `整改,进展 …`).
  return new RegExp(`^${words.join('\\s*[:,、]?\\s*')}${tail}`, 'i');
}

/** Every alias pattern is anchored at the start: the aliases by first character, built once per list. */
const byFirstCharacter = new WeakMap<readonly CommandWords[], Map<string, AliasEntry[]>>();

function aliasesStarting(commands: readonly CommandWords[], first: string): AliasEntry[] {
  let index = byFirstCharacter.get(commands);
  if (!index) {
    index = new Map();
    for (const command of commands)
      for (const alias of [command.name, ...command.aliases]) {
        const key = alias.charAt(0).toLowerCase();
        const entries = index.get(key) ?? [];
        entries.push({ name: command.name, alias, pattern: buildPattern(alias, command.separated === true) });
        index.set(key, entries);
      }
    byFirstCharacter.set(commands, index);
  }
  return index.get(first.toLowerCase()) ?? [];
}

/** `ZG2026006已退回` → `ZG2026006 已退回` (an id written with its dashes keeps all its digits: `ZG-2022-1003`,
 * also when nothing follows it, and a mistyped one, `ZG-2026-0O1`, is left whole to be refused as it was typed);
 * `3.2城市更新` / `3.2:城市更新` → `3.2 城市更新`; `指标5:…`, `12:…` likewise. */
function setIdApart(rest: string): string {
  const item = /^(ZG-\d{4}-\d{3,}|ZG-?\d{4}-?\d{3})(?!\d)\s*:?\s*(?=\S)/i.exec(rest);
  if (item) return `${item[1]} ${rest.slice(item[0].length)}`;
  const ref = readRef(rest);
  if (!ref?.rest) return rest;
  const id = rest.slice(0, rest.length - ref.rest.length).trim();
  // A bare number (`12:…`, `12 …`) is an id only when a colon or a space sets it apart: `12个项目…` is text.
  const apart = /^[:,\s]/.test(rest.slice(id.length));
  if (
    !['id', 'clause', 'part-item', 'target', 'own', 'sub'].includes(ref.ref.kind) &&
    !(ref.ref.kind === 'bare' && apart)
  )
    return rest;
  const after = ref.rest.replace(/^[:,]\s*/, '');
  // `（二）1-5月…`: a closing bracket sets the number apart from the months that follow.
  return apart || /[)）]$/.test(id) || /^[\p{Script=Han}]/u.test(after) ? `${id} ${after}` : rest;
}

/** The command whose LONGEST alias starts the text (`整改 登记` wins over `整改`). */
function matchAlias(text: string, commands: readonly CommandWords[]): ReadCommand | undefined {
  let best: { name: string; length: number; consumed: number } | undefined;
  for (const { name, alias, pattern } of aliasesStarting(commands, text.charAt(0))) {
    const m = pattern.exec(text);
    if (m && (!best || alias.length > best.length))
      best = { name, length: alias.length, consumed: m[0].length };
  }
  return best && { name: best.name, rest: setIdApart(text.slice(best.consumed).trim()) };
}

/** The verbs of the 整改 family (`整改 延期` → `延期`) with their command, in the registry's order, built once per list. */
const itemVerbsOf = new WeakMap<readonly CommandWords[], readonly { name: string; verb: string }[]>();

function itemVerbs(commands: readonly CommandWords[]): readonly { name: string; verb: string }[] {
  const known = itemVerbsOf.get(commands);
  if (known) return known;
  const verbs: { name: string; verb: string }[] = [];
  for (const command of commands)
    for (const alias of [command.name, ...command.aliases]) {
      const [family, verb, ...more] = alias.split(' ');
      if (family === ITEM_FAMILY && verb && more.length === 0) verbs.push({ name: command.name, verb });
    }
  itemVerbsOf.set(commands, verbs);
  return verbs;
}

/**
 * `延期 ZG-2026-001 到年底`, `销号ZG2026001 …`, `查看 ZG-2026-001`: a verb of the 整改 family typed without
 * its family word, an item's id right after it. The id makes it that ledger command (`进展 ZG-…` is a note on
 * the item, not progress on a task); without an id nothing is read so.
 */
function matchItemVerb(text: string, commands: readonly CommandWords[]): ReadCommand | undefined {
  const found = new Set<string>();
  let consumed = 0;
  for (const { name, verb } of itemVerbs(commands)) {
    if (!text.startsWith(verb)) continue;
    const after = /^\s*[:：]?\s*/.exec(text.slice(verb.length))?.[0] ?? '';
    if (!ITEM_ID.test(text.slice(verb.length + after.length))) continue;
    found.add(name);
    consumed = verb.length + after.length;
  }
  if (found.size !== 1) return undefined;
  return { name: [...found][0] as string, rest: setIdApart(text.slice(consumed).trim()) };
}

export function readCommand(text: string, commands: readonly CommandWords[]): ReadCommand | undefined {
  const verb = matchItemVerb(text, commands) ?? matchItemVerb(text.replace(POLITE, ''), commands);
  if (verb) return verb;
  const idFirst = itemFirst(text.replace(POLITE, ''), commands);
  if (idFirst) return idFirst;
  const ledger = ledgerAsked(text, commands);
  if (ledger) return ledger;
  const direct = matchAlias(text, commands);
  if (direct) return direct;
  const polite = POLITE.exec(text);
  if (polite) {
    const after = matchAlias(text.slice(polite[0].length), commands);
    if (after) return after;
  }
  const lead = RECORD_LEAD_IN.exec(text);
  if (!lead) return undefined;
  const said = text.slice(lead[0].length);
  const named = matchAlias(said, commands);
  if (named) return named;
  // `帮我记一下3.2医共体审计已进点`, `帮我记一下 政府债务审计完成外业`: what was done on a task is progress.
  if (!said.trim() || !commands.some((c) => c.name === PROGRESS)) return undefined;
  const ref = readRef(said);
  if (ref?.rest && ref.ref.kind === 'bare') return { name: PROGRESS, rest: `${ref.ref.written} ${ref.rest}` };
  return { name: PROGRESS, rest: setIdApart(said.trim()) };
}
