# Shared settings for the TeX build scripts (sourced, not run).
# Everything downloaded or built lives outside the repo, under TEXBUILD.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SCRIPTS="$REPO/scripts/tex"
# Beside the repository (not inside it): downloads and build trees are large.
TEXBUILD="${TEXBUILD:-$(dirname "$REPO")/texbuild}"
APT_DIR="$TEXBUILD/apt"
SRC="$TEXBUILD/src"
DEBS="$TEXBUILD/debs"
PREFIX="$TEXBUILD/prefix"        # emcc-built zlib + libpng
ENGINE_BUILD="$TEXBUILD/engine-build"
TREE="$TEXBUILD/tree"            # full unpacked TeX Live 2024 tree (texmf-dist etc.)
OUT="$REPO/public/tex"
JOBS="${JOBS:-2}"
# Fixed timestamps make the pdfTeX format and the archives reproducible.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1710288000}"
export FORCE_SOURCE_DATE=1
# Debian's emcc needs its JS dependencies from the system node path.
export NODE_PATH=/usr/share/nodejs
export APT_CONFIG="$APT_DIR/apt.conf"
log() { printf '\033[1m[tex-build]\033[0m %s\n' "$*" >&2; }
