"""The inputs of an archive build, cut into blocks that one task reads.

GLOBs expand on the client (sorted; ``**`` reaches into folders), and a
folder is walked as ``read_inputs`` walks it.  Blocks come out near
``total bytes / partitions`` each, so no task holds more than its share:

- a JSONL file is cut at line ends.  The client finds the cuts in one
  streaming pass that counts lines on the way, a chunk at a time, so a
  task's bad line is reported at its line in the whole file;
- plain files (.txt, .md, .html) are grouped whole, in order, until a block
  is full;
- a Parquet file (``id``, ``text`` and any of outlet, date, url, title) is
  cut between row groups; a bad row is reported at its row number.

Nothing here reads an article on the client: ``documents`` reads one block,
in a task, through the readers.
"""

from __future__ import annotations

import glob
import math
import os
from typing import Iterable, Iterator, Union

import attrs

from quotecheck.document import Document, ReadError, SourceMap
from quotecheck.readers import input_files, read_inputs, read_jsonl_lines
from quotecheck.readers.jsonl import METADATA_KEYS, record_metadata, record_problem

#: Bytes per block when no number of partitions is asked for.
BLOCK_BYTES = 64 << 20
#: Bytes read at a time while finding line ends.
CHUNK = 16 << 20
PARQUET = ".parquet"


@attrs.frozen
class LineBlock:
    """Whole lines of a JSONL file: bytes ``start`` to ``end``, the first being line ``first_line``."""

    path: str
    start: int
    end: int
    first_line: int


@attrs.frozen
class FileBlock:
    """Whole plain files, as (path, format)."""

    files: tuple[tuple[str, str], ...]


@attrs.frozen
class ParquetBlock:
    """Row groups of a Parquet file, the first holding row ``first_row`` (from 1)."""

    path: str
    row_groups: tuple[int, ...]
    first_row: int


Block = Union[LineBlock, FileBlock, ParquetBlock]


def expanded(patterns: Iterable[str]) -> Iterator[tuple[str, str] | ReadError]:
    """(path, format) of each file the GLOBs name, once, folders walked; an error for a pattern naming nothing."""
    # "news/**" names the folder and the files in it: each file is read once.
    seen: set[str] = set()
    for pattern in patterns:
        matched = sorted(glob.glob(pattern, recursive=True)) if glob.has_magic(pattern) else [pattern]
        if not matched:
            yield ReadError(pattern, "no files match")
        for found in input_files(matched):
            if isinstance(found, ReadError):
                yield found
            elif os.path.normpath(found[0]) not in seen:
                seen.add(os.path.normpath(found[0]))
                yield found[0], "parquet" if found[0].lower().endswith(PARQUET) else found[1]


def planned(patterns: Iterable[str], partitions: int | None = None) -> tuple[list[Block], list[ReadError]]:
    """The blocks the GLOBs make, about ``partitions`` of them, and the inputs that cannot be read."""
    found = list(expanded(patterns))
    errors = [one for one in found if isinstance(one, ReadError)]
    named = [one for one in found if not isinstance(one, ReadError)]
    sizes = [size_of(path) for path, _ in named]
    total = sum(sizes)
    target = max(1, math.ceil(total / partitions)) if partitions else BLOCK_BYTES
    blocks: list[Block] = []
    group: list[tuple[str, str]] = []
    filled = 0
    for (path, form), size in zip(named, sizes):
        if form in ("jsonl", "parquet"):
            if group:
                blocks.append(FileBlock(tuple(group)))
                group, filled = [], 0
            cut = line_blocks if form == "jsonl" else parquet_blocks
            for block in cut(path, target):
                (errors if isinstance(block, ReadError) else blocks).append(block)
            continue
        group.append((path, form))
        filled += size
        if filled >= target:
            blocks.append(FileBlock(tuple(group)))
            group, filled = [], 0
    if group:
        blocks.append(FileBlock(tuple(group)))
    return blocks, errors


def size_of(path: str) -> int:
    """The size of a file, 0 when it cannot be read (its task reports why)."""
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def line_blocks(path: str, target: int) -> Iterator[LineBlock | ReadError]:
    """A JSONL file cut at the first line end after every ``target`` bytes, with the line numbers."""
    start, first_line, line, offset = 0, 1, 1, 0
    try:
        with open(path, "rb") as stream:
            while chunk := stream.read(CHUNK):
                at = 0
                while (cut := chunk.find(b"\n", max(start + target - 1 - offset, at))) != -1:
                    line += chunk.count(b"\n", at, cut + 1)
                    yield LineBlock(path, start, offset + cut + 1, first_line)
                    start, first_line, at = offset + cut + 1, line, cut + 1
                line += chunk.count(b"\n", at)
                offset += len(chunk)
    except OSError:
        pass  # the block reads the file again and reports why it cannot
    if offset > start or start == 0:  # the rest, or an empty or unreadable file for its task to report
        yield LineBlock(path, start, offset, first_line)


def parquet_blocks(path: str, target: int) -> Iterator[ParquetBlock | ReadError]:
    """A Parquet file cut between row groups every ``target`` bytes of data."""
    import pyarrow.parquet

    try:
        metadata = pyarrow.parquet.read_metadata(path)
    except (OSError, pyarrow.ArrowException) as error:
        yield ReadError(path, f"cannot read as parquet: {error}")
        return
    groups: list[int] = []
    filled, first_row, rows = 0, 1, 0
    for number in range(metadata.num_row_groups):
        group = metadata.row_group(number)
        groups.append(number)
        filled += group.total_byte_size
        rows += group.num_rows
        if filled >= target:
            yield ParquetBlock(path, tuple(groups), first_row)
            groups, filled, first_row = [], 0, first_row + rows
            rows = 0
    if groups:
        yield ParquetBlock(path, tuple(groups), first_row)


def documents(block: Block) -> Iterator[Document | ReadError]:
    """The articles of one block, and an error for each input or record that cannot be read."""
    if isinstance(block, LineBlock):
        return read_jsonl_lines(block.path, block.start, block.end, block.first_line)
    if isinstance(block, ParquetBlock):
        return parquet_documents(block)
    return read_inputs([path for path, _ in block.files])


def parquet_documents(block: ParquetBlock) -> Iterator[Document | ReadError]:
    """The articles of a block of Parquet row groups, one per row."""
    import pyarrow
    import pyarrow.parquet

    try:
        opened = pyarrow.parquet.ParquetFile(block.path)
        wanted = [name for name in ("id", "text", *METADATA_KEYS) if name in opened.schema_arrow.names]
        records = opened.read_row_groups(list(block.row_groups), columns=wanted).to_pylist()
    except (OSError, pyarrow.ArrowException) as error:
        yield ReadError(block.path, f"cannot read as parquet: {error}")
        return
    for row, record in enumerate(records, start=block.first_row):
        problem = record_problem(record)
        if problem is not None:
            yield ReadError(block.path, problem.replace("record", "row", 1), line=row)
        else:
            yield Document(id=str(record["id"]), text=record["text"], path=block.path,
                           source_map=SourceMap.identity(record["text"]), metadata=record_metadata(record))
