/** Prints problems for people: grouped by file, Indonesian first with the English below. */
import type { Problem } from './check.ts';

/** The report `check:content` and the build print. Empty string when there is nothing. */
export function formatProblems(problems: readonly Problem[]): string {
  if (problems.length === 0) return '';
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const blocks: string[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    const lines = [file];
    for (const p of list) {
      const where = [
        p.field ? `kolom/field: ${p.field}` : undefined,
        p.line ? `baris/line ${p.line}` : undefined,
      ]
        .filter(Boolean)
        .join(', ');
      lines.push(`  ✗ ${where || 'berkas/file'}`);
      lines.push(`    ${p.message.id}`);
      lines.push(`    ${p.message.en}`);
    }
    blocks.push(lines.join('\n'));
  }
  const files = byFile.size;
  blocks.push(
    `${problems.length} masalah di ${files} berkas. Perbaiki lalu jalankan lagi: npm run check:content\n` +
      `${problems.length} problem(s) in ${files} file(s). Fix them, then run again: npm run check:content`,
  );
  return blocks.join('\n\n');
}
