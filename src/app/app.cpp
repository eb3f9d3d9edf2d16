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
#include "ui/views/duplicate_prompt.h"
#include "ui/views/main_menu.h"
#include "ui/views/set_aside_view.h"
#include "ui/views/share_view.h"
#include "ui/views/workspace_view.h"
#include "ui/widgets/text_field.h"

namespace jobname::app {

namespace {
constexpr const char* kSettingsKey = "jobname-studio.settings";

void applyThemeIfNeeded(App& app) {
  const bool dark = ui::effectiveDarkTheme(app.ui);
  const bool narrow = app.ui.narrow;
  if (app.themeApplied && dark == app.themeDark && app.appliedPixelRatio == app.ui.devicePixelRatio &&
      app.appliedTextScale == app.ui.settings.textScale && app.appliedNarrow == narrow) {
    return;
  }
  const float textScale = app.ui.settings.textScale * (narrow ? ui::narrowTextScale(app.ui.fontEmPerPixelHeight) : 1.0f);
  ui::applyTheme(dark, app.ui.devicePixelRatio, textScale, narrow);
  app.themeApplied = true;
  app.themeDark = dark;
  app.appliedPixelRatio = app.ui.devicePixelRatio;
  app.appliedTextScale = app.ui.settings.textScale;
  app.appliedNarrow = narrow;
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

// Today on the Jalali calendar, in the user's time zone, for the date picker.
void setToday(App& app) {
  // The date changes once a day: a look at the clock a minute is plenty, not two calls a frame.
  const double now = ImGui::GetTime();
  if (now - app.ui.todayCheckedAt < 60.0) return;
  app.ui.todayCheckedAt = now;
  const calendar::JalaliDate today = calendar::jalaliDayAt(web::unixTimeMs(), web::timezoneOffsetMinutes());
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
  overlay.screenPieces.clear();
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

// The browser's text box drawn as the field is: its text size and padding in CSS pixels.
web::TextOverlayStyle overlayStyle(const App& app) {
  web::TextOverlayStyle style;
  style.fontPx = app.ui.overlay.fontPx;
  style.paddingX = ImGui::GetStyle().FramePadding.x / app.ui.devicePixelRatio;
  style.paddingY = ImGui::GetStyle().FramePadding.y / app.ui.devicePixelRatio;
  return style;
}

// Places, moves or removes the browser's text box as the field widget asked.
void placeTextOverlay(App& app) {
  auto& overlay = app.ui.overlay;
  web::setTextFieldPlaces(ui::uncoveredFieldPlaces(app.ui));
  if (overlay.open) {
    web::TextOverlayStyle style = overlayStyle(app);
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
      web::moveTextOverlay(overlay.x, overlay.y, overlay.w, overlay.h, overlayStyle(app));
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
  carryOutRecordCommands(app, commands, ImGui::GetTime());
  carryOutExportCommands(app, commands);
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
    app.ui.editor.storageProblem = web::openedFromDisk()
        ? "This browser keeps no data for a page opened from disk (file://): your records stay only until this tab "
          "is closed. Export them to keep them, or open Jobname Studio from its web address."
        : "This browser does not let the page keep data (private mode or storage disabled): "
          "your records stay only until this tab is closed. Export them to keep them.";
  }
  web::requestPersistentStorage();
  readPersistentStorageAnswer(app);
  loadExportHistory(app);
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
  const web::TwoFingerGesture& fingers = frame.twoFingers;
  app.ui.twoFingers = {fingers.active, ImVec2(fingers.midpointX, fingers.midpointY), ImVec2(fingers.movedX, fingers.movedY), fingers.scale};
  // The layout follows the window live (a phone turned, a window dragged narrower): the open record,
  // its scroll and the field being typed in stay as they are.
  const ImVec2 viewport = ImGui::GetMainViewport()->Size;
  app.ui.narrow = ui::isNarrowScreen(viewport.x / frame.devicePixelRatio, app.ui.settings.textScale);
  if (viewport.x != app.viewportWidth || viewport.y != app.viewportHeight) {
    app.viewportWidth = viewport.x;
    app.viewportHeight = viewport.y;
    // The layout settles over a few frames; meanwhile the field being typed in is kept in view.
    if (!app.ui.overlay.activeId.empty()) app.ui.overlay.keepInViewFrames = 6;
  }
  if (app.ui.overlay.activeId.empty()) app.ui.overlay.keepInViewFrames = 0;
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
  readPersistentStorageAnswer(app);
  if (std::string problem = web::takePngExportProblem(); !problem.empty()) app.ui.editor.notice = std::move(problem);

  ui::UiCommands commands;
  shortcuts(commands, boxShortcut);
  ui::drawMainMenu(app.ui, commands, app.workingId);
  const bool workingKept = app.journal.find(app.workingId) != nullptr;
  ui::drawWorkspace(app.ui, {app.journal.entries(), app.journal.version(), app.journal.openId(), app.workingId, workingKept, app.journal.dirty()},
                    app.working, commands);
  ui::drawUndoToast(app.ui, commands);
  ui::drawImportReport(app.ui);
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
