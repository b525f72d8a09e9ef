#!/bin/sh
# The nightly job of deploy/systemd/etalase-stats.service: counts every kept access log
# (today's, yesterday's and the compressed rotations: 14 days at most, deploy/logrotate/etalase)
# and puts the new report where nginx serves it at /statistik/ (behind a password). The new
# report replaces the old one only once it is whole. Counting everything again each night keeps
# the numbers right when a product's name or code changes.
#
# ETALASE_LOGS      the logs to count (default /var/log/nginx/etalase.access.log*)
# ETALASE_STATS_DIR the folder holding report/ (default /var/lib/etalase-stats)
set -u
logs="${ETALASE_LOGS:-/var/log/nginx/etalase.access.log*}"
state="${ETALASE_STATS_DIR:-/var/lib/etalase-stats}"
cd "$(dirname "$0")/../.." || exit 2
rm -rf "$state/report.new"
# $logs is left unquoted on purpose: its glob names the rotated files.
# shellcheck disable=SC2086
npm run --silent stats -- $logs --out "$state/report.new"
status=$?
# Exit 1 means a damaged rotation whose lines before the damage were counted: still a report.
# Without totals.json nothing was written: keep yesterday's report.
[ -f "$state/report.new/totals.json" ] || exit "$status"
rm -rf "$state/report.old"
if [ -d "$state/report" ]; then mv "$state/report" "$state/report.old"; fi
mv "$state/report.new" "$state/report"
exit "$status"
