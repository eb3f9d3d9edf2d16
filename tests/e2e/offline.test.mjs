// Offline everywhere: no byte leaves the machine (the Content-Security-Policy forbids it; nothing
// tries), and under a sub-path the service worker works offline too. That the app comes back from
// the service worker after one visit is in the shared list (everywhere.test.mjs), in every engine.
import assert from 'node:assert/strict';
import { openApp, click, settle, debugState, typeInto, waitSaved, newPage } from './lib/app.mjs';
import { startServer } from './lib/server.mjs';

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
