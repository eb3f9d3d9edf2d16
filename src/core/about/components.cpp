#include "core/about/components.h"

#include <nlohmann/json.hpp>

#include "core/share/deflate.h"
#include "core/text/bidi.h"

namespace jobname::about {

std::vector<Component> coreComponents() {
  const std::string jsonVersion = std::to_string(NLOHMANN_JSON_VERSION_MAJOR) + "." +
                                  std::to_string(NLOHMANN_JSON_VERSION_MINOR) + "." +
                                  std::to_string(NLOHMANN_JSON_VERSION_PATCH);
  return {
      {"GNU FriBidi", text::fribidiLibraryVersion(), "LGPL-2.1-or-later", "Behdad Esfahbod, Dov Grobgeld and others",
       "fribidi.txt"},
      {"JSON for Modern C++", jsonVersion, "MIT", "Niels Lohmann", "nlohmann-json.txt"},
      {"MD4C (Markdown for C)", JN_MD4C_VERSION, "MIT", "Martin Mit\u00e1\u0161", "md4c.txt"},
      {"zlib (with its contrib minizip)", share::zlibLibraryVersion(), "Zlib", "Jean-loup Gailly, Mark Adler; minizip: Gilles Vollant",
       "zlib.txt"},
      {"QR Code generator (qrcodegen)", JN_QRCODEGEN_VERSION, "MIT", "Project Nayuki", "qrcodegen.txt"},
  };
}

}  // namespace jobname::about
