"""Qt item models over the services' DTOs (the cases issue adds lazy, SQL-paged ones)."""
