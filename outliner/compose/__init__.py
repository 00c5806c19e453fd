"""Writing prose from the outline: the built-in drafter and the optional AI one.

Nothing here imports Qt; the window's dialogs sit on top in ``outliner.ui``.
"""
