#include <emscripten.h>

#include "platform/web/main_loop.h"

namespace jobname::web {

namespace {
std::function<void()> saveOnHide;  // what the app registered with saveWhenPageHides

EM_JS(void, jn_wake_after, (MainLoop* loop, int milliseconds), {
  setTimeout(() => Module._jn_wake(loop), milliseconds);
});

// Calls back into C++ by jn_page_hiding below (exported in cmake/emscripten.cmake).
EM_JS(void, jn_on_page_hide, (), {
  const run = () => { try { Module._jn_page_hiding(); } catch (e) { console.warn('save on leave failed', e); } };
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') run(); });
  window.addEventListener('pagehide', run);
});
}  // namespace

void wakeMainLoopAfter(MainLoop& loop, int milliseconds) { jn_wake_after(&loop, milliseconds); }

void saveWhenPageHides(std::function<void()> save) {
  saveOnHide = std::move(save);
  jn_on_page_hide();
}

}  // namespace jobname::web

extern "C" EMSCRIPTEN_KEEPALIVE void jn_page_hiding() {
  if (jobname::web::saveOnHide) jobname::web::saveOnHide();
}
