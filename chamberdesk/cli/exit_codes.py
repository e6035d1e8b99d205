"""Exit statuses are part of the command-line contract; scripts rely on them."""

OK = 0
INTERNAL = 1
USAGE = 2
NOT_FOUND = 3  # also ambiguous references
INVALID = 4  # validation failed, including a dry run that found bad rows, or a failed check
CONFLICT = 5  # conflict, locked database, or a database written by a newer version
