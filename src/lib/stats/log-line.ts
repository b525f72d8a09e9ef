/**
 * One line of the access log. The shipped format (deploy/nginx/etalase.conf, `etalase_stats`)
 * is nginx's "combined" layout with the address already shortened, the referrer left out and,
 * in place of the User-Agent, the coarse client token nginx derives from it (src/lib/stats/agent.ts):
 *
 *   203.0.113.0 - - [07/Dec/2026:09:15:02 +0800] "GET /P/ABCD/ HTTP/2.0" 200 5120 "-" "0 chrome mobile"
 *
 * An ordinary "combined" line parses too (its address is shortened here, its referrer ignored,
 * its User-Agent turned into the same token by the aggregator), so older logs can be counted.
 * Anything else — a cut-off line, a line of noise — is malformed: counted as such, never thrown.
 */
import { shortenAddress } from './address.ts';

export interface LogLine {
  /** Shortened client address (IPv4 /24, IPv6 /48). */
  client: string;
  /** The request's time, milliseconds since the epoch. */
  time: number;
  method: string;
  /** Path without the query, as sent (not decoded). */
  path: string;
  /** The query string without `?`, or '' when there is none. */
  query: string;
  status: number;
  /**
   * The last field: the client token nginx wrote ("0 chrome mobile"), or, in an older
   * "combined" log, a User-Agent ('' when none), held only while the line is counted.
   */
  agent: string;
}

const LINE =
  /^(\S+) \S+ \S+ \[(\d{2})\/([A-Z][a-z]{2})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})\] "([A-Z]+) (\S+)(?: [^"]*)?" (\d{3}) (?:\d+|-)(?: "(?:[^"\\]|\\.)*")? "((?:[^"\\]|\\.)*)"\s*$/;

const MONTHS: Record<string, number> = {
  Jan: 0,
  Feb: 1,
  Mar: 2,
  Apr: 3,
  May: 4,
  Jun: 5,
  Jul: 6,
  Aug: 7,
  Sep: 8,
  Oct: 9,
  Nov: 10,
  Dec: 11,
};

/** Parses a line, or returns undefined when it is malformed or cut off. */
export function parseLogLine(line: string): LogLine | undefined {
  const m = LINE.exec(line);
  if (!m) return undefined;
  const [, address, dd, mon, yyyy, hh, mi, ss, sign, oh, om, method, target, status, agent] = m;
  const client = shortenAddress(address ?? '');
  const month = MONTHS[mon ?? ''];
  if (!client || month === undefined || !method || !target || !status) return undefined;
  const offset = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) * 60_000;
  const time =
    Date.UTC(Number(yyyy), month, Number(dd), Number(hh), Number(mi), Number(ss)) - offset;
  if (Number.isNaN(time)) return undefined;
  const q = target.indexOf('?');
  return {
    client,
    time,
    method,
    path: q === -1 ? target : target.slice(0, q),
    query: q === -1 ? '' : target.slice(q + 1),
    status: Number(status),
    agent: agent === '-' ? '' : (agent ?? ''),
  };
}

/**
 * The time of a line without the rest of the parse (for ordering rotated files by their first
 * line), or undefined.
 */
export function lineTime(line: string): number | undefined {
  return parseLogLine(line)?.time;
}
