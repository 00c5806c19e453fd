"""Tests of outliner.io.importers."""
