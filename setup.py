"""The package list, which pyproject.toml cannot express: every ``outliner``
package, plus the top-level ``resources/`` folder installed as the package
``outliner.resources`` (icons, translations, the sample essay and the
templates travel inside the wheel, and an editable install maps the same
name onto the folder in the checkout).
Everything else is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["outliner", "outliner.*"]),
              "outliner.resources", "outliner.resources.icons",
              "outliner.resources.templates", "outliner.resources.translations"],
    package_dir={"outliner.resources": "resources"},
)
