"""Tests of outliner.compose.citing: golden entries and citations per style."""
