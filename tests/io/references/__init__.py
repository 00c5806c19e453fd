"""Tests of outliner.io.references."""
