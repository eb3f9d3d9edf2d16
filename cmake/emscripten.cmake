# Every emcc -s flag and every JS entry point of the web build, in one place.
# Debian's emscripten 3.1.6: GLFW and WebGL2 are built in (no port downloads); emcc writes .js and
# .wasm only (its HTML minifier crashes here); we ship web/index.html ourselves.

set(JN_WEB_OUTPUT_DIR "${CMAKE_BINARY_DIR}/out" CACHE PATH "Where the web build puts index.html, jobname.js, jobname.wasm")

# C++ functions the page calls (Module._name).
set(JN_EXPORTED_FUNCTIONS
  _main _malloc _free
  _jn_wake            # platform/web/main_loop: any input wakes the idle loop
  _jn_draw_input_now  # platform/web/main_loop: a click or key drawn inside its event (clipboard writes need the gesture)
  _jn_anchors_json    # app: named widget rectangles, for the browser tests
  _jn_page_hiding     # platform/web/main_loop_timer: the tab is being hidden or closed; calls what the app registered
  _jn_reveal          # app: scroll a named widget into view, for the browser tests
  _jn_debug_state     # app: the journal and editor state as JSON, for the browser tests
  _jn_request_frames  # app: draw N more frames even when idle, for the browser tests
)
# Runtime helpers the page and the EM_JS glue use.
set(JN_EXPORTED_RUNTIME_METHODS UTF8ToString stringToUTF8 lengthBytesUTF8)
# JS library functions that EM_JS code calls. Their names start with '$', which no escaping gets
# through CMake, Ninja and the shell intact: they go to emcc in a response file instead.
set(JN_JS_LIBRARY_FUNCS stringToNewUTF8)

list(JOIN JN_EXPORTED_FUNCTIONS "," _exported)
list(JOIN JN_EXPORTED_RUNTIME_METHODS "," _runtime)
list(TRANSFORM JN_JS_LIBRARY_FUNCS PREPEND "\"$")
list(TRANSFORM JN_JS_LIBRARY_FUNCS APPEND "\"")
list(JOIN JN_JS_LIBRARY_FUNCS "," _libfuncs)
file(WRITE "${CMAKE_BINARY_DIR}/library_funcs.json" "[${_libfuncs}]\n")

set(JN_WEB_COMPILE_OPTIONS)
set(JN_WEB_LINK_OPTIONS
  -sUSE_GLFW=3 -sUSE_WEBGL2=1 -sFULL_ES3=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sENVIRONMENT=web -sFILESYSTEM=0 -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=32MB
  -sEXIT_RUNTIME=0 -sINVOKE_RUN=1
  -sDYNAMIC_EXECUTION=0  # no eval: the page's Content-Security-Policy forbids it
  "-sEXPORTED_FUNCTIONS=${_exported}"
  "-sEXPORTED_RUNTIME_METHODS=${_runtime}"
  "-sDEFAULT_LIBRARY_FUNCS_TO_INCLUDE=@${CMAKE_BINARY_DIR}/library_funcs.json"
)
set(CMAKE_C_FLAGS_RELEASE "-O2 -DNDEBUG")
set(CMAKE_CXX_FLAGS_RELEASE "-O2 -DNDEBUG")
# Core's parsers are hot (import speed is measured); the UI and ImGui are large and per-frame
# cheap: they are built for size.
set(JN_WEB_SIZE_FLAGS $<$<CONFIG:Release>:-Os>)
if(CMAKE_BUILD_TYPE STREQUAL "Debug")
  list(APPEND JN_WEB_LINK_OPTIONS -sASSERTIONS=2 -sSAFE_HEAP=1 -g)
else()
  list(APPEND JN_WEB_LINK_OPTIONS -Os -sASSERTIONS=0)
endif()
