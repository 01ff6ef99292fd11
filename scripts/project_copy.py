#!/usr/bin/env python3
"""A copy of an Alchemist project folder that still finds its data: alchemist.yaml's relative `data.path` is made
absolute (it is relative to the project folder, which the copy leaves). Used by the measurement scripts.

  project_copy.py PROJECT DEST   copies PROJECT (without runs/ and the .alchemist/ cache: a fresh project) to DEST
"""
import os, re, shutil, sys


def absolute_data_path(spec_text, project):
    """alchemist.yaml's text with its first `  path:` (data.path) resolved against the project folder."""
    return re.sub(r"(\n  path: )(\S+)", lambda m: m.group(1) + os.path.abspath(os.path.join(project, m.group(2))), spec_text, count=1)


def copy(project, dest):
    """Copies the project without its runs and LLM cache and fixes the data path; returns dest."""
    shutil.copytree(project, dest, ignore=shutil.ignore_patterns("runs", ".alchemist"))
    spec = os.path.join(dest, "alchemist.yaml")
    text = open(spec).read()
    open(spec, "w").write(absolute_data_path(text, project))
    return dest


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    copy(sys.argv[1], sys.argv[2])
