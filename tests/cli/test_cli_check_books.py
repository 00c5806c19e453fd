"""``outliner check --source`` and ``outliner sources attach``: every
quotation against the book, run as the real command.

The book is an excerpt as a course pack prints it: pages 41-42, then
255-258, numbers printed in the footers (LibreOffice from a generated
.docx). Page 258 holds two quotations, the first as the essay types it and
the second with one word changed; page 42 holds one the essay cites as 41.
One test takes the quotations from the user's draft (read through the
importer), its twin uses this project's own words.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.sources import Name, Source, SourceType
from outliner.io.essay.file import load_essay, save_essay
from tests.support.books import blank_pdf, encrypted, filler, image_pdf, numbered_pdf

#: The word the book has in place of one word of the second quotation.
CHANGED_TO = "whisper"


def run(*args: str | Path, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    return subprocess.run([sys.executable, "-m", "outliner", *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", timeout=180,
                          env=env)


@dataclass(frozen=True)
class Quotes:
    """The three quotations, as the essay types them."""

    exact: str  # on page 258, typed as the book has it
    altered: str  # on page 258, where the book has one word different
    early: str  # cited 41, printed on 42


def _as_printed(quote: str) -> str:
    """What the book says where the essay changed words in brackets."""
    swaps = {"them": "us", "they": "we", "her": "me", "him": "me"}
    return re.sub(r"\[([^\]]*)\]", lambda m: swaps.get(m[1], m[1]), quote)


def _changed(quote: str) -> tuple[str, str]:
    """``quote`` with its longest plain word inside it (not the first or
    the last: a quotation's ends are where the matcher finds it) replaced,
    and that word."""
    words = re.findall(r"(?<![\w’'])[A-Za-z]+(?![\w’'])", quote)
    word = max(words[1:-1], key=len)
    return re.sub(rf"\b{word}\b", CHANGED_TO, quote, count=1), word


def excerpt(quotes: Quotes, folder: Path) -> tuple[Path, str]:
    """The course-pack PDF holding ``quotes``, and the word changed in the book."""
    altered_in_book, changed = _changed(quotes.altered)
    page_42 = f"{filler(42, 3)} {_as_printed(quotes.early)} {filler(43, 3)}"
    page_258 = (f"{filler(258, 2)} “{quotes.exact}” she asked. {filler(259, 2)} "
                f"“{altered_in_book}” {filler(260, 2)}")
    pdf = numbered_pdf([(41, [filler(41), page_42]),
                        (255, [filler(255), filler(256), filler(257), page_258])], folder)
    return pdf, changed


def _line(out: str, fragment: str) -> str:
    """The one output line about the quotation starting with ``fragment``."""
    found = [line for line in out.splitlines()
             if line.startswith("book: ") and fragment in line]
    assert len(found) == 1, f"no single line about {fragment!r} in:\n{out}"
    return found[0]


def _assert_verdicts(result: subprocess.CompletedProcess[str], quotes: Quotes,
                     changed: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    exact = _line(result.stdout, quotes.exact[:20])
    assert exact.endswith("(258): verbatim on page 258")
    altered = _line(result.stdout, quotes.altered[:20])
    assert "(258): altered: " in altered
    assert f'you wrote "{changed}", the book says "{CHANGED_TO}"' in altered
    early = _line(result.stdout, quotes.early[:20])
    assert early.endswith("(41): verbatim, but on page 42 (cited 41)")


# -- the user's draft ---------------------------------------------------------------


def test_the_users_draft_against_its_book(user_draft: Path, tmp_path: Path) -> None:
    from outliner.io import open_document

    essay = open_document(user_draft)
    bodies = [n for n in essay.walk() if n.kind is NodeKind.BODY]
    second = [n for n in bodies[1].children if n.kind is NodeKind.QUOTE]
    cited_41 = [n for n in essay.walk() if n.kind is NodeKind.QUOTE and "41" in n.cite]
    assert len(second) == 2 and len(cited_41) == 1, "the draft's quotations moved"
    assert all("258" in n.cite for n in second)
    quotes = Quotes(second[0].text, second[1].text, cited_41[0].text)
    pdf, changed = excerpt(quotes, tmp_path / "book")

    result = run("check", user_draft, "--no-spelling", "--source", pdf,
                 cache=tmp_path / "cache")
    _assert_verdicts(result, quotes, changed)
    # the draft's other checks still print as before
    assert "conclusion: Essay: no conclusion" in result.stdout.splitlines()


# -- the project's own words ----------------------------------------------------------

OWN = Quotes(
    exact="Did the ferry ever wait for anyone, then? Was there nothing we could say?",
    altered="Nobody waits for the last boat. I am sorry. I always was.",
    early="the Sales were important to [them] because that was how [they] got hold of "
          "things from the mainland",
)


def own_essay(path: Path, extra_source: bool = False) -> Path:
    """An essay of our own words whose quotations cite (258), (258) and (41)."""
    sources = [Source(type=SourceType.BOOK, authors=(Name("Marlow", "Ida"),),
                      title="The Harbour Light", id="src-harbour")]
    if extra_source:
        sources.append(Source(type=SourceType.BOOK, authors=(Name("Quill", "Tom"),),
                              title="Another Book", id="src-other"))
    body_1 = Node(NodeKind.BODY, "The Sales tie the island to the mainland", children=[
        Node(NodeKind.QUOTE, OWN.early, cite="41")])
    body_2 = Node(NodeKind.BODY, "The ferry is a hope that fails", children=[
        Node(NodeKind.QUOTE, OWN.exact, cite="258"),
        Node(NodeKind.QUOTE, OWN.altered, cite="258")])
    essay = Essay(sources=sources, outline=[body_1, body_2])
    save_essay(essay, path)
    return path


@pytest.fixture(scope="module")
def own_book(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    return excerpt(OWN, tmp_path_factory.mktemp("own-book"))


def test_own_words_against_the_book(own_book: tuple[Path, str], tmp_path: Path) -> None:
    pdf, changed = own_book
    essay = own_essay(tmp_path / "harbour.essay")
    result = run("check", essay, "--no-spelling", "--source", pdf, cache=tmp_path / "cache")
    _assert_verdicts(result, OWN, changed)
    assert [line for line in result.stdout.splitlines() if line.startswith("book: ")] == [
        _line(result.stdout, OWN.early[:20]), _line(result.stdout, OWN.exact[:20]),
        _line(result.stdout, OWN.altered[:20])]  # one line per quotation, in outline order
    assert load_essay(essay).sources[0].book is None  # check writes nothing


def test_a_key_names_the_source_by_a_word_of_its_author(own_book: tuple[Path, str],
                                                        tmp_path: Path) -> None:
    pdf, changed = own_book
    essay = own_essay(tmp_path / "harbour.essay", extra_source=True)
    result = run("check", essay, "--no-spelling", "--source", f"marlow={pdf}",
                 cache=tmp_path / "cache")
    _assert_verdicts(result, OWN, changed)
    wrong = run("check", essay, "--no-spelling", "--source", f"nobody={pdf}",
                cache=tmp_path / "cache")
    assert wrong.returncode == 2
    assert wrong.stderr.strip().splitlines() == [
        "outliner: error: --source: no source is called “nobody” (by id or by a word of its "
        "author or title); the sources are: src-harbour, src-other"]


def test_an_attached_book_needs_no_source_option(own_book: tuple[Path, str],
                                                 tmp_path: Path) -> None:
    pdf, changed = own_book
    folder = tmp_path / "work"
    folder.mkdir()
    book = folder / "harbour.pdf"
    book.write_bytes(pdf.read_bytes())
    essay = own_essay(folder / "harbour.essay")
    attached = run("sources", "attach", essay, "src-harbour", book, cache=tmp_path / "cache")
    assert attached.returncode == 0, attached.stderr
    assert "Attached" in attached.stdout and "pages 41–258" in attached.stdout
    link = load_essay(essay).sources[0].book
    assert link is not None and link.path == str(book.resolve()) and len(link.sha256) == 64
    on_disk = json.loads(essay.read_text(encoding="utf-8"))["sources"][0]["book"]
    assert on_disk["path"] == "harbour.pdf"  # recorded relative to the essay's folder
    assert (folder / "harbour.essay.bak").is_file()  # saved like every other change

    # the essay and its book move together: the path is relative
    moved = tmp_path / "moved"
    folder.rename(moved)
    result = run("check", moved / "harbour.essay", "--no-spelling", cache=tmp_path / "cache")
    _assert_verdicts(result, OWN, changed)

    (moved / "harbour.pdf").unlink()
    gone = run("check", moved / "harbour.essay", "--no-spelling", cache=tmp_path / "cache")
    assert gone.returncode == 1 and gone.stdout == ""
    assert gone.stderr.strip().splitlines() == [
        f"outliner: error: {moved / 'harbour.pdf'}: no such file (the book attached to a "
        "source of the essay; attach it again with `outliner sources attach`, or give it "
        "with --source)"]


def test_a_book_for_an_essay_without_sources(own_book: tuple[Path, str],
                                             tmp_path: Path) -> None:
    pdf, _ = own_book
    path = tmp_path / "bare.essay"
    save_essay(Essay(outline=[Node(NodeKind.BODY, "A claim", children=[
        Node(NodeKind.QUOTE, OWN.exact, cite="258")])]), path)
    result = run("check", path, "--no-spelling", "--source", pdf, cache=tmp_path / "cache")
    assert _line(result.stdout, OWN.exact[:20]).endswith("verbatim on page 258")


def test_without_books_check_prints_what_it_always_did(tmp_path: Path) -> None:
    essay = own_essay(tmp_path / "harbour.essay")
    result = run("check", essay, "--no-spelling", cache=tmp_path / "cache")
    assert not any(line.startswith("book: ") for line in result.stdout.splitlines())


# -- books refused ----------------------------------------------------------------------


def _refused(tmp_path: Path, book: Path) -> list[str]:
    essay = own_essay(tmp_path / "harbour.essay")
    result = run("check", essay, "--no-spelling", "--source", book, cache=tmp_path / "cache")
    assert result.returncode == 1 and result.stdout == ""
    assert "Traceback" not in result.stderr
    return result.stderr.strip().splitlines()


def test_an_encrypted_pdf_is_one_message(own_book: tuple[Path, str], tmp_path: Path) -> None:
    locked = encrypted(own_book[0], tmp_path / "locked.pdf")
    assert _refused(tmp_path, locked) == [
        f"outliner: error: {locked}: is encrypted: it opens only with a password; save an "
        "unprotected copy (print to PDF) and attach that"]


def test_an_image_only_pdf_is_one_message(tmp_path: Path) -> None:
    scan = image_pdf(tmp_path / "scan.pdf")
    assert _refused(tmp_path, scan) == [
        f"outliner: error: {scan}: has no text layer (it holds only images of its pages, a "
        "scan without text recognition); run OCR on it first, or attach another edition"]
    blank = blank_pdf(tmp_path / "blank.pdf")
    assert len(_refused(tmp_path, blank)) == 1


def test_a_file_that_is_not_a_pdf_is_one_message(tmp_path: Path) -> None:
    fake = tmp_path / "book.pdf"
    fake.write_text("These are my notes, saved under the wrong name.\n")
    assert _refused(tmp_path, fake) == [
        f"outliner: error: {fake}: is named .pdf but is not a PDF (it is plain text)"]


def test_attach_refuses_an_unreadable_book_and_writes_nothing(tmp_path: Path) -> None:
    essay = own_essay(tmp_path / "harbour.essay")
    before = essay.read_bytes()
    fake = tmp_path / "book.pdf"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    result = run("sources", "attach", essay, "harbour", fake, cache=tmp_path / "cache")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"outliner: error: {fake}: is named .pdf but is not a PDF (it is a PNG picture)"]
    assert essay.read_bytes() == before and not (tmp_path / "harbour.essay.bak").exists()


def test_json_lists_each_quotation_with_its_verdict(own_book: tuple[Path, str],
                                                    tmp_path: Path) -> None:
    import json

    pdf, _ = own_book
    essay = own_essay(tmp_path / "harbour.essay")
    result = run("check", essay, "--no-spelling", "--json", "--source", pdf,
                 cache=tmp_path / "cache")
    assert result.returncode == 1, result.stderr
    quotes = [entry for entry in json.loads(result.stdout) if entry["kind"] == "book"]
    assert [(q["cite"], q["verdict"], q["pages"]) for q in quotes] == [
        ("41", "other_page", ["42"]), ("258", "verbatim", ["258"]),
        ("258", "altered", ["258"])]
    assert all(q["node"] and q["name"].startswith("Quotation “") for q in quotes)


@pytest.mark.parametrize("offset", ["200000", "-100001", "two"])
def test_a_page_offset_the_file_cannot_hold_is_refused_before_reading(
        tmp_path: Path, offset: str) -> None:
    essay = own_essay(tmp_path / "harbour.essay")
    book = tmp_path / "missing.pdf"  # never read: the option is wrong first
    result = run("sources", "attach", essay, "src-harbour", book, "--page-offset", offset,
                 cache=tmp_path / "cache")
    assert result.returncode == 2
    assert "--page-offset" in result.stderr and "Traceback" not in result.stderr
    assert "pydantic" not in result.stderr
