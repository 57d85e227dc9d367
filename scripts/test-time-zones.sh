#!/usr/bin/env bash
# Runs the date and deadline tests under several time zones: no result may depend on the machine's time zone.
set -euo pipefail
for tz in UTC Europe/London America/Los_Angeles Pacific/Kiritimati; do
  echo "== TZ=$tz"
  TZ="$tz" npx vitest run --project unit src/deadlines src/_lib
done
