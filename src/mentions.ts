// What each matcher hands to the linker: the public mention plus where it stands in the
// normalised text (nStart/nEnd), so the linker can reason about clauses and distances.
import type { Corridor, DateMention, NumberMention, PlaceRef, PlaceRole, Quote, Span } from './schema.js';

export interface Located {
  /** Normalised-text range [nStart, nEnd) of the mention. */
  nStart: number;
  nEnd: number;
}

export interface NumberHit extends NumberMention, Located {
  /** The figure has the article (البلدات الثلاث، الساعات الـ24): it describes a definite noun, it does not count one. */
  definite: boolean;
  /** A percent sign or phrase belongs to the figure (80%، 95 في المئة): a share, not a count. */
  percent: boolean;
}

export interface DateHit extends DateMention, Located {
  /** `point`: a day/month/year; `since`: start of a running total (منذ 3 مايو); `period`: a span ending at published (خلال الساعات الـ24 الماضية). */
  role: 'point' | 'since' | 'period';
}

export interface PlaceHit extends Located {
  ref: PlaceRef;
  /** The role its cue word gives it (من → origin, إلى → destination, ...), or null. */
  role: PlaceRole | null;
  span: Span;
  /** The name is also an everyday word (سلوى، الطبقة): a cue made it a place. */
  ambiguous?: boolean;
}

export interface CorridorHit extends Located {
  corridor: Omit<Corridor, 'mentions'>;
  span: Span;
  /** True for `هذا الممر` and the like: a reference back to the previous corridor. */
  backReference: boolean;
}

/** `nStart/nEnd` is the whole statement (`statement`); `textStart/textEnd` the words (`start/end`). */
export interface QuoteHit extends Quote, Located {
  /** Normalised range of the quoted or reported words alone. */
  textStart: number;
  textEnd: number;
}
