"""Fixtures for the parser benchmarks: the texts they run over.

The PolNeAR dev split lives outside the repository, in the shared data folder
beside it; benchmarks that need it are skipped, with the path in the reason,
when it is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[1]
POLNEAR_DEV = REPOSITORY.parent / "shared" / "data" / "polnear" / "dev.jsonl"
POLNEAR_TRAIN = POLNEAR_DEV.with_name("train.jsonl")
SAMPLES = REPOSITORY / "samples"
#: What stands between the texts of a corpus joined into one: a paragraph break.
SEPARATOR = "\n\n"


@pytest.fixture(scope="session")
def polnear_dev_text() -> str:
    """The texts of the PolNeAR dev split, joined with paragraph breaks."""
    if not POLNEAR_DEV.is_file():
        pytest.skip(f"PolNeAR dev split not found at {POLNEAR_DEV}")
    with POLNEAR_DEV.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines if line.strip()]
    if not texts:
        pytest.skip(f"PolNeAR dev split at {POLNEAR_DEV} holds no texts")
    return SEPARATOR.join(texts)


@pytest.fixture(scope="session")
def samples_text() -> str:
    """The plain-text samples of the repository, joined with paragraph breaks."""
    paths = sorted(SAMPLES.glob("*.txt"))
    if not paths:
        pytest.skip(f"no .txt files in {SAMPLES}")
    return SEPARATOR.join(path.read_text(encoding="utf-8") for path in paths)


@pytest.fixture(scope="session")
def polnear_dev_documents() -> list:
    """The documents of the PolNeAR dev split, read as the command line reads them."""
    if not POLNEAR_DEV.is_file():
        pytest.skip(f"PolNeAR dev split not found at {POLNEAR_DEV}")
    from quotecheck.document import ReadError
    from quotecheck.readers import read_inputs

    documents = [item for item in read_inputs([str(POLNEAR_DEV)]) if not isinstance(item, ReadError)]
    if not documents:
        pytest.skip(f"PolNeAR dev split at {POLNEAR_DEV} holds no documents")
    return documents


@pytest.fixture(scope="session")
def polnear_train_path() -> Path:
    """The PolNeAR train split, a JSONL corpus of 840 articles, as a path the command line reads."""
    if not POLNEAR_TRAIN.is_file():
        pytest.skip(f"PolNeAR train split not found at {POLNEAR_TRAIN}")
    return POLNEAR_TRAIN
