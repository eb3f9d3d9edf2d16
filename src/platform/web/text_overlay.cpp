#include "platform/web/text_overlay.h"

#include <emscripten.h>

#include "platform/web/js_string.h"


namespace jobname::web {

namespace {
EM_JS(void, jn_overlay_install, (const char* appShortcutKeys), {
  const state = Module.jnOverlay = { element: null, changed: false, closed: false, initial: "", shortcut: "", redoInBox: 0,
                                     move: "", oneLine: false };
  const shortcutKeys = UTF8ToString(appShortcutKeys);
  const lineBreak = new RegExp('[' + String.fromCharCode(13, 10) + ']', 'g');  // (no backslash: EM_JS text)
  const make = (tag) => {
    const el = document.createElement(tag);
    el.dir = 'auto';
    el.spellcheck = true;
    el.className = 'jn-text-overlay';
    el.style.display = 'none';
    el.addEventListener('input', (event) => {
      // A one-line field in a textarea (shown wrapped) takes a pasted line break as a space, as an input does.
      const oneLineValue = state.oneLine ? el.value.split(String.fromCharCode(13, 10)).join(' ').replace(lineBreak, ' ') : el.value;
      if (oneLineValue !== el.value) {
        const caret = el.selectionStart;
        el.value = oneLineValue;
        el.setSelectionRange(caret, caret);
      }
      state.changed = true;
      // What the box's own redo has to redo: its undos since the last typing.
      const kind = event.inputType || '';
      state.redoInBox = kind === 'historyUndo' ? state.redoInBox + 1 : kind === 'historyRedo' ? Math.max(0, state.redoInBox - 1) : 0;
      window.dispatchEvent(new Event('focus'));
    });
    // Safari sends the Enter that confirms a composed word after this (keyCode 229, not composing).
    el.addEventListener('compositionend', () => { state.composedJustNow = true; });
    el.addEventListener('blur', () => {
      if (state.element !== el) return;
      state.closed = true;
      el.style.display = 'none';
      window.dispatchEvent(new Event('focus'));
    });
    document.body.appendChild(el);
    return el;
  };
  state.input = make('input');
  state.textarea = make('textarea');
  // The stand-in a tap on a field focuses at once (see setTextFieldPlaces()): unseen, in the text
  // size that keeps iOS from zooming into it, taking no finger.
  state.places = new Float32Array(0);
  state.standIn = document.createElement('input');
  state.standIn.setAttribute('aria-hidden', 'true');
  state.standIn.tabIndex = -1;        // never reached with Tab
  state.standIn.dir = 'auto';
  state.standIn.spellcheck = true;    // as the box it stands in for: the keyboard keeps its layout
  Object.assign(state.standIn.style, { position: 'fixed', display: 'none', opacity: '0', width: '1px', height: '1px',
                                       padding: '0', border: '0', fontSize: '16px', pointerEvents: 'none' });
  document.body.appendChild(state.standIn);
  state.standInFrames = 0;
  state.standInTimer = 0;
  state.composedJustNow = false;
  state.focusForTap = (x, y) => {
    const places = state.places;
    let hit = false;
    for (let i = 0; i + 3 < places.length && !hit; i += 4) {
      hit = x >= places[i] && x < places[i] + places[i + 2] && y >= places[i + 1] && y < places[i + 1] + places[i + 3];
    }
    if (!hit) return;
    const canvas = Module.canvas.getBoundingClientRect();
    Object.assign(state.standIn.style, { display: 'block', left: canvas.left + x + 'px', top: canvas.top + y + 'px' });
    state.standIn.value = '';
    state.standInFrames = 0;
    state.standIn.focus({ preventScroll: true });
    // Should the app sleep before it counts the frames below (a very slow phone), the stand-in
    // still goes.
    clearTimeout(state.standInTimer);
    state.standInTimer = setTimeout(() => state.dropStandIn(), 1500);
  };
  // The app's box took over, or the tap opened none (a menu over the field): the stand-in goes.
  state.dropStandIn = () => {
    const standIn = state.standIn;
    clearTimeout(state.standInTimer);
    if (standIn.style.display === 'none') return;
    standIn.style.display = 'none';
    standIn.value = '';
    if (document.activeElement === standIn) standIn.blur();
  };
  // The box's text size and room around it follow the field's (the layout changes when a phone turns).
  state.fit = (el, fontPx, padX, padY) => Object.assign(el.style, {
    font: fontPx + 'px "Noto Sans", "Noto Sans Arabic", sans-serif', padding: padY + 'px ' + padX + 'px',
  });
  // The letter of a Ctrl (Cmd) shortcut, by its key or, on a Persian (non-Latin) layout, by where it is.
  const letterOf = (event) => {
    if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase();
    return /^Key[A-Z]$/.test(event.code) ? event.code.slice(3).toLowerCase() : '';
  };
  // An app shortcut pressed in the box: its letter ('y' for redo) is reported with the box's text,
  // so the app commits the field's text first, then carries the shortcut out; the browser's own
  // meaning of it (save page, open file, find) is stopped. Undo and redo stay the box's while it
  // has typing to undo or undos to redo; then the field is left and they go to the app's history.
  const appShortcut = (event, el) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return false;
    const letter = letterOf(event);
    if (!letter || !shortcutKeys.includes(letter)) return false;
    const undo = letter === 'z' && !event.shiftKey;
    const redo = letter === 'y' || (letter === 'z' && event.shiftKey);
    if (undo && el.value !== state.initial) return false;
    if (redo && state.redoInBox > 0) return false;
    event.preventDefault();
    state.shortcut = redo ? 'y' : letter;
    if (undo || redo) el.blur();  // the app's history changes the record under the box
    window.dispatchEvent(new Event('focus'));
    return true;
  };
  // Keys meant for the box: handled here, then kept from GLFW's window listener (which would turn
  // them into ImGui input and cancel Backspace). Stopping them at the window also keeps them from
  // the box's own listeners, so Enter and Escape are handled in this one place.
  for (const type of ['keydown', 'keyup', 'keypress']) {
    window.addEventListener(type, (event) => {
      const el = event.target;
      if (el !== state.input && el !== state.textarea && el !== state.standIn) return;
      event.stopImmediatePropagation();
      if (el === state.standIn) return;  // typed before the box opened: carried into it
      // The key that confirms a composed word is the input method's: Safari sends it after the
      // composition ended (keyCode 229, isComposing false), so isComposing alone would let that
      // Enter leave the field. Only right after a composition: some Android keyboards send 229 for
      // every key, Enter and Tab too.
      const composed = type === 'keydown' && state.composedJustNow;
      if (type === 'keydown') state.composedJustNow = false;
      if (type !== 'keydown' || event.isComposing || (composed && event.keyCode === 229)) return;
      if (appShortcut(event, el)) return;
      // Tab and Shift+Tab leave the field for the next or previous one, as Enter does in a one-line
      // field (a wrapped one-line field is a textarea too); Escape just leaves. The text is kept.
      const enterLeaves = event.key === 'Enter' && (el === state.input || state.oneLine);
      if (event.key === 'Tab' || enterLeaves) {
        event.preventDefault();
        state.move = event.key === 'Tab' && event.shiftKey ? '<' : '>';
        el.blur();
      } else if (event.key === 'Escape') {
        el.blur();
      }
    }, { capture: true });
  }
});

EM_JS(void, jn_overlay_show, (float x, float y, float w, float h, int multiline, int oneLine, const char* text, float fontPx,
                              float padX, float padY, const char* colour, const char* background, int selectAll), {
  const state = Module.jnOverlay;
  const el = multiline ? state.textarea : state.input;
  state.oneLine = !!oneLine;
  const other = multiline ? state.input : state.textarea;
  if (state.element === other) { other.style.display = 'none'; }
  state.element = el;
  state.initial = UTF8ToString(text);
  const standIn = state.standIn;
  const carried = document.activeElement === standIn ? standIn.value : '';
  el.value = state.initial + carried;
  const canvas = Module.canvas.getBoundingClientRect();  // moved down under Safari's keyboard
  Object.assign(el.style, {
    display: 'block', left: canvas.left + x + 'px', top: canvas.top + y + 'px', width: w + 'px', height: h + 'px',
    color: UTF8ToString(colour), background: UTF8ToString(background),
  });
  state.fit(el, fontPx, padX, padY);
  state.changed = false;
  state.closed = false;
  state.shortcut = '';
  state.move = '';
  state.redoInBox = 0;
  el.focus();  // from the stand-in, if a tap focused it: the keyboard stays open
  state.dropStandIn();
  if (carried) state.changed = true;
  if (selectAll && !carried) el.select();
  else el.setSelectionRange(el.value.length, el.value.length);  // caret at the end, as after a click past the text
});

EM_JS(void, jn_overlay_places, (const float* places, int count), {
  Module.jnOverlay.places = HEAPF32.slice(places >> 2, (places >> 2) + count);
});

EM_JS(void, jn_overlay_move, (float x, float y, float w, float h, float fontPx, float padX, float padY), {
  const el = Module.jnOverlay.element;
  if (!el) return;
  const canvas = Module.canvas.getBoundingClientRect();
  el.style.left = canvas.left + x + 'px';
  el.style.top = canvas.top + y + 'px';
  el.style.width = w + 'px';
  el.style.height = h + 'px';
  Module.jnOverlay.fit(el, fontPx, padX, padY);
});

EM_JS(void, jn_overlay_hide, (), {
  const state = Module.jnOverlay;
  const el = state.element;
  state.element = null;
  if (el) { el.style.display = 'none'; el.blur(); }
  state.closed = false;
  state.changed = false;
});

// "c" changed, "x" closed, the letter of an app shortcut pressed in the box, '>' or '<' when the
// box was left for the next or previous field, then the text; 0 when nothing happened.
EM_JS(char*, jn_overlay_take, (), {
  const state = Module.jnOverlay;
  // A tap plays out in four frames and opens a field's box on its third; a stand-in still there
  // after twice that opened none.
  if (state && state.standIn.style.display !== 'none' && ++state.standInFrames > 8) state.dropStandIn();
  if (!state || (!state.changed && !state.closed && !state.shortcut)) return 0;
  const el = state.element || state.input;
  const flags = (state.changed ? 'c' : '-') + (state.closed ? 'x' : '-') + (state.shortcut || '-') + (state.move || '-');
  state.changed = false;
  state.shortcut = '';
  state.move = '';
  const closed = state.closed;
  state.closed = false;
  if (closed) state.element = null;
  return stringToNewUTF8(flags + el.value);
});
}  // namespace

void installTextOverlay(const std::string& appShortcutKeys) { jn_overlay_install(appShortcutKeys.c_str()); }

void showTextOverlay(float x, float y, float w, float h, bool multiline, bool oneLine, const std::string& text,
                     const TextOverlayStyle& style) {
  jn_overlay_show(x, y, w, h, multiline ? 1 : 0, oneLine ? 1 : 0, text.c_str(), style.fontPx, style.paddingX, style.paddingY,
                  style.textColour.c_str(), style.background.c_str(), style.selectAll ? 1 : 0);
}

void moveTextOverlay(float x, float y, float w, float h, const TextOverlayStyle& style) {
  jn_overlay_move(x, y, w, h, style.fontPx, style.paddingX, style.paddingY);
}
void hideTextOverlay() { jn_overlay_hide(); }

void setTextFieldPlaces(const std::vector<float>& places) {
  static std::vector<float> sent;
  if (places == sent) return;
  sent = places;
  jn_overlay_places(sent.data(), static_cast<int>(sent.size()));
}

TextOverlayEvents takeTextOverlayEvents() {
  TextOverlayEvents events;
  char* raw = jn_overlay_take();
  if (!raw) return events;
  const std::string all = takeJsString(raw);
  if (all.size() < 4) return events;
  events.changed = all[0] == 'c';
  events.closed = all[1] == 'x';
  events.shortcut = all[2] == '-' ? '\0' : all[2];
  events.move = all[3] == '>' ? 1 : all[3] == '<' ? -1 : 0;
  events.text = all.substr(4);
  return events;
}

}  // namespace jobname::web
