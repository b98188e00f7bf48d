"""`beleidsgraaf serve`: the Oxigraph server behind a guard that lets only queries through, apart
from the query library it serves."""
