import { ancestorsOf, isAncestor } from '../taxonomy/index.js';
import type {
  CategoryComparison,
  CategoryStatus,
  PolicyEvidence,
  PolicyExtraction,
} from './types.js';

/**
 * Compare what a policy declares with the categories found in the data, after PoliCheck's
 * consistency model, for one category C found N times:
 *
 * - `contradicted`: the policy negates C or a broader group containing C ("we do not collect
 *   financial data" and an IBAN is found). Checked first: a policy that says both "we collect"
 *   and "we do not collect" contradicts itself, and the auditor must see it.
 * - `documented`: the policy names C or a narrower category (a declared bank account
 *   documents found `user.financial`, which only a `salaire` column revealed).
 * - `vague`: the policy names only a broader group ("contact details" for an e-mail).
 *   The root `user` is not such a group: declaring it is a generic disclosure.
 * - `generic`: the policy discloses personal data only in general.
 * - `undocumented`: nothing covers C.
 *
 * A declared category D with no finding of its own: `not_found` when nothing in its subtree
 * was found either; otherwise it is `documented` with the findings of its subtree (those
 * findings also appear under their own, narrower categories, usually as `vague`).
 */
export function comparePolicy(
  declared: PolicyExtraction,
  found: ReadonlyMap<string, number>,
): CategoryComparison[] {
  const declaredIds = new Set(declared.declared.map((entry) => entry.category));
  const evidenceOf = (ids: Iterable<string>, from: 'declared' | 'negated'): PolicyEvidence[] => {
    const wanted = new Set(ids);
    return declared[from]
      .filter((entry) => wanted.has(entry.category))
      .flatMap((entry) => entry.evidence);
  };
  const generic = declared.generic.length > 0 || declaredIds.has('user');
  const entries: CategoryComparison[] = [];

  for (const [category, findings] of found) {
    if (findings <= 0) continue;
    const broader = new Set([category, ...ancestorsOf(category)]);
    const negatedHits = declared.negated
      .map((entry) => entry.category)
      .filter((id) => broader.has(id));
    const documenting = [...declaredIds].filter(
      (id) => id === category || isAncestor(category, id),
    );
    const vague = [...declaredIds].filter((id) => id !== 'user' && isAncestor(id, category));
    let status: CategoryStatus;
    let evidence: PolicyEvidence[] = [];
    if (negatedHits.length > 0) {
      status = 'contradicted';
      evidence = evidenceOf(negatedHits, 'negated');
    } else if (documenting.length > 0) {
      status = 'documented';
      evidence = evidenceOf(documenting, 'declared');
    } else if (vague.length > 0) {
      status = 'vague';
      evidence = evidenceOf(vague, 'declared');
    } else if (generic) {
      status = 'generic';
      evidence = declared.generic.length > 0 ? declared.generic : evidenceOf(['user'], 'declared');
    } else {
      status = 'undocumented';
    }
    entries.push(withEvidence({ category, status, findings }, evidence));
  }

  for (const entry of declared.declared) {
    const category = entry.category;
    if ((found.get(category) ?? 0) > 0 || category === 'user') continue;
    let subtree = 0;
    for (const [id, count] of found) if (isAncestor(category, id)) subtree += count;
    entries.push(
      withEvidence(
        { category, status: subtree > 0 ? 'documented' : 'not_found', findings: subtree },
        entry.evidence,
      ),
    );
  }
  return entries.sort(auditorOrder);
}

/** The categories whose status is one of `failOn` (e.g. the statuses that fail `check`). */
export function failingStatuses(
  categories: readonly CategoryComparison[],
  failOn: readonly CategoryStatus[],
): CategoryComparison[] {
  const failing = new Set(failOn);
  return categories.filter((entry) => failing.has(entry.status));
}

/** What `check` fails on by default: a category found in the data that is not documented. */
export const DEFAULT_FAIL_ON: readonly CategoryStatus[] = [
  'undocumented',
  'contradicted',
  'vague',
  'generic',
];

/** Order for an auditor: the worst first, then most findings first, then by id. */
export const STATUS_ORDER: readonly CategoryStatus[] = [
  'undocumented',
  'contradicted',
  'vague',
  'generic',
  'documented',
  'not_found',
];

function auditorOrder(a: CategoryComparison, b: CategoryComparison): number {
  return (
    STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
    b.findings - a.findings ||
    a.category.localeCompare(b.category)
  );
}

function withEvidence(entry: CategoryComparison, evidence: PolicyEvidence[]): CategoryComparison {
  return evidence.length > 0 ? { ...entry, evidence: dedupe(evidence).slice(0, 3) } : entry;
}

function dedupe(evidence: PolicyEvidence[]): PolicyEvidence[] {
  const seen = new Set<string>();
  return evidence.filter((item) => {
    const key = `${item.line}\u0000${item.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
