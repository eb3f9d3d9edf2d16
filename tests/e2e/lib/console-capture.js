// Put first in every page the test server serves to WebKitGTK (lib/server.mjs, consoleCapture):
// its WebDriver has no console log, so the page keeps its own errors for lib/engines.mjs to take.
(() => {
  const errors = window.jnConsoleErrors = [];
  const error = console.error;
  console.error = function (...args) { errors.push(args.map(String).join(' ')); return error.apply(this, args); };
  window.addEventListener('error', (event) => errors.push(String(event.error || event.message)));
  window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
})();
