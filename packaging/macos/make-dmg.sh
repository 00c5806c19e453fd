#!/bin/sh
# macOS: build "Essay Outliner.app" with PyInstaller and wrap it in a disk image.
# Run from the repository on a Mac with the project's virtual environment
# (make setup) and Pillow (PyInstaller makes the .icns from the PNG with it).
set -eu
cd "$(dirname "$0")/../.."
VERSION=$(.venv/bin/python -c 'import outliner; print(outliner.__version__)')
.venv/bin/python -m pip install --quiet pillow
.venv/bin/python -m PyInstaller --noconfirm --clean --distpath dist --workpath build/bundle \
  packaging/essay-outliner.spec
# A folder with the app and a link to /Applications, made into a compressed image.
STAGE=build/dmg
rm -rf "$STAGE" && mkdir -p "$STAGE"
cp -R "dist/Essay Outliner.app" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Essay Outliner" -srcfolder "$STAGE" -ov -format UDZO \
  "dist/EssayOutliner-$VERSION.dmg"
echo "dist/EssayOutliner-$VERSION.dmg"
