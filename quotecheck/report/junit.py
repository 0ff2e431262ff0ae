"""Write the findings as JUnit XML, the test report most CI services can show.

One test suite, ``quotecheck``, with a failing test case per finding: its
class name is the file and its name the code and position, so that a CI page
groups findings by file.  Each input that could not be read is a test case
in error, named ``read-error`` under the file, and counted in ``errors``.  A
run with neither writes one passing test case, since some services read an
empty suite as a broken run.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from typing import Iterable, Sequence, TextIO

from quotecheck.checks import Checked
from quotecheck.document import ReadError
from quotecheck.report.findings import READ_ERROR, display_path, located

SUITE = "quotecheck"
# Characters XML 1.0 cannot hold at all, even escaped; a news text may still carry them.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """``text`` without the characters XML cannot hold."""
    return NOT_XML.sub("\ufffd", text)


def write_junit(results: Iterable[Checked], out: TextIO, *, errors: Sequence[ReadError] = ()) -> None:
    """A JUnit XML report with a failing test case per finding and a test case in error per unreadable input."""
    suite = ElementTree.Element("testsuite", name=SUITE)
    failures = 0
    for item in located(results):
        failures += 1
        where = f"{item.start.line}:{item.start.column}"
        case = ElementTree.SubElement(suite, "testcase", classname=xml_text(item.path),
                                      name=f"{item.finding.code} {where}")
        failure = ElementTree.SubElement(case, "failure", type=item.finding.code,
                                         message=xml_text(item.labelled_message))
        failure.text = xml_text(f"{item.path}:{where}: {item.finding.code} [{item.finding.severity}] "
                                f"{item.labelled_message}\n{item.rule.summary}")
    for problem in errors:  # complete now that the results are read
        path = display_path(problem.path)
        where = path if problem.line is None else f"{path}:{problem.line}"
        case = ElementTree.SubElement(suite, "testcase", classname=xml_text(path), name=READ_ERROR)
        error = ElementTree.SubElement(case, "error", type=READ_ERROR, message=xml_text(problem.detail))
        error.text = xml_text(f"{where}: {problem.detail}")
    if failures + len(errors) == 0:
        ElementTree.SubElement(suite, "testcase", classname=SUITE, name=SUITE)
    counts = {"tests": str(max(failures + len(errors), 1)), "failures": str(failures), "errors": str(len(errors))}
    suite.attrib.update(counts)
    suites = ElementTree.Element("testsuites", name=SUITE, **counts)
    suites.append(suite)
    ElementTree.indent(suites)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ElementTree.tostring(suites, encoding="unicode"))
    out.write("\n")
