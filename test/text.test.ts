// The word layer: words read once per document, with their sentence and clause, the gap to the
// next word, and the clitic readings of rules/morphology.yaml.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/document.js';
import { loadRules } from '../src/rules/load.js';
import { analysis, analysisAt, definiteForms, HASH_SEED, hashStep, PerForm, readings } from '../src/text/readings.js';
import { eachPiece, gapOf, pieceText, type PieceKind } from '../src/text/words.js';

const rules = loadRules();
const m = rules.morphology;
const stems = (form: string) => readings(m, form).map((r) => [r.prefix.text, r.stem, r.suffix]);

describe('readings: every clitic combination of the policy', () => {
  it.each<[string, string, string]>([
    ['مدنيين', '', 'مدنيين'],
    ['ومدنيين', 'و', 'مدنيين'],
    ['فمدنيين', 'ف', 'مدنيين'],
    ['بمدنيين', 'ب', 'مدنيين'],
    ['كمدنيين', 'ك', 'مدنيين'],
    ['لمدنيين', 'ل', 'مدنيين'],
    ['المدنيين', 'ال', 'مدنيين'],
    ['والمدنيين', 'وال', 'مدنيين'],
    ['فالمدنيين', 'فال', 'مدنيين'],
    ['بالمدنيين', 'بال', 'مدنيين'],
    ['كالمدنيين', 'كال', 'مدنيين'],
    ['وبالمدنيين', 'وبال', 'مدنيين'],
    ['فبالمدنيين', 'فبال', 'مدنيين'],
    ['وكالمدنيين', 'وكال', 'مدنيين'],
    ['للمدنيين', 'لل', 'مدنيين'],
    ['وللمدنيين', 'ولل', 'مدنيين'],
    ['فللمدنيين', 'فلل', 'مدنيين'],
    ['وبمدنيين', 'وب', 'مدنيين'],
    ['ولمدنيين', 'ول', 'مدنيين'],
    // a run of digits is a stem however short (و6 أكتوبر)
    ['و6', 'و', '6'],
  ])('%s reads as %s + %s', (form, prefix, stem) => {
    expect(stems(form)).toContainEqual([prefix, stem, null]);
    expect(analysis(m, form).forms[0]).toBe(form);
    expect(analysis(m, form).forms).toContain(stem);
  });

  it.each<[string, string[]]>([
    // لل is preposition and article, and also ل + a word in ل the article's ل merged into.
    ['للمدنيين', ['للمدنيين', 'مدنيين', 'لمدنيين']],
    ['للاجئين', ['للاجئين', 'اجئين', 'لاجئين']],
    // A stem shorter than min_stem is no reading.
    ['وب', ['وب']],
    ['بال', ['بال', 'ال']],
    ['من', ['من']],
    // A word that only looks like it has clitics keeps its whole form first.
    ['بلده', ['بلده', 'لده']],
  ])('%s has exactly the forms %j', (form, forms) => {
    expect([...analysis(m, form).forms].sort()).toEqual([...forms].sort());
  });

  it.each<[string, string, string]>([
    ['عائلاتهم', 'عائلات', 'هم'],
    ['منها', 'من', 'ها'],
    ['السوريين', 'سور', 'يين'],
    ['السوريه', 'سور', 'يه'],
    // The feminine ending written ت before a pronoun is read as the noun's own.
    ['مدينتهم', 'مدينه', 'هم'],
    ['بلدتها', 'بلده', 'ها'],
    ['بيتهم', 'بيت', 'هم'],
  ])('%s has the suffix reading %s + %s', (form, stem, suffix) => {
    expect(readings(m, form).map((r) => [r.stem, r.suffix])).toContainEqual([stem, suffix]);
    expect(analysis(m, form).forms).not.toContain(stem);
  });

  it.each<[string, string | null]>([
    ['سيخرج', 'يخرج'],
    ['وستغادر', 'تغادر'],
    ['فسيتم', 'يتم'],
    ['يخرج', null],
    ['بسيارة', null],
  ])('future prefix: %s → %s', (form, verb) => {
    expect(analysis(m, form).future).toBe(verb);
  });

  it('is memoised per form', () => {
    expect(readings(m, 'وبالحافلات')).toBe(readings(m, 'وبالحافلات'));
  });
});

describe('words of a document', () => {
  const text = 'خرج 500 شخص من حمص، وقال المحافظ: «وصلوا» (رويترز)\nوعاد آخرون. ثم انتهى';
  const doc = analyse(text, { rules });
  const view = doc.words.map((w) => [w.text, w.gap, w.sentence]);

  it('reads each word with the gap to the next and its sentence', () => {
    expect(view).toEqual([
      ['خرج', 'space', 0], ['500', 'space', 0], ['شخص', 'space', 0], ['من', 'space', 0], ['حمص', 'punctuation', 0],
      ['وقال', 'space', 0], ['المحافظ', 'quote', 0], ['وصلوا', 'quote', 0], ['رويترز', 'bracket', 0],
      ['وعاد', 'space', 1], ['اخرون', 'punctuation', 1], ['ثم', 'space', 2], ['انتهي', 'end', 2],
    ]);
  });

  it('a word knows its clause: a comma and وقال open new ones', () => {
    const clause = (w: string) => doc.words.find((x) => x.text === w)!.clause;
    expect(clause('خرج')).toBe(clause('حمص'));
    expect(clause('وقال')).not.toBe(clause('حمص'));
    expect(doc.clauses[clause('وقال')]!.start).toBeLessThanOrEqual(doc.words.find((x) => x.text === 'وقال')!.start);
  });

  it('wordsIn gives the words that start in a range', () => {
    const s = doc.sentences[1]!;
    expect(doc.wordsIn(s.start, s.end).map((w) => w.text)).toEqual(['وعاد', 'اخرون']);
  });

  it.each<[string | null, string]>([
    [null, 'end'], ['', 'none'], [' ', 'space'], ['  \n ', 'break'], ['، ', 'punctuation'], [' "', 'quote'], [' «', 'quote'], [') ', 'bracket'],
  ])('gap %j is %s', (between, gap) => {
    expect(gapOf(between)).toBe(gap);
  });
});

describe('the contraction and the article', () => {
  // After لل the stem may have lost the article's alif (الرستن), had the article's ل merged into its
  // own (اللاذقية), or have had no article at all (لبنان).
  it.each<[string, string[]]>([
    ['رستن', ['الرستن', 'اللرستن', 'لرستن']],
    ['اذقيه', ['الاذقيه', 'اللاذقيه', 'لاذقيه']],
    ['بنان', ['البنان', 'اللبنان', 'لبنان']],
  ])('لل + %s may stand for %j', (stem, forms) => {
    expect(definiteForms(m, stem)).toEqual(forms);
  });

  it('the prefixes a word is tried against start with its letter, the empty one first', () => {
    expect(m.prefixesFrom.get('و'.charCodeAt(0))!.map((p) => p.text)).toEqual(m.prefixes.filter((p) => !p.text || p.text.startsWith('و')).map((p) => p.text));
    expect(m.noPrefix.map((p) => p.text)).toEqual(['']);
    expect(m.prefixesFrom.has('ح'.charCodeAt(0))).toBe(false);
  });
});

/** The pieces of a document as visited, with their ranges and text. */
function pieces(doc: ReturnType<typeof analyse>, joiners: string): { kind: PieceKind; start: number; end: number; text: string }[] {
  const out: { kind: PieceKind; start: number; end: number; text: string }[] = [];
  eachPiece(doc.text, doc.words, joiners, (kind, start, end, word) => out.push({ kind, start, end, text: pieceText(doc.text, start, end, word) }));
  return out;
}

describe('pieces: runs of digits and letters, and marks', () => {
  const view = (text: string, joiners: string) => pieces(analyse(text, { rules }), joiners).map((p) => [p.kind, p.text]);
  it.each<[string, string, string[][]]>([
    ['و500 شخص', '', [['letters', 'و'], ['digits', '500'], ['letters', 'شخص']]],
    ['الـ24 ساعة', '', [['letters', 'ال'], ['digits', '24'], ['letters', 'ساعه']]],
    ['عام 1438هـ', '', [['letters', 'عام'], ['digits', '1438'], ['letters', 'ه']]],
    ['نحو 1,500 شخص', '.,', [['letters', 'نحو'], ['digits', '1,500'], ['letters', 'شخص']]],
    ['نحو 1,500,000 شخص', '.,', [['letters', 'نحو'], ['digits', '1,500,000'], ['letters', 'شخص']]],
    ['بلغ 2,5مليون', '.,', [['letters', 'بلغ'], ['digits', '2,5'], ['letters', 'مليون']]],
    ['عام 1438هـ، 2,500 شخص', '.,', [['letters', 'عام'], ['digits', '1438'], ['letters', 'ه'], ['mark', ','], ['digits', '2,500'], ['letters', 'شخص']]],
    ['نحو 1, 500 شخص', '.,', [['letters', 'نحو'], ['digits', '1'], ['mark', ','], ['digits', '500'], ['letters', 'شخص']]],
    ['في 20/5/2018', '/', [['letters', 'في'], ['digits', '20/5/2018']]],
    ['في 20/5/2018', '', [['letters', 'في'], ['digits', '20'], ['mark', '/'], ['digits', '5'], ['mark', '/'], ['digits', '2018']]],
    ['(رويترز) - 3', '', [['mark', '('], ['letters', 'رويترز'], ['mark', ')'], ['mark', '-'], ['digits', '3']]],
  ])('%s with joiners %j', (text, joiners, expected) => {
    expect(view(text, joiners)).toEqual(expected);
  });
});

describe('property: random Arabic text', () => {
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءةىأإآ'.split('');
  const piece = fc.oneof(
    fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 9 }).map((a) => a.join('')),
    fc.constantFrom(' ', '  ', '\n', '، ', '. ', '«', '»', '"', '(', ')', '500', 'ـ', 'ً', 'وال', 'لل', 'بال', 'Ab', '𝐀', '😀', '\t'),
  );
  it('words are in order, slice the text, carry a sentence when inside one, and read back to their stem', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const input = parts.join('');
        const doc = analyse(input, { rules });
        let last = -1;
        for (const w of doc.words) {
          expect(w.start).toBeGreaterThan(last);
          last = w.end - 1;
          expect(doc.text.slice(w.start, w.end)).toBe(w.text);
          expect(w.forms[0]).toBe(w.text);
          if (w.sentence >= 0) expect(doc.sentences[w.sentence]!.start).toBeLessThanOrEqual(w.start);
          for (const r of doc.readings(w.text)) {
            // ... the feminine ending written ت before a pronoun being read as the noun's own ه.
            const bound = r.suffix !== null && r.stem.endsWith(m.feminine) && w.text.endsWith(m.feminineBound! + r.suffix);
            const stem = bound ? r.stem.slice(0, -m.feminine.length) + m.feminineBound : r.stem;
            expect(r.prefix.text + stem + (r.suffix ?? '')).toBe(w.text);
            if (r.prefix.text || r.suffix) expect(r.stem.length).toBeGreaterThanOrEqual(m.minStem);
          }
        }
        expect(doc.words.at(-1)?.gap ?? 'end').toBe('end');
        // Words are the runs of letters and digits, each with the gap the text shows after it.
        expect(doc.words.map((w) => w.text)).toEqual(doc.text.match(/[\p{L}\p{N}]+/gu) ?? []);
        doc.words.forEach((w, k) => expect(w.gap).toBe(gapOf(k + 1 < doc.words.length ? doc.text.slice(w.end, doc.words[k + 1]!.start) : null)));
        // The pieces of the words and the marks between them are every character but white space, in order.
        const ps = pieces(doc, '.,');
        for (const p of ps) expect(doc.text.slice(p.start, p.end)).toBe(p.text);
        expect(ps.map((p) => p.text).join('')).toBe(doc.text.replace(/\s/g, ''));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the form cache', () => {
  const hash = (form: string) => [...form].reduce((h, _c, k) => hashStep(h, form.charCodeAt(k)), HASH_SEED);

  it('gives one analysis, and one string, per form, looked up by string or where the word stands', () => {
    const a = analysis(m, 'والمدنيين');
    expect(analysis(m, 'والمدنيين')).toBe(a);
    const text = 'خرج المدنيين والمدنيين';
    const at = text.indexOf('والمدنيين');
    // hashStep over each code unit, as the word scanner folds it.
    let h = HASH_SEED;
    for (let k = at; k < text.length; k++) h = hashStep(h, text.charCodeAt(k));
    expect(analysisAt(m, text, at, text.length, h)).toBe(a);
    expect(a.form).toBe('والمدنيين');
  });

  it('property: every form reads back to itself, however many forms pass through', () => {
    // More distinct forms than a generation holds: forms of the dropped generation are read again, not confused.
    const forms = Array.from({ length: 250_000 }, (_, k) => `ك${k.toString(36)}`);
    expect(forms.filter((f) => analysisAt(m, f, 0, f.length, hash(f)).form !== f)).toEqual([]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: forms.length - 1 }).map((k) => forms[k]!), (f) => {
        const a = analysis(m, f);
        expect(a.form).toBe(f);
        expect(a.readings).toEqual(readings(m, f));
      }),
      { numRuns: 500 },
    );
  });

  it('works out a per-form value once per form, not once per occurrence', () => {
    const seen: string[] = [];
    const lengths = new PerForm(({ form }) => {
      seen.push(form);
      return form.length;
    });
    const doc = analyse('عاد النازحون إلى القرية وعاد النازحون إلى المدينة', { rules });
    const got = doc.words.map((w) => lengths.of(w.analysis));
    expect(got).toEqual(doc.words.map((w) => w.text.length));
    expect(seen.sort()).toEqual([...new Set(doc.words.map((w) => w.text))].sort());
  });
});
