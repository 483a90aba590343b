"""The Datasette site: ``serve`` starts Datasette with the project's metadata, plugins and
templates, all inside this package so that an installed copy serves the same site."""
