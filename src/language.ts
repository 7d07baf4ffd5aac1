// Which language an article is in, from its letters: the Arabic rules run on Arabic text, the
// English (compromise-based) path on English text.
export type Language = 'ar' | 'en' | 'unknown';

export function detectLanguage(text: string): Language {
  let arabic = 0;
  let latin = 0;
  // By code unit: the letters counted are all in the first plane, and a character-by-character string iterator makes a string per character.
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    if (cp >= 0x0600 && cp <= 0x06ff) arabic++;
    else if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a)) latin++;
  }
  if (arabic + latin < 20) return 'unknown';
  if (arabic >= latin) return 'ar';
  return latin > 3 * arabic ? 'en' : 'ar';
}
