"""The window's language: the app's own translation and Qt's, for one locale.

At start-up the app picks the first of the locale's languages (Qt reads
LANGUAGE, LC_ALL, LC_MESSAGES and LANG) that has a compiled translation in
resources/translations, or the one named by $OUTLINER_LANG, and installs
it together with Qt's own translation for that same language (so standard
buttons read "Cancelar" beside "Exportar a Word", never French beside
Spanish). Without a translation for the locale it falls back to English
silently: the source strings, plus the English plural forms ("1 node",
"2 nodes") from essay_outliner_en.qm.

Words the core defines (node kinds, source types and fields) are marked
there with ``QT_TRANSLATE_NOOP`` and translated here, at display.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from outliner.assets import resource_path
from outliner.core.essay import KIND_LABELS, NodeKind
from outliner.core.sources import SOURCE_FIELD_LABELS, SOURCE_TYPE_LABELS, SourceType

if TYPE_CHECKING:
    from outliner.io.formats import Format

#: Set to a language ("es", "es_MX", "en") to override the system's.
LANGUAGE_ENV = "OUTLINER_LANG"
#: The app's catalogue: essay_outliner_<lang>.qm in resources/translations.
CATALOGUE = "essay_outliner"
#: The language of the source strings.
SOURCE_LANGUAGE = "en"


@dataclass
class Installed:
    """The translators installed on an application, to remove them again."""

    language: str  # "es", or "en" when the source strings are shown
    translators: list[QTranslator] = field(default_factory=list)
    #: The default locale before, when this changed it.
    previous_locale: QLocale | None = None

    def remove(self) -> None:
        """Take every translator off the application and give the default
        locale back (tests switch languages)."""
        app = QCoreApplication.instance()
        for translator in self.translators:
            if app is not None:
                app.removeTranslator(translator)
        self.translators.clear()
        if self.previous_locale is not None:
            QLocale.setDefault(self.previous_locale)
            self.previous_locale = None


def translations_dir() -> Path:
    """The folder of the compiled .qm files."""
    return resource_path("translations")


def ui_locale(language: str | None = None) -> QLocale:
    """The locale whose language the window speaks: ``language``, else
    $OUTLINER_LANG, else the system's."""
    chosen = language or os.environ.get(LANGUAGE_ENV, "").strip()
    return QLocale(chosen) if chosen else QLocale.system()


def install_translators(language: str | None = None) -> Installed:
    """Install the app's and Qt's translations for ``ui_locale(language)`` on
    the running application; English (the source strings) when the app has
    no translation for it."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs a running QCoreApplication")
    folder = translations_dir()
    own = QTranslator(app)
    locale = ui_locale(language)
    if not _load_own(own, locale, folder):
        # English plural forms; without them "%n node(s)" would show as is.
        _load_file(own, folder, SOURCE_LANGUAGE)
    installed = Installed(own.language() or SOURCE_LANGUAGE)
    if not own.isEmpty():
        app.installTranslator(own)
        installed.translators.append(own)
    if _base_language(installed.language) != SOURCE_LANGUAGE:
        # Dates and numbers as the language writes them ("2 dic 2026", "60,0 s"),
        # in the locale's own region when it speaks that language.
        installed.previous_locale = QLocale()
        speaks = _base_language(locale.name()) == _base_language(installed.language)
        QLocale.setDefault(locale if speaks else QLocale(installed.language))
        qt = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(QLocale(installed.language), "qtbase", "_", qt_folder):
            app.installTranslator(qt)
            installed.translators.append(qt)
    return installed


def _load_own(translator: QTranslator, locale: QLocale, folder: Path) -> bool:
    """Load the first of ``locale``'s languages the app has a catalogue for."""
    for name in locale.uiLanguages():
        tag = name.replace("-", "_")
        parts = tag.split("_")
        # "es_Latn_ES" -> es_Latn_ES, es_Latn, es (as Qt itself narrows).
        for end in range(len(parts), 0, -1):
            candidate = "_".join(parts[:end])
            if candidate.lower() in ("c", "posix"):
                continue
            if _load_file(translator, folder, candidate):
                return True
    return False


def _load_file(translator: QTranslator, folder: Path, language: str) -> bool:
    # A whole path: QTranslator's own search would also take shorter names
    # (essay_outliner.qm, essay.qm) than the language's.
    path = folder / f"{CATALOGUE}_{language}.qm"
    return path.is_file() and translator.load(str(path))


def _base_language(language: str) -> str:
    return language.replace("-", "_").split("_")[0].lower()


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` under the short name lupdate also knows,
    for strings outside a QObject's methods (``n``: the count for ``%n``)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def moment_text(moment: datetime, seconds: bool = False) -> str:
    """A date and time as the window's language writes it ("02 Dec 2026, 14:05",
    "02 dic 2026, 14:05")."""
    pattern = "dd MMM yyyy, HH:mm:ss" if seconds else "dd MMM yyyy, HH:mm"
    shown = QDateTime(QDate(moment.year, moment.month, moment.day),
                      QTime(moment.hour, moment.minute, moment.second))
    return QLocale().toString(shown, pattern)


def kind_label(kind: NodeKind) -> str:
    """A node kind's name in the window's language ("Tesis")."""
    return QCoreApplication.translate("NodeKind", KIND_LABELS[kind])


def source_type_label(kind: SourceType) -> str:
    """A source type's name in the window's language."""
    return QCoreApplication.translate("SourceType", SOURCE_TYPE_LABELS[kind])


def format_word(text: str) -> str:
    """A word io/formats.py marks ("a Word document", "&Markdown…") in the
    window's language."""
    return QCoreApplication.translate("Format", text)


def format_filter(fmt: Format) -> str:
    """A file dialog's filter for ``fmt`` in the window's language:
    "Documentos de Word (*.docx)"."""
    patterns = " ".join(f"*{suffix}" for suffix in fmt.suffixes)
    return f"{format_word(fmt.filter_name)} ({patterns})"


def source_field_label(name: str) -> str:
    """A source field's label in the window's language (the name itself,
    capitalised, for a field without one)."""
    label = SOURCE_FIELD_LABELS.get(name)
    if label is None:
        return name.capitalize()
    return QCoreApplication.translate("SourceField", label)


__all__ = [
    "CATALOGUE",
    "LANGUAGE_ENV",
    "Installed",
    "format_filter",
    "format_word",
    "install_translators",
    "kind_label",
    "moment_text",
    "source_field_label",
    "source_type_label",
    "translate",
    "translations_dir",
    "ui_locale",
]
