// Files out, as the views ask: the open record as Markdown (only edited fields rewritten),
// JSON, its chart as SVG or PNG; the whole journal as a JSON bundle; the question bank as an FAQ.
// The bytes are core's; the browser downloads them (platform/web/files.h). The book is sharing.cpp's.
#include "app/app.h"
#include "core/book/book_export.h"
#include "core/insights/question_bank.h"
#include "core/json/record_json.h"
#include "core/markdown/export.h"
#include "core/mermaid/svg.h"
#include "platform/web/files.h"
#include "ui/widgets/flowchart_view.h"

namespace jobname::app {

void carryOutExportCommands(App& app, const ui::UiCommands& c) {
  const model::CollectionEntry* open = app.journal.find(app.workingId);
  if (c.exportMarkdown && open) web::downloadFile(book::recordFileStem(open->record) + ".md", "text/markdown;charset=utf-8", markdown::exportMarkdown(open->record));
  if (c.exportJson && open) web::downloadFile(book::recordFileStem(open->record) + ".json", "application/json", json::recordToJson(open->record));
  if (c.exportCollection) {
    model::Collection collection;
    collection.records = app.journal.entries();
    web::downloadFile("jobname-journal.json", "application/json", json::collectionToJson(collection));
    noteJournalExported(app);
  }
  if (!c.exportPngSvg.empty()) web::downloadSvgAsPng(c.exportPngName, c.exportPngSvg, 2.0f);
  if (c.exportFaq) {
    web::downloadFile("questions-faq.md", "text/markdown;charset=utf-8",
                      insights::questionBankMarkdown(insights::buildQuestionBank(app.journal.entries())));
  }
  const mermaid::RecordChart* chart = app.ui.charts.find(app.workingId);
  if ((c.exportSvg || c.exportPng) && chart && !chart->layout.notDrawn.empty()) {
    app.ui.editor.notice = chart->layout.notDrawn + ", so it cannot be exported as a picture. Its text is kept as written.";
  } else if ((c.exportSvg || c.exportPng) && open && chart && chart->chart) {
    const std::string svg = mermaid::writeSvg(chart->layout, ui::effectiveDarkTheme(app.ui), ui::chartLabelFontPx(app.ui));
    if (c.exportSvg) web::downloadFile(book::recordFileStem(open->record) + "-process.svg", "image/svg+xml", svg);
    if (c.exportPng) web::downloadSvgAsPng(book::recordFileStem(open->record) + "-process.png", svg, 2.0f);
  }
}

}  // namespace jobname::app
