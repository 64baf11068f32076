import { describe, expect, it } from 'vitest';
import type { Topic } from '../../src/understand/conversation';
import { readMessage } from '../../src/understand/read-message';
import type { Ask, ReadContext } from '../../src/understand/reading';
import { coreDeps } from '../support/core';

// A message read against the shipped plan: what each part asks, with the chat's last topic.

const deps = coreDeps();
const ctx = (more: Partial<ReadContext> = {}): ReadContext => ({
  planId: deps.plan.id,
  lexicon: deps.plan.lexicon,
  knowledge: deps.knowledge,
  search: deps.search,
  ...more,
});

/** Each part's ask in a line: `who 3.2`, `ref 1.2 card`, `owns 投资处` … */
function asks(text: string, more: Partial<ReadContext> = {}): string[] {
  const reading = readMessage(text, ctx(more));
  if (reading.kind !== 'questions') return [reading.kind];
  return reading.parts.map(({ ask }) => brief(ask));
}

function brief(ask: Ask): string {
  switch (ask.kind) {
    case 'ref':
      return `ref ${'task' in ask.ref ? ask.ref.task.id : Object.keys(ask.ref)[0]} ${ask.wants}`;
    case 'who':
      return `${ask.wants} ${ask.about.map((a) => (a.reading.kind === 'task' ? a.reading.task.id : a.reading.kind)).join(',')}`;
    case 'owns':
      return `owns ${ask.divisions.map((d) => `${d.name}${ask.unlisted?.includes(d.name) ? '?' : ''}`).join(',')}`;
    case 'yes-no':
      return `yes-no ${ask.division.name} ${ask.about.reading.kind === 'task' ? ask.about.reading.task.id : ask.about.reading.kind}`;
    case 'choice':
      return `choice ${ask.divisions.map((d) => d.name).join(',')}`;
    case 'target-ref':
      return `${ask.target} ${ask.ref}`;
    case 'list':
      return `list ${ask.of}`;
    default:
      return ask.kind;
  }
}

describe('readMessage', () => {
  it('reads a number with whatever asks after it, casual endings included', () => {
    expect(asks('说说1.2')).toEqual(['ref 1.2 card']);
    expect(asks('任务1.1讲些什么东西')).toEqual(['ref 1.1 card']);
    expect(asks('1.1是干嘛的呀')).toEqual(['ref 1.1 card']);
    expect(asks('2.2谁配合')).toEqual(['ref 2.2 support']);
    expect(asks('指标4是个啥')).toEqual(['indicator 4']);
  });

  it('reads what a division does, whether a unit leads something, and a choice between units', () => {
    expect(asks('企金处牵头什么')).toEqual(['owns 企金处']);
    expect(asks('农环处和教科文处各自管什么')).toEqual(['owns 农环处,教科文处']);
    expect(asks('安居工程是投资处牵头吗')).toEqual(['yes-no 投资处 3.3']);
    expect(asks('学前教育是教科文处负责还是社保处负责')).toEqual(['choice 教科文处,社保处']);
  });

  it('reads each unit asked what it does in the order asked, one the plan never names marked so', () => {
    expect(asks('财政处和社保处分别管哪项')).toEqual(['owns 财政处?,社保处']);
    expect(asks('社保处、财政处分别负责什么')).toEqual(['owns 社保处,财政处?']);
    expect(asks('财政处跟社保处各自管什么')).toEqual(['owns 财政处?,社保处']);
    expect(asks('社保处和投资处分别管哪项')).toEqual(['owns 社保处,投资处']);
    expect(asks('财政处管什么')).toEqual(['owns 财政处?']);
    // Not a unit's name: pointing or asking words, or a yes/no with no asking what it does.
    expect(asks('哪个处管什么')).not.toContain('owns 哪个处?');
    expect(asks('财政处负责吗')).not.toEqual(['owns 财政处?']);
  });

  it('reads lists of one kind and the holder of a role', () => {
    expect(asks('保障措施有哪些')).toEqual(['list measures']);
    expect(asks('有哪些目标')).toEqual(['list targets']);
    // The goals by a goals heading with what stands under it asked; by the part's number too, where the part's
    // items are goals (一、总体要求 holds the plan's goals): the list, never words to look for.
    expect(asks('主要目标下面几条都是啥')).toEqual(['list targets']);
    expect(asks('一、主要目标下面都有哪些')).toEqual(['list targets']);
    expect(asks('二、重点任务下面有哪些')).toEqual(['ref section card']);
    expect(asks('组长是谁')).toEqual(['role']);
  });

  it('reads a goal or a measure by its heading when what it says is asked, and nothing else of it', () => {
    expect(asks('推动审计效能全域增强这个目标讲了啥')).toEqual(['goal 6']);
    expect(asks('保障措施里加强组织领导讲了啥')).toEqual(['ref measure card']);
    expect(asks('组织领导那条说了什么')).toEqual(['ref measure card']);
    expect(asks('推动重大项目争先竞跑')).toEqual(['goal 4']);
    // Who leads it, or a figure of it, is asked otherwise.
    expect(asks('加强组织领导谁负责')).not.toEqual(['ref measure card']);
    expect(asks('推动民生福祉稳步提升这个目标要求多少')).not.toEqual(['goal 3']);
  });

  it('reads a kind of figure asked of nothing as that figure of the subject asked before it', () => {
    const subjects = (text: string) => {
      const reading = readMessage(text, ctx());
      return reading.kind === 'questions'
        ? reading.parts.map(({ ask }) =>
            ask.kind === 'target' ? ask.about.subject.replace(/\s+/g, '') : ask.kind,
          )
        : [];
    };
    expect(subjects('社保基金审计谁负责 覆盖率多少')).toEqual(['who', '社保基金审计覆盖率']);
    expect(subjects('养老保险谁负责 覆盖率呢')).toEqual(['who', '养老保险覆盖率']);
    // A figure's name that singles out one indicator is asked as typed.
    expect(subjects('社保基金审计谁负责 移送率多少')).toEqual(['who', '移送率']);
  });

  it('reads a row of the indicator table by its 序号', () => {
    expect(asks('目标指标表里第1行是啥')).toEqual(['indicator 1']);
    expect(asks('第5行指标是什么')).toEqual(['indicator 5']);
  });

  it('splits two questions in one line at a mark, a comma or a space, and several numbers asked alike', () => {
    expect(asks('古城项目群谁负责，社保基金覆盖率要求多少')).toEqual(['lead 4', 'target']);
    expect(asks('扩中提低谁负责 移送率要求多少')).toEqual(['lead 2.3', 'target']);
    expect(asks('1.1和1.2分别讲什么')).toEqual(['ref 1.1 card', 'ref 1.2 card']);
    // A figure asked of each thing joined by 和: one figure question each.
    expect(asks('社保基金覆盖率和移送率各是多少')).toEqual(['target', 'target']);
    expect(asks('社保基金覆盖率和移送率要求多少')).toEqual(['target']);
    // A comma that only completes the question is no second question.
    expect(asks('学前教育是谁牵头，教科文处还是社保处')).toEqual(['choice 教科文处,社保处']);
    // A follow-up naming only its subject (`…呢`) is what the question after it asks of.
    expect(asks('医联体呢 谁负责')).toEqual(asks('医联体谁负责'));
    expect(asks('医联体呢 谁负责')).toHaveLength(1);
  });

  it('reads a follow-up against the chat’s topic: a pronoun, an ellipsis, a question asked of nothing', () => {
    const topic: Topic = { planId: deps.plan.id, taskId: '3.2', subject: '医联体', ask: 'who' };
    expect(asks('这个是哪个处牵头的', { topic })).toEqual(['ref 3.2 card']);
    expect(asks('谁配合', { topic })).toEqual(['ref 3.2 support']);
    expect(asks('那安居工程呢', { topic })).toEqual(['lead 3.3']);
    expect(asks('那3.1呢', { topic })).toEqual(['ref 3.1 card']);
    // After when a task is due, the same asked of another: its time.
    const due: Topic = { ...topic, ask: 'time' };
    expect(asks('那安居工程呢', { topic: due })).toEqual(['ref 3.3 time']);
    expect(asks('那3.1呢', { topic: due })).toEqual(['ref 3.1 time']);
    expect(asks('那农环处呢', { topic: { planId: deps.plan.id, division: '企金处', ask: 'owns' } })).toEqual([
      'owns 农环处',
    ]);
    // A topic of another plan is not this plan's: what 这个 stands for is not known here, and no topic at all
    // is the same (never a search for the pronoun's words).
    expect(asks('这个是哪个处牵头的', { topic: { ...topic, planId: 'other' } })).toEqual([
      'points-back-unknown',
    ]);
    expect(asks('那它谁配合', {})).toEqual(['points-back-unknown']);
    expect(asks('它具体讲些啥', {})).toEqual(['points-back-unknown']);
  });

  it('reads 我们处 as the sender’s division, and says it cannot when the roster does not know the sender', () => {
    expect(asks('我们处的任务是啥', { senderDivision: '投资处' })).toEqual(['owns 投资处']);
    expect(asks('本处牵头哪些任务')).toEqual(['own-division-unknown']);
  });

  it('reads greetings and thanks as said to the bot, and a question after a greeting as the question', () => {
    expect(asks('你好')).toEqual(['social']);
    expect(asks('好的，谢谢')).toEqual(['social']);
    expect(asks('你好，古城项目群谁负责')).toEqual(['lead 4']);
  });

  it('reads a homophone typo as the plan’s word, and a real word the plan lacks as lacking', () => {
    const typo = readMessage('安居功程谁牵头', ctx());
    const ask = typo.kind === 'questions' ? typo.parts[0]?.ask : undefined;
    expect(ask?.kind === 'who' && ask.about[0]?.corrections).toEqual([
      { typed: '安居功程', read: '安居工程' },
    ]);
    expect(asks('东西部写作谁负责')).toEqual(['lead 2.2']);
    expect(asks('农村公路谁负责')).toEqual(['lead absent']);
  });
});

describe('a task named by the words of its heading', () => {
  it('asked what it says is its card, as by its number, and the chat’s topic after', () => {
    expect(asks('安居工程讲的啥')).toEqual(['ref 3.3 card']);
    expect(asks('创新型城市建设是什么内容')).toEqual(['ref 1.1 card']);
    // Words of the task's body alone, or who leads it, are not asking for its card.
    expect(asks('保障性租赁住房讲的啥')).not.toEqual(['ref 3.3 card']);
    expect(asks('安居工程谁牵头')).toEqual(['lead 3.3']);
  });
});
