"""Essay Outliner: shape an essay as an outline, then write and export it."""

__version__ = "0.1.0"
#: The application's name wherever a person reads it (windows, exported files).
APP_NAME = "Essay Outliner"
#: The reverse-DNS application id: the desktop file's and the icon's name, the
#: AppStream id, the window's desktop file name (Wayland and Flatpak match them).
APP_ID = "org.essayoutliner.EssayOutliner"
#: The MIME type of an .essay file.
MIME_TYPE = "application/x-essay-outliner"
