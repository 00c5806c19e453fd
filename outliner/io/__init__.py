"""Files: the .essay document (io/essay), the draft importers (io/importers)
and the exporters (io/exporters), chosen through one registry (io/formats);
shared pieces (atomic writes, bounded reading, archives, the labels both
directions use) sit at this level."""

from __future__ import annotations

from outliner.io.errors import DocumentError
from outliner.io.formats import open_document, open_document_with_report

__all__ = ["DocumentError", "open_document", "open_document_with_report"]
