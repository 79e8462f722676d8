/**
 * V8 compiles a regex to machine code the second time it searches a long text, and tunes the
 * compiled skip-ahead to the characters it samples from the middle of that text. A regex whose
 * first long text is a log tunes itself to a log's digits and keeps a scan slower on every kind
 * of text for the rest of the process (a year search: code 1.26 against 0.79 ms for 2.2 MB, and
 * logs themselves 2.31 against 1.44 ms for 1.4 MB). Searching a few lines of ordinary words
 * first, in both string encodings, fixes that tuning whatever order a scan reads its files in.
 *
 * V8 samples 128 characters from the middle of that text, so the words chosen matter little,
 * but not nothing: every hot regex was timed over prose, logs and code compiled against these
 * words, other sentences, lines of each kind and a mix of them. All but a log's lines tuned
 * them alike (within the noise, 1-3 %), except the birth-word search: some sentences (one
 * with "below" and "written", lines of French prose) made it ~1.3x slower everywhere, these
 * words do not.
 */
const ORDINARY_SENTENCE = 'We met at the station, then walked to the old market by the river. ';
const ORDINARY_WORDS = ORDINARY_SENTENCE.repeat(34);
/** The same words as a two-byte string (one character beyond Latin-1), compiled separately. */
const ORDINARY_WIDE_WORDS = ORDINARY_WORDS + '\u2019';
/** Searches enough for V8 to tier a regex up to machine code. */
const WARM_SEARCHES = 3;

/** `pattern`, compiled against ordinary words; its `lastIndex` is back at 0. */
export function compiledOnOrdinaryText<T extends RegExp>(pattern: T): T {
  for (const text of [ORDINARY_WORDS, ORDINARY_WIDE_WORDS]) {
    for (let i = 0; i < WARM_SEARCHES; i++) {
      pattern.lastIndex = 0;
      pattern.exec(text);
    }
  }
  pattern.lastIndex = 0;
  return pattern;
}
