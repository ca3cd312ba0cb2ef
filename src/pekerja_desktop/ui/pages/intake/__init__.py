"""Parts of the intake page (village-list import): the preview table model and the summaries."""
