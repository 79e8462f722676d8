import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { listCategories, resolveCategoryId } from '../taxonomy/index.js';
import schema from './declaration.schema.json' with { type: 'json' };
import type {
  DeclaredCategory,
  NegatedCategory,
  PolicyEvidence,
  PolicyExtraction,
} from './types.js';

/**
 * Declaration files: a hand-written YAML or JSON list of category ids (like a record of
 * processing activities), taken as it is instead of, or on top of, an extracted policy.
 *
 *     language: fr
 *     declared:
 *       - user.contact.email
 *       - category: user.name
 *         note: "formulaire de contact"
 *     negated: [user.device.ip_address]
 *     generic: true
 */

export interface DeclarationIssue {
  message: string;
  /** 1-based line in the declaration file, when known. */
  line?: number;
}

/** A declaration file that cannot be used; `issues` lists every problem with its line. */
export class DeclarationError extends Error {
  override name = 'DeclarationError';
  constructor(
    readonly path: string,
    readonly issues: DeclarationIssue[],
  ) {
    super(
      issues
        .map((issue) => `${path}${issue.line ? `:${issue.line}` : ''}: ${issue.message}`)
        .join('\n'),
    );
  }
}

type EntryInput = string | { category: string; level?: 'specific' | 'parent'; note?: string };
interface DeclarationInput {
  language?: PolicyExtraction['language'];
  declared?: EntryInput[];
  negated?: EntryInput[];
  generic?: boolean | string;
}

let validator: ValidateFunction<DeclarationInput> | undefined;

/** The schema's validator, compiled on first use: most runs of the CLI never read a declaration. */
function validateDeclaration(): ValidateFunction<DeclarationInput> {
  validator ??= new Ajv({ allErrors: true }).compile<DeclarationInput>(schema);
  return validator;
}

/** Parse and check a declaration file (YAML or JSON, which is YAML too). Throws DeclarationError. */
export function loadDeclaration(text: string, path: string): PolicyExtraction {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    throw new DeclarationError(
      path,
      document.errors.map((error) => ({
        message: error.message.split('\n')[0] ?? 'invalid YAML',
        line: lineCounter.linePos(error.pos[0]).line,
      })),
    );
  }
  const data: unknown = document.toJS();
  const lineOf = (pointer: (string | number)[]): number | undefined =>
    nodeLine(document, lineCounter, pointer);
  const validate = validateDeclaration();
  if (!validate(data)) {
    throw new DeclarationError(path, schemaIssues(validate.errors ?? [], lineOf));
  }
  const issues: DeclarationIssue[] = [];
  const source = `declared in ${basename(path)}`;
  const readList = (key: 'declared' | 'negated'): DeclaredCategory[] =>
    (data[key] ?? []).flatMap((entry, index) => {
      const raw = typeof entry === 'string' ? entry : entry.category;
      const pointer = typeof entry === 'string' ? [key, index] : [key, index, 'category'];
      const line = lineOf(pointer) ?? 1;
      const category = resolveCategoryId(raw);
      if (!category) {
        issues.push({ message: unknownCategoryMessage(raw), line });
        return [];
      }
      const level = typeof entry === 'string' ? 'specific' : (entry.level ?? 'specific');
      const note = typeof entry === 'string' ? undefined : entry.note;
      return [{ category, level, evidence: [{ text: note ?? source, line }] }];
    });
  const declared = mergeSame(readList('declared'));
  const negated: NegatedCategory[] = mergeSame(readList('negated')).map(
    ({ category, evidence }) => ({ category, evidence }),
  );
  if (issues.length > 0) throw new DeclarationError(path, issues);
  const generic: PolicyEvidence[] =
    data.generic === undefined || data.generic === false
      ? []
      : [
          {
            text: typeof data.generic === 'string' ? data.generic : source,
            line: lineOf(['generic']) ?? 1,
          },
        ];
  return { language: data.language ?? 'en', declared, negated, generic };
}

/**
 * Correct an extracted policy with a declaration: the declaration's categories are added,
 * a category the declaration negates leaves `declared`, one it declares leaves `negated`,
 * and its generic disclosure is added. The extraction's language is kept.
 */
export function mergeDeclarations(
  extracted: PolicyExtraction,
  declaration: PolicyExtraction,
): PolicyExtraction {
  const declaredIds = new Set(declaration.declared.map((entry) => entry.category));
  const negatedIds = new Set(declaration.negated.map((entry) => entry.category));
  const declared = mergeSame([
    ...declaration.declared,
    ...extracted.declared.filter((entry) => !negatedIds.has(entry.category)),
  ]);
  const negated = mergeSame([
    ...declaration.negated.map((entry) => ({ ...entry, level: 'specific' as const })),
    ...extracted.negated
      .filter((entry) => !declaredIds.has(entry.category))
      .map((entry) => ({ ...entry, level: 'specific' as const })),
  ]).map(({ category, evidence }) => ({ category, evidence }));
  return {
    language: extracted.language,
    declared,
    negated,
    generic: [...declaration.generic, ...extracted.generic],
  };
}

/** The error message for an unknown id, naming the nearest valid one. */
export function unknownCategoryMessage(id: string): string {
  const nearest = nearestCategoryId(id);
  return `unknown category '${id}'${nearest ? ` (did you mean '${nearest}'?)` : ''}`;
}

/** The valid category id closest to `id` by edit distance, if any is reasonably close. */
export function nearestCategoryId(id: string): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const category of listCategories()) {
    const distance = editDistance(id, category.id);
    if (!best || distance < best.distance) best = { id: category.id, distance };
  }
  return best && best.distance <= Math.max(3, Math.floor(id.length / 3)) ? best.id : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(
        Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

function mergeSame(entries: DeclaredCategory[]): DeclaredCategory[] {
  const byId = new Map<string, DeclaredCategory>();
  for (const entry of entries) {
    const known = byId.get(entry.category);
    if (!known) {
      byId.set(entry.category, { ...entry, evidence: [...entry.evidence] });
      continue;
    }
    if (entry.level === 'specific') known.level = 'specific';
    known.evidence.push(...entry.evidence);
  }
  return [...byId.values()];
}

function schemaIssues(
  errors: ErrorObject[],
  lineOf: (pointer: (string | number)[]) => number | undefined,
): DeclarationIssue[] {
  const seen = new Set<string>();
  const issues: DeclarationIssue[] = [];
  // anyOf reports every failed branch: keep the errors of the branch of the right type.
  const typedPaths = new Set(
    errors
      .filter((error) => error.keyword !== 'type' && error.keyword !== 'anyOf')
      .map((error) => error.instancePath),
  );
  for (const error of errors) {
    if (
      error.keyword === 'anyOf' ||
      (error.keyword === 'type' && typedPaths.has(error.instancePath))
    )
      continue;
    const pointer = error.instancePath
      .split('/')
      .slice(1)
      .map((part) =>
        /^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~'),
      );
    const where = error.instancePath || '(root)';
    const detail =
      error.keyword === 'additionalProperties'
        ? `unknown key '${String((error.params as { additionalProperty?: string }).additionalProperty)}'`
        : error.keyword === 'pattern'
          ? 'is not a category id (like user.contact.email)'
          : (error.message ?? 'is invalid');
    const message = `${where} ${detail}`;
    if (seen.has(message)) continue;
    seen.add(message);
    issues.push({ message, line: lineOf(pointer) });
  }
  return issues;
}

/** The line of the node at `pointer`, or of its nearest ancestor that exists. */
function nodeLine(
  document: Document,
  lineCounter: LineCounter,
  pointer: (string | number)[],
): number | undefined {
  for (let length = pointer.length; length >= 0; length--) {
    const node = length === 0 ? document.contents : document.getIn(pointer.slice(0, length), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return lineCounter.linePos(range[0]).line;
  }
  return undefined;
}

function basename(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
