/**
 * What `piiscout check` loads once its flags are parsed: the check and its renderers. Not the
 * root index, which loads every detector (for `scanText`): a pooled check leaves the detectors
 * to its workers, as a pooled scan does.
 */
export { checkFailures, checkToReport, checkToStore } from './index.js';
export { DeclarationError } from '../policy/index.js';
export { renderCheckMarkdown } from '../report/check-markdown.js';
export { renderCheckTable } from '../report/check-table.js';
export { renderHtml } from '../report/html/index.js';
export { jsonReportPieces } from '../report/json-stream.js';
