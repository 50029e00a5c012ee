from newsevents.export.actor_codes import split_actor_code


def test_country_and_role():
    parts = split_actor_code("RUSGOV")
    assert (parts.country, parts.known_group, parts.types) == ("RUS", "", ("GOV",))


def test_igo_known_group():
    parts = split_actor_code("IGOUNO")
    assert (parts.country, parts.known_group, parts.types) == ("", "UNO", ("IGO",))


def test_regional_igo_and_ngo():
    eu = split_actor_code("IGOEUREEC")
    assert (eu.country, eu.known_group, eu.types) == ("EUR", "EEC", ("IGO",))
    amnesty = split_actor_code("NGOHRIAMN")
    assert (amnesty.known_group, amnesty.types) == ("AMN", ("NGO", "HRI"))


def test_religion_and_several_types():
    parts = split_actor_code("IMGMOSREB")
    assert (parts.religions, parts.types) == (("MOS",), ("IMG", "REB"))
    assert split_actor_code("TURGOVMIL").types == ("GOV", "MIL")


def test_empty_and_malformed():
    for code in (None, "", "RUSG"):
        parts = split_actor_code(code)
        assert parts.country == parts.known_group == "" and parts.types == ()
