"""cleaner: turn republished articles into clean Markdown credited to their original source.

    from cleaner import clean
    result = clean(raw_bytes, url="https://example.org/a.html")
    print(result.markdown)
"""

from .errors import CleanerError, InputError, NoContentError, RuleError
from .model import Attribution, CleanResult, Removal
from .pipeline import clean

__all__ = ["clean", "CleanResult", "Attribution", "Removal",
           "CleanerError", "InputError", "NoContentError", "RuleError"]
__version__ = "0.1.0"
