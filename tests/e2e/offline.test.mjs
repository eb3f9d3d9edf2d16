// Offline everywhere: no byte leaves the machine (the Content-Security-Policy forbids it; nothing
// tries), and under a sub-path the service worker works offline too. That the app comes back from
// the service worker after one visit is in the shared list (everywhere.test.mjs), in every engine.
import assert from 'node:assert/strict';
import { openApp, click, settle, debugState, typeInto, waitSaved, newPage } from './lib/app.mjs';
import { startServer } from './lib/server.mjs';
import { launchWithProfile } from './lib/browser.mjs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const tests = {
  async 'a whole session asks for nothing but the page\u2019s own files, and the policy forbids the rest'(ctx) {
    const { context, page } = await newPage(ctx);
    const origin = new URL(ctx.url).origin;
    const elsewhere = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) elsewhere.push(url);
    });
    await context.route((url) => url.origin !== origin, (route) => route.abort());
    await openApp(page, ctx.url);
    await click(page, 'collection.empty.sample');
    await typeInto(page, 'record.position', 'Offline engineer', { replace: true });
    await page.keyboard.press('Enter');
    await waitSaved(page);
    await page.reload();
    await openApp(page, ctx.url);
    await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+S')]);
    assert.deepEqual(elsewhere, []);
    // And if the page tried, the browser would refuse.
    const blocked = await page.evaluate(() => fetch('https://example.com/').then(() => false, () => true));
    assert.ok(blocked, 'a request to another origin was allowed');
    await context.close();
  },

  async 'added to the home screen: Chromium finds the app installable, and its icons load at their sizes offline'(ctx) {
    // Not in a private window (a playwright context is one): Chromium does not install from those.
    const profile = await mkdtemp(path.join(os.tmpdir(), 'jobname-profile-'));
    const context = await launchWithProfile(profile);
    const page = context.pages()[0] || await context.newPage();
    await openApp(page, ctx.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, [], JSON.stringify(installabilityErrors));
    const manifest = await page.evaluate(() => fetch('manifest.webmanifest').then((r) => r.json()));
    const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
    assert.ok(pngs.some((icon) => icon.sizes === '192x192') && pngs.some((icon) => icon.sizes === '512x512'));
    assert.ok(pngs.some((icon) => icon.purpose === 'maskable'));
    const touchIcon = await page.evaluate(() => document.querySelector('link[rel="apple-touch-icon"]').getAttribute('href'));
    const wanted = [...pngs.map((icon) => [icon.src, Number(icon.sizes.split('x')[0])]), [touchIcon, 180]];
    await context.setOffline(true);
    const got = await page.evaluate(async (list) => Promise.all(list.map(async ([src]) => {
      const response = await fetch(src);
      const bitmap = await createImageBitmap(await response.blob());
      return [src, bitmap.width, bitmap.height];
    })), wanted);
    assert.deepEqual(got, wanted.map(([src, size]) => [src, size, size]));
    await context.close();
    await rm(profile, { recursive: true, force: true });
  },

  async 'hosted under a sub-path it loads, works offline, and makes links to that path'(ctx) {
    const server = await startServer(ctx.webDir, { base: '/someone/jobname-studio/' });
    const { context, page } = await newPage(ctx);
    const requests = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await openApp(page, server.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await context.setOffline(true);
    await page.reload();
    await openApp(page, server.url);
    await click(page, 'collection.empty.sample');
    await waitSaved(page);
    await click(page, 'menu.file');
    await click(page, 'menu.file.share');
    const { link } = (await debugState(page)).share;
    assert.ok(link.startsWith(server.url + '#r=2.'), link.slice(0, 80));
    assert.deepEqual(requests.filter((p) => !p.startsWith('/someone/jobname-studio/')), []);
    await context.close();
    await server.close();
  },
};
