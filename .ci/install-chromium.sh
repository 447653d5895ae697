#!/usr/bin/env bash
# Installs Debian's Chromium and its WebDriver for the Swagger UI browser test (bootstrap's
# SwaggerUiInChromiumTest), only when they are missing. Needs root, as CI runs.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
echo "CI: installing chromium and chromium-driver"
export DEBIAN_FRONTEND=noninteractive
# A mirror that stumbles once should not fail the build: three tries, a little apart.
for attempt in 1 2 3; do
  if apt-get update -q && apt-get install -y -q chromium chromium-driver; then
    exit 0
  fi
  echo "CI: installing chromium failed (attempt $attempt of 3)" >&2
  sleep $((attempt * 10))
done
exit 1
