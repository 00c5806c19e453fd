"""Tests of outliner.io.essay."""
