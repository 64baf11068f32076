import { list, note, textReply } from '../../reply/reply';
import { refusal } from '../../reply/wording';
import { actorOf, metaOf } from '../access';
import { defineCommand } from '../define-command';

// `处室 列表` · `处室 添加 <名称> [别名…]` · `处室 改名 <旧> <新>` (admins): the bureau's divisions beyond the
// plans' (a 财政处 the plan never names), and new names — under which every record made under the old name
// is found; renaming into an existing division merges the two, history kept.

type Args =
  | { kind: 'list' }
  | { kind: 'add'; name: string; aliases: string[] }
  | { kind: 'rename'; from: string; to: string };

const DIVISION = /^局?[\u4e00-\u9fa5]{1,10}(处|室|科|股|中心|办公室|办)$/;
const USAGE = '用法:处室 列表 · 处室 添加 <名称> [别名…] · 处室 改名 <旧名称> <新名称>';

export const divisionsCommand = defineCommand<Args>({
  name: '处室 列表',
  aliases: ['处室', 'divisions'],
  separated: true,
  usage:
    '处室 列表 · 处室 添加 <名称> [别名…] · 处室 改名 <旧> <新> — 处室名单;管理员添加方案之外的处室、改名',
  examples: ['处室 列表', '处室 添加 财政处 财政', '处室 改名 社保处 社会保障处'],
  parse(rest, _msg, deps) {
    const words = rest.split(/\s+/).filter(Boolean);
    const verb = words[0];
    if (!verb || verb === '列表' || verb === 'list') return { kind: 'list' };
    if (verb === '添加' || verb === 'add') {
      const [name, ...aliases] = words.slice(1).map((w) => w.replace(/^局(?=.+[处室科股心办])/, ''));
      if (!name) return textReply(USAGE, 'orange');
      if (!DIVISION.test(name))
        return textReply(`“${name}”不像处室名称(应以 处、室、科、股、中心、办公室 结尾)。${USAGE}`, 'orange');
      if (deps.knowledge.resolveDivision(name))
        return textReply(`已经有处室“${name}”。发「处室 列表」查看。`, 'orange');
      const taken = aliases.find((a) => deps.knowledge.resolveDivision(a));
      if (taken)
        return textReply(
          `别名“${taken}”已是处室${deps.knowledge.resolveDivision(taken)!.name}的叫法,请换一个。`,
          'orange',
        );
      return { kind: 'add', name, aliases };
    }
    if (verb === '改名' || verb === 'rename') {
      const [fromWord, toWord, ...more] = words.slice(1);
      if (!fromWord || !toWord || more.length > 0) return textReply(USAGE, 'orange');
      const from = deps.knowledge.resolveDivision(fromWord);
      if (!from || from.external) return textReply(`没有处室“${fromWord}”。发「处室 列表」查看。`, 'orange');
      const to = toWord.replace(/^局(?=.+[处室科股心办])/, '');
      if (!DIVISION.test(to)) return textReply(`“${to}”不像处室名称。${USAGE}`, 'orange');
      if (from.name === to) return textReply(`${from.name} 已经叫这个名称。`, 'orange');
      return { kind: 'rename', from: from.name, to: deps.knowledge.resolveDivision(to)?.name ?? to };
    }
    return textReply(USAGE, 'orange');
  },
  run(args, msg, deps) {
    if (args.kind === 'list') {
      const { renames } = deps.store.divisionSettings();
      const added = new Set(deps.store.divisionSettings().divisions.map((d) => d.name));
      const rows = deps.knowledge.divisions
        .filter((d) => !d.external)
        .map((d) => {
          const old = Object.keys(renames).filter((k) => renames[k] === d.name);
          const aliases = d.aliases.filter((a) => !old.includes(a));
          return `${d.name}${added.has(d.name) ? '(方案之外,管理员添加)' : ''}${aliases.length > 0 ? ` 又称 ${aliases.join('、')}` : ''}${old.length > 0 ? ` 原名 ${old.join('、')}` : ''}`;
        });
      return {
        title: '处室',
        colour: 'blue',
        blocks: [list(rows), note('管理员可以:处室 添加 <名称> [别名…]、处室 改名 <旧> <新>。')],
      };
    }
    if (!actorOf(msg, deps).isAdmin) return refusal('只有管理员可以添加处室或改名。');
    if (args.kind === 'add') {
      deps.store.addDivision(metaOf(msg), { name: args.name, aliases: args.aliases });
      return textReply(
        `已添加处室 ${args.name}${args.aliases.length > 0 ? `(又称 ${args.aliases.join('、')})` : ''}。现在可以把成员加入该处室、指派目标、登记整改事项。`,
        'green',
      );
    }
    const merge = deps.knowledge.resolveDivision(args.to) !== undefined;
    deps.store.renameDivision(metaOf(msg), args.from, args.to);
    return textReply(
      merge
        ? `已将 ${args.from} 并入 ${args.to}:原来记在 ${args.from} 名下的成员、进展和整改事项都归到 ${args.to},历史保留。`
        : `已将 ${args.from} 改名为 ${args.to}:原来的记录都可以用新名称查到,旧名称也仍可识别。`,
      'green',
    );
  },
});
