// Sharing: a record travels in a link (zlib's deflate with a preset dictionary, read-only on
// arrival, imported on request) and, where it fits, in a QR code a decoder reads back, a damaged link changes nothing, active content is flagged (in a link, in
// an imported file, before a book is written), a record too large for a link offers the file, and
// the journal exports as a book .zip for mdBook.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import zlib from 'node:zlib';
import jsQR from 'jsqr';
import { openApp, click, settle, debugState, anchors, storedRecords, waitSaved, newPage, corpusFile,
         importWithPicker as importFiles, download, waitForState, anchor, screenshot } from './lib/app.mjs';

async function copyShareLink(page) {
  await click(page, 'menu.file');
  await click(page, 'menu.file.share');
  await waitForState(page, ({ share }) => share.linkOpen && (share.link === '' || share.copyStatus.startsWith('Copied')),
                     'the share dialog with the link copied');
  return (await debugState(page)).share;
}

async function sharingPage(ctx) {
  const opened = await newPage(ctx);
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(ctx.url).origin });
  await openApp(opened.page, ctx.url);
  return opened;
}

// What a version-2 link holds, read with Node's zlib and the dictionary's file (docs/share-links.md).
function unpackLink(ctx, link) {
  const packed = Buffer.from(link.split('#r=2.')[1], 'base64url');
  const dictionary = fs.readFileSync(path.join(ctx.root, 'src/core/share/link_dictionary_2.txt'));
  return zlib.inflateSync(packed, { dictionary }).toString('utf8');
}

function recordKeys(stored) {
  return Object.keys(stored).filter((k) => k.startsWith('jobname-studio/record/'));
}

export const tests = {
  async 'the share dialog draws the link as a QR code that a decoder reads back, and says how much too long a longer link is'(ctx) {
    const { context, page } = await sharingPage(ctx);
    // saraf.md: one of the longest corpus links that still fits (a code of more than 150 modules a side).
    await importFiles(page, [corpusFile(ctx, 'saraf.md')]);
    const share = await copyShareLink(page);
    assert.equal(share.qr.charsOver, 0);
    assert.ok(share.qr.modules > 150, `${share.qr.modules} modules`);
    const qr = await anchor(page, 'share.qr');
    const { height, width } = page.viewportSize();
    assert.ok(qr.x >= 0 && qr.y >= 0 && qr.x + qr.w <= width && qr.y + qr.h <= height, 'the whole code is on screen');
    // At least 3 pixels a module, quiet zone included: what a phone camera reads from a laptop screen.
    assert.ok(qr.w / (share.qr.modules + 8) >= 3, `${qr.w} pixels for ${share.qr.modules} modules`);
    const shot = await screenshot(page, { clip: { x: qr.x - 8, y: qr.y - 8, width: qr.w + 16, height: qr.h + 16 } });
    fs.writeFileSync(path.join(ctx.artifacts, 'share-qr.png'), await page.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(shot.pixels), shot.width, shot.height);
    assert.ok(decoded, 'a QR code was found in the screenshot');
    assert.equal(decoded.data, share.link);
    assert.equal(unpackLink(ctx, decoded.data), fs.readFileSync(corpusFile(ctx, 'saraf.md'), 'utf8'));
    await click(page, 'share.close');

    // cloudzy__cloudzy.md: a link of some 3,200 characters, over what a QR code holds.
    await importFiles(page, [corpusFile(ctx, 'cloudzy__cloudzy.md')]);
    const longer = await copyShareLink(page);
    assert.equal(longer.qr.modules, 0);
    assert.equal(longer.qr.charsOver, longer.link.length - 2953);
    assert.ok(longer.qr.charsOver > 0);
    assert.match(longer.qr.message, new RegExp(`^Too long for a QR code by ${longer.qr.charsOver} characters`));
    assert.ok((await anchors(page))['share.qr.toolong'], 'the message is on screen');
    assert.equal((await anchors(page))['share.qr'], undefined);
    await context.close();
  },

  async 'a share link opens the record read-only in another journal and imports it on request'(ctx) {
    const sender = await sharingPage(ctx);
    await importFiles(sender.page, [corpusFile(ctx, 'gharar.md')]);
    const share = await copyShareLink(sender.page);
    const clipboard = await sender.page.evaluate(() => navigator.clipboard.readText());
    assert.equal(clipboard, share.link);
    assert.ok(share.link.startsWith(ctx.url.replace(/\/?$/, '/') + '#r=2.'), share.link.slice(0, 60));
    // The link is zlib's deflate with version 2's preset dictionary: any zlib gives the file back, byte for byte.
    assert.equal(unpackLink(ctx, share.link), fs.readFileSync(corpusFile(ctx, 'gharar.md'), 'utf8'));
    await sender.context.close();

    const receiver = await newPage(ctx);
    const page = receiver.page;
    await openApp(page, share.link);
    await settle(page, 3);
    const state = await debugState(page);
    assert.equal(state.share.incoming.active, true);
    assert.equal(state.share.incoming.company, 'gharar');
    assert.deepEqual(recordKeys(await storedRecords(page)), [], 'stored before the user chose to import');
    assert.ok((await anchors(page))['shared.flowchart'], 'the chart is drawn');
    await click(page, 'shared.import');
    await waitSaved(page);
    const after = await debugState(page);
    assert.equal(after.share.incoming.active, false);
    assert.deepEqual(after.records.map((r) => r.company), ['gharar']);
    assert.equal(recordKeys(await storedRecords(page)).length, 1);
    assert.equal(await page.evaluate(() => location.hash), '', 'the link stays in the address bar');
    const exported = await download(page, () => page.keyboard.press('Control+S'));
    assert.equal(exported.text, fs.readFileSync(corpusFile(ctx, 'gharar.md'), 'utf8'));
    await receiver.context.close();
  },

  async 'a stored version-1 link, made before the dictionary, still opens and imports'(ctx) {
    const stored = fs.readFileSync(path.join(ctx.root, 'tests/data/share-links/hermes.v1.txt'), 'utf8').trim();
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url.replace(/\/?$/, '/') + stored);
    await waitForState(page, ({ share }) => share.incoming.active, 'the shared record shown');
    assert.equal((await debugState(page)).share.incoming.company, 'hermes capital');
    await click(page, 'shared.import');
    await waitSaved(page);
    const exported = await download(page, () => page.keyboard.press('Control+S'));
    assert.equal(exported.text, fs.readFileSync(corpusFile(ctx, 'hermes.md'), 'utf8'));
    await context.close();
  },

  async 'a changed or cut link says why and changes nothing stored'(ctx) {
    const sender = await sharingPage(ctx);
    await importFiles(sender.page, [corpusFile(ctx, 'hermes.md')]);
    const { link } = await copyShareLink(sender.page);
    await sender.context.close();

    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    await click(page, 'collection.empty.sample');
    await waitSaved(page);
    const before = await storedRecords(page);
    const middle = Math.floor(link.length * 0.7);
    const changed = link.slice(0, middle) + (link[middle] === 'A' ? 'B' : 'A') + link.slice(middle + 1);
    for (const bad of [changed, link.slice(0, -12), link.replace('#r=2.', '#r=9.')]) {
      await page.goto(bad);
      await openApp(page, bad);
      await settle(page, 3);
      const state = await debugState(page);
      assert.match(state.share.error, /cannot be opened: .*Nothing was changed/);
      assert.equal(state.share.incoming.active, false);
      assert.ok((await anchors(page))['sharelink.error'], 'the message is on screen');
      await click(page, 'sharelink.ok');
      assert.equal((await debugState(page)).share.error, '');
      assert.deepEqual(await storedRecords(page), before);
    }
    await context.close();
  },

  async 'a shared record with active HTML is flagged before it is imported'(ctx) {
    const sender = await sharingPage(ctx);
    const file = path.join(ctx.artifacts, 'active-html.md');
    fs.writeFileSync(file, '# [Trap](https://trap.example)\n\n## Developer\n\n### Technical\n- Q <img src=x onerror="alert(1)">\n');
    await importFiles(sender.page, [file]);
    const { link } = await copyShareLink(sender.page);
    await sender.context.close();

    const { context, page } = await newPage(ctx);
    await openApp(page, link);
    await settle(page, 3);
    const state = await debugState(page);
    assert.equal(state.share.incoming.active, true);
    assert.match(state.share.incoming.activeContent.join('\n'), /^line 6:\d+: .*onerror/m);
    assert.ok((await anchors(page))['shared.activecontent'], 'the warning is on screen');
    await page.screenshot({ path: path.join(ctx.artifacts, 'shared-active-content.png') });
    assert.deepEqual(recordKeys(await storedRecords(page)), []);
    await click(page, 'shared.close');
    assert.equal((await debugState(page)).share.incoming.active, false);
    assert.deepEqual(recordKeys(await storedRecords(page)), []);
    await context.close();
  },

  async 'a record too large for a link offers the file instead'(ctx) {
    const { context, page } = await sharingPage(ctx);
    // 60 KB that deflate cannot shrink much: random letters.
    let noise = '';
    for (let i = 0; i < 60000; i++) noise += 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 36)];
    const file = path.join(ctx.artifacts, 'huge.md');
    fs.writeFileSync(file, `# [Huge](https://huge.example)\n\n## Writer\n\n### Technical\n- ${noise}\n`);
    await importFiles(page, [file]);
    const share = await copyShareLink(page);
    assert.equal(share.link, '');
    assert.ok(share.linkChars > 32768, String(share.linkChars));
    assert.ok((await anchors(page))['share.toolarge'], 'the reason is on screen');
    const exported = await download(page, () => click(page, 'share.export.md'));
    assert.equal(exported.name, 'huge-writer.md');
    await context.close();
  },

  async 'the journal exports as a book zip laid out like the jobname book'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    const files = ['snapp__snapp_cab_1.md', 'snapp__snapp_cab_2.md', 'gharar.md'].map((name) => corpusFile(ctx, name));
    await importFiles(page, files);
    await click(page, 'menu.file');
    const [book] = await Promise.all([page.waitForEvent('download'), click(page, 'menu.file.export.book')]);
    assert.equal(book.suggestedFilename(), 'jobname-book.zip');
    const zip = path.join(ctx.artifacts, 'book.zip');
    await book.saveAs(zip);
    // Python's zipfile, not our own reader: the archive must open anywhere.
    const listing = JSON.parse(execFileSync('python3', ['-c', `
import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
print(json.dumps({n: z.read(n).decode() for n in z.namelist()}))`, zip]));
    const summary = listing['src/SUMMARY.md'];
    assert.ok(listing['book.toml'].includes('src = "src"'));
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const inZip = Object.keys(listing).filter((n) => /^src\/[^/]+\/[^/]+\.md$/.test(n) && listing[n] === text);
      assert.equal(inZip.length, 1, `${path.basename(file)} is not in the book as it is`);
      assert.ok(summary.includes(`(./${inZip[0].slice(4)})`), `${inZip[0]} is not in SUMMARY.md`);
    }
    assert.match(summary, /^# Summary\n\n\[Introduction\]\(README\.md\)\n/);
    await context.close();
  },

  async 'a file with active content is imported as written and the import report says where'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    const file = path.join(ctx.artifacts, 'active-import.md');
    fs.writeFileSync(file, '# [Trap](https://trap.example)\n\n## Developer\n\n### Technical\n- Q [x](jav&#x61;script:alert(1))\n');
    await importFiles(page, [file]);
    const state = await debugState(page);
    assert.deepEqual(state.records.map((r) => r.company), ['Trap']);
    assert.ok(state.importReport.some((line) => /^active-import\.md:6:9: warning: active content: a Markdown link to javascript:/.test(line)),
              state.importReport.join('\n'));
    assert.ok((await anchors(page))['import.window'], 'the report is on screen');
    await context.close();
  },

  async 'a book with active content asks first, and writes it as plain text on request'(ctx) {
    const { context, page } = await newPage(ctx);
    await openApp(page, ctx.url);
    const file = path.join(ctx.artifacts, 'script-company.md');
    fs.writeFileSync(file, '# [<script>alert(1)</script>](https://x.example)\n\n## Dev\n');
    await importFiles(page, [file, corpusFile(ctx, 'gharar.md')]);
    if ((await anchors(page))['import.window']) await page.keyboard.press('Escape');
    let downloads = 0;
    page.on('download', () => downloads++);
    await click(page, 'menu.file');
    await click(page, 'menu.file.export.book');
    await waitForState(page, (state) => state.share.book.open, 'the question about active content');
    await settle(page, 3);
    const { lines } = (await debugState(page)).share.book;
    assert.ok(lines.some((line) => line.startsWith('<script>alert(1)</script>, Dev, line 1:4: active content: the <script> tag')), lines.join('\n'));
    assert.ok((await anchors(page))['book.window'], 'the question is on screen');
    await page.screenshot({ path: path.join(ctx.artifacts, 'book-active-content.png') });
    assert.equal(downloads, 0, 'nothing was downloaded before the answer');
    const [book] = await Promise.all([page.waitForEvent('download'), click(page, 'book.neutralise')]);
    const zip = path.join(ctx.artifacts, 'neutralised-book.zip');
    await book.saveAs(zip);
    execFileSync('python3', ['-c', `
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
summary = z.read("src/SUMMARY.md").decode()
assert "[&lt;script&gt;alert(1)&lt;/script&gt;](./script-alert-1-script/dev.md)" in summary, summary
for name in z.namelist():
    assert "<script" not in z.read(name).decode().lower(), name`, zip]);
    const after = await debugState(page);
    assert.equal(after.share.book.open, false);
    assert.ok(after.records.some((r) => r.company === '<script>alert(1)</script>'), 'the record is unchanged');
    await context.close();
  },
};
