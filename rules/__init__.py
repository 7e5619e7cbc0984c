"""Bundled rule files (rules/*.toml), installed as the cleaner.bundled_rules package."""
