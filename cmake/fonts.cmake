# Fonts from the installed Debian package fonts-noto-core, cut down at build time (fontTools'
# pyftsubset) to the scripts the app shows, then compiled into the wasm. Never committed.
set(JN_NOTO_DIR "/usr/share/fonts/truetype/noto" CACHE PATH "Where fonts-noto-core installs its fonts")
find_program(PYFTSUBSET pyftsubset)
if(NOT PYFTSUBSET)
  message(FATAL_ERROR "pyftsubset not found: install the Debian package 'fonttools' (scripts/bootstrap does).")
endif()

# Latin text and UI symbols from Noto Sans; Persian and Arabic (with the presentation forms that
# FriBidi's shaping produces) from Noto Sans Arabic.
set(JN_LATIN_UNICODES "U+0020-007E,U+00A0-017F,U+0259,U+02C6-02DD,U+2000-206F,U+20AC,U+2116,U+2122,U+2190-2199,U+2212,U+25CB,U+25CF")
set(JN_ARABIC_UNICODES "U+0020,U+00A0,U+0600-06FF,U+0750-077F,U+200C-200F,U+FB50-FDFF,U+FE70-FEFF")

set(JN_FONT_OUT "${CMAKE_BINARY_DIR}/fonts")
file(MAKE_DIRECTORY "${JN_FONT_OUT}")
set(JN_FONT_SOURCES)
foreach(spec "NotoSans-Regular|noto_sans_regular|${JN_LATIN_UNICODES}"
             "NotoSansArabic-Regular|noto_sans_arabic_regular|${JN_ARABIC_UNICODES}")
  string(REPLACE "|" ";" spec "${spec}")
  list(GET spec 0 font_name)
  list(GET spec 1 symbol)
  list(GET spec 2 unicodes)
  set(font_in "${JN_NOTO_DIR}/${font_name}.ttf")
  if(NOT EXISTS "${font_in}")
    message(FATAL_ERROR "${font_in} not found: install the Debian package 'fonts-noto-core'.")
  endif()
  set(subset "${JN_FONT_OUT}/${font_name}.subset.ttf")
  add_custom_command(OUTPUT "${subset}"
    COMMAND "${PYFTSUBSET}" "${font_in}" "--unicodes=${unicodes}" "--output-file=${subset}"
            --no-hinting --drop-tables+=GSUB,GPOS,GDEF,DSIG --layout-features= --name-IDs=0,1,2,3,4,5,6,13,14
    DEPENDS "${font_in}" VERBATIM
    COMMENT "Subsetting ${font_name}")
  set(font_cpp "${JN_FONT_OUT}/${symbol}.cpp")
  add_custom_command(OUTPUT "${font_cpp}"
    COMMAND "${CMAKE_COMMAND}" -DINPUT=${subset} -DOUTPUT=${font_cpp} -DSYMBOL=${symbol}
            -P "${CMAKE_SOURCE_DIR}/cmake/embed_file.cmake"
    DEPENDS "${subset}" "${CMAKE_SOURCE_DIR}/cmake/embed_file.cmake" VERBATIM)
  list(APPEND JN_FONT_SOURCES "${font_cpp}")
endforeach()
add_library(jn_fonts_data STATIC ${JN_FONT_SOURCES})
