"""The engine's error types: every failure the CLI reports is one of these."""


class CleanerError(Exception):
    """Base class: anything the engine refuses, with a reason fit for one line."""


class InputError(CleanerError):
    """The input cannot be read as a page: empty, binary, too large, undecodable."""


class NoContentError(CleanerError):
    """The page was read, but no article content was found in it."""


class RuleError(CleanerError):
    """A rule file is invalid. Carries the file and the key (and line, when known)."""

    def __init__(self, path, key, problem, line=None):
        self.path, self.key, self.problem, self.line = str(path), key, problem, line
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {key}: {problem}" if key else f"{where}: {problem}")
