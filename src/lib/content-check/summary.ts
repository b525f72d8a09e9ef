/**
 * The content check's report as Markdown, for the summary page of a workflow run (GitHub
 * Actions `$GITHUB_STEP_SUMMARY`; GitLab and Forgejo show job logs, where the plain report is
 * printed too). Editors read it without opening logs: file, field, the fix in Indonesian, then
 * in English.
 */
import type { Problem } from './check.ts';

/** Markdown table cells: no pipes or line breaks may escape their cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Code span that survives any backticks in a file or field name. */
function code(text: string): string {
  return `<code>${cell(text).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</code>`;
}

export interface PublishSummary {
  problems: readonly Problem[];
  /** Products that received a QR code in this run. */
  assigned: readonly { slug: string; code: string }[];
  /** Short hash of the commit that recorded them, if one was made. */
  commit?: string | undefined;
}

/** The whole summary: QR codes given, then either "published" or the table of problems. */
export function publishSummary({ problems, assigned, commit }: PublishSummary): string {
  const out: string[] = [];
  if (assigned.length) {
    out.push(
      '### Kode QR baru / New QR codes',
      '',
      ...assigned.map((a) => `- ${code(a.slug)}: **${a.code}**`),
      '',
      commit
        ? `Dicatat dalam commit ${code(commit)}. / Recorded in commit ${code(commit)}.`
        : 'Belum di-commit. / Not committed.',
      '',
    );
  }
  if (problems.length === 0) {
    out.push(
      '### ✅ Pemeriksaan isi lulus / Content check passed',
      '',
      'Situs dibangun dan diterbitkan pada langkah berikutnya. / The next steps build and publish the site.',
    );
    return `${out.join('\n')}\n`;
  }
  const files = new Set(problems.map((p) => p.file)).size;
  out.push(
    `### ❌ Pemeriksaan isi gagal: ${problems.length} masalah di ${files} berkas / Content check failed: ${problems.length} problem(s) in ${files} file(s)`,
    '',
    'Tidak ada yang diterbitkan: situs tetap seperti sebelumnya. Perbaiki berkas di bawah (lewat /admin/ atau editor teks), simpan, dan pemeriksaan berjalan lagi. / Nothing was published: the live site stays as it was. Fix the files below (in /admin/ or a text editor) and save; the check runs again.',
    '',
    '| Berkas / File | Kolom / Field | Masalah dan perbaikan | Problem and fix |',
    '| --- | --- | --- | --- |',
  );
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
  for (const p of sorted) {
    const where = p.line ? `${code(p.file)} (baris/line ${p.line})` : code(p.file);
    out.push(
      `| ${where} | ${p.field ? code(p.field) : '—'} | ${cell(p.message.id)} | ${cell(p.message.en)} |`,
    );
  }
  return `${out.join('\n')}\n`;
}
