"""Write the index's clusters: one JSON object per cluster, a JSON list, or a table."""

from __future__ import annotations

import json
from typing import Iterable, TextIO

import attrs

#: Characters of the root quote a table row shows.
EXCERPT = 70


def record(found, multi_speaker: bool) -> dict:
    """A cluster as plain data."""
    data = attrs.asdict(found)
    data["quotes"] = len(found.members)
    data["multi_speaker"] = multi_speaker
    data["members"] = data.pop("members")  # members last, after the summary
    return data


def write_clusters(clusters: Iterable, form: str, out: TextIO, several) -> None:
    """Write ``clusters`` in ``form`` (table, json or jsonl); ``several`` tells a multi-speaker cluster."""
    records = (record(found, several(found)) for found in clusters)
    if form == "jsonl":
        for data in records:
            out.write(json.dumps(data, ensure_ascii=False) + "\n")
    elif form == "json":
        json.dump(list(records), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        from tabulate import tabulate

        rows = [(" ".join(data["root"].split())[:EXCERPT], data["first_date"] or "", data["first_outlet"] or "",
                 data["articles"], data["quotes"], "; ".join(data["speakers"])) for data in records]
        out.write(tabulate(rows, headers=("root", "first date", "first outlet", "articles", "quotes", "speakers"))
                  + "\n")
