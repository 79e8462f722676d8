import type { Location } from '../types.js';

/** A short human form of where a value sits: `12:5`, `Feuil1!B7`, `p.2 l.14`, `clients.email row 3`. */
export function describeLocation(location: Location): string {
  const parts: string[] = [];
  if (location.entry) parts.push(`[${location.entry}]`);
  if (location.sheet !== undefined) parts.push(`${location.sheet}!${location.cell ?? ''}`);
  if (location.page !== undefined) parts.push(`p.${location.page}`);
  if (location.table !== undefined) parts.push(`${location.table}.${location.field ?? ''}`);
  if (location.line !== undefined) parts.push(`${location.line}:${location.column ?? 1}`);
  if (location.pointer !== undefined) parts.push(location.pointer || '/');
  else if (location.field !== undefined && location.table === undefined)
    parts.push(`${location.field}`);
  if (location.row !== undefined) parts.push(`row ${location.row}`);
  return parts.join(' ');
}
