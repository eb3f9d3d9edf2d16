// Debian's Chromium, headless, driven by playwright-core. The flags keep it off the network it
// would otherwise try to reach at every start (this machine has none).
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--disable-default-apps',
];

export function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

// A browser with a profile of its own on disk, as a user's is: what depends on not being a
// private window (whether the page can be installed) is only answered in one. Close it when done.
export function launchWithProfile(userDataDir, extraArgs = []) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}
