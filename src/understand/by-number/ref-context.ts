import type { ReadContext } from '../reading';

/** What reading a number needs: the plan's words and knowledge, and its search where one is at hand. */
export type RefContext = Pick<ReadContext, 'lexicon' | 'knowledge'> & Partial<Pick<ReadContext, 'search'>>;
