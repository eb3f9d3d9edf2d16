// Dark and light styles, scaled for the screen's pixel ratio and the user's text size, and the
// narrow layout of a phone's width (one pane at a time, fields stacked, targets a finger can tap).
#pragma once

namespace jobname::ui {

// Below this many CSS pixels of width (at the normal text size) the window holds one pane at a time.
constexpr float kNarrowBelowCssPx = 700.0f;
// The least height of a tap target in the narrow layout (Apple's and Google's guidance, in CSS pixels).
constexpr float kTapTargetCssPx = 44.0f;

// The least size of body text in the narrow layout, in CSS pixels of em: a phone's browser zooms
// into a text box whose font is smaller when it gets the focus, and 16 px is read without glasses.
constexpr float kLeastNarrowTextCssPx = 16.0f;

// A phone's width: larger text (View > Larger text) narrows the screen as much as a smaller window.
bool isNarrowScreen(float widthCssPx, float textScale);
// How much larger the narrow layout draws text than the normal size, for an em of kLeastNarrowTextCssPx
// (`emPerPixelHeight`: the body font's em over ImGui's size of it, fonts.h).
float narrowTextScale(float emPerPixelHeight);

// Rebuilds ImGui's style from scratch, so that scaling never compounds. `narrow`: frames, tabs and
// buttons are at least kTapTargetCssPx high, with room between them (`textScale` then includes
// narrowTextScale()).
void applyTheme(bool dark, float devicePixelRatio, float textScale, bool narrow = false);

}  // namespace jobname::ui
