# cmake -DINPUT=file -DOUTPUT=file.cpp -DSYMBOL=name -P embed_file.cmake
# Writes the bytes of INPUT as `const unsigned char SYMBOL[]` and `SYMBOL_size`, so that a font
# is compiled into the wasm instead of fetched at start-up.
file(READ "${INPUT}" bytes HEX)
string(LENGTH "${bytes}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${bytes}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}" "// Generated from ${INPUT} by cmake/embed_file.cmake: do not edit.\n#include <cstddef>\n")
file(APPEND "${OUTPUT}" "extern const unsigned char ${SYMBOL}[];\nextern const std::size_t ${SYMBOL}_size;\n")
file(APPEND "${OUTPUT}" "alignas(4) const unsigned char ${SYMBOL}[] = {\n${bytes}};\nconst std::size_t ${SYMBOL}_size = ${size};\n")
