// Text onto the system clipboard from the app (a share link). The browser answers later: the
// result is taken on a following frame. ImGui's own fields use the browser's text box instead.
#pragma once
#include <string>

namespace jobname::web {

enum class ClipboardResult { None, Copied, Refused };

void copyToClipboard(const std::string& text);
ClipboardResult takeClipboardResult();

}  // namespace jobname::web
