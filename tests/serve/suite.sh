#!/bin/sh
# tests/serve/suite.sh - `plansite serve` end to end with curl: a free port chosen by the
# server, pages and static files with their content types, 404s, folders, path traversal,
# methods, a content edit served after the rebuild, a broken file shown as the error page
# (with the last good site still served underneath), the fix, Ctrl-C, and nothing left
# behind. Works on temporary copies of the default content and theme; a trap always stops
# the server. Ends with "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
PLANSITE=${PLANSITE:-$BUILD/plansite}
WAIT=${SERVE_WAIT:-120} # seconds to wait for a build (ASan builds are slow)
tmp=$(mktemp -d)
pid=""
cleanup() {
	if [ -n "$pid" ]; then
		kill "$pid" 2>/dev/null
		wait "$pid" 2>/dev/null
	fi
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok: $1"; }
bad() { fail=$((fail + 1)); echo "FAILED: $1"; }
check() { # description command...
	desc=$1
	shift
	if "$@"; then ok "$desc"; else bad "$desc"; fi
}
finish() {
	echo "$pass passed, $fail failed"
	[ "$fail" -eq 0 ]
	exit $?
}

if ! command -v curl >/dev/null 2>&1; then
	bad "curl is installed (tests/tools/deps.sh test installs it)"
	finish
fi
[ -x "$PLANSITE" ] || { bad "$PLANSITE is built"; finish; }

cp -R content "$tmp/content"
cp -R themes/default "$tmp/theme"
printf '<svg xmlns="http://www.w3.org/2000/svg"/>\n' >"$tmp/theme/static/serve-test.svg"
mkdir "$tmp/tmpdir" # the server's TMPDIR: must be empty again after it stops

# start_server ARGS...: starts the server in the background, sets pid and url (the address
# it prints). Returns 1 if it does not print one within WAIT seconds.
start_server() {
	TMPDIR=$tmp/tmpdir "$PLANSITE" serve --content "$tmp/content" --theme "${THEME:-$tmp/theme}" \
		--port 0 "$@" >"$tmp/out" 2>"$tmp/err" &
	pid=$!
	i=0
	while [ $i -lt $((WAIT * 10)) ]; do
		url=$(sed -n 's/^plansite: serving \(http[^ ]*\) .*/\1/p' "$tmp/out" 2>/dev/null)
		[ -n "$url" ] && return 0
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
		i=$((i + 1))
	done
	cat "$tmp/err" | tail -n 20
	return 1
}

# stop_server: Ctrl-C, then the exit status in $stopped.
stop_server() {
	kill -INT "$pid"
	wait "$pid"
	stopped=$?
	pid=""
	# Under BUILD=build/asan a sanitizer report also fails the stop.
	if grep -qE '^==[0-9]+==ERROR|runtime error:|LeakSanitizer' "$tmp/err"; then
		grep -A 20 -E '^==[0-9]+==ERROR|runtime error:|LeakSanitizer' "$tmp/err" | head -n 40
		stopped=99
	fi
	[ "$stopped" = 0 ] || tail -n 30 "$tmp/err"
}

# status URL [curl options]: the HTTP status code.
status() {
	u=$1
	shift
	curl -s -o /dev/null -w '%{http_code}' "$@" "$u"
}
# header URL: "CODE TYPE"
code_type() { curl -s -o /dev/null -w '%{http_code} %{content_type}' "$1"; }
# state: the server's rebuild counter.
state() { curl -s "${url}__plansite/wait?since=none" | sed -n 's/.*"state": \([0-9]*\).*/\1/p'; }
# wait_rebuild OLD: waits (long poll) until the state is no longer OLD.
wait_rebuild() {
	i=0
	while [ $i -lt "$WAIT" ]; do
		now=$(curl -s -m 30 "${url}__plansite/wait?since=$1" | sed -n 's/.*"state": \([0-9]*\).*/\1/p')
		[ -n "$now" ] && [ "$now" != "$1" ] && return 0
		i=$((i + 1))
	done
	return 1
}
# save FILE: replaces FILE with $tmp/edit the way editors do (write beside it, rename).
save() { cp "$tmp/edit" "$1.new-save" && mv "$1.new-save" "$1"; }

# ---- a site whose base_url has a path ----
if ! start_server --base-url https://example.org/plans/; then
	bad "the server starts and prints its address"
	finish
fi
ok "the server starts and prints its address ($url)"
case $url in
http://127.0.0.1:*/plans/) ok "listens on 127.0.0.1 and serves under the base URL's path" ;;
*) bad "listens on 127.0.0.1 and serves under the base URL's path (got $url)" ;;
esac
origin=${url%plans/}

curl -s "$url" >"$tmp/home"
check "the home page is served" grep -q '<html' "$tmp/home"
check "the home page is HTML" [ "$(code_type "$url")" = "200 text/html; charset=utf-8" ]
check "canonical links point at the local server" \
	grep -q "<link rel=\"canonical\" href=\"${url}\">" "$tmp/home"
check "no address points at the production base URL" \
	sh -c "! grep -q 'example.org/plans' '$tmp/home'"
check "the live-reload script is loaded from the same origin" \
	grep -q '<script src="/plans/__plansite/live-reload.js?state=[0-9]*" defer></script>' "$tmp/home"
check "no inline script is added (CSP)" sh -c "! grep -q '<script>' '$tmp/home'"
check "the live-reload script is JavaScript" \
	[ "$(code_type "${url}__plansite/live-reload.js")" = "200 text/javascript; charset=utf-8" ]
check "/ redirects to the site's path" \
	[ "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "$origin")" = "301 $url" ]

site_dir=$(ls -d "$tmp"/tmpdir/plansite-serve-*/build-* | head -n 1)
check "the build is in the server's private temporary folder" [ -f "$site_dir/index.html" ]
svg=static/serve-test.svg
check "CSS is text/css" [ "$(code_type "${url}static/plansite.css")" = "200 text/css; charset=utf-8" ]
check "JavaScript is text/javascript" \
	[ "$(code_type "${url}search/manifest.js")" = "200 text/javascript; charset=utf-8" ]
check "JSON is application/json" [ "$(code_type "${url}data/plansite.json")" = "200 application/json" ]
check "CSV is text/csv" [ "$(code_type "${url}data/activities.csv")" = "200 text/csv; charset=utf-8" ]
check "an Atom feed is application/atom+xml" [ "$(code_type "${url}feed.xml")" = "200 application/atom+xml" ]
if [ -n "$svg" ]; then
	check "SVG is image/svg+xml ($svg)" [ "$(code_type "${url}$svg")" = "200 image/svg+xml" ]
else
	echo "note: the site has no separate SVG file"
fi
check "a file is served byte for byte" sh -c "curl -s '${url}data/plansite.json' | cmp -s - '$site_dir/data/plansite.json'"
check "a folder is served as its index.html" \
	sh -c "curl -s '${url}about/' | cmp -s - '$site_dir/about/index.html'"
check "a folder without its slash redirects to it" \
	[ "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "${url}about")" = "301 ${url}about/" ]
check "a missing page is 404" [ "$(code_type "${url}no/such/page/")" = "404 text/html; charset=utf-8" ]
check "the 404 page is the site's 404.html" \
	sh -c "curl -s '${url}no-such-file.css' | cmp -s - '$site_dir/404.html'"
check "a folder without index.html is not listed" [ "$(status "${url}static/")" = 404 ]
check "an address outside the site's path is 404" [ "$(status "${origin}other/index.html")" = 404 ]
check "HEAD is answered without a body" \
	[ "$(curl -s -I -o /dev/null -w '%{http_code} %{size_download}' "$url")" = "200 0" ]
for method in POST PUT DELETE PATCH; do
	check "$method is refused with 405" [ "$(status "$url" -X "$method" -d x)" = 405 ]
done
check "405 says which methods are allowed" \
	sh -c "curl -s -D - -o /dev/null -X POST '$url' | grep -qi '^allow: GET, HEAD'"

# Path traversal: nothing outside the built site, whatever the spelling.
for path in "../../../../etc/passwd" "%2e%2e/%2e%2e/%2e%2e/etc/passwd" "%2E%2E/%2E%2E/etc/passwd" \
	"static/..%2f..%2f..%2fetc/passwd" "..%5c..%5cetc/passwd" "/etc/passwd" "//etc/passwd"; do
	code=$(status "${url}$path" --path-as-is)
	body=$(curl -s --path-as-is "${url}$path")
	case "$code:$body" in
	200:* | *root:*) bad "traversal ${url}$path is refused (got $code)" ;;
	*) ok "traversal $path is refused ($code)" ;;
	esac
done
check "an absolute path is refused" sh -c "! curl -s --path-as-is '${origin}/etc/passwd' | grep -q root:"
ln -s /etc/passwd "$site_dir/leak.txt"
ln -s .. "$site_dir/up"
check "a symbolic link inside the site is not followed" [ "$(status "${url}leak.txt")" = 404 ]
check "a symbolic link to a folder is not followed" [ "$(status "${url}up/")" = 404 ]
rm -f "$site_dir/leak.txt" "$site_dir/up"

# A content edit is served after the rebuild.
before=$(state)
sed 's/^title: .*/title: Serve suite edited title/' "$tmp/content/site.yaml" >"$tmp/edit"
save "$tmp/content/site.yaml"
check "an edit triggers a rebuild" wait_rebuild "$before"
check "the edit is served" sh -c "curl -s '$url' | grep -q 'Serve suite edited title'"
# Removed by the main loop once no request uses it, just after the swap.
gone() { i=0; while [ -d "$1" ] && [ $i -lt $((WAIT * 10)) ]; do sleep 0.1; i=$((i + 1)); done; [ ! -d "$1" ]; }
check "the old build's folder is removed" gone "$site_dir"

# A broken file: the error page, with the last good site underneath.
before=$(state)
sed 's/^title: .*/title: [unclosed/' "$tmp/content/site.yaml" >"$tmp/edit"
save "$tmp/content/site.yaml"
check "breaking a file triggers a rebuild" wait_rebuild "$before"
curl -s "$url" >"$tmp/error"
check "pages answer 500 while the build is broken" [ "$(status "$url")" = 500 ]
check "the error page quotes file:line:col: error:" \
	grep -q "site.yaml:[0-9]*:[0-9]*: error: " "$tmp/error"
check "the error page quotes the offending line" grep -q '^ [a-z_]*: ' "$tmp/error"
check "the error page is styled like the site" grep -q 'href="/plans/static/plansite.css"' "$tmp/error"
check "the error page's words come from the theme" grep -q 'The site could not be rebuilt' "$tmp/error"
check "the error page counts its problems in the theme's words" \
	grep -Eq '<p>(A problem|[0-9]+ problems) stopped the last rebuild' "$tmp/error"
check "the error page reloads itself (no inline script)" \
	grep -q '<script src="/plans/__plansite/live-reload.js?state=[0-9]*" defer></script>' "$tmp/error"
check "the terminal prints the same error" grep -q "site.yaml:[0-9]*:[0-9]*: error: " "$tmp/err"
check "the stylesheet is still served" [ "$(status "${url}static/plansite.css")" = 200 ]
check "the last good page is still served underneath" \
	sh -c "curl -s '${url}?last-good=1' | grep -q 'Serve suite edited title'"
check "a 404 under a broken build is the error page too" [ "$(status "${url}no/such/")" = 500 ]

# The fix brings the site back by itself.
before=$(state)
sed 's/^title: .*/title: Serve suite fixed title/' "$tmp/content/site.yaml" >"$tmp/edit"
save "$tmp/content/site.yaml"
check "fixing the file triggers a rebuild" wait_rebuild "$before"
check "the fixed site is served again" sh -c "curl -s '$url' | grep -q 'Serve suite fixed title'"
check "pages answer 200 again" [ "$(status "$url")" = 200 ]

# A theme edit is watched too.
before=$(state)
cp "$tmp/theme/static/charts.css" "$tmp/edit"
echo "/* serve suite */" >>"$tmp/edit"
save "$tmp/theme/static/charts.css"
check "a theme edit triggers a rebuild" wait_rebuild "$before"
check "the theme edit is served" sh -c "curl -s '${url}static/charts.css' | grep -q 'serve suite'"

# The same in a real browser: the page reloads itself (tests/serve/reload.mjs).
if command -v node >/dev/null 2>&1 && [ -x /usr/bin/chromium ]; then
	if [ ! -d tests/browser/node_modules/playwright-core ]; then
		(cd tests/browser && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) \
			>"$tmp/npm" 2>&1 || tail -n 5 "$tmp/npm"
	fi
	SERVE_WAIT=$WAIT node tests/serve/reload.mjs "$url" "$tmp/content/site.yaml" >"$tmp/browser" 2>&1
	cat "$tmp/browser"
	bp=$(grep -c '^ok: ' "$tmp/browser")
	bf=$(grep -c '^FAILED: ' "$tmp/browser")
	pass=$((pass + bp))
	fail=$((fail + bf))
	[ "$bp" -gt 0 ] || bad "the browser check ran"
else
	bad "node and chromium are installed for the browser check (sh tests/tools/deps.sh test)"
fi

# A second server cannot take the same port: a message, exit status 2.
port=${url#http://127.0.0.1:}
port=${port%%/*}
TMPDIR=$tmp/tmpdir "$PLANSITE" serve --content "$tmp/content" --theme "$tmp/theme" --port "$port" \
	>/dev/null 2>"$tmp/err2"
code=$?
check "a port in use is an error message with status 2" \
	sh -c "[ $code = 2 ] && grep -q 'cannot listen on 127.0.0.1 port $port' '$tmp/err2'"

# A waiting live-reload request does not hold up Ctrl-C.
curl -s -m 60 "${url}__plansite/wait?since=$(state)" >/dev/null &
poller=$!
sleep 0.3
stop_server
wait "$poller" 2>/dev/null
check "Ctrl-C stops the server with status 0" [ "$stopped" = 0 ]
check "the server says it stopped" grep -q '^plansite: stopped' "$tmp/out"
check "nothing is left in the temporary folder" [ -z "$(ls -A "$tmp/tmpdir")" ]

# ---- a site without a base URL is served at the root, with a theme that extends another ----
mkdir "$tmp/child"
echo "extends: ../theme" >"$tmp/child/theme.yaml"
if THEME=$tmp/child start_server; then
	check "without a base URL the site is served at /" sh -c "echo '$url' | grep -q '^http://127.0.0.1:[0-9]*/$'"
	check "its canonical links point at the local server" \
		sh -c "curl -s '$url' | grep -q '<link rel=\"canonical\" href=\"$url\">'"
	before=$(state)
	cp "$tmp/theme/static/charts.css" "$tmp/edit"
	echo "/* base theme edit */" >>"$tmp/edit"
	save "$tmp/theme/static/charts.css"
	check "an edit of the theme it extends triggers a rebuild" wait_rebuild "$before"
	check "that edit is served" sh -c "curl -s '${url}static/charts.css' | grep -q 'base theme edit'"
	kill -TERM "$pid"
	wait "$pid"
	stopped=$?
	pid=""
	grep -qE '^==[0-9]+==ERROR|runtime error:|LeakSanitizer' "$tmp/err" && stopped=99
	check "SIGTERM stops it with status 0" [ "$stopped" = 0 ]
	check "nothing is left behind" [ -z "$(ls -A "$tmp/tmpdir")" ]
else
	bad "the server starts without a base URL"
fi

# ---- content broken from the start: the error page, styled by the theme's own files ----
sed 's/^title: .*/title: [unclosed/' "$tmp/content/site.yaml" >"$tmp/edit"
save "$tmp/content/site.yaml"
if start_server; then
	check "a first build that fails shows the error page" [ "$(status "$url")" = 500 ]
	check "it says no build has succeeded yet" \
		sh -c "curl -s '$url' | grep -q 'No build has succeeded yet'"
	check "its stylesheet comes from the theme" \
		sh -c "curl -s '${url}static/plansite.css' | cmp -s - '$tmp/theme/static/plansite.css'"
	before=$(state)
	sed 's/^title: .*/title: Serve suite late title/' "$tmp/content/site.yaml" >"$tmp/edit"
	save "$tmp/content/site.yaml"
	check "fixing it brings the site up" wait_rebuild "$before"
	check "the site is served" sh -c "curl -s '$url' | grep -q 'Serve suite late title'"
	stop_server
	check "Ctrl-C stops it with status 0" [ "$stopped" = 0 ]
else
	bad "the server starts with broken content"
fi

# ---- usage errors ----
"$PLANSITE" serve --port 70000 >/dev/null 2>"$tmp/err3"
check "a bad port is a usage error" sh -c "[ $? = 2 ] && grep -q 'port' '$tmp/err3'"
TMPDIR=$tmp/tmpdir "$PLANSITE" serve --host example.org --content "$tmp/content" --theme "$tmp/theme" >/dev/null 2>"$tmp/err3"
check "a host name instead of an address is an error" sh -c "[ $? = 2 ] && grep -q 'numeric' '$tmp/err3'"

# `plansite build` output never has the live-reload script.
"$PLANSITE" build --content "$tmp/content" --theme "$tmp/theme" --out "$tmp/built" >/dev/null 2>&1
check "plansite build output has no live-reload script" sh -c "! grep -rq '__plansite' '$tmp/built'"

finish
