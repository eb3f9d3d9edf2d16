# cmake -DTEMPLATE=sw.js.in -DOUTPUT=sw.js -DFILES="a|b" -P make_service_worker.cmake
# Writes the service worker with a hash of the app's files in its cache name: every build that
# changes the app is a new worker, which is how browsers learn there is an update.
string(REPLACE "|" ";" FILES "${FILES}")
set(combined "")
foreach(file ${FILES})
  file(SHA256 "${file}" hash)
  string(APPEND combined "${hash}")
endforeach()
string(SHA256 JN_BUILD_HASH "${combined}")
string(SUBSTRING "${JN_BUILD_HASH}" 0 16 JN_BUILD_HASH)
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
