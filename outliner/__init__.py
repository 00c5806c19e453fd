"""Essay Outliner: shape an essay as an outline, then write and export it."""

__version__ = "0.1.0"
#: The application's name wherever a person reads it (windows, exported files).
APP_NAME = "Essay Outliner"
