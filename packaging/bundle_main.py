"""The bundle's entry point (PyInstaller runs a script, not an entry point):
the ``outliner`` command, which opens the window when given no command."""

import sys

from outliner.cli import main

if __name__ == "__main__":
    sys.exit(main())
