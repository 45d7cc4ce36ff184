# Shared by bin/start and bin/test: find or install what Motcua needs on a Debian machine.
# Every function says clearly what is missing and how to get it, and fails rather than guess.

motcua_fail() {
  echo "motcua: $*" >&2
  exit 1
}

# Maven runs on any JDK >= 17; the build itself selects a JDK >= 21 through maven-toolchains-plugin,
# which discovers the JDKs installed under /usr/lib/jvm. Here we only check that one exists.
motcua_require_jdk21() {
  motcua_jdk21_java >/dev/null \
    || motcua_fail "no JDK 21 or newer under /usr/lib/jvm. Install one (e.g. Temurin 21 or 25) and run again."
}

# Prints the java launcher of the first JDK >= 21 under /usr/lib/jvm.
motcua_jdk21_java() {
  local java version
  for java in /usr/lib/jvm/*/bin/java; do
    [ -x "$java" ] || continue
    version=$("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then
      echo "$java"
      return 0
    fi
  done
  return 1
}

motcua_require_maven() {
  command -v mvn >/dev/null 2>&1 && return 0
  motcua_apt_install maven
}

# Installs Debian packages when we may (root, apt available); otherwise explains what to install.
motcua_apt_install() {
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    motcua_fail "missing Debian packages: $*. Install them (apt-get install $*) and run again."
  fi
  echo "motcua: installing $* (Debian packages) ..."
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/tmp/motcua-apt.log 2>&1; then
    apt-get update -q >/tmp/motcua-apt-update.log 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/tmp/motcua-apt.log 2>&1 \
      || motcua_fail "could not install $* (see /tmp/motcua-apt.log)."
  fi
}

# Browser tests drive Debian's Chromium through Playwright (no browser download).
motcua_require_chromium() {
  if [ -z "${MOTCUA_CHROMIUM:-}" ]; then
    command -v chromium >/dev/null 2>&1 || motcua_apt_install chromium
    MOTCUA_CHROMIUM=$(command -v chromium) || motcua_fail "Chromium is not installed."
  fi
  export MOTCUA_CHROMIUM
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
}

# The verification tests check signed PDFs with validators that are not DSS: OpenSSL (cms -verify) and
# Poppler's pdfsig with an NSS database made by certutil.
motcua_require_signature_tools() {
  local missing=()
  command -v openssl >/dev/null 2>&1 || missing+=(openssl)
  command -v pdfsig >/dev/null 2>&1 || missing+=(poppler-utils)
  command -v certutil >/dev/null 2>&1 || missing+=(libnss3-tools)
  [ ${#missing[@]} -eq 0 ] || motcua_apt_install "${missing[@]}"
}

# OCR of scanned components uses Tesseract with the Vietnamese language data.
motcua_require_tesseract() {
  if ! command -v tesseract >/dev/null 2>&1 || ! tesseract --list-langs 2>/dev/null | grep -qx vie; then
    motcua_apt_install tesseract-ocr tesseract-ocr-vie
  fi
  tesseract --list-langs 2>/dev/null | grep -qx vie || motcua_fail "Tesseract has no Vietnamese data (tesseract-ocr-vie)."
}

# Backups use PostgreSQL's own pg_dump/pg_restore (Debian's postgresql-client, 15 or newer, as new as
# the server). MOTCUA_PG_BIN names another folder holding them.
motcua_require_pg_client() {
  [ -n "${MOTCUA_PG_BIN:-}" ] && return 0
  local bin
  for bin in /usr/lib/postgresql/*/bin; do
    [ -x "$bin/pg_restore" ] && [ "$(basename "$(dirname "$bin")")" -ge 15 ] 2>/dev/null && return 0
  done
  motcua_apt_install postgresql-client
}

# Prints the path of pgbench (bin/write-benchmark's TPC-B ceiling), the newest under /usr/lib/postgresql; Debian
# ships it with the server package postgresql-NN, which postgresql-contrib pulls in.
motcua_pgbench() {
  local found
  found=$(ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$found" ]; then
    motcua_apt_install postgresql-contrib >&2
    found=$(ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | sort -V | tail -n 1)
  fi
  [ -x "$found" ] || motcua_fail "pgbench is not installed (Debian package postgresql-contrib)."
  echo "$found"
}

# Runs a plain Java command of the application (no web server) with the runtime classpath.
motcua_run_tool() {
  local main=$1
  shift
  mkdir -p target
  mvn -B -ntp -DskipTests compile dependency:build-classpath \
    -Dmdep.includeScope=runtime -Dmdep.outputFile=target/runtime.classpath >target/tool-build.log 2>&1 \
    || { cat target/tool-build.log >&2; motcua_fail "the build failed (above)."; }
  exec "$(motcua_jdk21_java)" -Dlogback.configurationFile=logback-tool.xml \
    -cp "target/classes:$(cat target/runtime.classpath)" "$main" "$@"
}
