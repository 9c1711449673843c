# ci-error: `docker build -t ci-error .` then run with the variables of the README.
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    CATALOG_DIR=/app/catalog \
    DATA_DIR=/data \
    PORT=3000

WORKDIR /app
COPY pyproject.toml README.md ./
COPY slackbot ./slackbot
# The bytecode is written once here: PYTHONDONTWRITEBYTECODE would otherwise have every
# `ci-error` command compile the modules again.
RUN pip install --no-cache-dir . \
 && python -m compileall -q slackbot \
 && useradd --system --uid 10001 --no-create-home --home-dir /app ci-error \
 && mkdir -p /data \
 && chown ci-error /data
COPY catalog ./catalog

USER ci-error
VOLUME ["/data"]
EXPOSE 3000
# /healthz is served in both modes (in Socket Mode only health and metrics are on HTTP).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD python -c "import os, urllib.request; urllib.request.urlopen(f\"http://127.0.0.1:{os.environ.get('PORT', '3000')}/healthz\", timeout=4)"
CMD ["python", "-m", "slackbot"]
