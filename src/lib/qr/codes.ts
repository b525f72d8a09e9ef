/**
 * Permanent short codes for QR links. Codes are uppercase Crockford base32 (no I, L, O, U), so
 * the whole printed URL fits QR's compact alphanumeric mode and can be read aloud or typed.
 */
import { CROCKFORD_ALPHABET } from '../validators/qr-code.ts';

/** Four characters: 32^4 = 1,048,576 codes, far more than NTT's 3,442 villages will need. */
export const CODE_LENGTH = 4;

/**
 * A random code that is not in `taken`. `random` returns integers in [0, 32); tests pass a
 * seeded one, the CLI passes crypto.
 */
export function newCode(
  taken: ReadonlySet<string>,
  random: () => number,
  length = CODE_LENGTH,
): string {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    let code = '';
    for (let i = 0; i < length; i++) code += CROCKFORD_ALPHABET[random() % 32];
    if (!taken.has(code)) return code;
  }
  // Only reachable when nearly every code of this length is used: grow instead of looping.
  return newCode(taken, random, length + 1);
}
