#include "platform/web/files.h"

#include <emscripten.h>

#include <nlohmann/json.hpp>

#include "platform/web/js_string.h"

namespace jobname::web {

namespace {
EM_JS(void, jn_files_install, (), {
  // The files of each drop or pick, in the order they came: one import, with one report, each.
  Module.jnIncomingBatches = [];
  // As bytes: file.text() would replace bytes that are not UTF-8 and drop a byte order mark.
  // Core decodes them, strictly (a file that is not UTF-8 is refused with its place). All the
  // files of one gesture are read before any is handed over: a report of part of them (the ones
  // read by the next frame) would say "503 files imported" of 1,000.
  Module.jnReadFiles = (files) => {
    const reads = Array.from(files, (file) => file.arrayBuffer().then(
        (buffer) => ({ name: file.name, bytes: new Uint8Array(buffer) }),
        () => ({ name: file.name, bytes: null })));
    if (reads.length === 0) return;
    Promise.all(reads).then((batch) => {
      Module.jnIncomingBatches.push(batch);
      window.dispatchEvent(new Event('focus'));  // wakes the idle loop
    });
  };
  window.addEventListener('dragover', (event) => { event.preventDefault(); });
  window.addEventListener('drop', (event) => {
    event.preventDefault();
    if (event.dataTransfer && event.dataTransfer.files) Module.jnReadFiles(event.dataTransfer.files);
  });
});

EM_JS(void, jn_files_pick, (), {
  const input = document.createElement('input');
  input.type = 'file';
  input.multiple = true;
  input.accept = '.md,.markdown,.json,text/markdown,application/json';
  input.addEventListener('change', () => Module.jnReadFiles(input.files));
  input.click();
});

// The files of the first gesture waiting, as a JSON array of [name, size] (size null when
// unreadable), or 0; their bytes wait in Module.jnTakenFiles for jn_files_copy. A gesture still
// waiting after it wakes the loop again, for the next frame.
EM_JS(char*, jn_files_take, (), {
  if (!Module.jnIncomingBatches || Module.jnIncomingBatches.length === 0) return 0;
  Module.jnTakenFiles = Module.jnIncomingBatches.shift();
  if (Module.jnIncomingBatches.length > 0) window.dispatchEvent(new Event('focus'));
  const parts = [];
  for (const f of Module.jnTakenFiles) parts.push(JSON.stringify([f.name, f.bytes ? f.bytes.length : null]));
  return stringToNewUTF8('[' + parts.join(',') + ']');
});

// Copies the bytes of taken file `index` to `to` (room for its size); the last one frees them all.
EM_JS(void, jn_files_copy, (int index, char* to), {
  const file = Module.jnTakenFiles[index];
  if (file.bytes) HEAPU8.set(file.bytes, to);
  if (index === Module.jnTakenFiles.length - 1) Module.jnTakenFiles = [];
});

EM_JS(void, jn_download, (const char* name, const char* type, const char* content, int size), {
  // A copy of the bytes as they are: a zip is no UTF-8 text.
  const blob = new Blob([HEAPU8.slice(content, content + size)], { type: UTF8ToString(type) });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = UTF8ToString(name);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
});
// The SVG drawn on a canvas and downloaded as PNG. Each way it can fail (the browser cannot read
// the SVG, no canvas that large, no PNG from it) leaves a sentence for the app to show.
EM_JS(void, jn_download_svg_png, (const char* name, const char* svg, float scale), {
  const fileName = UTF8ToString(name);
  const fail = (why) => {
    Module.jnPngProblem = 'The PNG "' + fileName + '" could not be made: ' + why + '. Export as SVG still works.';
    window.dispatchEvent(new Event('focus'));  // wakes the idle loop
  };
  const url = URL.createObjectURL(new Blob([UTF8ToString(svg)], { type: 'image/svg+xml' }));
  const image = new Image();
  image.onload = () => {
    URL.revokeObjectURL(url);
    try {
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(image.width * scale);
      canvas.height = Math.ceil(image.height * scale);
      const context = canvas.getContext('2d');
      if (!context) return fail('the browser gives no canvas that large');
      context.scale(scale, scale);
      context.drawImage(image, 0, 0);
      canvas.toBlob((blob) => {
        if (!blob) return fail('the browser could not encode a picture that large');
        const a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = fileName;
        document.body.appendChild(a);
        a.click();
        a.remove();
      }, 'image/png');
    } catch (error) {
      fail('the browser refused to draw it (' + String((error && error.message) || error) + ')');
    }
  };
  image.onerror = () => {
    URL.revokeObjectURL(url);
    fail('the browser could not read the chart as an image');
  };
  image.src = url;
});

EM_JS(char*, jn_png_problem_take, (), {
  if (!Module.jnPngProblem) return 0;
  const problem = Module.jnPngProblem;
  Module.jnPngProblem = '';
  return stringToNewUTF8(problem);
});
}  // namespace

void downloadSvgAsPng(const std::string& name, const std::string& svg, float scale) {
  jn_download_svg_png(name.c_str(), svg.c_str(), scale);
}

std::string takePngExportProblem() { return takeJsString(jn_png_problem_take()); }

void installFileDrop() { jn_files_install(); }
void openFilePicker() { jn_files_pick(); }

std::vector<IncomingFile> takeIncomingFiles() {
  std::vector<IncomingFile> files;
  char* raw = jn_files_take();
  if (!raw) return files;
  const auto list = nlohmann::json::parse(takeJsString(raw), nullptr, false);
  if (!list.is_array()) return files;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto& pair = list[i];
    IncomingFile file;
    if (pair.is_array() && pair.size() == 2 && pair[0].is_string()) file.name = pair[0].get<std::string>();
    file.readable = pair.is_array() && pair.size() == 2 && pair[1].is_number_unsigned();
    if (file.readable) file.bytes.resize(pair[1].get<std::size_t>());
    // Called for every file, the last one included, so that JavaScript lets go of the bytes.
    jn_files_copy(static_cast<int>(i), file.bytes.data());
    files.push_back(std::move(file));
  }
  return files;
}

void downloadFile(const std::string& name, const std::string& mimeType, const std::string& content) {
  jn_download(name.c_str(), mimeType.c_str(), content.data(), static_cast<int>(content.size()));
}

}  // namespace jobname::web
