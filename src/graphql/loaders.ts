/**
 * The request loaders' building blocks. Each domain declares its loaders in its own module
 * (`src/<domain>/<domain>Loaders.ts`, which also adds them to the `Loaders` interface of
 * src/context.ts by declaration merging); the composition root assembles one set per request.
 */
import DataLoader from 'dataloader';

type Batch<V> = (keys: readonly string[]) => Promise<V[]>;

/** One loader batching over keys: each resolver level costs one query however many parents it has. */
export const loader = <V>(batch: Batch<V>) => new DataLoader<string, V>(batch);

/** One loader per distinct parameter set (e.g. a filter), each batching over keys. */
export function loaderFamily<P, V>(batch: (keys: readonly string[], params: P) => Promise<V[]>) {
  const loaders = new Map<string, DataLoader<string, V>>();
  return (params: P): DataLoader<string, V> => {
    const id = JSON.stringify(params);
    let l = loaders.get(id);
    if (!l) {
      l = loader((keys) => batch(keys, params));
      loaders.set(id, l);
    }
    return l;
  };
}
