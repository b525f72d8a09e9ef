/**
 * Access-log lines in the shipped `etalase_stats` format (deploy/nginx/etalase.conf), for the
 * stats tests and benchmark: what nginx would write for a request, with the address written
 * as given (pass a full one to check that the tool shortens it) and the User-Agent turned into
 * the client token nginx's maps write (`0 chrome mobile`), as nginx does.
 */
import { isbot } from 'isbot';
import { agentToken } from '../../src/lib/stats/agent.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number): string => String(n).padStart(2, '0');

/** nginx's `$time_local` of an instant, written with the given offset in hours (WITA = 8). */
export function timeLocal(epochMs: number, offsetHours = 8): string {
  const d = new Date(epochMs + offsetHours * 3_600_000);
  const sign = offsetHours < 0 ? '-' : '+';
  const abs = Math.abs(offsetHours);
  return `${two(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${sign}${two(Math.floor(abs))}${two((abs % 1) * 60)}`;
}

export interface SyntheticRequest {
  client: string;
  /** Instant, ms since the epoch (or an ISO string). */
  time: number | string;
  path: string;
  method?: string;
  status?: number;
  /** The request's User-Agent (written as its token); default a phone's Chrome. */
  userAgent?: string;
  /** Write this last field as is instead (an older "combined" log holding a User-Agent). */
  rawAgentField?: string;
  /** Offset `$time_local` is written with (hours; nginx writes the server's zone). */
  offsetHours?: number;
}

export const PHONE_BROWSER =
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
export const DESKTOP_BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
export const CRAWLER = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

/** One line as nginx writes it with `log_format etalase_stats`. */
export function logLine(r: SyntheticRequest): string {
  const time = typeof r.time === 'string' ? Date.parse(r.time) : r.time;
  return `${r.client} - - [${timeLocal(time, r.offsetHours ?? 8)}] "${r.method ?? 'GET'} ${r.path} HTTP/1.1" ${r.status ?? 200} 5120 "-" "${r.rawAgentField ?? agentToken(r.userAgent ?? PHONE_BROWSER, isbot)}"`;
}
