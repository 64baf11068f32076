// What a chat spoke of last, so that `这个是哪个处牵头的`, `那3.3呢` and `它谁配合` are read against it. Kept
// behind this small interface (in memory now; a database may keep it for several instances).

/** The last task, division, subject and plan a chat referred to, and what was asked of them. */
export interface Topic {
  planId: string;
  taskId?: string;
  division?: string;
  /** The goal or indicator spoken of last, as its number is asked (`目标5`, `指标3`). */
  target?: string;
  /** Words of the last subject asked about (`古城项目群`). */
  subject?: string;
  /**
   * What was asked: who leads, who co-operates, what a unit does, a task's card, a figure, its leader (责任领导),
   * when it is due (完成时限).
   */
  ask?: 'who' | 'support' | 'owns' | 'card' | 'target' | 'leader' | 'time';
  /** The tasks the last reply listed, in the order shown: `第三个` is the third of them. */
  list?: string[];
  /** Words the last question asked about, to ask it again of another plan (`旧方案呢`). */
  words?: string;
  /** The year a figure was asked for (`2022年创新平台目标是多少`): `那研发投入呢` asks that year's figure too. */
  year?: number;
}

export interface ConversationMemory {
  /** The chat's topic, if it was set within the memory's span before `at`. */
  recall(chatId: string, at: Date): Topic | undefined;
  remember(chatId: string, topic: Topic, at: Date): void;
}
