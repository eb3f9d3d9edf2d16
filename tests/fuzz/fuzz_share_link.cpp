// Any link: reading a share link never crashes, never unpacks without bound, and a record it
// accepts makes a link that reads back to the same fields. The bytes go in twice: as the
// fragment itself (version, alphabet), and as the deflate stream inside a well-formed link.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/share/share_link.h"
#include "core/text/base64.h"

namespace {
void readAndRoundTrip(const std::string& fragment) {
  const auto shared = jobname::share::readShareFragment(fragment);
  if (!shared.record) {
    if (shared.error.empty()) std::abort();  // refused without saying why
    return;
  }
  const auto again = jobname::share::readShareFragment(jobname::share::shareFragment(*shared.record));
  if (!again.record || !jobname::model::sameContent(*again.record, *shared.record)) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  readAndRoundTrip(input);
  readAndRoundTrip("r=1." + jobname::text::base64UrlEncode(input));
  readAndRoundTrip("r=2." + jobname::text::base64UrlEncode(input));  // the same bytes read with the dictionary
  return 0;
}
