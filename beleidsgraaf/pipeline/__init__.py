"""Documents → extract → graph: the build that joins the parts, on one machine or on a cluster."""

from beleidsgraaf.pipeline.build import BuildProgress, BuildReport, build
from beleidsgraaf.pipeline.work import extraction_key

__all__ = ["BuildProgress", "BuildReport", "build", "extraction_key"]
