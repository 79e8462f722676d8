/** Lower-case and strip diacritics, so « Téléphone » and "telephone" compare equal. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

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
