/**
 * A file system error as a short message that never quotes a path or value. Its own module:
 * scan workers need it without loading the walker's glob and ignore libraries (about 55 ms of
 * CPU at each worker's start).
 */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EISDIR':
      return 'is a directory';
    default:
      return code ? `cannot read (${code})` : 'cannot read';
  }
}
