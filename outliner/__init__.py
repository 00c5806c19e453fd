"""Essay Outliner: shape an essay as an outline, then write and export it."""

__version__ = "0.1.0"
