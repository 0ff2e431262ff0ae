"""Write the findings as a SARIF 2.1.0 log, for code-scanning services.

One run, whose driver lists every rule (reserved ones too, so that a rule's
index never changes with the findings).  Regions are source lines and
columns, with the exclusive end column SARIF asks for; the columns count code
points, which the run declares, since SARIF would otherwise read them as
UTF-16 code units.  Paths are relative to ``%SRCROOT%``, the current
directory, when they lie inside it.  A finding's fingerprint becomes its
partial fingerprint, so a service can follow it across edits.

The run has one invocation.  Each input that could not be read is a
tool execution notification on it, of level ``error``, located at the file
(and the line of a JSONL record, or the byte where decoding failed), and
makes the invocation unsuccessful.
"""

from __future__ import annotations

import json
import os
import pathlib
import urllib.parse
from typing import Iterable, Sequence, TextIO

from quotecheck import __version__
from quotecheck.checks import RULES, Checked, Rule
from quotecheck.document import ReadError
from quotecheck.readers import STDIN_PATH
from quotecheck.report.findings import READ_ERROR, Located, display_path, located

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
#: SARIF's level for each severity.
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SOURCE_ROOT = "%SRCROOT%"
FINGERPRINT = "quotecheck/v1"


def rule_descriptor(rule: Rule) -> dict:
    """A rule as the driver lists it."""
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.name.replace("-", " ").capitalize()},
        "fullDescription": {"text": rule.summary},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
    }


def artifact_location(path: str) -> dict:
    """Where a file is: a URI relative to the source root, or an absolute one outside it."""
    if path == STDIN_PATH:
        return {"uri": urllib.parse.quote(path, errors="surrogateescape")}
    if os.path.isabs(path) or path.startswith("../"):
        return {"uri": pathlib.Path(os.path.abspath(path)).as_uri()}
    return {"uri": urllib.parse.quote(path, errors="surrogateescape"), "uriBaseId": SOURCE_ROOT}


def result(item: Located, indexes: dict[str, int]) -> dict:
    """One finding as a SARIF result."""
    finding = item.finding
    region = {"startLine": item.start.line, "startColumn": item.start.column,
              "endLine": item.end.line, "endColumn": item.end.column}
    entry = {
        "ruleId": finding.code,
        "ruleIndex": indexes[finding.code],
        "level": LEVELS[finding.severity],
        "message": {"text": item.message},
        "locations": [{"physicalLocation": {"artifactLocation": artifact_location(item.path), "region": region}}],
        "partialFingerprints": {FINGERPRINT: finding.fingerprint},
    }
    if item.label is not None:
        entry["properties"] = {"document": item.label}
    return entry


#: The one kind of notification the driver lists: an input that could not be read.
READ_ERROR_DESCRIPTOR = {
    "id": READ_ERROR,
    "name": READ_ERROR,
    "shortDescription": {"text": "Input could not be read"},
    "fullDescription": {"text": "A file or record that is missing, binary or not valid in its encoding; "
                                "the other inputs are still checked."},
    "defaultConfiguration": {"level": "error"},
}


def notification(problem: ReadError) -> dict:
    """An input that could not be read, as a tool execution notification."""
    physical: dict = {"artifactLocation": artifact_location(display_path(problem.path))}
    region = {key: value for key, value in (("startLine", problem.line), ("byteOffset", problem.byte_offset))
              if value is not None}
    if region:
        physical["region"] = region
    return {"level": "error", "message": {"text": problem.detail}, "descriptor": {"id": READ_ERROR, "index": 0},
            "locations": [{"physicalLocation": physical}]}


def write_sarif(results: Iterable[Checked], out: TextIO, *, errors: Sequence[ReadError] = ()) -> None:
    """A SARIF 2.1.0 log of every finding, and of every input that could not be read."""
    indexes = {rule.code: index for index, rule in enumerate(RULES)}
    driver = {"name": "quotecheck", "version": __version__, "rules": [rule_descriptor(rule) for rule in RULES],
              "notifications": [READ_ERROR_DESCRIPTOR]}
    found = [result(item, indexes) for item in located(results)]
    invocation = {"executionSuccessful": not errors,  # complete now that the results are read
                  "toolExecutionNotifications": [notification(problem) for problem in errors]}
    run = {
        "tool": {"driver": driver},
        "invocations": [invocation],
        "originalUriBaseIds": {SOURCE_ROOT: {"uri": pathlib.Path.cwd().as_uri().rstrip("/") + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": found,
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    json.dump(log, out, ensure_ascii=False, indent=2)
    out.write("\n")
