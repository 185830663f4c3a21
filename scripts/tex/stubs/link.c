/* emscripten's file system has no hard links and its link() fails with an errno fontconfig does
 * not expect, so fontconfig could never take the lock it writes its cache under. With EPERM,
 * fontconfig falls back to a lock directory (fcatomic.c), as on file systems without links.
 * The build writes the cache of the bundle's fonts this way (scripts/tex/dump-xetex.ts). */
#include <errno.h>
int link(const char *from, const char *to) {
  (void)from;
  (void)to;
  errno = EPERM;
  return -1;
}
