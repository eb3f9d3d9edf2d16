// Sharing: the open record as a link (copied to the clipboard), a record arriving by a link
// (shown read-only until the user imports it), and the journal as a book .zip.
#include <imgui.h>

#include "app/app.h"
#include "core/book/book_export.h"
#include "core/book/file_names.h"
#include "core/markdown/export.h"
#include "core/reading/html_page.h"
#include "core/share/share_link.h"
#include "platform/web/address.h"
#include "platform/web/clipboard.h"
#include "platform/web/files.h"
#include "platform/web/page.h"

namespace jobname::app {

namespace {
void copyShareLink(App& app) {
  const model::CollectionEntry* open = app.journal.find(app.workingId);
  if (!open) return;
  auto& dialog = app.ui.share.outgoing;
  const std::string link = web::pageAddress() + "#" + share::shareFragment(open->record);
  dialog.open = true;
  dialog.chars = link.size();
  dialog.fromFile = link.rfind("file:", 0) == 0;
  dialog.link.clear();
  dialog.qr = share::LinkQrCode{};
  if (link.size() > share::kMaxLinkChars) return;  // the dialog offers the file
  dialog.link = link;
  dialog.qr = share::linkQrCode(link);
  dialog.copyStatus = "Copying to the clipboard…";
  web::copyToClipboard(link);
}

void showSharedRecord(App& app, share::SharedRecord shared) {
  auto& view = app.ui.share.incoming;
  view = ui::SharedRecordView{};
  view.active = true;
  view.record = std::move(*shared.record);
  view.markdown = markdown::exportMarkdown(view.record);
  for (const auto& d : shared.activeContent) {
    view.activeContent.push_back(d.line > 0 ? "line " + std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message : d.message);
  }
  view.warnings = std::move(shared.warnings);
  app.ui.charts.forget(ui::kSharedRecordChart);  // laid out when drawn, from this record's text
  app.ui.editor.workspace = ui::Workspace::Record;
  app.ui.editor.pendingWorkspace = ui::Workspace::Record;
}

void openShareFragment(App& app, const std::string& fragment) {
  share::SharedRecord shared = share::readShareFragment(fragment);
  if (!shared.record) {
    app.ui.share.error = shared.error;
    app.ui.share.incoming = ui::SharedRecordView{};
    web::clearAddressFragment();
    return;
  }
  showSharedRecord(app, std::move(shared));
}

// The book .zip; when pages hold active content, the dialog says where and offers to write it as
// plain text (the records are never changed).
void exportBook(App& app, bool neutralise) {
  book::BookOptions options;
  options.neutraliseActiveContent = neutralise;
  const auto& entries = app.journal.entries();
  const auto result = book::bookZip(entries, options, web::unixTimeMs());
  auto& dialog = app.ui.share.book;
  dialog = ui::BookExportDialog{};
  if (result.refused) {
    dialog.open = true;
    for (const auto& page : result.activeContent) {
      std::string where = page.path;
      if (page.record < entries.size()) {
        const model::Record& r = entries[page.record].record;
        where = (r.company.name.empty() ? "(no company)" : r.company.name) + (r.position.empty() ? "" : ", " + r.position);
      }
      for (const auto& d : page.diagnostics) {
        dialog.lines.push_back(where + (d.line > 0 ? ", line " + std::to_string(d.line) + ":" + std::to_string(d.column) : "") + ": " + d.message);
      }
    }
  } else if (result.zip) {
    web::downloadFile("jobname-book.zip", "application/zip", *result.zip);
    noteJournalExported(app);
  } else {
    app.ui.editor.notice = "The book could not be written (out of memory). Your records are unchanged.";
  }
}

// The reading view as a standalone page: of the shared record while one is shown, else the open one.
void exportHtmlPage(App& app) {
  const model::Record* record = nullptr;
  if (app.ui.share.incoming.active) record = &app.ui.share.incoming.record;
  else if (const model::CollectionEntry* open = app.journal.find(app.workingId)) record = &open->record;
  if (!record) return;
  const reading::HtmlPage page = reading::recordHtmlPage(*record);
  if (!page.problem.empty()) {
    app.ui.editor.notice = "The HTML page was not written: " + page.problem + ".";
    return;
  }
  web::downloadFile(book::recordFileStem(*record) + ".html", "text/html;charset=utf-8", page.html);
}

void closeSharedRecord(App& app) {
  app.ui.share.incoming = ui::SharedRecordView{};
  app.ui.charts.forget(ui::kSharedRecordChart);
  web::clearAddressFragment();  // a reload shows the journal, not the link again
}
}  // namespace



void openSharedLinkFromAddress(App& app) {
  const std::string fragment = web::takeNewAddressFragment();
  if (!fragment.empty() && share::isShareFragment(fragment)) openShareFragment(app, fragment);
}

void readClipboardResult(App& app) {
  const web::ClipboardResult result = web::takeClipboardResult();
  if (result != web::ClipboardResult::None && app.ui.editor.copyPending) {  // text of the reading view
    app.ui.editor.copyPending = false;
    app.ui.editor.notice = result == web::ClipboardResult::Copied ? "Copied to the clipboard."
                                                                 : "The browser did not let the page copy to the clipboard.";
    return;
  }
  switch (result) {
    case web::ClipboardResult::Copied: app.ui.share.outgoing.copyStatus = "Copied to the clipboard: paste it in a chat or a mail."; break;
    case web::ClipboardResult::Refused:
      app.ui.share.outgoing.copyStatus = "The browser did not let the page copy. Click the link below, select it all and copy it.";
      break;
    case web::ClipboardResult::None: break;
  }
}

void carryOutShareCommands(App& app, const ui::UiCommands& c, double now) {
  if (c.copyShareLink) copyShareLink(app);
  if (c.closeShared) closeSharedRecord(app);
  if (!c.openPastedLink.empty()) {
    const std::size_t hash = c.openPastedLink.find('#');
    openShareFragment(app, hash == std::string::npos ? c.openPastedLink : c.openPastedLink.substr(hash));
  }
  if (c.importShared && app.ui.share.incoming.active) {
    model::Record record = std::move(app.ui.share.incoming.record);
    closeSharedRecord(app);
    importRecord(app, std::move(record), now);
  }
  if (c.exportBook || c.exportBookNeutralised) exportBook(app, c.exportBookNeutralised);
  if (c.exportHtml) exportHtmlPage(app);
}

}  // namespace jobname::app
