"""The Word document's own properties: what the file says about itself.

python-docx's default template claims to have been made by "Microsoft
Macintosh Word" on 2013-12-23 and carries a blank thumbnail; a user's
template carries its own author, dates and custom properties. Every export
replaces all of that with the truth: created and modified now (UTC), the
essay's title (without its inline marks) and author, and this application's
name and version. The template lends its styles only.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from outliner import APP_NAME, __version__
from outliner.core.essay import Essay
from outliner.core.inline import plain
from outliner.io.exporters.word_xml import escape, xml_safe

#: Core properties hold at most this many characters of one field (Word's limit).
MAX_FIELD = 255

_EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
#: A pair of emphasis marks round some text ("*Never Let Me Go*", "**bold**").


def set_properties(doc: Any, essay: Essay, now: datetime | None = None) -> None:
    """Give ``doc`` the export's own core and app properties (``now``: the
    export time, UTC) and drop the template's thumbnail and custom ones."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    package = doc.part.package
    dropped = (RT.CORE_PROPERTIES, RT.EXTENDED_PROPERTIES, RT.CUSTOM_PROPERTIES, RT.THUMBNAIL)
    for rid, rel in list(package.rels.items()):
        if rel.reltype in dropped:  # a part nothing relates to is not saved
            package.rels.pop(rid)
            package.rels.related_parts.pop(rid, None)
    props = doc.core_properties  # python-docx makes a fresh part
    author = _field(essay.meta.author)
    props.title = _field(plain_title(essay.meta.title))
    props.author = author
    props.last_modified_by = author
    props.created = now
    props.modified = now
    props.revision = 1
    app = Part(PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES,
               app_properties_xml().encode("utf-8"), package)
    package.relate_to(app, RT.EXTENDED_PROPERTIES)


def app_properties_xml() -> str:
    """docProps/app.xml naming this application and its version."""
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<Properties xmlns="{_EXTENDED}" xmlns:vt="{_VT}">'
        f"<Application>{escape(APP_NAME)}</Application>"
        "<DocSecurity>0</DocSecurity>"
        f"<AppVersion>{app_version(__version__)}</AppVersion>"
        "</Properties>"
    )


def app_version(version: str) -> str:
    """``version`` ("1.4.2") in the form the format requires, XX.YYYY
    ("01.0402": major, then minor and patch two digits each)."""
    numbers = [int(part) for part in re.findall(r"\d+", version)[:3]]
    major, minor, patch = [*numbers, 0, 0, 0][:3]
    return f"{min(major, 99):02d}.{min(minor, 99):02d}{min(patch, 99):02d}"


def plain_title(title: str) -> str:
    """The title as a reader sees it: one line, without the inline marks
    (core.inline: *italic*, **bold**, the backslash before a literal star)."""
    return plain(" ".join(title.split()))


def _field(text: str) -> str:
    return xml_safe(" ".join(text.split()))[:MAX_FIELD]
