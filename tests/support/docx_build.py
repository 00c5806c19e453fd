"""Write small .docx packages from raw WordprocessingML, for the constructs
python-docx cannot make: tracked changes, smart tags, content controls,
fields, drop caps, footnotes and endnotes, numbering.

``p()`` and ``r()`` spell the common pieces; anything else is written as
the XML Word itself writes.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def r(text: str, *, italic: bool = False) -> str:
    """A run of text."""
    props = "<w:rPr><w:i/></w:rPr>" if italic else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def p(*content: str, style: str = "", ppr: str = "") -> str:
    """A paragraph of runs (strings without "<" become runs)."""
    props = (f'<w:pStyle w:val="{style}"/>' if style else "") + ppr
    inner = "".join(part if part.startswith("<") else r(part) for part in content)
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{inner}</w:p>"


def heading(text: str, level: int = 1) -> str:
    return p(text, style=f"Heading{level}")


def note_part(kind: str, notes: dict[int, str]) -> str:
    """footnotes.xml or endnotes.xml (``kind`` "footnote" / "endnote"),
    each note's paragraphs given as XML."""
    items = "".join(
        f'<w:{kind} w:id="{number}">{body}</w:{kind}>' for number, body in notes.items())
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind}s {_NS}>' \
           f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>' \
           f'</w:{kind}>{items}</w:{kind}s>'


_STYLES = "".join(
    f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>{extra}</w:style>'
    for sid, name, extra in (
        ("Normal", "Normal", ""),
        ("Title", "Title", ""),
        ("Heading1", "heading 1", '<w:pPr><w:outlineLvl w:val="0"/></w:pPr>'),
        ("Heading2", "heading 2", '<w:pPr><w:outlineLvl w:val="1"/></w:pPr>'),
        ("ListBullet", "List Bullet", ""),
        ("ListBullet2", "List Bullet 2", ""),
        ("ListBullet3", "List Bullet 3", ""),
    )
)


def write_docx(path: Path, body: str, *, footnotes: dict[int, str] | None = None,
               endnotes: dict[int, str] | None = None, numbering: str = "",
               styles: str = "", links: dict[str, str] | None = None) -> Path:
    """A .docx at ``path`` whose body is ``body`` (paragraphs and tables as
    XML); ``links`` maps relationship ids to external hyperlink addresses;
    ``styles`` adds w:style elements to the basic ones."""
    rels = [f'<Relationship Id="rStyles" Type="{_REL}/styles" Target="styles.xml"/>']
    types = [f'<Override PartName="/word/document.xml" ContentType="{_CT}.document.main+xml"/>',
             f'<Override PartName="/word/styles.xml" ContentType="{_CT}.styles+xml"/>']
    parts = {
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                             f'<w:document {_NS}><w:body>{body}</w:body></w:document>',
        "word/styles.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                           f'<w:styles {_NS}>{_STYLES}{styles}</w:styles>',
    }
    extra = {"footnotes": note_part("footnote", footnotes) if footnotes else "",
             "endnotes": note_part("endnote", endnotes) if endnotes else "",
             "numbering": numbering and f'<?xml version="1.0" encoding="UTF-8" '
                                        f'standalone="yes"?><w:numbering {_NS}>{numbering}'
                                        f'</w:numbering>'}
    for name, xml in extra.items():
        if xml:
            parts[f"word/{name}.xml"] = xml
            rels.append(f'<Relationship Id="r{name}" Type="{_REL}/{name}" Target="{name}.xml"/>')
            types.append(f'<Override PartName="/word/{name}.xml" ContentType="{_CT}.{name}+xml"/>')
    for rid, url in (links or {}).items():
        rels.append(f'<Relationship Id="{rid}" Type="{_REL}/hyperlink" Target="{escape(url)}" '
                    f'TargetMode="External"/>')
    package = "http://schemas.openxmlformats.org/package/2006"
    with zipfile.ZipFile(path, "w") as docx:
        docx.writestr("[Content_Types].xml", f'<?xml version="1.0" encoding="UTF-8"?>'
                      f'<Types xmlns="{package}/content-types">'
                      f'<Default Extension="rels" ContentType="application/'
                      f'vnd.openxmlformats-package.relationships+xml"/>'
                      f'<Default Extension="xml" ContentType="application/xml"/>'
                      f'{"".join(types)}</Types>')
        docx.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?>'
                      f'<Relationships xmlns="{package}/relationships">'
                      f'<Relationship Id="rDoc" Type="{_REL}/officeDocument" '
                      f'Target="word/document.xml"/></Relationships>')
        docx.writestr("word/_rels/document.xml.rels", f'<?xml version="1.0" encoding="UTF-8"?>'
                      f'<Relationships xmlns="{package}/relationships">{"".join(rels)}'
                      f'</Relationships>')
        for name, xml in parts.items():
            docx.writestr(name, xml)
    return path
