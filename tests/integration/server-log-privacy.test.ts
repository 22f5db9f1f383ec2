import { describe, expect, it } from 'vitest';
import { findPrivateDataInServerLog } from '../../scripts/lib/server-log-privacy';

describe('server log privacy check', () => {
  it('finds IP addresses and probe queries, and ignores the startup banner', () => {
    const log = [
      '   ▲ Next.js 16.4.5',
      '   - Local:        http://localhost:3211',
      '   - Network:      http://10.0.0.5:3211',
      ' ✓ Ready in 512ms',
      'GET /en/search?q=Avocat 200',
      'client 203.0.113.9 refused',
      'from ::ffff:127.0.0.1',
      'from [2001:db8::1]:443',
      'Error: something else at 12:30:45',
    ].join('\n');
    expect(findPrivateDataInServerLog(log)).toEqual(['GET /en/search?q=Avocat 200', 'client 203.0.113.9 refused', 'from ::ffff:127.0.0.1', 'from [2001:db8::1]:443']);
  });
});
