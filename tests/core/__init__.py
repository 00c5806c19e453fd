"""Tests of outliner.core."""
