#!/bin/sh
# Prints the Maven repository that ./mvnw downloads Maven from, so that this project names no repository host:
#   1. the first mirror in the user's Maven settings (${MAVEN_USER_HOME:-~/.m2}/settings.xml), if any;
#   2. else the central repository of an installed Maven, read from its super POM (maven-model-builder's
#      pom-4.0.0.xml): the `mvn` on the PATH, a Maven an earlier ./mvnw unpacked, or one in the local repository.
# MVNW_REPOURL, when set, overrides both (./mvnw does not call this then). Exit 1 when nothing names one.
set -eu

settings="${MAVEN_USER_HOME:-$HOME/.m2}/settings.xml"
if [ -f "$settings" ]; then
  url=$(awk '/<mirrors>/ { inside = 1 }
             inside && /<url>/ { sub(/.*<url>[ \t]*/, ""); sub(/[ \t]*<\/url>.*/, ""); print; exit }' "$settings")
  if [ -n "$url" ]; then
    printf '%s\n' "${url%/}"
    exit 0
  fi
fi

super_pom() {   # the first <url> of the super POM inside a maven-model-builder jar
  if command -v unzip >/dev/null; then
    unzip -p "$1" org/apache/maven/model/pom-4.0.0.xml 2>/dev/null
  else
    (tmp=$(mktemp -d) && cd "$tmp" && jar xf "$1" org/apache/maven/model/pom-4.0.0.xml 2>/dev/null \
      && cat org/apache/maven/model/pom-4.0.0.xml; rm -rf "$tmp")
  fi | sed -n 's:.*<url>[ \t]*\([^< \t]*\)[ \t]*</url>.*:\1:p' | head -n 1
}

set +f
jars=""
if command -v mvn >/dev/null; then
  mvn_home=$(dirname "$(dirname "$(readlink -f "$(command -v mvn)")")")
  jars="$mvn_home/lib/maven-model-builder-*.jar"
fi
m2="${MAVEN_USER_HOME:-$HOME/.m2}"
for jar in $jars "$m2"/wrapper/dists/*/*/lib/maven-model-builder-*.jar \
           "$m2"/repository/org/apache/maven/maven-model-builder/*/maven-model-builder-*.jar; do
  [ -f "$jar" ] || continue
  url=$(super_pom "$jar")
  if [ -n "$url" ]; then
    printf '%s\n' "${url%/}"
    exit 0
  fi
done
echo "No Maven repository known: set MVNW_REPOURL, add a mirror to $settings, or install Maven (apt-get install maven)." >&2
exit 1
