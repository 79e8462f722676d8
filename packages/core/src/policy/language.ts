import { fold } from '../text/fold.js';
import type { PolicyLanguage } from './types.js';

const ENGLISH = new Set([
  'the',
  'and',
  'of',
  'to',
  'we',
  'you',
  'your',
  'our',
  'is',
  'are',
  'in',
  'for',
  'with',
  'this',
  'that',
  'by',
  'or',
  'may',
  'be',
  'on',
  'not',
  'it',
  'will',
  'when',
  'which',
  'from',
  'as',
  'us',
  'any',
  'have',
]);
const FRENCH = new Set([
  'le',
  'la',
  'les',
  'de',
  'des',
  'du',
  'et',
  'vous',
  'vos',
  'votre',
  'nous',
  'notre',
  'nos',
  'est',
  'sont',
  'pour',
  'dans',
  'par',
  'avec',
  'une',
  'un',
  'ou',
  'au',
  'aux',
  'ce',
  'ces',
  'qui',
  'que',
  'ne',
  'pas',
  'sur',
  'l',
  'd',
  'en',
  'a',
  'se',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
]);

/** Stop-word counts of one text. */
export function stopWordCounts(text: string): { en: number; fr: number } {
  let en = 0;
  let fr = 0;
  for (const word of fold(text).split(/[^a-z]+/)) {
    if (ENGLISH.has(word)) en++;
    if (FRENCH.has(word)) fr++;
  }
  return { en, fr };
}

/** The language of a sentence, or undefined when it has too few stop words to tell. */
export function detectLanguage(text: string): 'en' | 'fr' | undefined {
  const { en, fr } = stopWordCounts(text);
  if (en + fr < 2 || en === fr) return undefined;
  return en > fr ? 'en' : 'fr';
}

/**
 * The language of a whole policy: the language of most of its sentences (weighted by
 * length), or `mixed` when the other language holds at least a quarter of the text.
 */
export function documentLanguage(texts: readonly string[]): PolicyLanguage {
  let en = 0;
  let fr = 0;
  for (const text of texts) {
    const language = detectLanguage(text);
    if (language === 'en') en += text.length;
    if (language === 'fr') fr += text.length;
  }
  if (en + fr === 0) return 'en';
  const minority = Math.min(en, fr) / (en + fr);
  if (minority >= 0.25) return 'mixed';
  return en >= fr ? 'en' : 'fr';
}
