/** Filters for a `ScanPool` in tests: defaults, nothing revealed, nothing rendered. */
export function poolFilters(root: string) {
  return {
    reveal: false,
    minConfidence: 0.5,
    inlineIgnore: true,
    reportUnusedIgnores: false,
    allowlist: [],
    cwd: root,
    root,
    render: false,
  };
}
