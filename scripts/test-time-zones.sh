#!/usr/bin/env bash
# Runs the date, deadline and decision-flow tests (with the scenarios) under several time zones: no result may depend on the machine's time zone.
set -euo pipefail
for tz in UTC Europe/London America/Los_Angeles Pacific/Kiritimati; do
  echo "== TZ=$tz"
  TZ="$tz" npx vitest run --project unit src/deadlines src/_lib src/faq tests/scenarios tests/flow-paths.test.ts
done
