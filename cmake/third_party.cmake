# Targets for the Debian source packages that scripts/bootstrap unpacks into third_party/.
# A missing tree fails here with the command that fetches it, not later with a strange error.

function(jn_require_third_party name marker)
  if(NOT EXISTS "${JN_THIRD_PARTY_DIR}/${name}/${marker}")
    message(FATAL_ERROR "${JN_THIRD_PARTY_DIR}/${name} is missing: run scripts/bootstrap (make does it for you).")
  endif()
endfunction()

# --- nlohmann_json from the Debian package (header only) ----------------------------------------
if(EMSCRIPTEN)
  # The Emscripten toolchain searches only its sysroot, and /usr/include as a whole would bring
  # glibc's headers in: expose just the nlohmann folder.
  set(_json_dir "${CMAKE_BINARY_DIR}/nlohmann-include")
  if(NOT EXISTS "/usr/include/nlohmann/json.hpp")
    message(FATAL_ERROR "/usr/include/nlohmann/json.hpp missing: install the Debian package 'nlohmann-json3-dev'.")
  endif()
  file(MAKE_DIRECTORY "${_json_dir}")
  file(CREATE_LINK "/usr/include/nlohmann" "${_json_dir}/nlohmann" SYMBOLIC)
  add_library(nlohmann_json INTERFACE)
  target_include_directories(nlohmann_json SYSTEM INTERFACE "${_json_dir}")
  add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json)
else()
  find_package(nlohmann_json 3 REQUIRED)
endif()

# --- GNU FriBidi: its Debian source ships the Unicode tables pre-generated (lib/*.tab.i) --------
jn_require_third_party(fribidi lib/fribidi.h)
set(FRIBIDI_SRC "${JN_THIRD_PARTY_DIR}/fribidi/lib")
set(FRIBIDI_GEN "${CMAKE_BINARY_DIR}/fribidi-config")
file(MAKE_DIRECTORY "${FRIBIDI_GEN}")
file(READ "${JN_THIRD_PARTY_DIR}/fribidi/.debian-version" FRIBIDI_DEBIAN_VERSION)
string(REGEX MATCH "^[0-9]+\\.[0-9]+\\.[0-9]+" FRIBIDI_VERSION "${FRIBIDI_DEBIAN_VERSION}")
string(REPLACE "." ";" _fv "${FRIBIDI_VERSION}")
list(GET _fv 0 FRIBIDI_MAJOR_VERSION)
list(GET _fv 1 FRIBIDI_MINOR_VERSION)
list(GET _fv 2 FRIBIDI_MICRO_VERSION)
file(WRITE "${FRIBIDI_GEN}/fribidi-config.h.tmp"
"#ifndef FRIBIDI_CONFIG_H
#define FRIBIDI_CONFIG_H
#define FRIBIDI \"fribidi\"
#define FRIBIDI_NAME \"GNU FriBidi\"
#define FRIBIDI_BUGREPORT \"\"
#define FRIBIDI_VERSION \"${FRIBIDI_VERSION}\"
#define FRIBIDI_MAJOR_VERSION ${FRIBIDI_MAJOR_VERSION}
#define FRIBIDI_MINOR_VERSION ${FRIBIDI_MINOR_VERSION}
#define FRIBIDI_MICRO_VERSION ${FRIBIDI_MICRO_VERSION}
#define FRIBIDI_INTERFACE_VERSION 4
#define FRIBIDI_INTERFACE_VERSION_STRING \"4\"
#define FRIBIDI_SIZEOF_INT 4
#endif
")
file(WRITE "${FRIBIDI_GEN}/config.h.tmp"
"#define HAVE_STRINGIZE 1
#define HAVE_STDLIB_H 1
#define HAVE_STRING_H 1
#define HAVE_MEMSET 1
#define HAVE_MEMMOVE 1
")
configure_file("${FRIBIDI_GEN}/fribidi-config.h.tmp" "${FRIBIDI_GEN}/fribidi-config.h" COPYONLY)
configure_file("${FRIBIDI_GEN}/config.h.tmp" "${FRIBIDI_GEN}/config.h" COPYONLY)

file(GLOB FRIBIDI_SOURCES "${FRIBIDI_SRC}/*.c")
add_library(fribidi STATIC ${FRIBIDI_SOURCES})
target_include_directories(fribidi SYSTEM PUBLIC "${FRIBIDI_SRC}" "${FRIBIDI_GEN}")
target_compile_definitions(fribidi PRIVATE HAVE_CONFIG_H FRIBIDI_BUILD)
target_compile_options(fribidi PRIVATE -w)
set_target_properties(fribidi PROPERTIES POSITION_INDEPENDENT_CODE ON)

# --- Dear ImGui: ui and the web app; natively for ui's headless smoke test. Core never links it.
jn_require_third_party(imgui imgui.h)
set(IMGUI_DIR "${JN_THIRD_PARTY_DIR}/imgui")
add_library(imgui STATIC
  "${IMGUI_DIR}/imgui.cpp" "${IMGUI_DIR}/imgui_draw.cpp"
  "${IMGUI_DIR}/imgui_tables.cpp" "${IMGUI_DIR}/imgui_widgets.cpp" "${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp")
target_include_directories(imgui SYSTEM PUBLIC "${IMGUI_DIR}" "${IMGUI_DIR}/misc/cpp")
target_compile_options(imgui PRIVATE ${JN_WEB_SIZE_FLAGS})
set_target_properties(imgui PROPERTIES EXCLUDE_FROM_ALL ON)  # built for what links it, not by the fuzz build
# 32-bit ImWchar: the status emoji lie beyond U+FFFF. 32-bit ImDrawIdx: a large flowchart
# takes more than 65,536 vertices in one window, and WebGL2 cannot offset them (the backend's
# RendererHasVtxOffset is desktop GL only), so 16-bit indices wrapped and drew stray triangles
# over the rest of the page.
target_compile_definitions(imgui PUBLIC IMGUI_USE_WCHAR32 IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_DEMO_WINDOWS
                                         IMGUI_DISABLE_DEBUG_TOOLS ImDrawIdx=ImU32)
if(EMSCRIPTEN)
  # Platform and renderer backends (web only): only platform/web may link these.
  add_library(imgui_backends STATIC
    "${IMGUI_DIR}/backends/imgui_impl_glfw.cpp" "${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
  target_include_directories(imgui_backends SYSTEM PUBLIC "${IMGUI_DIR}/backends")
  target_link_libraries(imgui_backends PUBLIC imgui)
endif()

# --- zlib with its contrib/minizip: deflate for share links, zip for the book export ----------
jn_require_third_party(zlib zlib.h)
set(ZLIB_DIR "${JN_THIRD_PARTY_DIR}/zlib")
set(MINIZIP_DIR "${ZLIB_DIR}/contrib/minizip")
add_library(jn_zlib STATIC
  "${ZLIB_DIR}/adler32.c" "${ZLIB_DIR}/compress.c" "${ZLIB_DIR}/crc32.c" "${ZLIB_DIR}/deflate.c" "${ZLIB_DIR}/inflate.c"
  "${ZLIB_DIR}/inffast.c" "${ZLIB_DIR}/inftrees.c" "${ZLIB_DIR}/trees.c" "${ZLIB_DIR}/zutil.c"
  "${MINIZIP_DIR}/zip.c" "${MINIZIP_DIR}/unzip.c" "${MINIZIP_DIR}/ioapi.c")
target_include_directories(jn_zlib SYSTEM PUBLIC "${ZLIB_DIR}" "${MINIZIP_DIR}")
# No encryption in our zips; the in-memory file functions replace stdio's.
target_compile_definitions(jn_zlib PUBLIC NOCRYPT NOUNCRYPT PRIVATE Z_HAVE_UNISTD_H)
if(EMSCRIPTEN OR APPLE)
  target_compile_definitions(jn_zlib PRIVATE IOAPI_NO_64)
endif()
target_compile_options(jn_zlib PRIVATE -w)
set_target_properties(jn_zlib PROPERTIES POSITION_INDEPENDENT_CODE ON)

# --- Project Nayuki's QR Code generator (Debian source qr-code-generator): its C++ library -----
# Share links as QR codes. The licence sits at the end of the upstream Readme: cut out for the web build.
jn_require_third_party(qrcodegen cpp/qrcodegen.hpp)
set(QRCODEGEN_DIR "${JN_THIRD_PARTY_DIR}/qrcodegen/cpp")
file(READ "${JN_THIRD_PARTY_DIR}/qrcodegen/.debian-version" QRCODEGEN_DEBIAN_VERSION)
string(STRIP "${QRCODEGEN_DEBIAN_VERSION}" QRCODEGEN_DEBIAN_VERSION)
string(REGEX MATCH "^[0-9]+\\.[0-9]+\\.[0-9]+" QRCODEGEN_VERSION "${QRCODEGEN_DEBIAN_VERSION}")
add_library(jn_qrcodegen STATIC "${QRCODEGEN_DIR}/qrcodegen.cpp")
target_include_directories(jn_qrcodegen SYSTEM PUBLIC "${QRCODEGEN_DIR}")
target_compile_definitions(jn_qrcodegen PUBLIC JN_QRCODEGEN_VERSION="${QRCODEGEN_VERSION}")
target_compile_options(jn_qrcodegen PRIVATE -w)
set_target_properties(jn_qrcodegen PROPERTIES POSITION_INDEPENDENT_CODE ON)
file(READ "${JN_THIRD_PARTY_DIR}/qrcodegen/Readme.markdown" _qr_readme)
string(FIND "${_qr_readme}" "\nLicense\n-------" _qr_license_at)
if(_qr_license_at LESS 0)
  message(FATAL_ERROR "${JN_THIRD_PARTY_DIR}/qrcodegen/Readme.markdown has no License section: fetch it again with scripts/bootstrap.")
endif()
string(SUBSTRING "${_qr_readme}" ${_qr_license_at} -1 _qr_license)
string(STRIP "${_qr_license}" _qr_license)
set(QRCODEGEN_LICENSE_FILE "${CMAKE_BINARY_DIR}/qrcodegen-license.txt")
file(WRITE "${QRCODEGEN_LICENSE_FILE}.tmp" "QR Code generator library (C++), from the Debian source package qr-code-generator ${QRCODEGEN_DEBIAN_VERSION}\n${_qr_license}\n")
configure_file("${QRCODEGEN_LICENSE_FILE}.tmp" "${QRCODEGEN_LICENSE_FILE}" COPYONLY)
# --- md4c: the reading view's Markdown parser (CommonMark, tables, strikethrough); plain C ------
jn_require_third_party(md4c src/md4c.h)
set(MD4C_DIR "${JN_THIRD_PARTY_DIR}/md4c/src")
file(READ "${JN_THIRD_PARTY_DIR}/md4c/.debian-version" MD4C_DEBIAN_VERSION)
string(REGEX MATCH "^[0-9]+\\.[0-9]+\\.[0-9]+" MD4C_VERSION "${MD4C_DEBIAN_VERSION}")
# entity.c: md4c's table of HTML entity names, which the reading view decodes (&nbsp; &amp; ...).
add_library(jn_md4c STATIC "${MD4C_DIR}/md4c.c" "${MD4C_DIR}/entity.c")
target_include_directories(jn_md4c SYSTEM PUBLIC "${MD4C_DIR}")
target_compile_definitions(jn_md4c PUBLIC JN_MD4C_VERSION="${MD4C_VERSION}")
target_compile_options(jn_md4c PRIVATE -w)
set_target_properties(jn_md4c PROPERTIES POSITION_INDEPENDENT_CODE ON)
