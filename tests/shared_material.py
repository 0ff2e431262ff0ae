"""Where the shared material lives beside a checkout, and the shared scorer.

A user's clone has no ../shared: tests that need it skip with the reason.
"""

import importlib.util
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "eval" / "score.py"
SEEDS = SHARED / "eval" / "seeds_gold.jsonl"
DEV = SHARED / "data" / "polnear" / "dev.jsonl"
TRAIN = SHARED / "data" / "polnear" / "train.jsonl"


def shared_scorer():
    """The shared scorer, loaded from its file."""
    if not SCORER.exists():
        pytest.skip(f"shared scorer not found at {SCORER} (only present beside a full checkout)")
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def require(path: Path) -> Path:
    """``path``, or a skip when the shared material is not there."""
    if not path.exists():
        pytest.skip(f"{path} not found (only present beside a full checkout)")
    return path
