// Files in and out of the page: the browser's file picker and files dropped on the window come
// in as (name, bytes) pairs the app takes each frame, the bytes as they are on disk (core decodes
// them); downloads leave as a Blob with a file name.
#pragma once
#include <string>
#include <vector>

namespace jobname::web {

struct IncomingFile {
  std::string name;
  std::string bytes;     // not decoded: a BOM and bytes that are not UTF-8 are there as on disk
  bool readable = true;  // false when the browser could not read the file
};

void installFileDrop();  // drop files anywhere on the window
void openFilePicker();   // .md and .json, several at once
std::vector<IncomingFile> takeIncomingFiles();  // the files of one drop or pick, all read; none while they are read
// `content` as it is, text or bytes (a .zip).
void downloadFile(const std::string& name, const std::string& mimeType, const std::string& content);
// Draws the SVG on a canvas at `scale` and downloads it as PNG. That happens later, in the
// browser; when it fails, takePngExportProblem says why (once), else it is empty.
void downloadSvgAsPng(const std::string& name, const std::string& svg, float scale);
std::string takePngExportProblem();

}  // namespace jobname::web
