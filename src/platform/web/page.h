// The page around the canvas: the colour scheme the system prefers, opening links, and the
// message shown in place of the canvas when the app cannot start.
#pragma once
#include <string>

namespace jobname::web {

bool systemPrefersDark();
void openInNewTab(const std::string& url);
void showStartupError(const std::string& message);

}  // namespace jobname::web
