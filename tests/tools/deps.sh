#!/bin/sh
# deps.sh build|test — make sure the Debian packages a target needs are installed.
# As root it installs what is missing with apt-get; otherwise it prints the exact command.
set -eu
case "${1:-build}" in
build) want="pkg-config libcmark-dev libyaml-dev libcsv-dev libmicrohttpd-dev libstemmer-dev libutf8proc-dev" ;;
test)  want="curl cppcheck clang-format python3-jsonschema python3-yaml libxml2-utils valgrind clang libclang-rt-14-dev chromium nodejs npm default-jre-headless poppler-utils" ;;
*) echo "usage: deps.sh build|test" >&2; exit 2 ;;
esac
missing=""
for p in $want; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
# Java may come from elsewhere (the machine's own JDK): only require the package without one.
case "$missing" in *default-jre-headless*) command -v java >/dev/null 2>&1 && missing=$(echo "$missing" | sed 's/ default-jre-headless//') ;; esac
case "$missing" in *nodejs*) command -v node >/dev/null 2>&1 && missing=$(echo "$missing" | sed 's/ nodejs//') ;; esac
case "$missing" in *npm*) command -v npm >/dev/null 2>&1 && missing=$(echo "$missing" | sed 's/ npm//') ;; esac
[ -z "$missing" ] && exit 0
cmd="apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends$missing"
if [ "$(id -u)" -ne 0 ]; then
	echo "plansite: missing packages:$missing" >&2
	echo "plansite: install them with: sudo apt-get update && sudo $cmd" >&2
	exit 1
fi
echo "plansite: installing$missing" >&2
apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
DEBIAN_FRONTEND=noninteractive $cmd >&2
