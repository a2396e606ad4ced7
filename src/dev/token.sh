#!/usr/bin/env bash
# Mints a bearer token for local use, signed with the development key (src/dev/archivist-dev-private.pem),
# which the archive accepts in dev mode, in tests, and with MAQUIS_JWT_ALLOW_DEVELOPMENT_KEY=true.
#
#   src/dev/token.sh [NAME] [GROUPS] [MINUTES]      # defaults: archivist-dev, archivist, 60
#
# GROUPS is a comma-separated list of roles ("archivist" may change the archive; "" reads only).
# Prints the token; use it as the header `Authorization: Bearer <token>`.
set -euo pipefail
NAME=${1:-archivist-dev} GROUPS_=${2-archivist} MINUTES=${3:-60}
KEY=$(cd "$(dirname "$0")" && pwd)/archivist-dev-private.pem
ISSUER=${MAQUIS_JWT_ISSUER:-maquis-archive-dev}
[[ $MINUTES =~ ^[0-9]+$ ]] || { echo "MINUTES must be a number" >&2; exit 2; }
[[ $NAME =~ ^[A-Za-z0-9._@-]+$ ]] || { echo "NAME may hold letters, digits and . _ @ -" >&2; exit 2; }
[[ $GROUPS_ =~ ^[A-Za-z0-9_,-]*$ ]] || { echo "GROUPS is a comma-separated list of names" >&2; exit 2; }

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
groups=$(printf '%s' "$GROUPS_" | awk -F, '{ for (i = 1; i <= NF; i++) if ($i != "") printf "%s\"%s\"", (n++ ? "," : ""), $i }')
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
claims=$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":[%s],"iat":%d,"exp":%d,"jti":"%s"}' \
  "$ISSUER" "$NAME" "$NAME" "$groups" "$now" "$((now + MINUTES * 60))" "$(openssl rand -hex 8)" | b64url)
signature=$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha256 -sign "$KEY" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$claims" "$signature"
