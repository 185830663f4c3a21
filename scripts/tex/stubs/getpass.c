/* xdvipdfmx asks for a PDF password with getpass() when it encrypts a PDF (-S) or reads an
 * encrypted one; emscripten has no terminal to ask on. Bespoke never encrypts: an empty answer. */
char *getpass(const char *prompt) {
  (void)prompt;
  static char empty[1] = "";
  return empty;
}
