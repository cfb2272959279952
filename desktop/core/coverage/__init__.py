"""The 15-minute service circle: coverage data (boundaries, demand, grids) and the engine over it."""
