#include "ui/views/share_view.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/share/share_link.h"
#include "ui/widgets/bidi_text.h"
#include "ui/widgets/centred_window.h"
#include "ui/views/reading_view.h"
#include "ui/widgets/flow_layout.h"
#include "ui/widgets/text_field.h"

namespace jobname::ui {

namespace {
const ImVec4 kWarning(0.95f, 0.6f, 0.1f, 1);
const ImVec4 kDanger(0.85f, 0.25f, 0.25f, 1);

// The first `shown` lines as wrapped bullets in the danger colour, then how many more there are.
void dangerList(UiState& state, const std::vector<std::string>& lines, std::size_t shown) {
  ImGui::PushStyleColor(ImGuiCol_Text, kDanger);
  for (std::size_t i = 0; i < lines.size() && i < shown; ++i) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", state.visualText.visual(lines[i]).c_str());
  }
  if (lines.size() > shown) ImGui::BulletText("and %zu more", lines.size() - shown);
  ImGui::PopStyleColor();
}

// ImGui's units are device pixels here. A module of about 4 CSS pixels reads with a phone camera
// held at arm's length from a laptop screen, 3 still from close by; below that phones miss it, so a
// small window scrolls the dialog rather than shrink the code. Whole device pixels keep edges sharp.
float qrTargetModulePixels(const UiState& state) { return std::round(4.0f * std::max(1.0f, state.devicePixelRatio)); }
float qrLeastModulePixels(const UiState& state) { return std::round(3.0f * std::max(1.0f, state.devicePixelRatio)); }
float qrModulesAcross(const share::QrMatrix& matrix) { return static_cast<float>(matrix.size + 2 * share::kQrQuietZoneModules); }

// The share dialog is widened to hold the code at its target size, as far as the window allows.
float shareDialogWidthEm(const UiState& state) {
  const auto& qr = state.share.outgoing.qr;
  const float em = ImGui::GetFontSize();
  if (!qr.matrix) return 36;
  const ImGuiStyle& style = ImGui::GetStyle();  // room for a scroll bar too, should the window be short
  const float wanted = qrModulesAcross(*qr.matrix) * qrTargetModulePixels(state) + 2 * style.WindowPadding.x + style.ScrollbarSize;
  return std::max(36.0f, std::min(wanted, ImGui::GetMainViewport()->WorkSize.x * 0.95f) / em);
}

// Dark modules on white with the quiet zone, whatever the theme: scanners expect dark on light.
// Its own child window, so its own draw list: a row's dark runs are one rectangle each, which keeps
// even a 177-module code under the 65,536 vertices one WebGL draw list may hold.
void drawQrCode(UiState& state, const share::QrMatrix& matrix) {
  const float em = ImGui::GetFontSize();
  const float room = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetMainViewport()->WorkSize.y - em * 14);
  const float module = std::max(qrLeastModulePixels(state), std::min(qrTargetModulePixels(state), std::floor(room / qrModulesAcross(matrix))));
  const float side = module * qrModulesAcross(matrix);
  ImGui::SetCursorPosX(std::floor(ImGui::GetCursorPosX() + std::max(0.0f, (ImGui::GetContentRegionAvail().x - side) / 2)));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, 0);
  if (ImGui::BeginChild("##share.qr", ImVec2(side, side), ImGuiChildFlags_None, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse)) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 at(std::floor(ImGui::GetCursorScreenPos().x), std::floor(ImGui::GetCursorScreenPos().y));
    draw->AddRectFilled(at, ImVec2(at.x + side, at.y + side), IM_COL32(255, 255, 255, 255));
    const float origin = module * share::kQrQuietZoneModules;
    for (int y = 0; y < matrix.size; ++y) {
      for (int x = 0; x < matrix.size;) {
        if (!matrix.isDark(x, y)) {
          ++x;
          continue;
        }
        const int start = x;
        while (x < matrix.size && matrix.isDark(x, y)) ++x;
        const ImVec2 from(at.x + origin + module * start, at.y + origin + module * y);
        draw->AddRectFilled(from, ImVec2(at.x + origin + module * x, from.y + module), IM_COL32(0, 0, 0, 255));
      }
    }
  }
  ImGui::EndChild();
  ImGui::PopStyleVar(2);
  anchorLastItem(state, "share.qr");
}
}  // namespace

void drawShareLinkDialog(UiState& state, UiCommands& commands) {
  ShareLinkDialog& dialog = state.share.outgoing;
  if (!dialog.open) return;
  if (!ImGui::IsPopupOpen("Share link")) ImGui::OpenPopup("Share link");
  centreNextWindow(shareDialogWidthEm(state), ImGuiCond_Always);  // as wide as the link's code needs
  // A window too small for the code at its least size scrolls, in both directions.
  if (!ImGui::BeginPopupModal("Share link", &dialog.open, dialog.qr.matrix ? ImGuiWindowFlags_HorizontalScrollbar : 0)) return;
  coverFieldsBelowWindow(state, true);
  anchorLastItem(state, "share.window");
  if (dialog.link.empty()) {
    ImGui::TextWrapped("This record is too large for a link: it would be %zu characters, and links longer than %zu "
                       "are cut by chats, mail and browsers. Share the file instead; it opens with one drop on the window.",
                       dialog.chars, share::kMaxLinkChars);
    anchorLastItem(state, "share.toolarge");
    if (ImGui::Button("Export as Markdown")) commands.exportMarkdown = true;
    anchorLastItem(state, "share.export.md");
    ImGui::SameLine();
    if (ImGui::Button("Export as JSON")) commands.exportJson = true;
  } else {
    ImGui::TextWrapped("Whoever opens this link sees the record and can import it into their own journal. The record "
                       "travels inside the link, after the #, which browsers never send to a server.");
    ImGui::TextUnformatted(dialog.copyStatus.c_str());
    anchorLastItem(state, "share.status");
    ImGui::TextDisabled("%zu characters", dialog.chars);
    if (dialog.chars > share::kChatMessageChars) {
      ImGui::TextColored(kWarning, "Longer than a Telegram message (%zu characters), which would split it: send the file there.",
                         share::kChatMessageChars);
    }
    if (dialog.fromFile) {
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextColored(kWarning, "This page was opened from a file on this computer, so the link points here. Whoever "
                                   "receives it opens it in their own Jobname Studio with File > Open a share link.");
      ImGui::PopTextWrapPos();
    }
    dialog.field = dialog.link;  // shown to be selected and copied by hand; not editable in effect
    TextFieldOptions options;
    options.width = -1.0f;
    TextField(state, "share.link", dialog.field, options);
    if (dialog.qr.matrix) {
      ImGui::TextDisabled("Or scan it with a phone camera:");
      drawQrCode(state, *dialog.qr.matrix);
    } else {
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextDisabled("%s", dialog.qr.message.c_str());
      ImGui::PopTextWrapPos();
      anchorLastItem(state, "share.qr.toolong");
    }
    if (ImGui::Button("Copy again")) commands.copyShareLink = true;
    anchorLastItem(state, "share.copy");
  }
  ImGui::SameLine();
  if (ImGui::Button("Close") || escapePressedInWindow()) {
    dialog.open = false;
    ImGui::CloseCurrentPopup();
  }
  anchorLastItem(state, "share.close");
  ImGui::EndPopup();
}

void drawSharedRecord(UiState& state, UiCommands& commands) {
  SharedRecordView& shared = state.share.incoming;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.2f, 0.45f, 0.8f, 0.15f));
  if (ImGui::BeginChild("##shared.banner", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_Borders)) {
    ImGui::TextWrapped("A record shared with you, shown read-only. It is not in your journal until you import it.");
    anchorLastItem(state, "shared.banner");
    if (!shared.activeContent.empty()) {
      ImGui::PushStyleColor(ImGuiCol_Text, kDanger);
      ImGui::TextWrapped("Careful: it holds active content. In a published book this runs as a program, or loads from "
                         "elsewhere, in every reader's browser. Import it only if you trust who sent it, and remove these "
                         "parts before you publish:");
      ImGui::PopStyleColor();
      anchorLastItem(state, "shared.activecontent");
      dangerList(state, shared.activeContent, 8);
    }
    ImGui::PushStyleColor(ImGuiCol_Text, kWarning);
    for (const auto& warning : shared.warnings) ImGui::TextWrapped("%s", warning.c_str());  // (a phone's lines are short)
    ImGui::PopStyleColor();
    if (ImGui::Button(shared.activeContent.empty() ? "Import into my journal" : "Import anyway")) commands.importShared = true;
    anchorLastItem(state, "shared.import");
    sameLineIfFits(buttonWidth("Close"));
    if (ImGui::Button("Close")) commands.closeShared = true;
    anchorLastItem(state, "shared.close");
  }
  ImGui::EndChild();
  ImGui::PopStyleColor();

  ImGui::Checkbox("Markdown source", &shared.showSource);
  anchorLastItem(state, "shared.source");
  if (!shared.showSource) {
    if (!state.narrow) ImGui::SameLine();  // a phone puts the view's buttons below
    drawReadingView(state, shared.reading, shared.record, kSharedRecordChart, "shared", commands);
    return;
  }
  if (ImGui::BeginChild("##shared.markdown", ImVec2(0, 0), ImGuiChildFlags_Borders)) {
    TextBidiLines(state, shared.markdown);
  }
  ImGui::EndChild();
  anchorLastItem(state, "shared.markdown");
}

void drawBookExportDialog(UiState& state, UiCommands& commands) {
  BookExportDialog& dialog = state.share.book;
  if (!dialog.open) return;
  if (!ImGui::IsPopupOpen("Active content in the book")) ImGui::OpenPopup("Active content in the book");
  centreNextWindow(40);
  if (!ImGui::BeginPopupModal("Active content in the book", &dialog.open)) return;
  coverFieldsBelowWindow(state, true);
  anchorLastItem(state, "book.window");
  ImGui::TextWrapped("Some records hold active content: HTML, links or mdBook directives that would run, or load from "
                     "elsewhere, in the browser of whoever reads the book (or on the computer that builds it).");
  dangerList(state, dialog.lines, 12);
  anchorLastItem(state, "book.list");
  ImGui::TextWrapped("The book can be written with each of them as plain text, so that it shows and does nothing. "
                     "Your records stay as they are.");
  if (ImGui::Button("Export with it as plain text")) {
    commands.exportBookNeutralised = true;
    dialog.open = false;
    ImGui::CloseCurrentPopup();
  }
  anchorLastItem(state, "book.neutralise");
  ImGui::SameLine();
  if (ImGui::Button("Cancel")) {
    dialog.open = false;
    ImGui::CloseCurrentPopup();
  }
  anchorLastItem(state, "book.cancel");
  ImGui::EndPopup();
}

void drawShareLinkError(UiState& state) {
  if (state.share.error.empty()) return;
  if (!ImGui::IsPopupOpen("Share link not opened")) ImGui::OpenPopup("Share link not opened");
  centreNextWindow(30);
  if (!ImGui::BeginPopupModal("Share link not opened")) return;
  coverFieldsBelowWindow(state, true);
  ImGui::TextWrapped("%s", state.share.error.c_str());
  anchorLastItem(state, "sharelink.error");
  if (ImGui::Button("OK")) {
    state.share.error.clear();
    ImGui::CloseCurrentPopup();
  }
  anchorLastItem(state, "sharelink.ok");
  ImGui::EndPopup();
}

void drawOpenShareLink(UiState& state, UiCommands& commands) {
  ShareState& share = state.share;
  if (!share.pasteOpen) return;
  if (!ImGui::IsPopupOpen("Open a share link")) ImGui::OpenPopup("Open a share link");
  centreNextWindow(34);
  if (!ImGui::BeginPopupModal("Open a share link", &share.pasteOpen)) return;
  coverFieldsBelowWindow(state, true);
  ImGui::TextWrapped("Paste a share link (or just its part from #r= on):");
  TextFieldOptions options;
  options.width = -1.0f;
  TextField(state, "openlink.field", share.pasted, options);
  const std::size_t hash = share.pasted.find('#');
  const bool hasLink = share::isShareFragment(hash == std::string::npos ? share.pasted : share.pasted.substr(hash));
  ImGui::BeginDisabled(!hasLink);
  if (ImGui::Button("Open")) {
    commands.openPastedLink = share.pasted;
    share.pasted.clear();
    share.pasteOpen = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  anchorLastItem(state, "openlink.open");
  ImGui::SameLine();
  if (ImGui::Button("Cancel") || escapePressedInWindow()) {
    share.pasteOpen = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace jobname::ui
