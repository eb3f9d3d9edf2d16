// Text that may hold Persian: drawn shaped and in visual order (FriBidi), right-aligned when the
// paragraph is right-to-left. Display only; editing lives in the editor's text fields.
#pragma once
#include <string_view>

#include "ui/ui_state.h"

namespace jobname::ui {

void TextBidi(UiState& state, std::string_view logical);
// A text of many paragraphs, one a line (a Markdown file): each takes its own direction.
void TextBidiLines(UiState& state, std::string_view text);

}  // namespace jobname::ui
