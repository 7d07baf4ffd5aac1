// arabic-reshaper ships no types: its one function maps Arabic letters to their contextual
// presentation forms (isolated, initial, medial, final; lam-alef ligatures).
declare module 'arabic-reshaper' {
  const ArabicReshaper: { convertArabic(text: string): string };
  export default ArabicReshaper;
}
