"""Tests of outliner.io.exporters."""
