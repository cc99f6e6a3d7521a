/** Reports written by the benchmarks, in the repository's Prettier style so they pass `npm run lint` as written. */
export async function formatMarkdown(file: string, text: string): Promise<string> {
  const prettier = await import('prettier');
  return prettier.format(text, { ...(await prettier.resolveConfig(file)), parser: 'markdown' });
}
