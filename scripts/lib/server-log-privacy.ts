// T1: the server's own output (Next.js and anything our code prints) must never contain a
// visitor's IP address or what they searched for. `npm test` keeps the test server's output
// and checks it with this after the browser tests, which search for the PROBE_QUERIES.

/** Search words the browser tests type; none may appear in the server's output. */
export const PROBE_QUERIES = ['qqqzzzxxv', 'avocat'];

const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/;
// Compressed (`::1`, `2001:db8::1`) or full eight-group IPv6; clock times ("12:30:45") are not.
const IPV6 = /[0-9a-f]*::[0-9a-f]*|\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b/i;
// Next prints where it listens when it starts: that is the server, not a visitor.
const STARTUP_BANNER = /^\s*-\s*(Local|Network):/;

/** The offending lines, if any. */
export function findPrivateDataInServerLog(log: string, probes: string[] = PROBE_QUERIES): string[] {
  return log
    .split('\n')
    .filter((line) => !STARTUP_BANNER.test(line))
    .filter((line) => IPV4.test(line) || IPV6.test(line) || probes.some((probe) => line.toLowerCase().includes(probe)));
}
