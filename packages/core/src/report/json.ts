/** The JSON report of report-contract.md: stable key order, two-space indentation. */
export function renderJson(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
