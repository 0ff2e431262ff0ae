"""Baselines: accept the findings a project already has, and report only new ones.

A baseline file lists fingerprints (path, code, quoted words and speaker;
never a line number), so editing above a quote does not bring its finding
back.  Each entry accepts one finding: a quote repeated once more than the
baseline knows is reported again.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Iterable

from quotecheck.checks import Checked, Finding, rule

VERSION = 1


class BaselineError(Exception):
    """A baseline file that cannot be read; ``str()`` is one line naming the file."""


def load_baseline(path: str) -> Counter:
    """How many findings of each fingerprint the baseline at ``path`` accepts."""
    try:
        with open(path, encoding="utf-8") as stream:
            data = json.load(stream)
    except OSError as error:
        raise BaselineError(f"{path}: {(error.strerror or str(error)).lower()}") from None
    except ValueError as error:
        raise BaselineError(f"{path}: not a quotecheck baseline: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise BaselineError(f"{path}: not a quotecheck baseline: no 'findings' list")
    try:
        return Counter(entry["fingerprint"] for entry in data["findings"])
    except (TypeError, KeyError):
        raise BaselineError(f"{path}: not a quotecheck baseline: an entry has no 'fingerprint'") from None


def unaccepted(findings: Iterable[Finding], accepted: Counter) -> list[Finding]:
    """The findings left once the baseline's entries are used up, one finding each."""
    kept = []
    for finding in findings:
        if accepted[finding.fingerprint] > 0:
            accepted[finding.fingerprint] -= 1
        else:
            kept.append(finding)
    return kept


def baseline_entry(checked: Checked, finding: Finding) -> dict:
    """One finding as the baseline records it: the fingerprint, with enough beside it for a reader."""
    document = checked.document
    return {
        "fingerprint": finding.fingerprint,
        "path": document.path,
        "document": document.id,
        "code": finding.code,
        "message": rule(finding.code).format(finding, document),
    }


def write_baseline(path: str, entries: list[dict]) -> None:
    """Write a baseline file with ``entries``, sorted so that it diffs cleanly."""
    entries = sorted(entries, key=lambda entry: (entry["path"], entry["document"], entry["code"],
                                                 entry["fingerprint"]))
    # A path in bytes that are no UTF-8 is written as JSON's escapes of its surrogates, and read back the same.
    with open(path, "w", encoding="utf-8", errors="backslashreplace") as stream:
        json.dump({"version": VERSION, "findings": entries}, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
