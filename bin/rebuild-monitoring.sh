#!/usr/bin/env bash
# Rebuilds monitoring-service's event-fed projections from the Kafka topics (README, «Live indicators»):
# logs in at the gateway as the regional administrator exactly as a browser does (authorization code flow with the
# identity provider's login form, session cookie, XSRF header), starts the rebuild and follows it until it is done.
#   NASTAVNIK_GATEWAY (http://localhost:8080), NASTAVNIK_USER (region.admin), NASTAVNIK_PASSWORD (the demo password)
#   NASTAVNIK_REBUILD_TIMEOUT seconds to wait for the replay (600)
set -euo pipefail
gateway=${NASTAVNIK_GATEWAY:-http://localhost:8080}
user=${NASTAVNIK_USER:-region.admin}
password=${NASTAVNIK_PASSWORD:-nastavnik}
timeout=${NASTAVNIK_REBUILD_TIMEOUT:-600}
accept='text/html,application/xhtml+xml'
jar=$(mktemp) page=$(mktemp)
trap 'rm -f "$jar" "$page"' EXIT

# 1. The gateway sends us to the identity provider's login page.
login_url=$(curl -sS -L -c "$jar" -b "$jar" -H "Accept: $accept" -o "$page" -w '%{url_effective}' \
  "$gateway/oauth2/authorization/nastavnik")
csrf=$(sed -n 's/.*type="hidden" name="_csrf" value="\([^"]*\)".*/\1/p' "$page" | head -n1)
provider=$(printf '%s' "$login_url" | sed -E 's#^(https?://[^/]+).*#\1#')
# 2. Submit the form; the redirects lead back to the gateway, which now holds our session.
back=$(curl -sS -L -c "$jar" -b "$jar" -H "Accept: $accept" -o /dev/null -w '%{url_effective}' \
  --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" \
  "$provider/login")
case "$back" in
  *error*|"$provider"*) echo "Login as $user failed (ended at $back)" >&2; exit 1 ;;
esac
# 3. The gateway writes its XSRF cookie on a GET; changes must echo it in a header.
curl -sS -c "$jar" -b "$jar" -o /dev/null "$gateway/portal/session"
xsrf=$(awk '$6 == "XSRF-TOKEN" { print $7 }' "$jar" | tail -n1)

api="$gateway/api/monitoring/projections/rebuild"
status=$(curl -sS -c "$jar" -b "$jar" -X POST -H "X-XSRF-TOKEN: $xsrf" -H 'Accept: application/json' \
  -o "$page" -w '%{http_code}' "$api")
if [ "$status" != 202 ]; then echo "Rebuild refused ($status): $(cat "$page")" >&2; exit 1; fi
echo "Rebuild started: $(cat "$page")"

deadline=$(( $(date +%s) + timeout ))
while :; do
  sleep 2
  state=$(curl -sS -b "$jar" -H 'Accept: application/json' "$api")
  phase=$(printf '%s' "$state" | sed -n 's/.*"phase":"\([A-Z_]*\)".*/\1/p')
  remaining=$(printf '%s' "$state" | sed -n 's/.*"remaining":\([0-9]*\).*/\1/p')
  echo "  $phase${remaining:+, $remaining records to replay}"
  case "$phase" in
    DONE) echo "Monitoring projections rebuilt from the topics."; exit 0 ;;
    FAILED) echo "Rebuild failed: $state" >&2; exit 1 ;;
  esac
  if [ "$(date +%s)" -ge "$deadline" ]; then echo "Still replaying after ${timeout}s: $state" >&2; exit 1; fi
done
