import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The Chromium the browser tests drive: CHROMIUM_PATH, or a system install. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

export const HOW_TO_GET_CHROMIUM = `No Chromium found for the browser tests.
Install it (Debian/Ubuntu, as root):
    apt-get update && apt-get install -y chromium fonts-noto-core fonts-noto-cjk
or point CHROMIUM_PATH at an existing Chrome/Chromium binary:
    CHROMIUM_PATH=/path/to/chrome npm test
(Playwright's own browser download is not used: it needs a host outside the npm registry.)`;
