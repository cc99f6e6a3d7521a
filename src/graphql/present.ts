/** For a reference the graph itself holds (a relation's other end): a dangling one is a data error, NOT_FOUND. */
import { notFound } from '../errors.js';

export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw notFound(what);
  return value;
}
