"""The briefing deck: outlines, the planner (layout as data) and the writers that draw the plan."""
