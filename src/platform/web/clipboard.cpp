#include "platform/web/clipboard.h"

#include <emscripten.h>

namespace jobname::web {

namespace {
// The asynchronous Clipboard API first; where it is missing or refused (an older browser, a
// page without focus), the old copy command on a hidden text area, still inside the click's
// user activation.
EM_JS(void, jn_clipboard_copy, (const char* textPtr), {
  const text = UTF8ToString(textPtr);
  const done = (ok) => {
    Module.jnClipboardResult = ok ? 1 : 2;
    window.dispatchEvent(new Event('focus'));  // wakes the idle loop
  };
  const fallback = () => {
    const area = document.createElement('textarea');
    area.value = text;
    area.readOnly = true;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    area.remove();
    done(ok);
  };
  Module.jnClipboardResult = 0;
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(text).then(() => done(true), fallback);
  } else {
    fallback();
  }
});

EM_JS(int, jn_clipboard_take, (), {
  const result = Module.jnClipboardResult || 0;
  Module.jnClipboardResult = 0;
  return result;
});
}  // namespace

void copyToClipboard(const std::string& text) { jn_clipboard_copy(text.c_str()); }

ClipboardResult takeClipboardResult() {
  switch (jn_clipboard_take()) {
    case 1: return ClipboardResult::Copied;
    case 2: return ClipboardResult::Refused;
    default: return ClipboardResult::None;
  }
}

}  // namespace jobname::web
