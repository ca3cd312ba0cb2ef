"""Reference data: regions, occupations, funding sources, heir relationships, rates and policy settings."""
