"""``python -m outliner``: the same as the ``outliner`` command."""

from outliner.cli import console_main

# Guarded: a worker process (reading a PDF's pages in parallel) imports this
# module again, and must not start the program a second time.
if __name__ == "__main__":
    console_main()
