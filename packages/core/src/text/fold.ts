/** Lower-case and strip diacritics, so « Téléphone » and "telephone" compare equal. */
export function fold(text: string): string {
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  // Latin letters fold one by one from a table; anything else takes the full path.
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    const folded = LATIN_FOLDS.get(code);
    if (folded === undefined) return foldSlowly(text);
    out += text.slice(copied, i).toLowerCase() + folded;
    copied = i + 1;
  }
  return out + text.slice(copied).toLowerCase();
}

const NOT_ASCII = /[^\u0000-\u007f]/;

function foldSlowly(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * `foldSlowly` of each Latin letter and combining accent. Folding a text unit by unit gives the
 * same result as folding it whole for these: they decompose alone, into a letter and accents
 * that are all stripped, and none lower-cases differently in context (unlike Greek sigma).
 */
const LATIN_FOLDS: ReadonlyMap<number, string> = (() => {
  const table = new Map<number, string>();
  const ranges: [number, number][] = [
    [0x80, 0x24f],
    [0x300, 0x36f],
    [0x1e00, 0x1eff],
  ];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) {
      const ch = String.fromCharCode(code);
      const folded = foldSlowly(ch);
      if (!/\p{M}/u.test(folded)) table.set(code, folded);
    }
  }
  return table;
})();

/**
 * Fold one UTF-16 unit at a time, keeping offsets aligned with the source: every character of
 * the result stands at the same index as in the input. Characters whose folded form is longer
 * than one unit keep their lower-case form.
 */
export function foldAligned(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      continue;
    }
    const base = ch
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    out += base.length === 1 ? base : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
  }
  return out;
}

const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/g;

/**
 * `foldAligned` for a whole text, fast: one `toLowerCase` and a replacement of accented Latin
 * letters only. Offsets stay aligned with the source.
 */
export function foldAlignedFast(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return foldAligned(text);
  return lower.replace(ACCENTED, (ch) => {
    const base = ch.normalize('NFD').charAt(0);
    return base.length === 1 ? base : ch;
  });
}
