"""Parts of the case window and the case forms."""
