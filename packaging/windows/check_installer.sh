#!/usr/bin/env bash
# Check the Windows installer on Linux: compile packaging/windows/pekerja-desktop.iss with Inno Setup's ISCC under
# Wine, then, in a throwaway Wine prefix (Windows 10, 64-bit), install, upgrade and uninstall silently, asserting
# the program files, the shortcuts, the .pekerja file type, the PATH entry and that the user data folder
# (%LOCALAPPDATA%\pekerja-desktop) survives.
#
#   packaging/windows/check_installer.sh [--payload DIR] [--keep]
#
# Payload: no Windows build can be made here (no Windows Python), so by default the installer wraps a stand-in of
# the one-folder build with the same layout (pekerja-desktop.exe, pekerja-desktop-cli.exe, _internal/), made in two
# versions; the first has a module the second lacks, which the upgrade must remove. --payload DIR wraps a real
# Windows build (dist\pekerja-desktop from packaging/build.py on Windows) for both versions instead.
#
# Needs wine (64-bit with its 32-bit part: ISCC is a 32-bit program), Xvfb and npm; as root with apt-get it
# installs what is missing (Debian: wine wine64 wine32:i386 xvfb), and takes ISCC from npm's innosetup package.
# Exit 0: all checks passed; 1: a check failed; 77: skipped (a tool could not be had; the reason is printed).
# Prints one line per check and installer_check_s at the end. Output of Wine itself goes to the work folder's logs.
set -euo pipefail

ISCC_VERSION=6.4.1
HERE=$(cd "$(dirname "$0")" && pwd)
started=$(date +%s)
payload=""
keep=no
while [ $# -gt 0 ]; do
  case "$1" in
    --payload) payload=$(cd "$2" && pwd); shift 2 ;;
    --keep) keep=yes; shift ;;
    *) echo "usage: $0 [--payload DIR] [--keep]" >&2; exit 2 ;;
  esac
done

skip() { echo "installer check skipped: $*"; exit 77; }

# --- tools ---------------------------------------------------------------------------------------------------
missing_packages() {
  local package
  for package in wine wine64 wine32:i386 xvfb; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || printf '%s ' "$package"
  done
}

install_wine() {
  local missing
  command -v dpkg-query >/dev/null 2>&1 || { command -v wine >/dev/null && command -v Xvfb >/dev/null && return 0; }
  missing=$(missing_packages)
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    skip "missing Debian packages: $missing(install them as root: apt-get install $missing)"
  fi
  echo "+ apt-get install $missing"
  dpkg --print-foreign-architectures | grep -qx i386 || dpkg --add-architecture i386
  export DEBIAN_FRONTEND=noninteractive
  timeout 600 apt-get update -qq >/dev/null 2>&1 || skip "apt-get update failed (no network?)"
  # shellcheck disable=SC2086  # one word per package
  timeout 900 apt-get install -y -qq --no-install-recommends $missing >/dev/null 2>&1 \
    || skip "apt-get install $missing failed"
}

install_iscc() {
  local prefix="${PEKERJA_ISCC_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/pekerja-desktop/innosetup-$ISCC_VERSION}"
  ISCC="$prefix/node_modules/innosetup/bin/ISCC.exe"
  [ -f "$ISCC" ] && return 0
  command -v npm >/dev/null 2>&1 || skip "npm not found (ISCC comes from npm's innosetup package)"
  echo "+ npm install innosetup@$ISCC_VERSION"
  timeout 300 npm install --prefix "$prefix" --no-audit --no-fund --silent "innosetup@$ISCC_VERSION" >/dev/null 2>&1 \
    || skip "npm install innosetup@$ISCC_VERSION failed (no network?)"
  [ -f "$ISCC" ] || skip "innosetup@$ISCC_VERSION has no bin/ISCC.exe"
}

install_wine
install_iscc
tools_s=$(( $(date +%s) - started ))

# --- a throwaway Wine prefix and screen ------------------------------------------------------------------------
work=$(mktemp -d /tmp/pekerja-installer-check.XXXXXX)
export WINEPREFIX="$work/prefix" WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"  # no Mono/Gecko prompts, no Linux menu entries
xvfb_pid=""
cleanup() {
  wineserver -k >/dev/null 2>&1 || true
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  if [ "$keep" = yes ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 50); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || skip "Xvfb did not start ($(tail -n 1 "$work/xvfb.log"))"
DISPLAY=":$(head -n 1 "$work/display")"
export DISPLAY

wineboot -i >"$work/wineboot.log" 2>&1 || skip "wineboot failed ($(tail -n 1 "$work/wineboot.log"))"
wine reg add 'HKCU\Software\Wine' /v Version /d win10 /f >/dev/null 2>&1
wineserver -w
prefix_s=$(( $(date +%s) - started - tools_s ))

DRIVE_C="$WINEPREFIX/drive_c"
APP="$DRIVE_C/Program Files/Pekerja Desktop"
APP_WIN='C:\Program Files\Pekerja Desktop'
USER_DATA="$DRIVE_C/users/$(id -un)/AppData/Local/pekerja-desktop"
CLASSES='HKLM\Software\Classes'
SYSTEM_ENVIRONMENT='HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Environment'

# --- checks ------------------------------------------------------------------------------------------------------
failures=0
check() {  # check "what" command...
  local what=$1
  shift
  if "$@"; then echo "ok: $what"; else echo "FAILED: $what" >&2; failures=$((failures + 1)); fi
}
absent() { [ ! -e "$1" ]; }
companion_runs() { wine "$APP/pekerja-desktop-cli.exe" --version 2>/dev/null | tr -d '\r' | grep -q '^pekerja-desktop '; }
registry() { wine reg query "$@" 2>/dev/null | tr -d '\r'; }
registry_has() { registry "$1" "${@:3}" | grep -qF -- "$2"; }
registry_lacks() { ! registry "$1" "${@:3}" | grep -qF -- "$2"; }
shortcut() { find "$DRIVE_C" -name "$1.lnk" -print -quit | grep -q .; }
no_shortcut() { ! shortcut "$1"; }
desktop_shortcut() { find "$DRIVE_C/users" -path "*/Desktop/$1.lnk" -print -quit | grep -q .; }
no_desktop_shortcut() { ! desktop_shortcut "$1"; }
path_entries() { registry "$SYSTEM_ENVIRONMENT" /v Path | sed -n 's/.*REG_[A-Z_]*SZ *//p' | tr ';' '\n' \
                   | grep -cixF -- "$APP_WIN" || true; }
on_path_once() { [ "$(path_entries)" = 1 ]; }
off_path() { [ "$(path_entries)" = 0 ]; }
same_messages() {
  diff <(grep -oE '^[A-Za-z0-9]+=' "$(dirname "$ISCC")/Default.isl" | sort) \
       <(grep -oE '^[A-Za-z0-9]+=' "$HERE/Indonesian.isl" | sort) >"$work/messages.diff"
}

stand_in_payload() {  # stand_in_payload DIR VERSION [EXTRA_MODULE]
  mkdir -p "$1/_internal/pekerja_desktop/resources"
  printf 'stand-in window %s\n' "$2" >"$1/pekerja-desktop.exe"
  printf 'stand-in console companion %s\n' "$2" >"$1/pekerja-desktop-cli.exe"
  printf 'stand-in library %s\n' "$2" >"$1/_internal/python312.dll"
  printf '%s\n' "$2" >"$1/_internal/pekerja_desktop/resources/version.txt"
  if [ -n "${3:-}" ]; then printf 'stale\n' >"$1/_internal/$3"; fi
}

compile() {  # compile VERSION PAYLOAD -> prints the installer's Unix path
  wine "$ISCC" /Q "/O$(winepath -w "$work/out")" "/FSetup-$1" "/DAppVersion=$1" "/DBuildDir=$(winepath -w "$2")" \
    "$(winepath -w "$HERE/pekerja-desktop.iss")" >"$work/iscc-$1.log" 2>&1 \
    || { cat "$work/iscc-$1.log" >&2; echo "FAILED: ISCC $1" >&2; exit 1; }
  echo "$work/out/Setup-$1.exe"
}

run_silently() {  # run_silently LOG PROGRAM ARGS... : Inno's silent mode, its log kept in the work folder
  local log=$1
  shift
  local status=0
  wine "$@" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART "/LOG=$(winepath -w "$work/$log")" >"$work/$log.wine" 2>&1 \
    || status=$?
  wineserver -w
  return "$status"
}

if [ -n "$payload" ]; then
  first="$payload" second="$payload" stale=""
else
  first="$work/payload-1" second="$work/payload-2" stale="stale_module.pyd"
  stand_in_payload "$first" 9.0.1 "$stale"
  stand_in_payload "$second" 9.0.2
fi

check "Indonesian.isl has every message of ISCC $ISCC_VERSION's Default.isl" same_messages
compile_started=$(date +%s)
setup_1=$(compile 9.0.1 "$first")
setup_2=$(compile 9.0.2 "$second")
echo "ok: ISCC $ISCC_VERSION compiled the installer ($(( $(date +%s) - compile_started )) s, $(du -k "$setup_2" | cut -f1) KB)"

# 1. Install in Indonesian with the default tasks: program folder on PATH, no desktop shortcut.
check "install 9.0.1 (silent, Indonesian)" run_silently install-1.log "$setup_1" /LANG=id
check "the window and the console companion installed" test -f "$APP/pekerja-desktop.exe" -a -f "$APP/pekerja-desktop-cli.exe"
check "the uninstaller installed" test -f "$APP/unins000.exe"
if [ -n "$payload" ]; then
  check "the installed console companion runs" companion_runs
fi
check "Start menu shortcut" shortcut "Pekerja Desktop"
check "Start menu uninstall shortcut, in Indonesian" shortcut "Hapus Pekerja Desktop"
check "no desktop shortcut unless asked" no_desktop_shortcut "Pekerja Desktop"
check ".pekerja is a Pekerja Desktop bundle" registry_has "$CLASSES\\.pekerja" "PekerjaDesktop.Bundle" /ve
check "its type is named in Indonesian" registry_has "$CLASSES\\PekerjaDesktop.Bundle" "Paket Pekerja Desktop" /ve
check "it opens with pekerja-desktop.exe \"%1\"" registry_has "$CLASSES\\PekerjaDesktop.Bundle\\shell\\open\\command" \
  "\"$APP_WIN\\pekerja-desktop.exe\" \"%1\"" /ve
check "the program folder is on the system PATH once" on_path_once

# The clerk's data, which no installer step may touch.
mkdir -p "$USER_DATA/backups"
printf 'enrolments\n' >"$USER_DATA/pekerja.sqlite"
printf 'backup\n' >"$USER_DATA/backups/pekerja-2026-01-01.sqlite"

# 2. Upgrade in place, adding the desktop shortcut.
check "upgrade to 9.0.2 (silent)" run_silently install-2.log "$setup_2" /LANG=id /MERGETASKS=desktopicon
if [ -n "$stale" ]; then
  check "the program files are the new version's" grep -q "9.0.2" "$APP/pekerja-desktop.exe"
  check "a module the new version lacks is gone" absent "$APP/_internal/$stale"
fi
check "desktop shortcut added" desktop_shortcut "Pekerja Desktop"
check "still on PATH once" on_path_once
check "the user data untouched by the upgrade" grep -q enrolments "$USER_DATA/pekerja.sqlite"

# 3. Uninstall.
check "uninstall (silent)" run_silently uninstall.log "$APP/unins000.exe"
check "the program folder removed" absent "$APP"
check "the shortcuts removed" no_shortcut "Pekerja Desktop"
check "the .pekerja type removed" registry_lacks "$CLASSES\\.pekerja" "PekerjaDesktop.Bundle" /ve
check "the open command removed" registry_lacks "$CLASSES\\PekerjaDesktop.Bundle\\shell\\open\\command" "pekerja-desktop.exe" /ve
check "the program folder is off PATH" off_path
check "PATH itself kept" registry_has "$SYSTEM_ENVIRONMENT" 'system32' /v Path
check "the user data folder kept (database and backups)" \
  test -f "$USER_DATA/pekerja.sqlite" -a -f "$USER_DATA/backups/pekerja-2026-01-01.sqlite"

total_s=$(( $(date +%s) - started ))
echo "installer_tools_s: $tools_s s"
echo "installer_wine_prefix_s: $prefix_s s"
echo "installer_check_s: $total_s s"
if [ "$failures" -gt 0 ]; then
  echo "installer check: $failures check(s) failed (logs: rerun with --keep)" >&2
  exit 1
fi
