"""Every rule code quotecheck knows, in one place for the checks and the configuration."""

from __future__ import annotations

#: QC1xx attribution, QC2xx quotation marks, QC3xx repetition and provenance, QC9xx suppressions.
CODES = (
    "QC101", "QC102", "QC103", "QC104",
    "QC201", "QC202",
    "QC301", "QC302", "QC303", "QC304",
    "QC901",
)
