/**
 * Comparing three versions of a record for an edit that met someone else's change (a stale version, 409/412):
 * what it was when loaded, what I made of it, what it is now on the server. Plain functions over any record;
 * `project` turns a field's value into what counts for equality (lists without their React keys, trimmed text).
 */

export type Project<T, K extends keyof T> = (values: T, field: K) => unknown;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const identity = <T, K extends keyof T>(values: T, field: K): unknown => values[field];

/** The fields whose value differs between `from` and `to`, in the order given. */
export function changedFields<T, K extends keyof T>(fields: readonly K[], from: T, to: T, project: Project<T, K> = identity): K[] {
  return fields.filter((field) => !same(project(from, field), project(to, field)));
}

export interface FieldDiff<K> {
  field: K;
  /** I changed it since it was loaded. */
  mine: boolean;
  /** Someone else changed it since it was loaded. */
  theirs: boolean;
  /** Both changed it, to different values. */
  conflict: boolean;
}

/** Every field that I or someone else changed since the record was loaded, in the order given. */
export function threeWayDiff<T, K extends keyof T>(
  fields: readonly K[],
  loaded: T,
  mine: T,
  theirs: T,
  project: Project<T, K> = identity,
): FieldDiff<K>[] {
  return fields.flatMap((field) => {
    const base = project(loaded, field);
    const byMe = !same(base, project(mine, field));
    const byThem = !same(base, project(theirs, field));
    if (!byMe && !byThem) return [];
    return [{ field, mine: byMe, theirs: byThem, conflict: byMe && byThem && !same(project(mine, field), project(theirs, field)) }];
  });
}

/** The current record with my changes on top: my value where I changed a field, theirs everywhere else. */
export function rebase<T, K extends keyof T>(fields: readonly K[], loaded: T, mine: T, theirs: T, project: Project<T, K> = identity): T {
  const result = { ...theirs };
  for (const field of changedFields(fields, loaded, mine, project)) {
    result[field] = mine[field];
  }
  return result;
}
