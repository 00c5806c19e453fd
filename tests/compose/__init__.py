"""Tests of outliner.compose."""
