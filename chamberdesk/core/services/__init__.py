"""Every change to data goes through a service here: validate, write in one transaction, audit."""
