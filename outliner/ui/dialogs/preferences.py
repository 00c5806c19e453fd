"""Preferences for the optional AI drafter, kept in the QSettings handed in.

Only the NAME of the environment variable that holds the API key is stored,
never the key: a value that looks like a key is refused.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from outliner.compose.ai.drafter import DEFAULT_BASE_URL, AiSettings, check_connection
from outliner.ui.draft_worker import BackgroundCall
from outliner.ui.translations import translate

_PREFIX = "ai_drafter"
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")


def _as_bool(value: object) -> bool:
    # An ini file gives "true"/"false" strings back.
    return value is True or str(value).strip().lower() in ("true", "1", "yes")


def _as_float(value: object, default: float) -> float:
    try:
        number = float(str(value))
    except ValueError:
        return default
    return number if 0.5 <= number <= 600 else default


def load_ai_settings(settings: QSettings) -> AiSettings:
    """The AI drafter's settings (off, with a local default URL, when unset)."""
    defaults = AiSettings()
    return AiSettings(
        enabled=_as_bool(settings.value(f"{_PREFIX}/enabled", False)),
        base_url=str(settings.value(f"{_PREFIX}/base_url", defaults.base_url) or
                     DEFAULT_BASE_URL),
        model=str(settings.value(f"{_PREFIX}/model", "") or ""),
        api_key_env=str(settings.value(f"{_PREFIX}/api_key_env", "") or ""),
        timeout=_as_float(settings.value(f"{_PREFIX}/timeout", defaults.timeout),
                          defaults.timeout),
    )


def save_ai_settings(settings: QSettings, ai: AiSettings) -> None:
    """Store the AI drafter's settings (no key, only the variable's name)."""
    settings.setValue(f"{_PREFIX}/enabled", bool(ai.enabled))
    settings.setValue(f"{_PREFIX}/base_url", ai.base_url.strip())
    settings.setValue(f"{_PREFIX}/model", ai.model.strip())
    settings.setValue(f"{_PREFIX}/api_key_env", ai.api_key_env.strip())
    settings.setValue(f"{_PREFIX}/timeout", float(ai.timeout))
    settings.sync()


def env_name_problem(name: str) -> str | None:
    """Why ``name`` is not an environment variable's name, or None."""
    name = name.strip()
    if not name or _ENV_NAME.match(name):
        return None
    return translate(
        "PreferencesDialog", "Enter the NAME of an environment variable that holds the key "
        "(for example OPENAI_API_KEY), not the key itself.")


class PreferencesDialog(QDialog):
    """AI drafter settings: enabled, base URL, model, key variable, timeout."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences: AI Drafter"))
        self.setObjectName("preferencesDialog")
        self.setMinimumWidth(480)
        self._settings = settings
        self._call: BackgroundCall | None = None
        current = load_ai_settings(settings)

        intro = QLabel(self.tr(
            "The built-in drafter works offline. Optionally, an OpenAI-compatible "
            "server (Ollama, llama.cpp, LM Studio or a hosted service) can draft "
            "paragraphs too; every draft it returns is checked for your quotations. "
            "Requests go straight to the server URL, never through a proxy "
            "($http_proxy and $https_proxy are ignored) and never to a redirect, "
            "so the API key reaches only that server. The timeout bounds the whole "
            "request; answers over 1 MB are refused."
        ))
        intro.setWordWrap(True)
        self.enabled = QCheckBox(self.tr("Use an AI drafter"))
        self.base_url = QLineEdit(current.base_url)
        self.base_url.setPlaceholderText(DEFAULT_BASE_URL)
        self.model = QLineEdit(current.model)
        self.model.setPlaceholderText(self.tr("for example llama3.1"))
        self.api_key_env = QLineEdit(current.api_key_env)
        self.api_key_env.setPlaceholderText(
            self.tr("OPENAI_API_KEY (leave empty for a local server)"))
        self.api_key_env.setToolTip(self.tr(
            "The name of an environment variable holding the API key. The key "
            "itself is never stored."))
        self.timeout = QDoubleSpinBox()
        self.timeout.setRange(1.0, 600.0)
        self.timeout.setDecimals(1)
        self.timeout.setSuffix(self.tr(" s", "seconds"))
        self.timeout.setValue(current.timeout)
        self.timeout.setToolTip(self.tr("The longest a whole request may take, from "
                                        "connecting to the last byte of the answer."))
        self.enabled.setChecked(current.enabled)

        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(self.tr("Server &URL:"), self.base_url)
        form.addRow(self.tr("&Model:"), self.model)
        form.addRow(self.tr("API key &variable:"), self.api_key_env)
        form.addRow(self.tr("&Timeout:"), self.timeout)

        self.test_button = QPushButton(self.tr("&Test Connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = QLabel()
        self.result_label.setObjectName("connectionResult")
        self.result_label.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.result_label, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(self.buttons)
        self.enabled.toggled.connect(self._update_enabled)
        self._update_enabled()

    def _update_enabled(self) -> None:
        on = self.enabled.isChecked()
        for widget in (self.base_url, self.model, self.api_key_env, self.timeout,
                       self.test_button):
            widget.setEnabled(on and (widget is not self.test_button or self._call is None))

    def form_settings(self) -> AiSettings:
        """The settings as the form shows them now."""
        return AiSettings(
            enabled=self.enabled.isChecked(),
            base_url=self.base_url.text().strip() or DEFAULT_BASE_URL,
            model=self.model.text().strip(),
            api_key_env=self.api_key_env.text().strip(),
            timeout=self.timeout.value(),
        )

    def test_connection(self) -> None:
        """Ask the server for its models, in the background."""
        problem = env_name_problem(self.api_key_env.text())
        if problem:
            self.result_label.setText(problem)
            return
        ai = self.form_settings()
        self.result_label.setText(self.tr("Connecting…"))
        self.test_button.setEnabled(False)
        call = BackgroundCall(lambda cancel: check_connection(ai, cancel), owner=self)
        # Bound methods, not lambdas: Qt then delivers on this dialog's thread.
        call.succeeded.connect(self._tested_ok)
        call.failed.connect(self._tested)
        self._call = call
        call.start()

    def _tested_ok(self, message: object) -> None:
        self._tested(str(message))

    def _tested(self, message: str) -> None:
        self._call = None
        self.result_label.setText(message)
        self._update_enabled()

    def accept(self) -> None:
        problem = env_name_problem(self.api_key_env.text())
        if problem:
            self.result_label.setText(problem)
            self.api_key_env.setFocus()
            return
        save_ai_settings(self._settings, self.form_settings())
        self._stop()
        super().accept()

    def reject(self) -> None:
        self._stop()
        super().reject()

    def _stop(self) -> None:
        if self._call is not None:
            self._call.cancel()
            self._call = None
