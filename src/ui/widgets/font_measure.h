// Text widths as ImGui's font draws them, in the form core's wrapping asks for (reading/wrap.h):
// shared by the reading view and the editor's multi-line fields, so both wrap the same way.
#pragma once
#include <imgui.h>

#include "core/reading/wrap.h"

namespace jobname::ui {

// `size`: the body text size in pixels; a FontStyle's scale multiplies it. Monospaced text is
// measured with `mono` (the body font when null).
reading::MeasureWidth measureWithFont(ImFont* font, ImFont* mono, float size);

}  // namespace jobname::ui
