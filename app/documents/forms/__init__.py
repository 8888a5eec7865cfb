"""One module per form; each has a frozen input dataclass and `build(doc, page) -> bytes`."""
