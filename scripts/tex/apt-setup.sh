#!/usr/bin/env bash
# Creates a private apt state for Debian trixie under $TEXBUILD/apt, so trixie sources and
# packages can be downloaded without touching the host's apt configuration or installing them.
source "$(dirname "$0")/env.sh"
mkdir -p "$APT_DIR"/state/lists/partial "$APT_DIR"/cache/archives/partial \
  "$APT_DIR"/etc/preferences.d "$APT_DIR"/etc/sources.list.d
touch "$APT_DIR/state/status"
cat > "$APT_DIR/etc/sources.list" <<LIST
deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main
LIST
cat > "$APT_DIR/apt.conf" <<CONF
Dir::State "$APT_DIR/state";
Dir::State::status "$APT_DIR/state/status";
Dir::Cache "$APT_DIR/cache";
Dir::Etc::SourceList "$APT_DIR/etc/sources.list";
Dir::Etc::SourceParts "$APT_DIR/etc/sources.list.d";
Dir::Etc::Preferences "$APT_DIR/etc/preferences";
Dir::Etc::PreferencesParts "$APT_DIR/etc/preferences.d";
APT::Architecture "amd64";
APT::Sandbox::User "root";
CONF
log "apt-get update (trixie, private state in $APT_DIR)"
apt-get update -qq
