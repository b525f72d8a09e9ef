/**
 * A zod error as editor problems: one per issue, at the field it names (an unknown field at the
 * field itself), with the line in the source file and the bilingual message. Used by every
 * stage that reads a YAML or frontmatter file against a schema.
 */
import type { z } from 'astro/zod';
import { describeIssue, fieldPath } from '../messages/bilingual.ts';
import type { ParsedSource } from '../content-files/source.ts';
import type { Problem } from './check.ts';
import { keysAt } from './schema-walk.ts';

export function zodProblems(
  error: z.ZodError,
  file: string,
  schema: z.ZodType,
  source: Pick<ParsedSource, 'lineOf'>,
  pathPrefix: PropertyKey[] = [],
): Problem[] {
  return error.issues.map((issue) => {
    const path = [...pathPrefix, ...issue.path];
    const keys = issue.code === 'unrecognized_keys' ? keysAt(schema, issue.path) : [];
    // An unknown field is reported at the field itself, not at its parent.
    if (issue.code === 'unrecognized_keys' && issue.keys[0]) path.push(issue.keys[0]);
    return {
      file,
      field: path.length ? fieldPath(path) : undefined,
      line: source.lineOf(path),
      message: describeIssue(issue, keys),
    };
  });
}
