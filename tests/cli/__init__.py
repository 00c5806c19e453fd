"""Tests of outliner.cli, run in-process and as a real command."""
