#!/usr/bin/env python3
"""Reads the log of one 'dotnet test' run (Microsoft.Testing.Platform) and prints 'N passed, N failed[, N skipped]'.

The run's closing summary (total/failed/succeeded/skipped, summed over all test projects) is the source; a run that
printed no summary, or ran no test, counts as failed. Exit 1 when any test failed or none ran."""
import re
import sys

text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
text = re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", text)
summary = text.rsplit("Test run summary:", 1)
if len(summary) < 2:
    print("0 passed, 1 failed")
    print("error: dotnet test printed no summary (a build error or a crashed test host; see the log above)", file=sys.stderr)
    sys.exit(1)


def count(word):
    m = re.search(rf"^\s*{word}:\s*(\d+)", summary[1], re.MULTILINE)
    return int(m.group(1)) if m else 0


passed, failed, skipped = count("succeeded"), count("failed"), count("skipped")
line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
sys.exit(1 if failed or passed == 0 else 0)
