"""The bundle's entry point (PyInstaller runs a script, not an entry point):
the ``outliner`` command, which opens the window when given no command."""

import multiprocessing

from outliner.cli import console_main

if __name__ == "__main__":
    # A long PDF is read by spawned worker processes; in a frozen app each
    # starts this script again, and this hands it to the worker's code.
    multiprocessing.freeze_support()
    console_main()
