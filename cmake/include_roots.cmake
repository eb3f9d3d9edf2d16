# Each target sees only the layers it may include (docs/architecture.md, "Who may include what").
# Headers are included from src/ ("core/model/record.h"), so a target given src/ could include any
# layer. Instead each layer gets its own include root in the build tree holding one link to its
# folder: build/include-roots/core/core -> src/core, build/include-roots/platform_web/platform/web
# -> src/platform/web. A target that includes a layer it does not link fails to compile.

# Adds the include root of `layer` ("core", "ui", "platform/web", "app") to `target`.
function(jn_include_layer target scope layer)
  string(REPLACE "/" "_" root_name "${layer}")
  set(root "${CMAKE_BINARY_DIR}/include-roots/${root_name}")
  set(link "${root}/${layer}")
  if(NOT EXISTS "${link}")
    get_filename_component(parent "${link}" DIRECTORY)
    file(MAKE_DIRECTORY "${parent}")
    file(CREATE_LINK "${CMAKE_SOURCE_DIR}/src/${layer}" "${link}" SYMBOLIC)
  endif()
  target_include_directories(${target} ${scope} "${root}")
endfunction()
