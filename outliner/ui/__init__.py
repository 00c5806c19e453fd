"""The desktop window (Qt). Importing this package imports Qt."""

from outliner.ui.main_window import MainWindow

__all__ = ["MainWindow"]
