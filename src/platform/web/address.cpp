#include "platform/web/address.h"

#include <emscripten.h>

#include "platform/web/js_string.h"

namespace jobname::web {

namespace {
EM_JS(void, jn_address_watch, (), {
  Module.jnTakenHash = null;
  window.addEventListener('hashchange', () => window.dispatchEvent(new Event('focus')));  // wakes the idle loop
});

EM_JS(char*, jn_address_take_fragment, (), {
  const hash = location.hash;
  if (hash === Module.jnTakenHash) return 0;
  Module.jnTakenHash = hash;
  return hash ? stringToNewUTF8(hash) : 0;
});

EM_JS(void, jn_address_clear_fragment, (), {
  Module.jnTakenHash = "";
  history.replaceState(history.state, "", location.pathname + location.search);
});

EM_JS(char*, jn_page_address, (), {
  return stringToNewUTF8(location.href.split('#')[0]);
});
}  // namespace

void watchAddressFragment() { jn_address_watch(); }
std::string takeNewAddressFragment() { return takeJsString(jn_address_take_fragment()); }
void clearAddressFragment() { jn_address_clear_fragment(); }
std::string pageAddress() { return takeJsString(jn_page_address()); }

}  // namespace jobname::web
