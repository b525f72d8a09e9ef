/** Small, careful text edits of frontmatter that keep the editor's comments and layout. */

/**
 * Adds `qr: 'CODE'` to a Markdown file's frontmatter: in place of the template's commented
 * `# qr:` line when there is one, else right after `category:`, else before the closing `---`.
 */
export function insertQrLine(source: string, code: string): string {
  const line = `qr: '${code}' # kode QR permanen, jangan diubah / permanent QR code, never edit`;
  const lines = source.split('\n');
  const end = lines.indexOf('---', 1);
  if (lines[0] !== '---' || end < 0) throw new Error('no frontmatter');
  const commented = lines.findIndex((l, i) => i < end && /^#\s*qr:/.test(l));
  if (commented > 0) lines[commented] = line;
  else {
    const category = lines.findIndex((l, i) => i < end && /^category:/.test(l));
    lines.splice(category > 0 ? category + 1 : end, 0, line);
  }
  return lines.join('\n');
}
