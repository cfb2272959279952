"""What a station does and who comes, in the window: the station detail's activity panel and the quick tally."""
