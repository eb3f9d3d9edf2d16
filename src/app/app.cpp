#include "app/app.h"

#include <imgui.h>

#include <cstdio>

#include "platform/web/local_storage.h"
#include "platform/web/page.h"
#include "ui/theme.h"
#include "ui/views/about_view.h"
#include "ui/views/main_menu.h"

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

void carryOut(App& app, const ui::UiCommands& commands) {
  if (commands.settingsChanged && !web::localStorageSet(kSettingsKey, settings::toJson(app.ui.settings))) {
    // Preferences still apply for this visit; the journal's own storage reports its failures.
    std::fputs("Jobname Studio: preferences not saved (storage unavailable)\n", stderr);
  }
  if (!commands.openUrl.empty()) web::openInNewTab(commands.openUrl);
}

void drawWorkspace(App& app) {
  // The area under the menu bar; the journal's views fill it.
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings;
  if (ImGui::Begin("##workspace", nullptr, flags)) {
    ImGui::TextDisabled("Jobname Studio %s", JN_VERSION);
    ImGui::TextWrapped("Your interview journal opens here. Help > About shows what the app ships.");
  }
  ImGui::End();
  (void)app;
}
}  // namespace

void loadSettings(App& app) {
  if (auto stored = web::localStorageGet(kSettingsKey)) app.ui.settings = settings::settingsFromJson(*stored);
}

bool runFrame(App& app, const web::FrameInfo& frame) {
  app.ui.devicePixelRatio = frame.devicePixelRatio;
  app.ui.systemPrefersDark = web::systemPrefersDark();
  app.ui.anchors.clear();
  applyThemeIfNeeded(app);

  ui::UiCommands commands;
  ui::drawMainMenu(app.ui, commands);
  drawWorkspace(app);
  ui::drawAboutView(app.ui, commands);
  carryOut(app, commands);
  return false;
}

}  // namespace jobname::app
