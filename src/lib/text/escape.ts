/** Escapes text for HTML/SVG/XML content and attribute values (numeric character references). */
export function escapeMarkup(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
