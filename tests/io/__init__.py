"""Tests of outliner.io: shared pieces here, the rest by subpackage."""
