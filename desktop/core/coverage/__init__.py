"""The 15-minute service circle: boundaries, demand and grids (the data), travel, measures, gaps and siting."""
