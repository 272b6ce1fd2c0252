#!/usr/bin/env bash
# Compare the lag-monitor's per-partition figures with Kafka's own consumer-group tool, at the same moments.
#
#   infra/lag/compare-with-kafka-tool.sh [GROUP...]      (default: every group the lag-monitor reports)
#
# For each group it
#   1. reads GET /api/v1/lag/GROUP from the lag-monitor (poll A),
#   2. runs org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --describe --group GROUP
#      (org.apache.kafka:kafka-tools 4.3.1 from Maven Central, resolved through infra/lag/pom.xml),
#   3. waits for the lag-monitor's next poll after the tool finished (poll B) and reads it,
# and prints one row per partition: the tool's CURRENT-OFFSET / LOG-END-OFFSET / LAG next to the monitor's figures of
# poll B (committed, end, lag, lag seconds, status), the monitor's lag at poll A (LAG-A) and poll B (LAG-B), the
# difference D-LAG = LAG-B - TOOL-LAG, and whether the tool's reading lies between polls A and B
# ("bracketed"): offsets only grow, so a correct monitor must have A <= tool <= B for every partition while the tool
# ran between the two polls — that is "agreeing within one poll interval". With no traffic the difference is 0.
#
# Env: NEWS_KAFKA_BOOTSTRAP (else 127.0.0.1:$NEWS_KAFKA_PORT, default 9092),
#      LAG_MONITOR_URL (else http://127.0.0.1:$NEWS_LAG_MONITOR_PORT, default 8085), JAVA_HOME (JDK >= 17).
# Needs: mvn, curl, jq.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BOOTSTRAP="${NEWS_KAFKA_BOOTSTRAP:-127.0.0.1:${NEWS_KAFKA_PORT:-9092}}"
MONITOR="${LAG_MONITOR_URL:-http://127.0.0.1:${NEWS_LAG_MONITOR_PORT:-8085}}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
CP_FILE="${TMPDIR:-/tmp}/news-kafka-tools-4.3.1.classpath"

die() { printf 'compare: %s\n' "$*" >&2; exit 1; }
command -v jq >/dev/null || die "needs jq (apt-get install jq)"
command -v curl >/dev/null || die "needs curl"

if [ ! -s "$CP_FILE" ]; then
  echo "resolving org.apache.kafka:kafka-tools:4.3.1 (once)" >&2
  mvn -B -q -f "$HERE/pom.xml" dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >"$CP_FILE.log" 2>&1 \
    || die "could not resolve org.apache.kafka:kafka-tools:4.3.1 through $HERE/pom.xml; see $CP_FILE.log"
fi

curl -fsS "$MONITOR/api/v1/lag" >/dev/null || die "lag-monitor not answering at $MONITOR/api/v1/lag"
if [ $# -eq 0 ]; then
  mapfile -t GROUPS_ < <(curl -fsS "$MONITOR/api/v1/lag" | jq -r '.groups[].group')
else
  GROUPS_=("$@")
fi
[ ${#GROUPS_[@]} -gt 0 ] || die "no consumer groups to compare"

now_ms() { date +%s%3N; }

printf '%-9s %-11s %-16s %4s | %8s %8s %8s | %8s %8s %8s %8s %8s %-6s | %6s %-9s\n' \
  TIME GROUP TOPIC PART TOOL-CUR TOOL-END TOOL-LAG MON-CUR MON-END LAG-A LAG-B LAG-SEC STATUS D-LAG BRACKETED
for g in "${GROUPS_[@]}"; do
  a="$(curl -fsS "$MONITOR/api/v1/lag/$g")" || die "lag-monitor has no group $g"
  t0="$(now_ms)"
  tool="$("$JAVA" -cp "$(cat "$CP_FILE")" org.apache.kafka.tools.consumer.group.ConsumerGroupCommand \
          --bootstrap-server "$BOOTSTRAP" --describe --group "$g" 2>/dev/null)" || die "ConsumerGroupCommand failed for $g"
  t1="$(now_ms)"
  # poll B: the monitor's first poll that started after the tool finished
  deadline=$((SECONDS + 60))
  while :; do
    full="$(curl -fsS "$MONITOR/api/v1/lag")"
    obs_ms="$(date -d "$(jq -r '.observedAt' <<<"$full")" +%s%3N)"
    if [ "$obs_ms" -gt "$t1" ]; then b="$(jq --arg g "$g" '.groups[] | select(.group == $g)' <<<"$full")"; break; fi
    [ $SECONDS -lt $deadline ] || die "lag-monitor did not poll again within 60 s"
    sleep 0.2
  done
  stamp="$(date -d "@$((t0 / 1000))" +%H:%M:%S)"
  # the tool's rows: GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID
  awk -v g="$g" '$1 == g && $3 ~ /^[0-9]+$/ { print $2, $3, $4, $5, $6 }' <<<"$tool" | sort -k1,1 -k2,2n |
  while read -r topic part cur end lag; do
    read -r acommit aend alag < <(jq -r --arg t "$topic" --argjson p "$part" \
      '.partitions[] | select(.topic == $t and .partition == $p) | "\(.committedOffset // -1) \(.logEndOffset) \(.lag)"' <<<"$a")
    read -r bcommit bend blag bsec bstatus < <(jq -r --arg t "$topic" --argjson p "$part" \
      '.partitions[] | select(.topic == $t and .partition == $p) | "\(.committedOffset // -1) \(.logEndOffset) \(.lag) \(.lagSeconds) \(.status)"' <<<"$b")
    [ -n "${bcommit:-}" ] || { printf '%-9s %-11s %-16s %4s | %8s %8s %8s | (partition missing in the lag-monitor)\n' "$stamp" "$g" "$topic" "$part" "$cur" "$end" "$lag"; continue; }
    tc="$cur"; [ "$tc" = "-" ] && tc=-1
    bracket=yes
    if [ "$tc" -lt "$acommit" ] || [ "$tc" -gt "$bcommit" ] || [ "$end" -lt "$aend" ] || [ "$end" -gt "$bend" ]; then bracket=NO; fi
    if [ "$lag" = "-" ]; then dlag="n/a"; else dlag=$((blag - lag)); fi
    printf '%-9s %-11s %-16s %4s | %8s %8s %8s | %8s %8s %8s %8s %8s %-6s | %6s %-9s\n' \
      "$stamp" "$g" "$topic" "$part" "$cur" "$end" "$lag" "$([ "$bcommit" = -1 ] && echo - || echo "$bcommit")" "$bend" "$alag" "$blag" "$bsec" "$bstatus" "$dlag" "$bracket"
  done
  jq -r '"  \(.group): status \(.status) (\(.state), \(.members) member(s)), total lag \(.totalLag), max lag \(.maxLagSeconds) s"' <<<"$b"
done
