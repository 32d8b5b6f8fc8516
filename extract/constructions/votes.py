"""Votes as the UN and the press report them (filled in below)."""

from __future__ import annotations
