/**
 * The digits a number matching a libphonenumber range pattern may start with, read from the
 * pattern's first token: a digit, `\d`, a class (`[2-9]`) or a group (`(?:268|8(?:00|33))`,
 * the union of its alternatives' first digits). Anything else, or a first token that may be
 * absent (`?`, `*`, `{0,…}`), answers every digit: the answer may hold too many, never too few,
 * so a pattern left out for a first digit cannot match a number starting with it.
 */
const EVERY_DIGIT: ReadonlySet<string> = new Set('0123456789');

export function firstDigits(pattern: string): ReadonlySet<string> {
  const token = firstToken(pattern);
  if (token === undefined || mayBeAbsent(pattern, token.end)) return EVERY_DIGIT;
  return token.digits;
}

interface Token {
  digits: ReadonlySet<string>;
  /** Offset after the token. */
  end: number;
}

function firstToken(pattern: string): Token | undefined {
  const first = pattern[0];
  if (first === undefined) return undefined;
  if (first >= '0' && first <= '9') return { digits: new Set(first), end: 1 };
  if (pattern.startsWith('\\d')) return { digits: EVERY_DIGIT, end: 2 };
  if (first === '[') return classToken(pattern);
  if (pattern.startsWith('(?:')) return groupToken(pattern);
  return undefined;
}

/** `[0-38]`: digits and ranges of digits only; a negated or other class answers undefined. */
function classToken(pattern: string): Token | undefined {
  const close = pattern.indexOf(']');
  if (close < 0) return undefined;
  const body = pattern.slice(1, close);
  if (!/^(?:[0-9](?:-[0-9])?)+$/.test(body)) return undefined;
  const digits = new Set<string>();
  for (let k = 0; k < body.length; k++) {
    const from = body.charCodeAt(k);
    const to = body[k + 1] === '-' ? body.charCodeAt(k + 2) : from;
    for (let code = from; code <= to; code++) digits.add(String.fromCharCode(code));
    if (body[k + 1] === '-') k += 2;
  }
  return { digits, end: close + 1 };
}

/** `(?:a|b|…)`: the union of the alternatives' first digits. */
function groupToken(pattern: string): Token | undefined {
  const close = closingParen(pattern);
  if (close < 0) return undefined;
  const digits = new Set<string>();
  for (const alternative of topLevelAlternatives(pattern.slice(3, close))) {
    for (const digit of firstDigits(alternative)) digits.add(digit);
  }
  return { digits, end: close + 1 };
}

/** The offset of the `)` closing the group that opens the pattern, or -1. */
function closingParen(pattern: string): number {
  let depth = 0;
  let inClass = false;
  for (let k = 0; k < pattern.length; k++) {
    const ch = pattern[k];
    if (ch === '\\') k++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return k;
  }
  return -1;
}

function topLevelAlternatives(body: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let k = 0; k < body.length; k++) {
    const ch = body[k];
    if (ch === '\\') k++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      alternatives.push(body.slice(start, k));
      start = k + 1;
    }
  }
  alternatives.push(body.slice(start));
  return alternatives;
}

function mayBeAbsent(pattern: string, end: number): boolean {
  const next = pattern[end];
  return next === '?' || next === '*' || pattern.startsWith('{0', end);
}
