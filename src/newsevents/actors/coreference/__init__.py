"""What mentions refer to: name links and he/she (``coref``), gender, a title's country from
its context, plural pronouns (``they``), and the country of generic agents from the places
around them (``agent_country``, the ``newsevents_agent_countries`` component)."""
