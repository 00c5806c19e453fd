"""Tests of outliner.ui."""
