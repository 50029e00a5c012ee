"""Every CAMEO root is coded from ordinary news sentences, through the whole pipeline."""
import pytest

SENTENCES = {
    "01": "The Brazilian foreign minister commented on the Argentine election on Monday.",
    "02": "Pakistan appealed to India for calm after the border clash.",
    "03": "Turkey offered to mediate between Armenia and Azerbaijan.",
    "04": "French President Emmanuel Macron met Nigerian President Bola Tinubu in Paris.",
    "05": "Japan praised South Korea for its handling of the crisis.",
    "06": "Kenya and Tanzania signed an agreement to share intelligence on militants.",
    "07": "Germany sent humanitarian aid to Sudan.",
    "08": "Ethiopia released 200 Eritrean prisoners.",
    "09": "The United Nations investigated Myanmar over the killings.",
    "10": "Ukraine demanded that Russia withdraw its troops.",
    "11": "Canada condemned China over the detention of its citizens.",
    "12": "Venezuela rejected the proposal from Colombia.",
    "13": "North Korea threatened South Korea with military action.",
    "14": "Thousands of Kenyan protesters demonstrated against the Kenyan government in Nairobi.",
    "15": "Israel mobilized its army reserves against Hezbollah.",
    "16": "Poland expelled Russian diplomats on Thursday.",
    "17": "Iranian police arrested British journalists in Tehran.",
    "18": "Suspected militants abducted 20 Nigerian soldiers near Maiduguri.",
    "19": "Russian forces shelled Ukrainian positions near Kharkiv.",
    "20": "The Syrian army used chemical weapons against civilians, inspectors said.",
}


@pytest.mark.parametrize("root", sorted(SENTENCES))
def test_root_is_coded(pipeline, root):
    record = pipeline.extract(SENTENCES[root], published="2024-06-07")
    roots = {e["root"] for e in record["events"]}
    assert root in roots, f"{SENTENCES[root]!r} gave {[(e['source'], e['cameo'], e['target']) for e in record['events']]}"
