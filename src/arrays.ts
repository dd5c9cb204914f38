/**
 * Array helpers safe for any length. Spreading an array into a call (`push(...items)`, `Math.max(...values)`)
 * passes each element as an argument on the stack, and a long one (about 100,000 elements: a big note or
 * template output) throws `Maximum call stack size exceeded`.
 */

/** Appends every item to `target` (in place, like `target.push(...items)`); returns `target`. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** Returns the smallest value (Infinity for none, like `Math.min()`). */
export function smallest(values: Iterable<number>): number {
  let found = Infinity;
  for (const value of values) found = value < found || Number.isNaN(value) ? value : found;
  return found;
}

/** Returns the largest value (-Infinity for none, like `Math.max()`). */
export function largest(values: Iterable<number>): number {
  let found = -Infinity;
  for (const value of values) found = value > found || Number.isNaN(value) ? value : found;
  return found;
}
