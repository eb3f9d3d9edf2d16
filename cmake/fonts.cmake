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

# Emoji, monochrome, from Symbola (fonts-symbola): Dear ImGui's rasteriser draws no colour emoji.
# The format's status emoji, and every emoji block besides (🚀, 👍, 🙂...) and the arrows (→, which
# Noto Sans lacks) so that one a user writes is drawn, not "?". The blocks cost about 800 KB of the wasm (`make bench` prints its size).
set(JN_EMOJI_UNICODES "U+1F4DC,U+1F4DE,U+1F471,U+1F527,U+1F4DD,U+2696,U+2705,U+274C,U+274E,U+23F3,U+1F47B,U+1F389,U+2640,U+2642,U+2713,U+2717,U+2B50,U+1F3AF,U+1F4BC,U+1F4E7,U+1F4C5,U+2190-21FF,U+231A-231B,U+23E9-23FA,U+2600-27BF,U+2B1B-2B1C,U+2B55,U+1F300-1F64F,U+1F680-1F6FF,U+1F900-1F9FF")
set(JN_SYMBOLA "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf" CACHE FILEPATH "Symbola from fonts-symbola")

# Code in the reading view, monospaced: DejaVu Sans Mono (fonts-dejavu-core), Latin only; Persian in
# a comment falls back to Noto Sans Arabic merged into it.
set(JN_DEJAVU_MONO "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf" CACHE FILEPATH "DejaVu Sans Mono from fonts-dejavu-core")

set(JN_FONT_OUT "${CMAKE_BINARY_DIR}/fonts")
file(MAKE_DIRECTORY "${JN_FONT_OUT}")
set(JN_FONT_SOURCES)
foreach(spec "${JN_NOTO_DIR}/NotoSans-Regular.ttf|NotoSans-Regular|noto_sans_regular|${JN_LATIN_UNICODES}|fonts-noto-core"
             "${JN_NOTO_DIR}/NotoSansArabic-Regular.ttf|NotoSansArabic-Regular|noto_sans_arabic_regular|${JN_ARABIC_UNICODES}|fonts-noto-core"
             "${JN_SYMBOLA}|Symbola|symbola_emoji|${JN_EMOJI_UNICODES}|fonts-symbola"
             "${JN_DEJAVU_MONO}|DejaVuSansMono|dejavu_sans_mono|${JN_LATIN_UNICODES}|fonts-dejavu-core")
  string(REPLACE "|" ";" spec "${spec}")
  list(GET spec 0 font_in)
  list(GET spec 1 font_name)
  list(GET spec 2 symbol)
  list(GET spec 3 unicodes)
  list(GET spec 4 package)
  if(NOT EXISTS "${font_in}")
    message(FATAL_ERROR "${font_in} not found: install the Debian package '${package}'.")
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
