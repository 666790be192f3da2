# wieweet: the GraphQL API and the CLI in one image. `docker compose up` runs it next to Neo4j;
# `docker compose run --rm wieweet wieweet ingest ...` loads data (see docs/neo4j.md).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    WIEWEET_SEED_DIR=/app/seed_data

WORKDIR /app
RUN useradd --create-home --uid 10001 wieweet

# dependencies first, so a code change does not reinstall spaCy
COPY pyproject.toml README.md ./
RUN mkdir graph extraction api && touch graph/__init__.py extraction/__init__.py api/__init__.py \
    && pip install . && pip uninstall -y wieweet

COPY graph graph
COPY extraction extraction
COPY api api
COPY seed_data seed_data
RUN pip install --no-deps .

USER wieweet
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=4)"
CMD ["wieweet", "serve", "--host", "0.0.0.0", "--port", "8000"]
