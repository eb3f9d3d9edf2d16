// Dark and light styles, scaled for the screen's pixel ratio and the user's text size.
#pragma once

namespace jobname::ui {

// Rebuilds ImGui's style from scratch, so that scaling never compounds.
void applyTheme(bool dark, float devicePixelRatio, float textScale);

}  // namespace jobname::ui
