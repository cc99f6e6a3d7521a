/** Renders every zod issue as one line naming the variable, so a bad environment is fixed in one go. */
import type { z } from 'zod';

export function formatZodIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.length > 0 ? issue.path.join('.') : '(root)';
      return `  - ${where}: ${issue.message}`;
    })
    .join('\n');
}
