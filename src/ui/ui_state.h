// What the views show and remember between frames, owned by the app: nothing in ui is global.
// Views read it and return commands; they never call the browser themselves.
#pragma once
#include <string>
#include <vector>

#include "core/settings/app_settings.h"
#include "core/text/bidi.h"

namespace jobname::ui {

// A named widget's rectangle in CSS pixels, published so that browser tests can click by name.
struct WidgetAnchor {
  std::string name;
  float x, y, w, h;
};

struct UiState {
  settings::AppSettings settings;
  bool systemPrefersDark = false;
  float devicePixelRatio = 1.0f;
  bool showAbout = false;
  text::VisualTextCache visualText;
  std::vector<WidgetAnchor> anchors;  // rebuilt every frame
};

// What the views ask the app to do after the frame.
struct UiCommands {
  bool settingsChanged = false;
  std::string openUrl;
};

bool effectiveDarkTheme(const UiState& state);

// Records the last submitted item under `name` (see WidgetAnchor).
void anchorLastItem(UiState& state, const char* name);

}  // namespace jobname::ui
