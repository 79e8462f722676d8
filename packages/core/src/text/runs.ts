/** A stretch of text: `start` inclusive, `end` exclusive. */
export interface Run {
  start: number;
  end: number;
}

/**
 * Find the next run of at least `minLength` characters that are all `members` (a table by char
 * code; codes past its end are not members), at or after `from`; fill `run` and return true, or
 * return false. A run that long must cover one of the characters probed every `minLength`
 * positions, so text without such runs (prose is mostly letters a hex-digit class rejects) is
 * skipped far faster than a regex trying every position. The class is a table, not a function:
 * detectors share this loop, and a function argument that differs between callers stops the
 * engine from inlining it (mac-address was measured ~2x slower once three detectors passed
 * their own). With `before`, only runs that hold a character before it are looked for (one
 * may be returned that starts past it): a search of one window stops at its end.
 */
export function nextRun(
  text: string,
  from: number,
  minLength: number,
  members: Uint8Array,
  run: Run,
  before: number = text.length,
): boolean {
  const length = text.length;
  const limit = members.length;
  // Probes stop where a run would start at `before` or past the text (one test per probe).
  const stop = Math.min(length, before + minLength - 1);
  let p = from;
  // No run starts in [from, p): each would span a probe that is not a member.
  while (p + minLength <= stop) {
    const probe = p + minLength - 1;
    const code = text.charCodeAt(probe);
    if (code >= limit || members[code] === 0) {
      p = probe + 1;
      continue;
    }
    let start = probe;
    while (start > p && isMemberAt(text, start - 1, members)) start--;
    // A run from `start` must reach `last`: one test rejects the many short tokens (timestamps,
    // hex ids, words of hex letters) before reading on, and no run starts in [start, last].
    const last = start + minLength - 1;
    if (last >= length) return false;
    const lastCode = text.charCodeAt(last);
    if (lastCode >= limit || members[lastCode] === 0) {
      p = last + 1;
      continue;
    }
    let end = probe + 1;
    while (end < length && isMemberAt(text, end, members)) end++;
    if (end - start >= minLength) {
      run.start = start;
      run.end = end;
      return true;
    }
    p = end;
  }
  return false;
}

function isMemberAt(text: string, index: number, members: Uint8Array): boolean {
  const code = text.charCodeAt(index);
  return code < members.length && members[code] !== 0;
}
