# Shared by scripts/setup and scripts/test: makes sure the system packages bantin needs are there
# (libcmark-dev for Markdown, libxml2-dev for `bantin import`).
# Debian/Ubuntu: installs them with apt-get (as root, or through sudo); elsewhere says what to run.

need_packages() {
  local missing=()
  pkg-config --exists libcmark 2>/dev/null || missing+=(libcmark-dev)
  pkg-config --exists libxml-2.0 2>/dev/null || missing+=(libxml2-dev)
  command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
  if [ "${#missing[@]}" -eq 0 ]; then
    return 0
  fi
  echo "bantin: cần cài / installing: ${missing[*]}" >&2
  local apt=""
  if command -v apt-get >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
      apt="apt-get"
    elif command -v sudo >/dev/null 2>&1; then
      apt="sudo apt-get"
    fi
  fi
  if [ -z "$apt" ]; then
    echo "bantin: không tự cài được. Hãy chạy / cannot install by itself; please run:" >&2
    echo "    sudo apt-get install -y ${missing[*]}   (Debian/Ubuntu)" >&2
    echo "    brew install cmark libxml2 pkg-config         (macOS)" >&2
    exit 1
  fi
  DEBIAN_FRONTEND=noninteractive $apt update -qq
  DEBIAN_FRONTEND=noninteractive $apt install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

need_swift() {
  if ! command -v swift >/dev/null 2>&1; then
    echo "bantin: cần Swift 6 (https://www.swift.org/install/) — Swift 6 is required." >&2
    exit 1
  fi
}

# Tools some tests use (nginx for `nginx -t`; Debian's chromium and chromium-driver for the browser
# tests in Tests/BanTinTests/Browser). Installed when missing and possible; a test that needs a
# missing tool says so instead of failing.
need_test_tools() {
  local missing=()
  [ -x /usr/sbin/nginx ] || missing+=(nginx)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  [ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
  [ "${#missing[@]}" -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "bantin: (không bắt buộc / optional) sudo apt-get install -y ${missing[*]}" >&2
    return 0
  fi
  echo "bantin: cài công cụ kiểm thử / installing test tools: ${missing[*]}" >&2
  # Packaged services must not start (nginx would take port 80).
  local policy=/usr/sbin/policy-rc.d created=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy" && created=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || { DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; } \
    || echo "bantin: could not install ${missing[*]}; the tests that need them will say so" >&2
  [ -n "$created" ] && rm -f "$policy"
  return 0
}
