// The page's own address: the fragment a share link carries, and the address without it to make
// new links from. The fragment never leaves the browser (it is not sent with requests).
#pragma once
#include <string>

namespace jobname::web {

// Starts watching the fragment: a change (a pasted link on an open tab) wakes the app.
void watchAddressFragment();
// The fragment ("#r=...") when it changed since the last call (the first call: the one the page
// was opened with); empty otherwise.
std::string takeNewAddressFragment();
// Removes the fragment from the address bar without reloading or adding a history entry.
void clearAddressFragment();
// The page's address without its fragment: "https://user.github.io/studio/" or "file:///...".
std::string pageAddress();

}  // namespace jobname::web
