/**
 * A keyset page, as repositories read it: the first `first` rows strictly after the sort key
 * `after`. The API layer turns these into Relay connections (src/graphql/connection.ts); the data
 * layer knows nothing of cursors or GraphQL.
 */
export interface PageRequest {
  readonly first: number;
  /** Sort value and key of the row after which the page starts; null for the first page. */
  readonly after: readonly [string | number | null, string] | null;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly totalCount: number;
  readonly hasNextPage: boolean;
}
