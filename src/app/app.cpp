#include "app/app.h"

#include <imgui.h>

#include <cstdio>

#include "core/calendar/jalali.h"
#include "platform/web/address.h"
#include "platform/web/clipboard.h"
#include "platform/web/files.h"
#include "platform/web/page.h"
#include "platform/web/text_overlay.h"
#include "ui/theme.h"
#include "ui/views/about_view.h"
#include "ui/views/collection_view.h"
#include "ui/views/duplicate_prompt.h"
#include "ui/views/insights_view.h"
#include "ui/views/main_menu.h"
#include "ui/views/record_view.h"
#include "ui/views/set_aside_view.h"
#include "ui/views/share_view.h"
#include "ui/widgets/text_field.h"

namespace jobname::app {

namespace {
constexpr const char* kSettingsKey = "jobname-studio.settings";

void applyThemeIfNeeded(App& app) {
  const bool dark = ui::effectiveDarkTheme(app.ui);
  if (app.themeApplied && dark == app.themeDark && app.appliedPixelRatio == app.ui.devicePixelRatio &&
      app.appliedTextScale == app.ui.settings.textScale) {
    return;
  }
  ui::applyTheme(dark, app.ui.devicePixelRatio, app.ui.settings.textScale);
  app.themeApplied = true;
  app.themeDark = dark;
  app.appliedPixelRatio = app.ui.devicePixelRatio;
  app.appliedTextScale = app.ui.settings.textScale;
}

// The app's shortcuts: Ctrl (Cmd) and a letter of kShortcutLetters, pressed on the canvas (ImGui's
// keys) or in the browser's text box (`boxShortcut`, its letter, 'y' for any redo).
struct Shortcut {
  char letter;
  ImGuiKeyChord chord;
  bool ui::UiCommands::*command;
};
constexpr Shortcut kShortcuts[] = {
    {'s', ImGuiMod_Ctrl | ImGuiKey_S, &ui::UiCommands::exportMarkdown},
    {'o', ImGuiMod_Ctrl | ImGuiKey_O, &ui::UiCommands::importFiles},
    {'n', ImGuiMod_Ctrl | ImGuiKey_N, &ui::UiCommands::newRecord},
    {'f', ImGuiMod_Ctrl | ImGuiKey_F, &ui::UiCommands::focusSearch},
    {'z', ImGuiMod_Ctrl | ImGuiKey_Z, &ui::UiCommands::undo},
    {'y', ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Z, &ui::UiCommands::redo},
    {'y', ImGuiMod_Ctrl | ImGuiKey_Y, &ui::UiCommands::redo},
};

void shortcuts(ui::UiCommands& commands, char boxShortcut) {
  // Inside an ImGui text input, Ctrl+Z and its redo belong to the input (the box decides for itself).
  const bool historyIsTheInputs = ImGui::GetIO().WantTextInput;
  for (const Shortcut& shortcut : kShortcuts) {
    const bool history = shortcut.command == &ui::UiCommands::undo || shortcut.command == &ui::UiCommands::redo;
    if (boxShortcut == shortcut.letter || (!(history && historyIsTheInputs) && ImGui::IsKeyChordPressed(shortcut.chord))) {
      commands.*shortcut.command = true;
    }
  }
}

// Typing undone in the text box back to what the field held when it was opened: the undo steps
// that typing made go too, so that the next Ctrl+Z reaches the app's history before the field.
void forgetUndoneTyping(App& app, const ui::UiCommands& commands) {
  const auto& overlay = app.ui.overlay;
  if (!overlay.textChanged || overlay.text != overlay.initial || commands.undo || commands.redo) return;
  if (app.undo.size() <= app.undoAtFieldOpen) return;
  app.undo.resize(app.undoAtFieldOpen);
  app.lastEditSeconds = -1e9;  // typing again starts a step of its own
}

// A coloured box across the workspace with a sentence and one button; true when it is clicked.
bool banner(App& app, const char* anchor, ImVec4 colour, const std::string& text, const char* button) {
  bool clicked = false;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, colour);
  if (ImGui::BeginChild(anchor, ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_Borders)) {
    ImGui::TextWrapped("%s", text.c_str());
    ui::anchorLastItem(app.ui, anchor);
    clicked = ImGui::SmallButton(button);
    ui::anchorLastItem(app.ui, (std::string(anchor) + ".button").c_str());
  }
  ImGui::EndChild();
  ImGui::PopStyleColor();
  return clicked;
}

void exportWholeJournal(App& app) {
  ui::UiCommands export_;
  export_.exportCollection = true;
  carryOutJournalCommands(app, export_, ImGui::GetTime());
}

void drawBanners(App& app) {
  auto& editor = app.ui.editor;
  if (editor.readOnly) {
    const std::string unsaved = app.journal.dirty() ? " Changes made in this tab before that are not saved: export to keep them." : "";
    if (banner(app, "banner.readonly", ImVec4(0.2f, 0.45f, 0.8f, 0.25f), editor.readOnlyReason + unsaved,
               "Export the whole journal (JSON bundle)")) {
      exportWholeJournal(app);
    }
  }
  if (!editor.storageProblem.empty() &&
      banner(app, "banner.storage", ImVec4(0.75f, 0.22f, 0.2f, 0.25f), editor.storageProblem, "Export all records now")) {
    exportWholeJournal(app);
  }
  if (!editor.notice.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.65f, 0.15f, 1));
    ImGui::TextWrapped("%s", app.ui.visualText.visual(editor.notice).c_str());
    ImGui::PopStyleColor();
    ui::anchorLastItem(app.ui, "banner.notice");
    if (!editor.setAside.items.empty() && editor.notice.find("set aside") != std::string::npos) {
      if (ImGui::SmallButton("Show set-aside data")) editor.setAside.open = true;
      ui::anchorLastItem(app.ui, "banner.notice.setaside");
      ImGui::SameLine();
    }
    if (ImGui::SmallButton("OK")) editor.notice.clear();
    ui::anchorLastItem(app.ui, "banner.notice.ok");
  }
}

void drawWorkspace(App& app, ui::UiCommands& commands) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings;
  if (ImGui::Begin("##workspace", nullptr, flags)) {
    drawBanners(app);
    // A phone's width holds one pane: the list, or the open record with a way back to the list.
    auto& editor = app.ui.editor;
    const bool narrow = ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 36;
    const std::string shownId = app.ui.share.incoming.active ? "#shared" : app.workingId;
    if (shownId != editor.narrowShownId) {  // a record was opened (picked, imported, made, shared)
      editor.narrowShownId = shownId;
      editor.narrowShowList = shownId.empty();
    }
    const bool showList = !narrow || editor.narrowShowList;
    const bool showRecord = !narrow || !editor.narrowShowList;
    if (showList) {
      const float listWidth = narrow ? 0.0f : std::max(ImGui::GetFontSize() * 16, ImGui::GetContentRegionAvail().x * 0.26f);
      // Flattened (here and below): Tab goes through the list and the record as through one window.
      const ImGuiChildFlags listFlags = (narrow ? 0 : ImGuiChildFlags_ResizeX) | ImGuiChildFlags_Borders | ImGuiChildFlags_NavFlattened;
      if (ImGui::BeginChild("##collection", ImVec2(listWidth, 0), listFlags)) {
        ui::drawCollectionView(app.ui, app.journal.entries(), app.journal.version(), app.journal.openId(), commands);
        if (!app.ui.editor.storageUsage.empty()) ImGui::TextDisabled("%s", app.ui.editor.storageUsage.c_str());
        if (narrow && ImGui::Button(shownId.empty() ? "Statistics and question bank" : "Back to the open record")) editor.narrowShowList = false;
        if (narrow) ui::anchorLastItem(app.ui, "workspace.back");
      }
      ImGui::EndChild();
      if (!showRecord) {
        ImGui::End();
        return;
      }
      ImGui::SameLine();
    }
    ImGui::BeginGroup();
    if (narrow) {
      if (ImGui::SmallButton("\u2039 Records")) editor.narrowShowList = true;
      ui::anchorLastItem(app.ui, "workspace.records");
      ImGui::SameLine();
    }
    auto& workspace = app.ui.editor.workspace;
    if (ImGui::BeginTabBar("##workspace")) {
      const struct { const char* label; const char* anchor; ui::Workspace view; } tabs[] = {
          {"Record", "tab.record", ui::Workspace::Record},
          {"Statistics", "tab.statistics", ui::Workspace::Statistics},
          {"Question bank", "tab.questions", ui::Workspace::Questions}};
      for (const auto& tab : tabs) {
        const bool selected = ImGui::BeginTabItem(tab.label, nullptr, app.ui.editor.pendingWorkspace == tab.view ? ImGuiTabItemFlags_SetSelected : 0);
        ui::anchorLastItem(app.ui, tab.anchor);
        if (selected) {
          workspace = tab.view;
          ImGui::EndTabItem();
        }
      }
      app.ui.editor.pendingWorkspace = ui::Workspace::None;
      ImGui::EndTabBar();
    }
    if (ImGui::BeginChild("##record", ImVec2(0, 0), ImGuiChildFlags_NavFlattened)) {
      if (editor.recordToTop && workspace == ui::Workspace::Record) {
        ImGui::SetScrollY(0);
        editor.recordToTop = false;
      }
      if (app.ui.share.incoming.active && workspace == ui::Workspace::Record) {
        ui::drawSharedRecord(app.ui, commands);
      } else if (workspace == ui::Workspace::Statistics) {
        ui::drawStatisticsView(app.ui, app.journal.entries(), app.journal.version(), commands);
      } else if (workspace == ui::Workspace::Questions) {
        ui::drawQuestionBankView(app.ui, app.journal.entries(), app.journal.version(), commands);
      } else if (!app.workingId.empty() && app.journal.find(app.workingId)) {
        ui::drawRecordView(app.ui, app.workingId, app.working, app.workingId + "@" + std::to_string(app.journal.version()), commands);
      } else if (!app.journal.entries().empty()) {
        ImGui::TextDisabled("Choose a record on the left.");
      }
    }
    ImGui::EndChild();
    ImGui::EndGroup();
  }
  ImGui::End();
}

// What the last removal took away, with its Undo, until the next change: a toast at the bottom
// of the window, over the page, so that nothing under the pointer moves when it comes and goes.
void drawUndoToast(App& app, ui::UiCommands& commands) {
  auto& notice = app.ui.editor.undoNotice;
  if (notice.empty()) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f, viewport->WorkPos.y + viewport->WorkSize.y - ImGui::GetFontSize()),
                          ImGuiCond_Always, ImVec2(0.5f, 1.0f));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoMove;
  if (ImGui::Begin("##undo.toast", nullptr, flags)) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(app.ui.visualText.visual(notice).c_str());
    ui::anchorLastItem(app.ui, "banner.undo");
    ImGui::SameLine();
    if (ImGui::Button("Undo")) commands.undo = true;
    ui::anchorLastItem(app.ui, "banner.undo.button");
    ImGui::SameLine();
    if (ImGui::Button("Dismiss")) notice.clear();
    ui::anchorLastItem(app.ui, "banner.undo.dismiss");
  }
  ImGui::End();
}

void drawImportReport(App& app) {
  auto& editor = app.ui.editor;
  if (!editor.showImportReport) return;
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::Begin("Import", &editor.showImportReport, ImGuiWindowFlags_AlwaysAutoResize)) {
    ui::anchorLastItem(app.ui, "import.window");
    for (const auto& line : editor.importReport) ImGui::TextUnformatted(line.c_str());
    if (ImGui::Button("Close")) editor.showImportReport = false;
    ui::anchorLastItem(app.ui, "import.close");
  }
  ImGui::End();
}

// Today on the Jalali calendar, in the user's time zone, for the date picker.
void setToday(App& app) {
  // The date changes once a day: a look at the clock a minute is plenty, not two calls a frame.
  const double now = ImGui::GetTime();
  if (now - app.ui.todayCheckedAt < 60.0) return;
  app.ui.todayCheckedAt = now;
  const std::int64_t localMs = web::unixTimeMs() - web::timezoneOffsetMinutes() * 60000LL;
  const long days = static_cast<long>(localMs / 86400000LL);
  const calendar::JalaliDate today = calendar::jalaliFromJulianDay(days + 2440588);  // 1970-01-01 is JDN 2440588
  app.ui.todayYear = today.year;
  app.ui.todayMonth = today.month;
  app.ui.todayDay = today.day;
}

// What the browser's text box did since the last frame, for the field widget to read; returns the
// letter of an app shortcut pressed in it (or 0).
char readTextOverlay(App& app) {
  auto& overlay = app.ui.overlay;
  const web::TextOverlayEvents events = web::takeTextOverlayEvents();
  overlay.textChanged = events.changed;
  overlay.closed = events.closed;
  overlay.move = events.move;
  overlay.fieldOrder.clear();
  if (events.changed || events.closed) overlay.text = events.text;
  overlay.open = false;
  overlay.shown = false;
  return events.shortcut;
}

std::string cssColour(ImGuiCol colour) {
  const ImVec4 c = ImGui::GetStyle().Colors[colour];
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "rgba(%d,%d,%d,%.2f)", static_cast<int>(c.x * 255), static_cast<int>(c.y * 255),
                static_cast<int>(c.z * 255), c.w < 0.95f ? 1.0f : c.w);
  return buffer;
}

// Places, moves or removes the browser's text box as the field widget asked.
void placeTextOverlay(App& app) {
  auto& overlay = app.ui.overlay;
  if (overlay.open) {
    web::TextOverlayStyle style;
    style.fontPx = overlay.fontPx;
    style.paddingX = ImGui::GetStyle().FramePadding.x / app.ui.devicePixelRatio;
    style.paddingY = ImGui::GetStyle().FramePadding.y / app.ui.devicePixelRatio;
    style.textColour = cssColour(ImGuiCol_Text);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "rgb(%d,%d,%d)", static_cast<int>(bg.x * 255), static_cast<int>(bg.y * 255), static_cast<int>(bg.z * 255));
    style.background = buffer;
    style.selectAll = overlay.selectAll;
    overlay.selectAll = false;
    web::showTextOverlay(overlay.x, overlay.y, overlay.w, overlay.h, overlay.multiline, overlay.oneLine, overlay.initial, style);
    overlay.closed = false;
    app.undoAtFieldOpen = app.undo.size();
    app.lastEditSeconds = -1e9;  // typing in a field is an undo step of its own, never merged with the last field's
  } else if (overlay.closed && !overlay.pendingOpen) {  // (unless a click asked for another field meanwhile)
    // Left with Tab, Shift+Tab or Enter: the next (previous) field of the form opens when drawn.
    const std::string next = ui::neighbourField(overlay.fieldOrder, overlay.activeId, overlay.move);
    overlay.activeId = next;
    overlay.pendingOpen = !next.empty();
  } else if (!overlay.activeId.empty() && !overlay.pendingOpen) {  // (a field asked for opens when drawn)
    if (overlay.shown) {
      web::moveTextOverlay(overlay.x, overlay.y, overlay.w, overlay.h);
    } else if (!overlay.pendingOpen) {  // the field is gone (another record, a closed section, scrolled away)
      web::hideTextOverlay();
      overlay.activeId.clear();
    }
  }
}

void carryOutCommands(App& app, const ui::UiCommands& commands) {
  if (commands.focusSearch) {
    // Open the browser's text box on the search field, as a click would; placed next frame.
    app.ui.overlay.activeId = "collection.search";
    app.ui.overlay.pendingOpen = true;  // the field opens the box when it is drawn next frame
  }
  // A newer version's settings are left as they are, like its journal: changes last this tab only.
  if (commands.settingsChanged && !app.journal.readOnly() && !app.storage.set(kSettingsKey, settings::toJson(app.ui.settings)).ok()) {
    std::fputs("Jobname Studio: preferences not saved (storage unavailable)\n", stderr);
  }
  if (!commands.openUrl.empty()) web::openInNewTab(commands.openUrl);
  if (!commands.copyText.empty()) {
    web::copyToClipboard(commands.copyText);
    app.ui.editor.copyPending = true;
  }
  carryOutJournalCommands(app, commands, ImGui::GetTime());
  carryOutShareCommands(app, commands, ImGui::GetTime());
  carryOutStorageCommands(app, commands);
}
}  // namespace

void startApp(App& app) {
  if (auto stored = app.storage.get(kSettingsKey)) app.ui.settings = settings::settingsFromJson(*stored);
  const auto report = app.journal.load(web::unixTimeMs());
  for (const auto& problem : report.problems) {
    if (problem == app.journal.readOnlyReason()) continue;  // its banner says it, with the export
    app.ui.editor.notice += (app.ui.editor.notice.empty() ? "" : " ") + problem;
  }
  if (!app.storage.available()) {
    app.ui.editor.storageProblem = "This browser does not let the page keep data (private mode or storage disabled): "
                                   "your records stay only until this tab is closed. Export them to keep them.";
  }
  web::requestPersistentStorage();
  describeUsage(app);
  refreshSetAsideList(app);
  // An index rebuilt from the records (a malformed one set aside) is written at once.
  if (app.journal.dirty()) scheduleSave(app, ImGui::GetTime());
  web::installFileDrop();
  web::saveWhenPageHides([&app] { flush(app); });
  web::installShortcutGuard(kShortcutLetters);
  web::installTabIntoCanvas();
  web::watchAddressFragment();
  openRecord(app, app.journal.openId());
}

bool runFrame(App& app, const web::FrameInfo& frame) {
  app.ui.devicePixelRatio = frame.devicePixelRatio;
  setToday(app);
  app.ui.systemPrefersDark = web::systemPrefersDark();
  app.ui.anchors.clear();
  app.ui.navFocus.clear();
  applyThemeIfNeeded(app);
  importIncomingFiles(app);
  followOtherTabs(app);
  app.ui.editor.readOnly = app.journal.readOnly();
  app.ui.editor.readOnlyReason = app.journal.readOnlyReason();
  const char boxShortcut = readTextOverlay(app);
  openSharedLinkFromAddress(app);
  readClipboardResult(app);
  if (std::string problem = web::takePngExportProblem(); !problem.empty()) app.ui.editor.notice = std::move(problem);

  ui::UiCommands commands;
  shortcuts(commands, boxShortcut);
  ui::drawMainMenu(app.ui, commands, app.workingId);
  drawWorkspace(app, commands);
  drawUndoToast(app, commands);
  drawImportReport(app);
  ui::drawDuplicatePrompt(app.ui, commands);
  ui::drawSetAsideView(app.ui, commands);
  ui::drawAboutView(app.ui, commands);
  ui::drawShareLinkDialog(app.ui, commands);
  ui::drawShareLinkError(app.ui);
  ui::drawBookExportDialog(app.ui, commands);
  ui::drawOpenShareLink(app.ui, commands);
  placeTextOverlay(app);
  carryOutCommands(app, commands);
  forgetUndoneTyping(app, commands);
  saveIfDue(app, ImGui::GetTime());
  return false;
}

void flush(App& app) { saveIfDue(app, 1e18); }

}  // namespace jobname::app
