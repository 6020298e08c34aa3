"""The old way to describe this project: code that calls setuptools.setup().

Everything here moves to pyproject.toml. Once it is there, this file can go: the build
reads pyproject.toml, and the tests build the project without this file.
"""
from setuptools import find_packages, setup

with open("README.md", encoding="utf-8") as readme:
    long_description = readme.read()

setup(
    name="netcheck",
    version="0.4.1",
    description="Check that hosts answer on their ports",
    long_description=long_description,
    long_description_content_type="text/markdown",
    author="Ops Team",
    author_email="ops@example.com",
    python_requires=">=3.11",
    package_dir={"": "src"},
    packages=find_packages("src"),
    install_requires=["requests>=2.31", "typer>=0.12"],
    extras_require={"yaml": ["PyYAML>=6.0"]},
    entry_points={"console_scripts": ["netcheck=netcheck.cli:main"]},
)
