import type { Inline } from '../reply/reply';
import type { HitKind } from './hit-kind';

// What the plan says about a question, as evidence an answer can stand on (see find-evidence.ts).

/** Words of the question found in one plan item, verbatim or as a paraphrase of the field. */
export interface EvidenceTerm {
  /** The question's words, as normalised (`保障房`). */
  asked: string;
  /** The plan's words that matched (`保障房`, or its paraphrase `保障性租赁住房`). */
  found: string;
  /** Where `asked` stands in the question's subject. */
  from: number;
  to: number;
  /** Topic groups of the plan holding `found`. */
  spread: number;
  /** Held by few topic groups: evidence. A word spread across much of the plan is not. */
  distinctive: boolean;
  paraphrase: boolean;
}

export interface EvidenceHit {
  kind: HitKind;
  /** Task id, goal/indicator/measure index as a string, passage id. */
  ref: string;
  clause: string;
  title: string;
  /** Sum of the distinctive terms' weights (rarer and longer weigh more). */
  score: number;
  /** The distinctive terms the item holds, in question order. */
  terms: EvidenceTerm[];
  /** Characters of the question the distinctive terms cover. */
  covered: number;
  /**
   * Characters of what the question is about that this item leaves out: words the plan lacks, and
   * words it holds elsewhere only (智慧 of 智慧城市建设 against 创新型城市建设). Grammar and words
   * spread over much of the plan (审计, 建设) are not counted.
   */
  missing: number;
  /** The item's sentence holding the strongest term, and that sentence with the terms marked. */
  sentence: string;
  snippet: Inline[];
}

export interface Evidence {
  /** The question without its question words (`公租房审计谁来管?` → `公租房审计`). */
  subject: string;
  /** Items holding distinctive words of the question, best first. */
  hits: EvidenceHit[];
  /**
   * Items holding none, but some of the question's less common words (智慧 and 平台 of 智慧平台):
   * what is closest when the plan does not speak to the question. Never evidence.
   */
  near: EvidenceHit[];
  /** Content words of the question the plan never uses, nor any paraphrase of them (`债务`). */
  unknown: string[];
  /** How many characters of the question are such words. */
  unknownChars: number;
  /** Words of the question the plan uses all over (`审计`, `资金`): found, but no evidence. */
  common: string[];
}
