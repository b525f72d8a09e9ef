/**
 * Shortened client addresses: IPv4 to its /24 network (`203.0.113.0`), IPv6 to its /48
 * (`2001:db8:5::`). The shipped nginx config shortens the address before the line is written
 * (deploy/nginx/etalase.conf, `map $remote_addr $etalase_client`); this module does the same to
 * whatever the stats tool reads, so a log written without that map (an older log, another
 * server) still leaves no full address in any output or in memory longer than one line.
 */

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function ipv4Prefix(text: string): string | undefined {
  const m = IPV4.exec(text);
  if (!m) return undefined;
  const parts = m.slice(1, 4).map(Number);
  if (parts.some((n) => n > 255) || Number(m[4]) > 255) return undefined;
  return `${parts.join('.')}.0`;
}

/** The eight 16-bit groups of an IPv6 address, or undefined when it is not one. */
function ipv6Groups(text: string): number[] | undefined {
  let address = text.toLowerCase();
  const zone = address.indexOf('%');
  if (zone !== -1) address = address.slice(0, zone);
  // An embedded IPv4 tail (::ffff:192.0.2.1) counts as two groups.
  const tail = /(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/.exec(address);
  if (tail?.[1]) {
    const v4 = tail[1].split('.').map(Number);
    if (v4.some((n) => n > 255)) return undefined;
    const [a = 0, b = 0, c = 0, d = 0] = v4;
    address = `${address.slice(0, -tail[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const parse = (s: string): number[] | undefined => {
    if (s === '') return [];
    const groups = s.split(':');
    if (groups.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return undefined;
    return groups.map((g) => parseInt(g, 16));
  };
  const head = parse(halves[0] ?? '');
  const rest = halves.length === 2 ? parse(halves[1] ?? '') : [];
  if (!head || !rest) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  const missing = 8 - head.length - rest.length;
  if (missing < 1) return undefined;
  return [...head, ...Array<number>(missing).fill(0), ...rest];
}

/**
 * The shortened form of a client address: IPv4 /24, IPv6 /48 (an IPv4-mapped IPv6 address is
 * treated as the IPv4 address it carries). Idempotent: a shortened address stays the same.
 * Anything that is not an address gives undefined (the line is then malformed).
 */
export function shortenAddress(text: string): string | undefined {
  const v4 = ipv4Prefix(text);
  if (v4) return v4;
  if (!text.includes(':')) return undefined;
  const mapped = /^::ffff:(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/i.exec(text);
  if (mapped?.[1]) return ipv4Prefix(mapped[1]);
  const groups = ipv6Groups(text);
  if (!groups) return undefined;
  const prefix = groups.slice(0, 3);
  while (prefix.length && prefix[prefix.length - 1] === 0) prefix.pop();
  return `${prefix.map((g) => g.toString(16)).join(':')}::`;
}

/** True when the text holds something that looks like a full IPv4 or IPv6 address. */
export function holdsFullAddress(text: string): boolean {
  for (const m of text.matchAll(/\b\d{1,3}\.\d{1,3}\.\d{1,3}\.(\d{1,3})\b/g))
    if (m[1] !== '0') return true;
  for (const m of text.matchAll(/[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}/gi)) {
    const groups =
      m[0].includes('::') || m[0].split(':').length === 8 ? ipv6Groups(m[0]) : undefined;
    if (groups && groups.slice(3).some((g) => g !== 0)) return true;
  }
  return false;
}
