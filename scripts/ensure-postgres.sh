#!/usr/bin/env bash
# Makes sure PostgreSQL's server binaries (initdb, pg_ctl) are there for the team hub's tests on a
# real server (tests/hub/postgres.test.ts): Debian's /usr/lib/postgresql/<ver>/bin, or on $PATH.
# Installs Debian's `postgresql` with apt-get when they are missing and apt-get can run (root);
# otherwise stops with a message that names what to install. No server is started or enabled:
# the tests run a throwaway cluster of their own.
set -euo pipefail
have() {
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && return 0
  done
  command -v initdb >/dev/null && command -v pg_ctl >/dev/null
}
have && exit 0
if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  echo "== installing postgresql (apt-get)"
  apt-get update -qq
  # policy-rc.d keeps the package from starting its own cluster service.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  have || { echo "ensure-postgres: postgresql installed but initdb/pg_ctl not found" >&2; exit 1; }
else
  echo "PostgreSQL's server binaries (initdb, pg_ctl) are missing: install them (sudo apt-get install -y postgresql)" >&2
  echo "or run the tests without TELLTALE_REQUIRE_POSTGRES=1 to skip the hub's real-server suite." >&2
  exit 1
fi
