// The page around the canvas: the colour scheme the system prefers, opening links, and the
// message shown in place of the canvas when the app cannot start.
#pragma once
#include <cstdint>
#include <string>

namespace jobname::web {

bool systemPrefersDark();
// The page was opened straight from disk (file://, the single-file build), where each browser
// has its own rules for storage.
bool openedFromDisk();
void openInNewTab(const std::string& url);
void showStartupError(const std::string& message);
// Keyboard-only use: Tab on the page with nothing focused brings the focus to the app's canvas.
void installTabIntoCanvas();
// Stops the browser's own meaning of Ctrl/Cmd with `appShortcutKeys` (save page, open, find) while
// the app has focus (the text box, text_overlay.h, stops them itself).
void installShortcutGuard(const std::string& appShortcutKeys);
// Milliseconds since 1970-01-01 UTC, as records' created and updated times are kept.
std::int64_t unixTimeMs();
// Minutes to add to local time to get UTC (Date.getTimezoneOffset(): -210 in Tehran).
int timezoneOffsetMinutes();

}  // namespace jobname::web
