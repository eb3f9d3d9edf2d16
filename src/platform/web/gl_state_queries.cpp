// Dear ImGui's OpenGL3 backend saves and restores some twenty pieces of GL state around every
// draw, for apps that share the context with other renderers. Each save is a WebGL
// getParameter call, and in Chromium those were 60% of a frame's CPU time (node --cpu-prof on
// the 1,000-record bench). This app is the context's only user and sets up its whole render
// state every frame, so the backend's own queries are answered here with the state it leaves
// behind; every other query goes to WebGL (emscripten_glGetIntegerv exists for this override).
#include <GLES3/gl3.h>
#include <webgl/webgl1.h>

extern "C" {

void glGetIntegerv(GLenum name, GLint* data) {
  switch (name) {
    case GL_ACTIVE_TEXTURE: data[0] = GL_TEXTURE0; return;
    case GL_CURRENT_PROGRAM:
    case GL_TEXTURE_BINDING_2D:
    case GL_SAMPLER_BINDING:
    case GL_ARRAY_BUFFER_BINDING:
    case GL_ELEMENT_ARRAY_BUFFER_BINDING:
    case GL_VERTEX_ARRAY_BINDING: data[0] = 0; return;
    case GL_BLEND_SRC_RGB:
    case GL_BLEND_SRC_ALPHA: data[0] = GL_ONE; return;
    case GL_BLEND_DST_RGB:
    case GL_BLEND_DST_ALPHA: data[0] = GL_ZERO; return;
    case GL_BLEND_EQUATION_RGB:
    case GL_BLEND_EQUATION_ALPHA: data[0] = GL_FUNC_ADD; return;
    case GL_VIEWPORT:
    case GL_SCISSOR_BOX: data[0] = data[1] = data[2] = data[3] = 0; return;  // set anew every frame
    default: emscripten_glGetIntegerv(name, data);
  }
}

GLboolean glIsEnabled(GLenum capability) {
  switch (capability) {
    case GL_BLEND:
    case GL_CULL_FACE:
    case GL_DEPTH_TEST:
    case GL_STENCIL_TEST:
    case GL_SCISSOR_TEST:
    case GL_PRIMITIVE_RESTART_FIXED_INDEX: return GL_FALSE;
    default: return emscripten_glIsEnabled(capability);
  }
}

}  // extern "C"
