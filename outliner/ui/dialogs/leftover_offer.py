"""Before a file opens: offer back a newer version an interrupted save left
beside it (see ``outliner.io.essay.leftovers``), and tidy up what is stale.

"Open it" is the default: it finishes that save, and the file as it was is
kept as FILE.bak, so it loses nothing. "Keep the file as it is" deletes the
newer version, which the person then chose not to have. The prompts are
module functions so tests can replace them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from outliner.io.errors import DocumentError
from outliner.io.essay.leftovers import (
    Leftover,
    LeftoverScan,
    discard_leftovers,
    put_in_place,
    scan_leftovers,
)
from outliner.ui.translations import moment_text, translate


def ask_open_newer(parent: QWidget | None, path: Path, leftover: Leftover,
                   file_is_intact: bool) -> bool | None:
    """True to open the newer version, False to keep the file as it is, None
    when the box was closed without an answer (then nothing is deleted)."""
    when = moment_text(leftover.saved_at, seconds=True)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("LeftoverOffer", "Unfinished Save"))
    box.setText(translate(
        "LeftoverOffer", "A newer version of “{name}” saved at {when} was not finished "
        "being put in place.").format(name=path.name, when=when))
    if file_is_intact:
        now = translate("LeftoverOffer", "the file as it is now is kept as “{name}.bak”")
    else:
        now = translate("LeftoverOffer", "“{name}” itself cannot be read as it is now")
    box.setInformativeText(translate(
        "LeftoverOffer", "Open it to finish that save ({now}), or keep the file as it is and "
        "delete the newer version.").format(now=now.format(name=path.name)))
    open_it = box.addButton(translate("LeftoverOffer", "Open it"),
                            QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(translate("LeftoverOffer", "Keep the file as it is"),
                         QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(open_it)
    box.exec()
    clicked = box.clickedButton()
    return True if clicked is open_it else False if clicked is keep else None


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """A one-line message about leftovers."""
    QMessageBox.warning(parent, title, text)


def offer_leftovers(parent: QWidget | None, path: Path) -> None:
    """Deal with what interrupted saves left beside ``path``, before it opens."""
    try:
        scan = scan_leftovers(path)
    except (DocumentError, OSError):
        return  # opening the file says what is wrong with it
    discard_leftovers(scan.stale)
    if scan.newer:
        _offer_newest(parent, path, scan)
    if scan.kept:
        names = ", ".join(leftover.path.name for leftover in scan.kept)
        tell(parent, translate("LeftoverOffer", "Unfinished Save Kept"),
             translate("LeftoverOffer", "{path}: an unfinished save that cannot be read is kept "
                       "beside it ({names}) until the file is saved again").format(
                           path=path, names=names))


def _offer_newest(parent: QWidget | None, path: Path, scan: LeftoverScan) -> None:
    newest, older = scan.newer[0], scan.newer[1:]
    answer = ask_open_newer(parent, path, newest, scan.file_is_intact)
    if answer is None:
        return  # no answer: everything stays, the next open asks again
    if not answer:
        discard_leftovers(scan.newer)
        return
    try:
        put_in_place(path, newest)
    except DocumentError as exc:
        tell(parent, translate("LeftoverOffer", "Cannot Finish the Save"), str(exc))
        return  # everything stays where it is; the next open asks again
    discard_leftovers(older)  # older than the version now in place
