#include <emscripten.h>

#include "platform/web/main_loop.h"

namespace jobname::web {

namespace {
EM_JS(void, jn_wake_after, (MainLoop* loop, int milliseconds), {
  setTimeout(() => Module._jn_wake(loop), milliseconds);
});

// The app exports jn_flush (see cmake/emscripten.cmake).
EM_JS(void, jn_on_page_hide, (), {
  const run = () => { try { Module._jn_flush(); } catch (e) { console.warn('save on leave failed', e); } };
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') run(); });
  window.addEventListener('pagehide', run);
});
}  // namespace

void wakeMainLoopAfter(MainLoop& loop, int milliseconds) { jn_wake_after(&loop, milliseconds); }
void saveWhenPageHides() { jn_on_page_hide(); }

}  // namespace jobname::web
