import type { ReadContext } from '../reading';

export type RefContext = Pick<ReadContext, 'lexicon' | 'knowledge'> & Partial<Pick<ReadContext, 'search'>>;
