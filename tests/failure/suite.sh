#!/bin/sh
# failure/suite.sh - the failure paths, in the spirit of SQLite's: what a build does when the
# disk is full or read-only, when --out overlaps the sources, when two builds race, when a
# theme holds symbolic links or FIFOs, and when content holds XML-illegal characters, formula
# cells, oversized fields or terminal escapes (issue 21). Each check states the exact outcome:
# exit status, message, and what is (not) left on disk. Ends with "N passed, N failed".
# The full-disk and read-only checks mount a small tmpfs (root only); without root they are
# skipped, and the reason is printed.
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
P=$(pwd)/$BUILD/plansite
VALID=tests/content/valid
tmp=$(mktemp -d)
mounts=""
cleanup() {
	for m in $mounts; do umount "$m" 2>/dev/null; done
	rm -rf "$tmp"
}
trap cleanup EXIT INT TERM
pass=0
fail=0
skip=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
check() { # description command... : passes when the command succeeds
	d=$1
	shift
	if "$@"; then ok "$d"; else bad "$d"; fi
}
tree_sum() { (cd "$1" && find . -type f -exec md5sum {} + | LC_ALL=C sort | md5sum); }
only_entries() { # folder names... : the folder holds exactly these entries (dot-files too)
	dir=$1
	shift
	want=""
	[ $# -gt 0 ] && want=$(printf '%s\n' "$@" | LC_ALL=C sort | tr '\n' ' ')
	[ "$(cd "$dir" && ls -A | LC_ALL=C sort | tr '\n' ' ')" = "$want" ]
}
build() { # out [options]: builds the small valid content; status in $st, messages in $tmp/err
	out=$1
	shift
	"$P" build --content "$VALID" --out "$out" "$@" >"$tmp/out" 2>"$tmp/err"
	st=$?
}
has() { grep -qF -- "$2" "$1"; }

[ -x "$P" ] || { echo "$P not found (run make)"; echo "0 passed, 1 failed"; exit 1; }
build "$tmp/ref"
[ "$st" -eq 0 ] || { cat "$tmp/err"; bad "reference build"; echo "$pass passed, $fail failed"; exit 1; }
ref_files=$(find "$tmp/ref" -type f | wc -l)

# ---- 1. --out over the sources: refused before anything is touched, exit 2 ----
cp -R "$VALID" "$tmp/c1"
cp -R themes/default "$tmp/t1"
before=$(tree_sum "$tmp/c1")
theme_before=$(tree_sum "$tmp/t1")
for out in "$tmp/c1" "$tmp/c1/" "$tmp" "$tmp/c1/plans/site" "$tmp/t1" "$tmp/t1/static/site"; do
	"$P" build --content "$tmp/c1" --theme "$tmp/t1" --out "$out" >/dev/null 2>"$tmp/err"
	st=$?
	check "--out $(echo "$out" | sed "s|$tmp|TMP|") is refused with exit 2" [ "$st" -eq 2 ]
done
check "the message names the overlap" has "$tmp/err" "the output folder lies inside '$tmp/t1'"
check "the content is untouched" [ "$(tree_sum "$tmp/c1")" = "$before" ]
check "the theme is untouched" [ "$(tree_sum "$tmp/t1")" = "$theme_before" ]
check "nothing was created beside them" only_entries "$tmp" c1 t1 ref out err

# ---- 2. concurrent builds: a lock on the output's parent ----
mkdir -p "$tmp/p2"
flock "$tmp/p2" sleep 2 &
holder=$!
sleep 0.3
t0=$(date +%s)
build "$tmp/p2/site"
if [ "$st" -eq 2 ] && [ $(($(date +%s) - t0)) -le 1 ]; then ok "a second build into a locked folder exits 2 at once"; else bad "a second build into a locked folder exits 2 at once"; fi
check "it says another build is writing there" has "$tmp/err" "another build is writing into the folder '$tmp/p2'"
build "$tmp/p2/site" --wait
if [ "$st" -eq 0 ] && [ $(($(date +%s) - t0)) -ge 1 ]; then ok "with --wait it waits for the lock and succeeds"; else bad "with --wait it waits for the lock and succeeds"; fi
wait "$holder"
check "the site is complete" [ "$(find "$tmp/p2/site" -type f | wc -l)" -eq "$ref_files" ]
# Two real builds at once: one fails with exit 2, or they ran one after the other; never
# both 0 with a partial site.
for round in 1 2 3; do
	"$P" build --content "$VALID" --out "$tmp/p2/site" >/dev/null 2>"$tmp/e1" &
	a=$!
	"$P" build --content "$VALID" --out "$tmp/p2/site" >/dev/null 2>"$tmp/e2" &
	b=$!
	wait $a
	sa=$?
	wait $b
	sb=$?
	files=$(find "$tmp/p2/site" -type f | wc -l)
	if { [ "$sa" -eq 0 ] || [ "$sa" -eq 2 ]; } && { [ "$sb" -eq 0 ] || [ "$sb" -eq 2 ]; } &&
		[ $((sa + sb)) -le 2 ] && [ "$files" -eq "$ref_files" ] && only_entries "$tmp/p2" site; then
		ok "race $round: exits $sa and $sb, a complete site ($files files), nothing left over"
	else
		cat "$tmp/e1" "$tmp/e2" | head -5
		bad "race $round: exits $sa and $sb, $files of $ref_files files"
	fi
done

# ---- 3. a build killed between the fallback's two renames, or while writing ----
mv "$tmp/p2/site" "$tmp/p2/site.old"
mkdir -p "$tmp/p2/.site.new-Ab12Cd/data" # what a killed build leaves
printf 'id: [unclosed\n' >"$tmp/bad.yaml"
cp -R "$VALID" "$tmp/c3"
cp "$tmp/bad.yaml" "$tmp/c3/registry/bad.yaml"
"$P" build --content "$tmp/c3" --out "$tmp/p2/site" >/dev/null 2>"$tmp/err"
st=$?
check "a failing build after a crash exits 1" [ "$st" -eq 1 ]
check "and still puts the stranded site back" only_entries "$tmp/p2" site
check "it says so" has "$tmp/err" "restored $tmp/p2/site from $tmp/p2/site.old"
check "the restored site is complete" [ "$(find "$tmp/p2/site" -type f | wc -l)" -eq "$ref_files" ]

# ---- 4. a trailing slash ----
build "$tmp/p4/site/"
check "--out DIR/ builds (exit 0)" [ "$st" -eq 0 ]
build "$tmp/p4/site/"
if [ "$st" -eq 0 ] && only_entries "$tmp/p4" site && [ "$(find "$tmp/p4/site" -name '.*' | wc -l)" -eq 0 ]; then ok "and rebuilds, with no temporary folder inside or beside it"; else bad "and rebuilds, with no temporary folder inside or beside it"; fi

# ---- 5. oversized fields; the temporary folder goes on every failure ----
cp -R "$VALID" "$tmp/c5"
python3 -c "print('title: \"' + 'x' * 3000000 + '\"\ncouncil: Council')" >"$tmp/c5/site.yaml"
"$P" build --content "$tmp/c5" --out "$tmp/p5/site" >/dev/null 2>"$tmp/err"
st=$?
check "a 3 MB site title exits 1" [ "$st" -eq 1 ]
check "with its location and the bound" has "$tmp/err" "$tmp/c5/site.yaml:1:8: error: 'title' is 3000000 characters long; a one-line field has at most 1000"
check "and nothing is written" [ ! -e "$tmp/p5/site" ]
# A build that fails while writing (an unwritable file name in the theme) leaves nothing.
cp -R themes/default "$tmp/t5"
mkdir -p "$tmp/t5/static/x"
ln -s /etc/passwd "$tmp/t5/static/x/passwd.txt"
mkdir -p "$tmp/p5"
"$P" build --content "$VALID" --theme "$tmp/t5" --out "$tmp/p5/site" >/dev/null 2>"$tmp/err"
st=$?
if [ "$st" -eq 1 ] && only_entries "$tmp/p5"; then ok "a build that fails after writing pages removes its temporary folder"; else bad "a build that fails after writing pages removes its temporary folder"; fi

# ---- 6. theme symlinks and permissions ----
check "a theme symlink to /etc/passwd is refused" has "$tmp/err" "$tmp/t5/static/x/passwd.txt: error: a symbolic link to a file outside the theme"
rm "$tmp/t5/static/x/passwd.txt"
cp -R themes/default "$tmp/t6"
ln -sf /etc/hostname "$tmp/t6/templates/$(ls themes/default/templates | head -n 1)"
"$P" build --content "$VALID" --theme "$tmp/t6" --out "$tmp/p6/site" >/dev/null 2>"$tmp/err"
st=$?
if [ "$st" -eq 1 ] && has "$tmp/err" "a symbolic link to a file outside the theme"; then ok "a template symlinked to /etc/hostname is refused (exit 1)"; else bad "a template symlinked to /etc/hostname is refused (exit 1)"; fi
cp -R themes/default "$tmp/t6b"
mkdir -p "$tmp/outside"
echo secret >"$tmp/outside/host_key"
ln -s "$tmp/outside" "$tmp/t6b/static/keys"
"$P" build --content "$VALID" --theme "$tmp/t6b" --out "$tmp/p6b/site" >/dev/null 2>"$tmp/err"
st=$?
if [ "$st" -eq 1 ] && has "$tmp/err" "$tmp/t6b/static/keys: error: a symbolic link to a file outside the theme" && [ ! -e "$tmp/p6b/site" ]; then ok "a theme folder symlinked outside the theme is refused, nothing published"; else bad "a theme folder symlinked outside the theme is refused, nothing published"; fi
cp -R themes/default "$tmp/t6c"
ln -s .. "$tmp/t6c/static/loop"
timeout 20 "$P" build --content "$VALID" --theme "$tmp/t6c" --out "$tmp/p6c/site" >/dev/null 2>"$tmp/err"
st=$?
if [ "$st" -eq 1 ] && has "$tmp/err" "$tmp/t6c/static/loop: error: a symbolic link to a folder that holds it"; then ok "a theme folder linked to its own parent is refused, not copied forever"; else bad "a theme folder linked to its own parent is refused, not copied forever"; fi
cp -R themes/default "$tmp/t7"
first_static=$(cd "$tmp/t7/static" && find . -type f | LC_ALL=C sort | head -n 1 | cut -c3-)
ln -s "$first_static" "$tmp/t7/static/alias-$(basename "$first_static")"
chmod 600 "$tmp/t7/static/$first_static"
(umask 077 && "$P" build --content "$VALID" --theme "$tmp/t7" --out "$tmp/p7/site" >/dev/null 2>"$tmp/err")
st=$?
if [ "$st" -eq 0 ] && [ -f "$tmp/p7/site/static/alias-$(basename "$first_static")" ] && [ ! -L "$tmp/p7/site/static/alias-$(basename "$first_static")" ]; then ok "a symlink inside the theme is copied (exit 0)"; else bad "a symlink inside the theme is copied (exit 0)"; fi
if [ "$(find "$tmp/p7/site" -type f ! -perm 0644 | wc -l)" -eq 0 ] && [ "$(find "$tmp/p7/site" -type d ! -perm 0755 | wc -l)" -eq 0 ]; then ok "published files are 0644 and folders 0755 whatever the umask or source mode"; else bad "published files are 0644 and folders 0755 whatever the umask or source mode"; fi

# ---- 11. FIFOs and devices: refused by type, never opened for reading ----
cp -R themes/default "$tmp/t8"
mkfifo "$tmp/t8/static/pipe.css"
timeout 20 "$P" build --content "$VALID" --theme "$tmp/t8" --out "$tmp/p8/site" >/dev/null 2>"$tmp/err"
st=$?
check "a FIFO in theme static/ fails the build at once (exit 1, no hang)" [ "$st" -eq 1 ]
check "it says what it is" has "$tmp/err" "$tmp/t8/static/pipe.css: error: not a regular file (a FIFO)"
if [ ! -e "$tmp/p8" ] || only_entries "$tmp/p8"; then ok "and leaves no temporary folder"; else bad "and leaves no temporary folder"; fi
rm "$tmp/t8/static/pipe.css"
ln -s /dev/zero "$tmp/t8/static/zero.css"
timeout 20 "$P" build --content "$VALID" --theme "$tmp/t8" --out "$tmp/p8/site" >/dev/null 2>"$tmp/err"
check "a device linked into the theme is refused" [ $? -eq 1 ]
mkdir -p "$tmp/r"
mkfifo "$tmp/r/p.mustache"
echo 'a {{>p}} b' >"$tmp/r/t.mustache"
timeout 20 "$P" render "$tmp/r/t.mustache" --partials "$tmp/r" >/dev/null 2>"$tmp/err"
st=$?
if [ "$st" -eq 2 ] && has "$tmp/err" "cannot read the partial: not a regular file"; then ok "render --partials with a FIFO partial exits 2 at once"; else bad "render --partials with a FIFO partial exits 2 at once"; fi
# A large static file is streamed, not read whole: 200 MB (sparse) within 150 MB of memory.
if grep -q __asan_init "$P"; then
	echo "skipped: the 150 MB memory limit (ulimit -v) cannot apply to an ASan build, which reserves terabytes of address space"
	skip=$((skip + 1))
else
	cp -R themes/default "$tmp/t9"
	truncate -s 200M "$tmp/t9/static/big.bin"
	(ulimit -v 153600 && "$P" build --content "$VALID" --theme "$tmp/t9" --out "$tmp/p9/site" --jobs 1 >/dev/null 2>"$tmp/err")
	st=$?
	if [ "$st" -eq 0 ] && [ "$(stat -c %s "$tmp/p9/site/static/big.bin")" -eq 209715200 ]; then ok "a 200 MB static file is copied within 150 MB of memory"; else bad "a 200 MB static file is copied within 150 MB of memory"; fi
fi
rm -rf "$tmp/t9" "$tmp/p9"

# ---- 7, 8, 9, 10, 13: injection and invalid output ----
build "$tmp/p10" --base-url 'javascript:alert(1)//'
if [ "$st" -eq 2 ] && has "$tmp/err" "--base-url must be an address starting with https:// or http://"; then ok "--base-url javascript: is refused (exit 2)"; else bad "--base-url javascript: is refused (exit 2)"; fi
build "$tmp/p10" --base-url "$(printf 'https://a.example/\nDisallow: /')"
if [ "$st" -eq 2 ] && has "$tmp/err" 'https://a.example/\x0aDisallow: /'; then ok "--base-url with a newline is refused, shown escaped"; else bad "--base-url with a newline is refused, shown escaped"; fi
cp -R "$VALID" "$tmp/c10"
cat >"$tmp/c10/site.yaml" <<'EOF'
title: "Plans \uFFFF\uFFFE \x01 end"
council: Council
allow_raw_html: true
flags:
  - {id: sef, label: SEF, name: A flag}
  - {id: manifesto, label: Manifesto, name: Another flag}
EOF
sed -i -e 's|^  Narrative of the outcome\.$|  [x](javascript:alert(1)) <b>raw</b>|' \
	-e 's|^    title: Deliver the Growth Strategy$|    title: "\\t=HYPERLINK(\\"http://x\\")"|' \
	"$tmp/c10/plans/2019-22/outcomes/1.yaml"
"$P" build --content "$tmp/c10" --out "$tmp/p10" --base-url https://plans.example.org/sub/ >"$tmp/out" 2>"$tmp/err"
st=$?
check "content with U+FFFF, U+FFFE, a control character and a TAB formula builds" [ "$st" -eq 0 ]
xml_ok=1
for f in $(find "$tmp/p10" -name '*.xml'); do xmllint --noout "$f" 2>>"$tmp/xml" || xml_ok=0; done
if [ "$xml_ok" -eq 1 ] && [ -f "$tmp/p10/feed.xml" ]; then ok "every XML file (feeds, sitemap) is well-formed"; else bad "every XML file (feeds, sitemap) is well-formed"; fi
check "U+FFFF became U+FFFD in the feed" grep -q "Plans $(printf '\357\277\275\357\277\275')  end" "$tmp/p10/feed.xml"
check "a TAB formula cell is neutralised in the CSV" grep -q "\"'	=HYPERLINK" "$tmp/p10/data/activities.csv"
if grep -q '<b>raw</b>' "$tmp/p10/plans/2019-22/1/index.html" && ! grep -rq --include='*.html' 'javascript:' "$tmp/p10" && grep -q 'href="">x</a>' "$tmp/p10/plans/2019-22/1/index.html"; then ok "raw HTML passes with allow_raw_html, javascript: links do not"; else bad "raw HTML passes with allow_raw_html, javascript: links do not"; fi
check "the build summary says robots.txt under a path is not where crawlers look" \
	has "$tmp/out" "robots.txt will be at https://plans.example.org/sub/robots.txt, but crawlers read it only at the root of the host"
cp -R "$VALID" "$tmp/c11"
printf 'id: q3-2019-20\ntitle: Q3\nperiod: 2019/20 Q3\nas_of: 2019-12-31\nactivities:\n  - {ref: 1/1-1, lifecycle: "\\e]0;pwned\\a\\e[2J"}\n' >"$tmp/c11/plans/2019-22/reports/q3-2019-20.yaml"
"$P" check --content "$tmp/c11" 2>"$tmp/err"
if [ $? -eq 1 ] && has "$tmp/err" '\x1b]0;pwned\x07\x1b[2J' && ! grep -q "$(printf '\033')" "$tmp/err" && ! grep -q "$(printf '\007')" "$tmp/err"; then ok "terminal escapes in content are shown escaped in messages"; else bad "terminal escapes in content are shown escaped in messages"; fi

# ---- 17. I/O errors exit 2 ----
"$P" dump --content "$VALID" >/dev/full 2>"$tmp/err"
if [ $? -eq 2 ] && has "$tmp/err" "cannot write the output: No space left on device"; then ok "dump > /dev/full exits 2"; else bad "dump > /dev/full exits 2"; fi
"$P" schema >/dev/full 2>/dev/null
check "schema > /dev/full exits 2" [ $? -eq 2 ]
: >"$tmp/file"
build "$tmp/file"
if [ "$st" -eq 2 ] && has "$tmp/err" "the output exists and is not a folder"; then ok "--out a regular file exits 2"; else bad "--out a regular file exits 2"; fi
build "$tmp/$(python3 -c "print('d' * 300)")/site"
check "--out with a name too long exits 2" [ "$st" -eq 2 ]

"$P" build --content "$VALID" --out "$tmp/p17" >/dev/full 2>"$tmp/err"
st=$?
if [ "$st" -eq 2 ] && has "$tmp/err" "cannot write the output: No space left on device"; then ok "a build whose summary cannot be written exits 2"; else bad "a build whose summary cannot be written exits 2"; fi

if [ "$(id -u)" -ne 0 ]; then
	echo "skipped: full and read-only file systems need root to mount a tmpfs"
	skip=$((skip + 2))
else
	# Full disk: the previous site stays, the temporary folder goes, exit 2.
	mkdir -p "$tmp/full"
	if mount -t tmpfs -o size=3m tmpfs "$tmp/full"; then
		mounts="$tmp/full $mounts"
		build "$tmp/full/site"
		first=$st
		sum=$(tree_sum "$tmp/full/site")
		avail=$(df -k --output=avail "$tmp/full" | tail -n 1)
		head -c $(((avail - 40) * 1024)) /dev/zero >"$tmp/full/filler" 2>/dev/null
		build "$tmp/full/site"
		if [ "$first" -eq 0 ] && [ "$st" -eq 2 ]; then ok "on a full disk the build exits 2"; else bad "on a full disk the build exits 2"; fi
		check "saying so" has "$tmp/err" "No space left on device"
		if [ "$(tree_sum "$tmp/full/site")" = "$sum" ] && only_entries "$tmp/full" site filler; then ok "and the previous site is intact, nothing left over"; else bad "and the previous site is intact, nothing left over"; fi
	else
		bad "mount a 3 MB tmpfs"
	fi
	# Unreadable files (as an unprivileged user: root reads everything): exit 2, saying so.
	if command -v setpriv >/dev/null 2>&1; then
		mkdir -p "$tmp/u"
		cp -R "$VALID" "$tmp/u/content"
		cp -R themes/default "$tmp/u/theme"
		chmod 755 "$tmp" && chmod -R a+rX "$tmp/u" && chmod 777 "$tmp/u"
		chmod 000 "$tmp/u/theme/templates/about.mustache"
		as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
		as_nobody "$P" build --content "$tmp/u/content" --theme "$tmp/u/theme" --out "$tmp/u/site" >/dev/null 2>"$tmp/err"
		st=$?
		if [ "$st" -eq 2 ] && has "$tmp/err" "$tmp/u/theme/templates/about.mustache: error: cannot read: Permission denied"; then ok "an unreadable template is reported as unreadable, exit 2"; else cat "$tmp/err" | head -3; bad "an unreadable template is reported as unreadable, exit 2"; fi
		chmod 644 "$tmp/u/theme/templates/about.mustache"
		chmod 000 "$tmp/u/content/registry/people.yaml"
		as_nobody "$P" check --content "$tmp/u/content" >/dev/null 2>"$tmp/err"
		st=$?
		if [ "$st" -eq 2 ] && has "$tmp/err" "$tmp/u/content/registry/people.yaml: error: cannot read: Permission denied"; then ok "unreadable content exits 2, saying so"; else cat "$tmp/err" | head -3; bad "unreadable content exits 2, saying so"; fi
		chmod 700 "$tmp"
	else
		echo "skipped: unreadable files need setpriv (util-linux) to drop root"
		skip=$((skip + 2))
	fi
	# Read-only: exit 2, the site untouched.
	mkdir -p "$tmp/ro"
	if mount -t tmpfs -o size=8m tmpfs "$tmp/ro"; then
		mounts="$tmp/ro $mounts"
		build "$tmp/ro/site"
		sum=$(tree_sum "$tmp/ro/site")
		mount -o remount,ro "$tmp/ro"
		build "$tmp/ro/site"
		if [ "$st" -eq 2 ] && has "$tmp/err" "Read-only file system"; then ok "on a read-only file system the build exits 2"; else bad "on a read-only file system the build exits 2"; fi
		if [ "$(tree_sum "$tmp/ro/site")" = "$sum" ] && only_entries "$tmp/ro" site; then ok "and the site is untouched"; else bad "and the site is untouched"; fi
	else
		bad "mount a tmpfs"
	fi
fi

if [ "$skip" -gt 0 ]; then
	echo "$pass passed, $fail failed, $skip skipped"
else
	echo "$pass passed, $fail failed"
fi
[ "$fail" -eq 0 ]
