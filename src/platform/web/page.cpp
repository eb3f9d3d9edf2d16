#include "platform/web/page.h"

#include <emscripten.h>

namespace jobname::web {

namespace {
EM_JS(int, jn_prefers_dark, (), {
  if (!window.matchMedia) return 0;
  if (!Module.jnSchemeQuery) {
    Module.jnSchemeQuery = window.matchMedia('(prefers-color-scheme: dark)');
    // A 'focus' event wakes the idle loop, which then reads the new scheme.
    Module.jnSchemeQuery.addEventListener('change', () => window.dispatchEvent(new Event('focus')));
  }
  return Module.jnSchemeQuery.matches ? 1 : 0;
});

EM_JS(void, jn_open_in_new_tab, (const char* url), {
  window.open(UTF8ToString(url), '_blank', 'noopener');
});

EM_JS(void, jn_show_startup_error, (const char* message), {
  if (typeof Module.showError === 'function') Module.showError(UTF8ToString(message));
});
EM_JS(int, jn_opened_from_disk, (), { return location.protocol === 'file:' ? 1 : 0; });
EM_JS(double, jn_date_now, (), { return Date.now(); });
EM_JS(int, jn_timezone_offset, (), { return new Date().getTimezoneOffset(); });

EM_JS(void, jn_install_shortcut_guard, (const char* appShortcutKeys), {
  const keys = UTF8ToString(appShortcutKeys);
  window.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    if (key.length === 1 && keys.includes(key)) event.preventDefault();
  }, { capture: true });
});

// GLFW stops Tab on the page (it keeps it for the app), so with nothing focused Tab would lead
// nowhere: it puts the focus on the canvas, and goes on to the app as its first Tab.
EM_JS(void, jn_install_tab_into_canvas, (), {
  window.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const canvas = document.getElementById('canvas');
    const focused = document.activeElement;
    if (canvas && (!focused || focused === document.body || focused === document.documentElement)) canvas.focus();
  }, { capture: true });
});
}  // namespace

void installTabIntoCanvas() { jn_install_tab_into_canvas(); }
void installShortcutGuard(const std::string& appShortcutKeys) { jn_install_shortcut_guard(appShortcutKeys.c_str()); }
int timezoneOffsetMinutes() { return jn_timezone_offset(); }
std::int64_t unixTimeMs() { return static_cast<std::int64_t>(jn_date_now()); }

bool openedFromDisk() { return jn_opened_from_disk() != 0; }
bool systemPrefersDark() { return jn_prefers_dark() != 0; }
void openInNewTab(const std::string& url) { jn_open_in_new_tab(url.c_str()); }
void showStartupError(const std::string& message) { jn_show_startup_error(message.c_str()); }

}  // namespace jobname::web
