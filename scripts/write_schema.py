"""Regenerate docs/essay.schema.json from the pydantic models of the .essay file.

Run after changing outliner/io/essay/schema.py:

    .venv/bin/python scripts/write_schema.py

tests/io/essay/test_essay_file.py fails while the committed schema is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCHEMA_PATH = REPO / "docs" / "essay.schema.json"


def main() -> int:
    """Write the schema; print where it went."""
    sys.path.insert(0, str(REPO))
    from outliner.io.atomic import atomic_write
    from outliner.io.essay.schema import essay_json_schema_text

    atomic_write(SCHEMA_PATH, essay_json_schema_text().encode("utf-8"))
    print(f"Wrote {SCHEMA_PATH.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
