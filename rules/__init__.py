"""Bundled rule files (rules/*.toml), installed as the cleaner.rules package."""
