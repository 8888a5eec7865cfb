"""The Dashboard view's parts: chart cards with their numbers and exports, the Today list."""
