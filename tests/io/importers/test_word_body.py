"""A Word draft is read whole: every construct Word wraps text in keeps its
words, in the writer's order (issue, part 5).

Each fixture is written here (tests/support/docx_build.py) with the XML Word
writes for the construct.
"""

from __future__ import annotations

from pathlib import Path

import docx

from outliner.core.essay import Essay, Node
from outliner.io.importers.word import docx_to_text, import_docx
from tests.support.docx_build import heading, p, r, write_docx

START = p("The Nile Essay", style="Title") + heading("Introduction")


def _texts(essay: Essay) -> list[str]:
    return [node.text for node in essay.walk()]


def _all_words(essay: Essay) -> str:
    return " ".join(f"{n.text} {n.cite} {n.prose}" for n in essay.walk())


def _node(essay: Essay, text: str) -> Node:
    return next(node for node in essay.walk() if node.text == text)


def _shape(nodes: list[Node], depth: int = 0) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for node in nodes:
        out.append((depth, node.text))
        out.extend(_shape(node.children, depth + 1))
    return out


def test_tracked_insertions_are_in_and_deletions_out(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "ins.docx", START + p(
        "A text with ",
        '<w:ins w:id="1" w:author="Ann"><w:r><w:t xml:space="preserve">two exciting </w:t>'
        '</w:r></w:ins>',
        "insertions",
        '<w:del w:id="2" w:author="Ann"><w:r><w:delText> and struck words</w:delText></w:r>'
        '</w:del>', "."))
    essay = import_docx(path)
    assert "A text with two exciting insertions." in _texts(essay)
    assert "struck" not in _all_words(essay)


def test_tracked_move_keeps_the_sentence_once_where_it_went(tmp_path: Path) -> None:
    moved = "The sentence to be moved."
    path = write_docx(tmp_path / "move.docx", START + p(
        '<w:moveFrom w:id="1" w:author="Ann">' + r(moved) + "</w:moveFrom>")
        + p("The first paragraph stays put.")
        + p('<w:moveTo w:id="2" w:author="Ann">' + r(moved) + "</w:moveTo>"))
    text = docx_to_text(path)
    assert text.count(moved) == 1
    assert text.index("stays put") < text.index(moved)


def test_footnote_is_a_note_under_its_paragraph_and_its_citation_a_cite(
        tmp_path: Path) -> None:
    ref = '<w:r><w:footnoteReference w:id="1"/></w:r>'
    path = write_docx(
        tmp_path / "notes.docx",
        START + p("Historians read the flood as a turning point.", ref)
        + heading("Body paragraph 1") + p("The farms recovered within a decade."),
        footnotes={1: p("“The flood changed everything” (Smith 42).")})
    essay = import_docx(path)
    intro = _node(essay, "Historians read the flood as a turning point.")
    quote = intro.children[-1]
    assert (quote.text, quote.cite) == ("The flood changed everything", "Smith 42")
    assert _node(essay, "The farms recovered within a decade.").children == []


def test_endnote_is_a_note_under_its_paragraph(tmp_path: Path) -> None:
    ref = '<w:r><w:endnoteReference w:id="2"/></w:r>'
    path = write_docx(tmp_path / "end.docx", START + p("The river floods each spring.", ref),
                      endnotes={2: p("This is an endnote at the end of my document.")})
    essay = import_docx(path)
    paragraph = _node(essay, "The river floods each spring.")
    assert [c.text for c in paragraph.children] == ["This is an endnote at the end of my document."]


def test_words_inside_smart_tags_are_kept(tmp_path: Path) -> None:
    tag = '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="{}">{}' \
          '</w:smartTag>'
    place = tag.format("country-region", tag.format("place", r("Egypt")))
    path = write_docx(tmp_path / "tags.docx", START + p("Then the king of ", place, " died."))
    assert "Then the king of Egypt died." in _texts(import_docx(path))


def test_content_controls_block_and_inline_are_read(tmp_path: Path) -> None:
    inline = '<w:sdt><w:sdtPr><w:alias w:val="Name"/></w:sdtPr><w:sdtContent>' \
             + r("Dana Reyes") + "</w:sdtContent></w:sdt>"
    block = '<w:sdt><w:sdtPr><w:docPartObj/></w:sdtPr><w:sdtContent>' \
            + p("A whole paragraph inside a content control.") + "</w:sdtContent></w:sdt>"
    path = write_docx(tmp_path / "sdt.docx", START + p("Written by ", inline, ".") + block)
    texts = _texts(import_docx(path))
    assert "Written by Dana Reyes." in texts
    assert "A whole paragraph inside a content control." in texts


def test_hyperlink_keeps_its_text_and_its_address(tmp_path: Path) -> None:
    link = '<w:hyperlink r:id="rLink1">' + r("the archive") + "</w:hyperlink>"
    path = write_docx(tmp_path / "link.docx", START + p("See ", link, " for the letters."),
                      links={"rLink1": "https://example.org/letters"})
    assert "See the archive (https://example.org/letters) for the letters." in _texts(
        import_docx(path))


def test_fields_show_their_result_not_their_instruction(tmp_path: Path) -> None:
    simple = '<w:fldSimple w:instr=" AUTHOR \\* MERGEFORMAT ">' + r("Dana Reyes") + "</w:fldSimple>"
    complex_field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org/map" '
        '</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r("the map")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    path = write_docx(tmp_path / "fields.docx",
                      START + p("Drawn by ", simple, " on ", complex_field, "."))
    texts = _texts(import_docx(path))
    assert "Drawn by Dana Reyes on the map (https://example.org/map)." in texts
    assert "MERGEFORMAT" not in " ".join(texts)


def test_drop_cap_joins_the_paragraph_it_starts(tmp_path: Path) -> None:
    frame = '<w:framePr w:dropCap="drop" w:lines="3" w:wrap="around" w:vAnchor="text"/>'
    path = write_docx(tmp_path / "drop.docx", p("D", ppr=frame)
                      + p("rop caps open the first paragraph of a chapter."))
    essay = import_docx(path)
    assert essay.meta.title != "D"
    assert "Drop caps open the first paragraph of a chapter." in _texts(essay)
    assert "D" not in _texts(essay)


def test_table_is_read_row_by_row_and_is_never_the_title(tmp_path: Path) -> None:
    def row(*cells: str) -> str:
        return "<w:tr>" + "".join(f"<w:tc>{p(cell)}</w:tc>" for cell in cells) + "</w:tr>"

    path = write_docx(tmp_path / "table.docx",
                      f"<w:tbl>{row('Novel', 'Year')}{row('Gatsby', '1925')}</w:tbl>"
                      + heading("Introduction") + p("Some prose follows the table here."))
    essay = import_docx(path)
    assert essay.meta.title == ""
    texts = _texts(essay)
    assert texts.index("Novel | Year") < texts.index("Gatsby | 1925")
    assert "Novel" not in texts and "Gatsby" not in texts


def test_list_styles_nest_by_their_level(tmp_path: Path) -> None:
    # python-docx's template, like Word's: "List Bullet 2" is its own one-level list.
    document = docx.Document()
    document.add_paragraph("The Nile Essay", style="Title")
    document.add_paragraph("Introduction", style="Heading 1")
    document.add_paragraph("Rivers shape the towns along them.")
    for text, style in (("Cairo grew on the river", "List Bullet"),
                        ("its markets faced the water", "List Bullet 2"),
                        ("boats brought grain", "List Bullet 3"),
                        ("Aswan came later", "List Bullet")):
        document.add_paragraph(text, style=style)
    document.save(str(tmp_path / "styles.docx"))
    essay = import_docx(tmp_path / "styles.docx")
    assert _shape(essay.outline) == [
        (0, "Rivers shape the towns along them."), (1, "Cairo grew on the river"),
        (2, "its markets faced the water"), (3, "boats brought grain"), (1, "Aswan came later")]


def test_numbering_levels_linked_to_styles_nest(tmp_path: Path) -> None:
    # A multi-level list whose levels name the styles that use them; the
    # styles' numPr gives only the list, not the level.
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        f'<w:pStyle w:val="Point{i}"/><w:lvlText w:val="•"/></w:lvl>' for i in range(3))
    numbering = (f'<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
                 f'{levels}</w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num>')
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="Point{i}"><w:name w:val="Point {i}"/>'
        f'<w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>' for i in range(3))
    path = write_docx(tmp_path / "linked.docx", START + p("Rivers shape the towns.")
                      + p("Cairo grew", style="Point0") + p("its markets", style="Point1")
                      + p("boats came", style="Point2") + p("Aswan later", style="Point0")
                      + p("a dam", ppr='<w:numPr><w:ilvl w:val="1"/><w:numId w:val="4"/>'
                                       '</w:numPr>'),
                      numbering=numbering, styles=styles)
    assert _shape(import_docx(path).outline) == [
        (0, "Rivers shape the towns."), (1, "Cairo grew"), (2, "its markets"),
        (3, "boats came"), (1, "Aswan later"), (2, "a dam")]


def test_works_cited_keeps_italics_inside_a_tracked_insertion(tmp_path: Path) -> None:
    entry = p("Ishiguro, Kazuo. ", '<w:ins w:id="1" w:author="Ann">'
              + r("Never Let Me Go", italic=True) + "</w:ins>", ". Vintage, 2006.")
    path = write_docx(tmp_path / "cited.docx", START + p("Clones ask what a life is for.")
                      + heading("Works Cited") + entry)
    assert [s.text for s in import_docx(path).sources] == [
        "Ishiguro, Kazuo. *Never Let Me Go*. Vintage, 2006."]


def test_drop_cap_with_nothing_after_it_is_kept(tmp_path: Path) -> None:
    frame = '<w:framePr w:dropCap="margin"/>'
    path = write_docx(tmp_path / "lonely.docx", START + p("The town grew.") + p("Q", ppr=frame))
    assert docx_to_text(path).endswith("The town grew.\n\nQ\n")


def test_a_note_citing_itself_is_read_once(tmp_path: Path) -> None:
    # Never written by Word, but a hostile file must not make the reader loop.
    ref = '<w:r><w:footnoteReference w:id="1"/></w:r>'
    path = write_docx(tmp_path / "loop.docx", START + p("The town grew.", ref, ref),
                      footnotes={1: p("See this very note.", ref)})
    paragraph = _node(import_docx(path), "The town grew.")
    assert [c.text for c in paragraph.children] == ["See this very note.", "See this very note."]


def test_picture_keeps_its_alt_text(tmp_path: Path) -> None:
    picture = ('<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/'
               'drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="Picture 1" '
               'descr="A map of the delta"/></wp:inline></w:drawing></w:r>')
    path = write_docx(tmp_path / "alt.docx", START + p("The delta, drawn: ", picture))
    assert "The delta, drawn: [A map of the delta]" in _texts(import_docx(path))


def test_raised_and_lowered_digits_read_as_word_shows_them(tmp_path: Path) -> None:
    def shifted(text: str, align: str) -> str:
        return f'<w:r><w:rPr><w:vertAlign w:val="{align}"/></w:rPr><w:t>{text}</w:t></w:r>'

    path = write_docx(tmp_path / "shift.docx", START + p(
        "A room of 20 m", shifted("2", "superscript"), " holds CO", shifted("2", "subscript"),
        " for the 1", shifted("st", "superscript"), " time."))
    # "st" has no raised letters to show it: it stays as typed, never lost.
    assert "A room of 20 m² holds CO₂ for the 1st time." in _texts(import_docx(path))
