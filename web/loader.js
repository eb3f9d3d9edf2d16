// Starts the wasm app, or explains in plain words why it cannot: no WebGL2, no WebAssembly,
// or files that failed to load. Never leaves a blank canvas without a message.
(function () {
  'use strict';
  const message = document.getElementById('message');
  const messageText = document.getElementById('message-text');

  function showError(text) {
    message.classList.add('error');
    messageText.textContent = text;
    document.body.dataset.error = '1';
  }

  function webgl2Available() {
    try {
      return !!document.createElement('canvas').getContext('webgl2');
    } catch (e) {
      return false;
    }
  }

  if (typeof WebAssembly !== 'object') {
    showError('Jobname Studio needs WebAssembly, which this browser does not offer. ' +
              'Please open it in a current version of Firefox, Chrome, Edge or Safari.');
    return;
  }
  if (!webgl2Available()) {
    showError('Jobname Studio draws with WebGL2, which this browser has turned off or does not ' +
              'support. Turn on hardware acceleration in the browser settings, or use a current ' +
              'version of Firefox, Chrome, Edge or Safari.');
    return;
  }

  const canvas = document.getElementById('canvas');
  canvas.addEventListener('webglcontextlost', (event) => {
    event.preventDefault();
    showError('The graphics context was lost. Reload the page to continue; your saved records are kept.');
  });
  canvas.addEventListener('mousedown', () => canvas.focus());

  // The single-file build (build/dist/jobname-studio.html) carries the program inside the page:
  // the wasm gzipped and in base64, jobname.js as text. The hosted build fetches both.
  const embeddedWasm = document.getElementById('jobname-wasm');
  const embeddedJs = document.getElementById('jobname-js');

  function embeddedWasmBytes() {
    const text = atob(embeddedWasm.textContent.trim());
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    if (typeof DecompressionStream !== 'function') {
      return Promise.reject(new Error('this browser cannot unpack it (no DecompressionStream); use a current browser'));
    }
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  }

  // Loads the wasm here rather than in jobname.js, whose loader (Emscripten 3.1.6) leaves a failed
  // download as an unhandled rejection with nothing on screen.
  function instantiateWasm(imports, receiveInstance) {
    const failed = (reason) => showError('Jobname Studio could not load its program (jobname.wasm: ' +
      reason + '). ' + (embeddedWasm ? 'The file may be damaged: download it again.' : 'Check your connection and reload the page.'));
    const instantiated = embeddedWasm
      ? embeddedWasmBytes().then((bytes) => WebAssembly.instantiate(bytes, imports))
      : fetch('jobname.wasm', { credentials: 'same-origin' }).then((response) => {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        const fallback = response.clone();
        // Streaming needs the application/wasm type, which not every static host sends.
        return WebAssembly.instantiateStreaming(response, imports)
          .catch(() => fallback.arrayBuffer().then((bytes) => WebAssembly.instantiate(bytes, imports)));
      });
    instantiated
      .then((result) => receiveInstance(result.instance, result.module))
      .catch((error) => failed(error && error.message ? error.message : String(error)));
    return {};
  }

  window.Module = {
    canvas: canvas,
    instantiateWasm: instantiateWasm,
    showError: showError,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onAbort: (what) => {
      showError('Jobname Studio could not start (' + what + '). Reload the page; if it happens ' +
                'again, the files on this site may be incomplete.');
    },
  };

  // Offline after one visit: the service worker caches the app. When a newer version has been
  // deployed, say so; reloading is the user's choice (the journal is saved as the page hides).
  if ('serviceWorker' in navigator && location.protocol.startsWith('http') && !embeddedWasm) {
    navigator.serviceWorker.register('sw.js').then((registration) => {
      const offer = (worker) => {
        const bar = document.createElement('div');
        bar.id = 'update';
        bar.textContent = 'A new version of Jobname Studio is ready. ';
        const button = document.createElement('button');
        button.textContent = 'Reload now';
        button.addEventListener('click', () => {
          worker.postMessage('activate-now');
          navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
        });
        bar.appendChild(button);
        document.body.appendChild(bar);
      };
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
        });
      });
    }).catch((error) => console.warn('offline use unavailable:', error && error.message));
  }

  const script = document.createElement('script');
  if (embeddedJs) {
    script.textContent = embeddedJs.textContent;  // allowed by its hash in the page's policy
    document.body.appendChild(script);
    return;
  }
  script.src = 'jobname.js';
  script.onerror = () => showError('Jobname Studio could not load its program file (jobname.js). ' +
                                   'Check your connection and reload the page.');
  document.body.appendChild(script);
})();
