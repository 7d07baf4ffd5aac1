// Time grows with the text, not faster: a long text without full stops (one endless "sentence")
// and a stray quotation mark once made the linker, the place list and the quote finder quadratic.
// Ratios are measured within one run (the machine's speed cancels out), with generous margins:
// linear growth gives about 10x per step, quadratic about 100x.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import { loadRules } from '../src/rules/load.js';
import { analyse } from '../src/document.js';
import { quotation } from '../src/quotes/quote-text.js';
import { MAX_QUOTE, MAX_SENTENCE, sentences } from '../src/text/segment.js';

const rules = loadRules();

/** Invented wire-copy clauses, joined without a single full stop (deterministic). */
function unpunctuated(bytes: number): string {
  const places = ['حمص', 'حلب', 'إدلب', 'دوما', 'حرستا', 'الرستن', 'تلبيسة', 'جرابلس', 'درعا', 'القنيطرة'];
  const clauses = [
    (n: number, p: string, q: string) => `خرجت ${n % 50} حافلة تقل ${n} مدني من ${p} باتجاه ${q} صباح اليوم`,
    (n: number, p: string) => `وقال مسؤول في الهلال الأحمر إن نحو ${n} شخص عادوا إلى منازلهم في ${p} منذ مطلع الشهر`,
    (_: number, p: string) => `وشهدت المنطقة المحيطة ب${p} هدوءا حذرا بعد اشتباكات متقطعة`,
    (n: number, p: string) => `وأفادت مصادر محلية بنزوح أكثر من ${n} عائلة من قرى ريف ${p} خلال الأسبوع الماضي`,
    () => `وأكد المتحدث باسم اللجنة أن "العملية مستمرة وفق الاتفاق`,
    (_: number, p: string, q: string) => `ويجري العمل على تأمين الطريق بين ${p} و${q} لعبور القوافل الإنسانية`,
  ];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = clauses[i % clauses.length]!(100 + ((i * 7919) % 2900), places[i % places.length]!, places[(i * 3 + 1) % places.length]!);
    parts.push(part);
    size += Buffer.byteLength(part) + 1;
  }
  return parts.join(' ');
}

/** The fastest of `runs` runs: a busy machine only ever makes a run slower, so the minimum is the run's own cost. */
function seconds(text: string, runs = 1): number {
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    extract(text, { rules, published: '2018-05-13' });
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return best;
}

describe('linear time', () => {
  it('cuts a run without sentence ends into bounded pieces, and a stray quotation mark does not hide them', () => {
    const text = unpunctuated(200_000);
    const segs = sentences(text);
    expect(segs.length).toBeGreaterThan(text.length / MAX_SENTENCE);
    for (const s of segs) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
    const stray = `قال المسؤول "إن العملية انتهت. ${'وعاد الهدوء إلى المدينة. '.repeat(MAX_QUOTE / 20)}وخرج الجميع.`;
    expect(sentences(stray).length).toBeGreaterThan(MAX_QUOTE / 40);
    // A real quotation keeps its full stops inside.
    expect(sentences('قال المسؤول "انتهت العملية. وعاد الهدوء" في المدينة.')).toHaveLength(1);
  });

  it('reads a quotation left open no further than its sentence once it runs past any real quotation', () => {
    // One paragraph: an unclosed quotation would otherwise run to its end, read again by every statement before it.
    const text = `قال المسؤول "إن العملية انتهت. ${'وعاد الهدوء إلى المدينة بعد أيام من القتال. '.repeat(MAX_QUOTE / 20)}وخرج الجميع.`;
    const doc = analyse(text, { rules });
    const open = text.indexOf('"');
    const q = quotation(doc, open);
    expect(q.unclosed).toBe(true);
    expect(doc.span(q.start, q.end).text).toBe('إن العملية انتهت');
    // Closed within reach, it is read in full, over its sentence ends.
    const closed = analyse('قال المسؤول "انتهت العملية. وعاد الهدوء" في المدينة.', { rules });
    expect(quotation(closed, closed.text.indexOf('"')).end).toBe(closed.text.lastIndexOf('"'));
  });

  it('warns when a text had to be cut', () => {
    expect(extract(unpunctuated(20_000), { rules }).warnings.join(' ')).toMatch(/without sentence ends/);
    expect(extract('خرج 300 مدني من حمص.', { rules }).warnings.join(' ')).not.toMatch(/without sentence ends/);
  });

  it('grows about linearly from 20 KB to 200 KB to 2 MB of text without full stops', () => {
    const [small, medium, large] = [20_000, 200_000, 2_000_000].map(unpunctuated);
    seconds(small!); // warm-up: compile the code paths first
    const t = [seconds(small!, 5), seconds(medium!, 3), seconds(large!, 3)];
    // Measured 4.6-5.1x and 6.9-8.5x; the margin is for a busy machine, far below a quadratic 100x.
    expect(t[1]! / t[0]!).toBeLessThan(15);
    expect(t[2]! / t[1]!).toBeLessThan(15);
  }, 60_000);
});
