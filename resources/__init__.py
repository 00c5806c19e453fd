"""Icons and the sample essay. Installed as the package ``outliner.resources``
(see setup.py); this file makes it a regular package, which an editable
install can map onto this folder. Read it through :mod:`outliner.assets`."""
