/**
 * A copy of `text` that keeps nothing else alive. V8 stores a slice of 13 characters or more
 * as a view into its source, so a finding's value sliced from a 1 MiB segment would hold the
 * whole segment in memory for as long as the finding lives: a large file's findings, kept until
 * the file is done, would keep every segment of the file (80 MB live for a 60 MB file).
 * Prepending a character makes a rope; slicing the rope flattens it into a fresh string of the
 * value's own length, and the slice points into that.
 */
export function detach(text: string): string {
  return isDetached(text) ? text : (' ' + text).slice(1);
}

/** Whether `detach` returns `text` itself: shorter slices are copies, and hold nothing alive. */
export function isDetached(text: string): boolean {
  return text.length < 13;
}
