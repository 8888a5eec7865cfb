"""Use cases. Everything an officer can do is a call here; the CLI, the windows and the tests
all use the same calls. Services take a `Desk`, validate at the edge, and return DTOs."""
