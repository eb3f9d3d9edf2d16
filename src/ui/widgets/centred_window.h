// A window over the workspace (About, Set-aside data, the share dialog), centred on the screen
// when it appears.
#pragma once

#include <imgui.h>

namespace jobname::ui {

// Centres the next window, `widthEm` wide, or the screen's width less a margin where that is less
// (a phone): nothing of it runs off the screen. The width is set when the window appears, or every
// frame with ImGuiCond_Always.
void centreNextWindow(float widthEm, ImGuiCond widthCondition = ImGuiCond_Appearing);

}  // namespace jobname::ui
