// An Xvfb display for the headful browsers (Firefox needs one for WebGL; WebKitGTK's MiniBrowser
// has no headless mode): started on the first free display number, stopped by the caller.
// Not a window manager and not a screen of its own size per page: one 1400x900 screen.
import fs from 'node:fs';
import { spawn } from 'node:child_process';

export async function startXvfb() {
  for (let number = 90; number < 190; number++) {
    if (fs.existsSync(`/tmp/.X${number}-lock`) || fs.existsSync(`/tmp/.X11-unix/X${number}`)) continue;
    // -displayfd: Xvfb writes the display number once it accepts connections (no polling).
    const child = spawn('Xvfb', [`:${number}`, '-screen', '0', '1400x900x24', '-nolisten', 'tcp', '-displayfd', '1'],
                        { stdio: ['ignore', 'pipe', 'pipe'] });
    // Quiet when all is well; what it says otherwise ("Maximum number of clients reached") is why
    // a browser could not open the display.
    child.stderr.on('data', (text) => process.stderr.write(`Xvfb :${number}: ${text}`));
    const ready = await new Promise((resolve) => {
      child.stdout.once('data', () => resolve(true));
      child.once('exit', () => resolve(false));
    });
    if (ready) {
      return {
        display: `:${number}`,
        stop: () => new Promise((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', resolve);
          child.kill('SIGTERM');
        }),
      };
    }
  }
  throw new Error('no free X display for Xvfb between :90 and :189');
}
