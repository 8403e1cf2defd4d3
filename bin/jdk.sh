# Sourced by run.sh, test.sh and .ci/run: exports JAVA_HOME pointing at a JDK 21 or newer.
# Takes $JAVA_HOME if it is new enough, else `java` on the PATH, else the newest JDK under /usr/lib/jvm.

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1
}

pick_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" \
                   "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" \
                   $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate="${candidate%/}"
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ]; then
      local major
      major="$(java_major "$candidate")"
      if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
        echo "$candidate"
        return 0
      fi
    fi
  done
  return 1
}

if ! JAVA_HOME="$(pick_jdk)"; then
  echo "A JDK 21 or newer is needed (set JAVA_HOME to one); none was found." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
# JDK 24+ warns when Maven's libraries use sun.misc.Unsafe; older JDKs do not know the flag and would refuse it
if [ "$(java_major "$JAVA_HOME")" -ge 24 ]; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
