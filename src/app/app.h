// The application: its state and one frame (input is already in ImGui; views draw and return
// commands; the app carries them out against core and the platform).
#pragma once
#include "platform/web/main_loop.h"
#include "ui/ui_state.h"

namespace jobname::app {

struct App {
  ui::UiState ui;
  bool themeDark = false;
  float appliedPixelRatio = 0.0f;
  float appliedTextScale = 0.0f;
  bool themeApplied = false;
};

void loadSettings(App& app);
// Returns true while the app animates (it never does yet: edits and saves wake the loop).
bool runFrame(App& app, const web::FrameInfo& frame);

}  // namespace jobname::app
