"""``python -m outliner``: the same as the ``outliner`` command."""

import sys

from outliner.cli import main

sys.exit(main())
