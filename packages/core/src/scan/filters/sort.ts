import type { Finding } from '../../types.js';

/** Stable report order: path, archive entry, line, column, then the other locators and type. */
export function compareFindings(a: Finding, b: Finding): number {
  const la = a.location;
  const lb = b.location;
  return (
    compareText(la.path, lb.path) ||
    compareText(la.entry, lb.entry) ||
    compareText(la.sheet, lb.sheet) ||
    compareText(la.table, lb.table) ||
    compareNumber(la.page, lb.page) ||
    compareNumber(la.row, lb.row) ||
    compareNumber(la.line, lb.line) ||
    compareNumber(la.column, lb.column) ||
    compareCell(la.cell, lb.cell) ||
    compareText(la.pointer, lb.pointer) ||
    compareText(la.field, lb.field) ||
    compareText(a.type, b.type) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}

export function sortFindings<T extends Finding>(findings: readonly T[]): T[] {
  return [...findings].sort(compareFindings);
}

function compareText(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}

function compareNumber(a: number | undefined, b: number | undefined): number {
  return (a ?? 0) - (b ?? 0);
}

/** B2 before B10 before AA1: by column length, then letters, then row number. */
function compareCell(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  const pa = /^([A-Z]+)(\d+)$/.exec(a);
  const pb = /^([A-Z]+)(\d+)$/.exec(b);
  if (!pa || !pb) return compareText(a, b);
  const [, ca = '', ra = '0'] = pa;
  const [, cb = '', rb = '0'] = pb;
  return Number(ra) - Number(rb) || ca.length - cb.length || compareText(ca, cb);
}
