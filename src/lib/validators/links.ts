/**
 * External links (producer shops, social media, maps). Links are rendered as `<a href>`, so
 * anything but a plain https address is refused: `javascript:` and `data:` would run code on the
 * catalogue's own origin, and `http:` triggers mixed-content and "not secure" warnings.
 */
import { fail, ok, show, textInput } from './result.ts';
import type { Result } from './result.ts';

const EXAMPLE = 'https://www.example.com/toko';
const WHAT = { id: 'Tautan', en: 'Link' };

// Browsers silently drop tabs and newlines inside URLs and strip control characters at the
// ends, which is how "java\tscript:" slips past naive checks; any such character is refused.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}\s]/u;

/** Validates an absolute `https:` URL on a public host name and returns its normalised `href`. */
export function parseHttpsUrl(input: unknown): Result<string> {
  const text = textInput(input, WHAT, EXAMPLE, false);
  if (!text.ok) return text;
  // Only ordinary spaces around the value are forgiven (YAML quoting leaves them there).
  const value = text.value.replace(/^ +| +$/g, '');
  const shown = show(text.value);
  if (INVISIBLE.test(value)) {
    return fail(
      `${WHAT.id} ${shown} memuat spasi atau karakter tersembunyi. Hapus spasinya atau salin ulang tautan dari bilah alamat browser, misalnya "${EXAMPLE}".`,
      `${WHAT.en} ${shown} contains spaces or hidden characters. Remove them or copy the link again from the browser's address bar, e.g. "${EXAMPLE}".`,
    );
  }
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  // "example.com:8080/toko" is syntactically a scheme "example.com:"; the editor meant an address.
  if (
    scheme === undefined ||
    (scheme !== 'https' && /^[\w-]+(\.[\w-]+)+(?::\d+)?(?:[/?#]|$)/.test(value))
  ) {
    const hint = /^(?:www\.|[\w-]+\.[a-z]{2,})/i.test(value) ? `https://${value}` : EXAMPLE;
    return fail(
      `${WHAT.id} ${shown} tidak lengkap: tautan harus diawali https://, misalnya "${hint}".`,
      `${WHAT.en} ${shown} is incomplete: a link must start with https://, e.g. "${hint}".`,
    );
  }
  if (scheme === 'http') {
    const https = `https:${value.slice(5)}`;
    return fail(
      `${WHAT.id} ${shown} memakai http://, yang tidak aman. Gunakan https:// (buka dulu "${https}" untuk memastikan halamannya bisa dibuka).`,
      `${WHAT.en} ${shown} uses http://, which is not secure. Use https:// instead (open "${https}" first to make sure the page loads).`,
    );
  }
  if (scheme !== 'https') {
    return fail(
      `${WHAT.id} ${shown} memakai "${scheme}:", padahal hanya tautan https:// yang diizinkan. Tulis alamat halaman web, misalnya "${EXAMPLE}".`,
      `${WHAT.en} ${shown} uses "${scheme}:", but only https:// links are allowed. Write a web page address, e.g. "${EXAMPLE}".`,
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail(
      `${WHAT.id} ${shown} bukan alamat web yang valid. Salin ulang tautan dari bilah alamat browser, misalnya "${EXAMPLE}".`,
      `${WHAT.en} ${shown} is not a valid web address. Copy the link again from the browser's address bar, e.g. "${EXAMPLE}".`,
    );
  }
  if (url.username || url.password) {
    return fail(
      `${WHAT.id} ${shown} memuat nama pengguna atau kata sandi sebelum "@". Hapus bagian itu; tautan publik tidak boleh memuat data login.`,
      `${WHAT.en} ${shown} contains a user name or password before "@". Remove that part; public links must not contain login details.`,
    );
  }
  if (url.protocol !== 'https:' || !/\.[^.]/.test(url.hostname)) {
    return fail(
      `${WHAT.id} ${shown} tidak memuat nama situs yang lengkap (seperti example.com). Salin ulang tautan dari bilah alamat browser, misalnya "${EXAMPLE}".`,
      `${WHAT.en} ${shown} has no complete site name (like example.com). Copy the link again from the browser's address bar, e.g. "${EXAMPLE}".`,
    );
  }
  return ok(url.href);
}
