"""Each rule of the extractor in wordings of its own: the seed report's hard cases, said other ways."""

from __future__ import annotations

import datetime as dt

import pytest

from extractor import parse_report


def podium(report, race_id):
    race = next((r for r in report["races"] if r["id"] == race_id), None)
    assert race is not None, [r["id"] for r in report["races"]]
    return [(r["rank"], r["name"] or r["nation"]) for r in race["results"]]


def result(report, race_id, who):
    race = next(r for r in report["races"] if r["id"] == race_id)
    return next(r for r in race["results"] if (r["name"] or r["nation"]) == who)


@pytest.mark.parametrize(
    "text",
    [
        "In the men's 1500m, Thomas Krol (NED), Kjeld Nuis (NED) and Patrick Roest (NED) swept the podium.",
        "Thomas Krol, Kjeld Nuis and Patrick Roest filled the podium in the men's 1500m.",
        "Men's 1500m: Thomas Krol, Kjeld Nuis and Patrick Roest completed a podium sweep for the hosts.",
    ],
)
def test_swept_podium_gives_ranks_in_order(text):
    assert podium(parse_report(text), "men-1500m") == [
        (1, "Thomas Krol"),
        (2, "Kjeld Nuis"),
        (3, "Patrick Roest"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Netherlands won the men's team pursuit in 3:41.50. Russia and Norway took silver and bronze respectively.",
        "In the men's team pursuit the Netherlands took gold in 3:41.50, while Russia and Norway claimed silver and "
        "bronze respectively.",
    ],
)
def test_respectively_pairs_competitors_with_medals(text):
    assert podium(parse_report(text), "men-team-pursuit") == [(1, "NED"), (2, "RUS"), (3, "NOR")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Laurent Dubreuil (CAN) edged out Ning Zhongyan (CHN) for silver.",
        "Laurent Dubreuil (CAN) pipped Ning Zhongyan (CHN) for silver.",
        "Laurent Dubreuil (CAN) beat Ning Zhongyan (CHN) in the sprint for silver.",
        "Laurent Dubreuil (CAN) outsprinted Ning Zhongyan (CHN) in the silver medal sprint.",
    ],
)
def test_relative_placing_edged_out_for_silver(sentence):
    report = parse_report("Jordan Stolz (USA) won the men's 1000m in 1:07.10. " + sentence)
    assert podium(report, "men-1000m") == [(1, "Jordan Stolz"), (2, "Laurent Dubreuil"), (3, "Ning Zhongyan")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ragne Wiklund (NOR) skated 3:59.10 and pushed Irene Schouten (NED) to third place.",
        "Ragne Wiklund (NOR) then clocked 3:59.10 to push Irene Schouten (NED) down to third.",
        "Ragne Wiklund (NOR) went faster in 3:59.10, relegating Irene Schouten (NED) to third place.",
    ],
)
def test_pushed_to_third_puts_the_pusher_second(sentence):
    report = parse_report("Joy Beune (NED) won the ladies' 3000m in 3:58.00. " + sentence)
    assert podium(report, "women-3000m") == [(1, "Joy Beune"), (2, "Ragne Wiklund"), (3, "Irene Schouten")]
    assert result(report, "women-3000m", "Ragne Wiklund")["time"] == "3:59.10"


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("Miho Takagi (JPN) won the ladies' 1500m in 1 minute and 52.31 seconds.", 112.31),
        ("Miho Takagi (JPN) won the ladies' 1500m in 1 minute, 52.31 seconds.", 112.31),
        ("Miho Takagi (JPN) won the ladies' 1500m, stopping the clock at 1:52.31.", 112.31),
        ("Japan won the ladies' team pursuit and stopped the clock at 2 minutes and 55.12 seconds.", 175.12),
    ],
)
def test_verbose_times(text, seconds):
    report = parse_report(text)
    assert report["races"][0]["results"][0]["seconds"] == seconds


@pytest.mark.parametrize(
    "text",
    [
        "Miho Takagi (JPN) took her 25th World Cup gold in the ladies' 1500m.",
        "Miho Takagi (JPN) won the ladies' 1500m, her fourth consecutive victory.",
        "Miho Takagi (JPN) captured her career 12th 1500m World Cup win in the ladies' 1500m.",
    ],
)
def test_career_counts_are_not_ranks(text):
    assert podium(parse_report(text), "women-1500m") == [(1, "Miho Takagi")]


@pytest.mark.parametrize(
    "text",
    [
        "Brittany Bowe (USA), who had finished fourth last week in Calgary, won the ladies' 1000m.",
        "After finishing fourth last week, Brittany Bowe (USA) won the ladies' 1000m.",
        "Last week's runner-up Brittany Bowe (USA) won the ladies' 1000m.",
    ],
)
def test_last_weeks_results_are_not_results(text):
    assert podium(parse_report(text), "women-1000m") == [(1, "Brittany Bowe")]


@pytest.mark.parametrize(
    "text",
    [
        "Behind Wataru Morishige (JPN) his compatriot Yuma Murakami took silver in the men's 500m.",
        "Wataru Morishige (JPN) won the men's 500m, and his teammate Yuma Murakami took silver.",
    ],
)
def test_compatriot_gives_the_nation(text):
    report = parse_report(text)
    assert result(report, "men-500m", "Yuma Murakami")["nation"] == "JPN"


@pytest.mark.parametrize(
    "text",
    [
        "Miho Takagi (JPN) won the women's 1000m ahead of Jutta Leerdam (NED). Her compatriot Rio Yamada was sixth.",
        "In the women's 1000m Takagi Miho (JPN) beat Femke Kok (NED). Her teammate Yamada Rio came sixth.",
        "Women's 1000m: Miho Takagi (JPN) first, Jutta Leerdam (NED) second. A compatriot, Rio Yamada, was sixth.",
    ],
)
def test_compatriot_of_a_sentence_with_two_nations_is_left_open(text):
    report = parse_report(text)
    race = next(r for r in report["races"] if r["id"] == "women-1000m")
    sixth = next(r for r in race["results"] if r["rank"] == 6)
    assert sixth["nation"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Miho Takagi (JPN) won the women's 1000m. Her compatriot Rio Yamada was sixth.",
        "Nao Kodaira (JPN) and Miho Takagi (JPN) were first and second in the women's 1000m. "
        "Their compatriot Rio Yamada was sixth.",
    ],
)
def test_compatriot_of_a_sentence_with_one_nation(text):
    report = parse_report(text)
    assert result(report, "women-1000m", "Rio Yamada")["nation"] == "JPN"


def test_no_nation_is_guessed_without_a_word_for_it():
    report = parse_report("Wataru Morishige (JPN) won the men's 500m. Yuma Murakami took silver.")
    assert result(report, "men-500m", "Yuma Murakami")["nation"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Isabelle Weidemann (CAN) was in a class of her own on Sunday. The 26-year-old Canadian won the ladies' 5000m.",
        "Isabelle Weidemann (CAN) was in a class of her own on Sunday. The Canadian won the ladies' 5000m.",
    ],
)
def test_epithet_refers_to_the_athlete_before(text):
    assert podium(parse_report(text), "women-5000m") == [(1, "Isabelle Weidemann")]


def test_pronoun_subject_takes_the_time():
    report = parse_report(
        "Jordan Stolz (USA) won the men's 1500m on Saturday. With 1:42.80, he was 0.30 seconds faster than "
        "Kjeld Nuis (NED), who took silver."
    )
    assert podium(report, "men-1500m") == [(1, "Jordan Stolz"), (2, "Kjeld Nuis")]
    assert result(report, "men-1500m", "Jordan Stolz")["time"] == "1:42.80"
    assert result(report, "men-1500m", "Kjeld Nuis")["margin_s"] == 0.3
    assert result(report, "men-1500m", "Kjeld Nuis")["time"] is None


@pytest.mark.parametrize(
    "text",
    [
        "In the ladies' team sprint, the Dutch ladies took gold, Poland silver and Canada clinched the bronze medal.",
        "Ladies' team sprint: the Netherlands took gold, Poland silver and Canada bronze.",
    ],
)
def test_elliptical_medal_list(text):
    assert podium(parse_report(text), "women-team-sprint") == [(1, "NED"), (2, "POL"), (3, "CAN")]


@pytest.mark.parametrize(
    ("times", "race_id"),
    [
        (("2:55.10", "2:56.00", "2:57.30"), "women-team-pursuit"),
        (("3:38.10", "3:39.00", "3:40.30"), "men-team-pursuit"),
    ],
)
def test_team_and_time_name_an_unnamed_race(times, race_id):
    text = (
        f"Canada won in {times[0]} in the final pairing. Japan took silver in {times[1]} and the Netherlands "
        f"took bronze in {times[2]}."
    )
    assert podium(parse_report(text), race_id) == [(1, "CAN"), (2, "JPN"), (3, "NED")]


def test_fastest_unplaced_team_fills_an_empty_gold():
    report = parse_report(
        "Canada, racing in the last pair, stopped the clock at 2 minutes and 54.90 seconds. Japan took silver in "
        "2:56.00. The Netherlands took bronze in 2:57.30."
    )
    assert podium(report, "women-team-pursuit") == [(1, "CAN"), (2, "JPN"), (3, "NED")]


@pytest.mark.parametrize(
    "closing",
    [
        "Kai Verbij (NED) was the one to take the honour of the middle step.",
        "In the 1000m it was Kai Verbij (NED) who joined them on the podium.",
    ],
)
def test_the_one_remaining_contender_fills_an_empty_silver(closing):
    report = parse_report(
        "Men's 1000m: Kjeld Nuis (NED) took the gold again and Thomas Krol (NED) another bronze, but the middle man "
        "was different. " + closing
    )
    assert podium(report, "men-1000m") == [(1, "Kjeld Nuis"), (2, "Kai Verbij"), (3, "Thomas Krol")]


def test_no_gap_is_filled_without_a_contest_phrase():
    report = parse_report(
        "Men's 1000m: Kjeld Nuis (NED) took the gold and Thomas Krol (NED) the bronze. Kai Verbij (NED) spoke "
        "to the press afterwards."
    )
    assert podium(report, "men-1000m") == [(1, "Kjeld Nuis"), (3, "Thomas Krol")]


def test_a_spelling_variant_is_the_same_athlete():
    report = parse_report(
        "Jutta Leerdam (NED) won the ladies' 1000m in 1:13.50. On Sunday Jutta Leerdan (NED) took silver in the "
        "ladies' 500m."
    )
    athletes = [a for a in report["athletes"] if a["name"] == "Jutta Leerdam"]
    assert len(athletes) == 1 and athletes[0]["aliases"] == ["Jutta Leerdan"]


def test_two_different_athletes_with_one_family_name_stay_apart():
    report = parse_report("Kim Min-sun (KOR) won the ladies' 500m. Kim Ji-yun (KOR) took bronze.")
    assert len([a for a in report["athletes"] if "Kim" in a["name"]]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Femke Kok (NED) won the 500m in 37.05, her second win of the season.",
        "Femke Kok (NED) won the 500m in 37.05. She had been second in Obihiro.",
    ],
)
def test_gender_from_a_pronoun(text):
    assert parse_report(text)["races"][0]["gender"] == "women"


def test_the_same_distance_twice_becomes_two_races():
    report = parse_report(
        "Femke Kok (NED) won the first ladies' 500m in 37.05. Erin Jackson (USA) took silver.\n\n"
        "On Sunday Erin Jackson (USA) won the ladies' 500m in 37.01 and Femke Kok (NED) took silver."
    )
    assert podium(report, "women-500m-1") == [(1, "Femke Kok"), (2, "Erin Jackson")]
    assert podium(report, "women-500m-2") == [(1, "Erin Jackson"), (2, "Femke Kok")]


@pytest.mark.parametrize(
    "text",
    [
        "Miho Takagi (JPN) leads the World Cup ranking with 452 points.",
        '"I wanted to win today," said Miho Takagi (JPN).',
        "Miho Takagi (JPN) opened in 25.81 and passed 700m in 51.02.",
        "Erin Jackson (USA) is 29 years old and has won 12 World Cup races.",
    ],
)
def test_non_results_give_no_result(text):
    assert all(not race["results"] for race in parse_report(text)["races"])


def test_dates_stay_null_without_a_reference():
    report = parse_report("On Saturday, Nao Kodaira (JPN) won the ladies' 500m in 37.34.")
    assert report["races"][0]["day"] == "Saturday" and report["races"][0]["date"] is None
    dated = parse_report(
        "On Saturday, Nao Kodaira (JPN) won the ladies' 500m in 37.34.", reference_date=dt.date(2018, 11, 19)
    )
    assert dated["races"][0]["date"] == "2018-11-17"


def test_an_explicit_dateline_fixes_the_competition_dates():
    report = parse_report("HEERENVEEN, Netherlands, December 10, 2022 - Jutta Leerdam (NED) won the ladies' 1000m.")
    assert report["competition"]["venue"] == "Heerenveen"
    assert report["competition"]["nation"] == "NED"
    assert report["competition"]["date_start"] == "2022-12-10"
    assert report["competition"]["season"] == "2022/23"


def test_captions_neither_create_races_nor_results():
    report = parse_report(
        "Kjeld Nuis (NED) won the men's 1500m.\n\nWC2 Men1500 Nuis GettyImages 1071689388\n\n"
        "Kjeld Nuis (NED) 2018©International Skating Union (ISU)"
    )
    assert [r["id"] for r in report["races"]] == ["men-1500m"]
    assert podium(report, "men-1500m") == [(1, "Kjeld Nuis")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jutta Leerdam (NED) won the ladies' 1000m. Silver went to Miho Takagi (JPN) and the podium was completed "
            "by Brittany Bowe (USA).",
            [(1, "Jutta Leerdam"), (2, "Miho Takagi"), (3, "Brittany Bowe")],
        ),
        (
            "Jutta Leerdam (NED) won the ladies' 1000m. Behind her came Miho Takagi (JPN) in 1:14.10.",
            [(1, "Jutta Leerdam"), (2, "Miho Takagi")],
        ),
        (
            "Ladies' 1000m. Gold: Jutta Leerdam (NED). Silver: Miho Takagi (JPN). Bronze: Brittany Bowe (USA).",
            [(1, "Jutta Leerdam"), (2, "Miho Takagi"), (3, "Brittany Bowe")],
        ),
        (
            "Jutta Leerdam (NED) won the ladies' 1000m. Second was Miho Takagi (JPN), third Brittany Bowe (USA).",
            [(1, "Jutta Leerdam"), (2, "Miho Takagi"), (3, "Brittany Bowe")],
        ),
        (
            "Jutta Leerdam (NED) won the ladies' 1000m. Miho Takagi (JPN) and Brittany Bowe (USA) finished second and "
            "third.",
            [(1, "Jutta Leerdam"), (2, "Miho Takagi"), (3, "Brittany Bowe")],
        ),
        (
            "Miho Takagi (JPN) was beaten into second by Jutta Leerdam (NED) in the ladies' 1000m.",
            [(1, "Jutta Leerdam"), (2, "Miho Takagi")],
        ),
        (
            "Jutta Leerdam (NED) won the ladies' 1000m. Femke Kok (NED) was pipped to bronze by Brittany Bowe (USA).",
            [(1, "Jutta Leerdam"), (3, "Brittany Bowe"), (4, "Femke Kok")],
        ),
        (
            "Jutta Leerdam (NED) topped the podium in the ladies' 1000m, and Femke Kok (NED) had to make do with "
            "fourth.",
            [(1, "Jutta Leerdam"), (4, "Femke Kok")],
        ),
        (
            "In the ladies' 1000m there was gold for Jutta Leerdam (NED) and a bronze for Brittany Bowe (USA).",
            [(1, "Jutta Leerdam"), (3, "Brittany Bowe")],
        ),
    ],
)
def test_other_ways_to_say_who_placed_where(text, expected):
    assert podium(parse_report(text), "women-1000m") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Men's 1000m result: 1. Kjeld Nuis (NED) 1:07.95, 2. Thomas Krol (NED) 1:08.12, 3. Laurent Dubreuil (CAN) "
        "1:08.20.",
        "Men's 1000m\n1. Kjeld Nuis (NED) 1:07.95\n2. Thomas Krol (NED) 1:08.12\n3. Laurent Dubreuil (CAN) 1:08.20",
    ],
)
def test_ranked_result_lists(text):
    report = parse_report(text)
    assert podium(report, "men-1000m") == [(1, "Kjeld Nuis"), (2, "Thomas Krol"), (3, "Laurent Dubreuil")]
    assert result(report, "men-1000m", "Thomas Krol")["time"] == "1:08.12"


@pytest.mark.parametrize(
    "text",
    [
        "MEN 1000 M\nRank 1 | Kjeld Nuis | NED | 1:07.95\nRank 2 | Thomas Krol | NED | 1:08.12\n"
        "Rank 3 | Laurent Dubreuil | CAN | 1:08.20",
        "Men's 1000m\n1 | Kjeld Nuis | NED | 1:07.95\n2 | Thomas Krol | NED | 1:08.12\n3 | Laurent Dubreuil | CAN | "
        "1:08.20",
        "Men's 1000m\n1\tKjeld Nuis\tNED\t1:07.95\n2\tThomas Krol\tNED\t1:08.12\n3\tLaurent Dubreuil\tCAN\t1:08.20",
        "Men's 1000m\n1. Kjeld Nuis, NED, 1:07.95\n2. Thomas Krol, NED, 1:08.12\n3. Laurent Dubreuil, CAN, 1:08.20",
    ],
)
def test_results_table_rows(text):
    report = parse_report(text)
    assert podium(report, "men-1000m") == [(1, "Kjeld Nuis"), (2, "Thomas Krol"), (3, "Laurent Dubreuil")]
    assert result(report, "men-1000m", "Thomas Krol")["time"] == "1:08.12"
    assert result(report, "men-1000m", "Laurent Dubreuil")["nation"] == "CAN"


@pytest.mark.parametrize(
    "text",
    [
        "Men's 1,000 metres: 1, Kjeld Nuis, Netherlands, 1:07.95; 2, Thomas Krol, Netherlands, 1:08.12; 3, Laurent "
        "Dubreuil, Canada, 1:08.20.",
        "Men's 1000m - 1, Kjeld Nuis, Netherlands, 1:07.95; 2, Thomas Krol, Netherlands, 1:08.12; 3, Laurent Dubreuil,"
        " Canada, 1:08.20; DNF, Kai Verbij, Netherlands.",
        "Results, men's 1000m:\n1, Kjeld Nuis, Netherlands, 1:07.95\n2, Thomas Krol, Netherlands, 1:08.12\n3, Laurent "
        "Dubreuil, Canada, 1:08.20",
    ],
)
def test_wire_agate_with_a_comma_after_each_rank(text):
    report = parse_report(text)
    assert podium(report, "men-1000m") == [(1, "Kjeld Nuis"), (2, "Thomas Krol"), (3, "Laurent Dubreuil")]
    assert result(report, "men-1000m", "Thomas Krol")["time"] == "1:08.12"
    assert result(report, "men-1000m", "Laurent Dubreuil")["nation"] == "CAN"


@pytest.mark.parametrize(
    "text",
    [
        "Men's 1,000 meters: 1. Kjeld Nuis, Netherlands, 1:07.95. 2. Thomas Krol, Netherlands, 1:08.12. 3. Laurent "
        "Dubreuil, Canada, 1:08.20.",
        "SPEEDSKATING\nMen's 1000m: 1. Kjeld Nuis, Netherlands, 1:07.95. 2. Thomas Krol, Netherlands, 1:08.12. "
        "3. Laurent Dubreuil, Canada, 1:08.20. Kai Verbij, Netherlands, DNF.",
        "Men's 1000 metres:  1. Kjeld Nuis, Netherlands, 1:07.95.  2. Thomas Krol, Netherlands, 1:08.12.  "
        "3. Laurent Dubreuil, Canada, 1:08.20.",
    ],
)
def test_newspaper_agate_with_a_full_stop_after_each_item(text):
    report = parse_report(text)
    assert podium(report, "men-1000m") == [(1, "Kjeld Nuis"), (2, "Thomas Krol"), (3, "Laurent Dubreuil")]
    assert result(report, "men-1000m", "Kjeld Nuis")["time"] == "1:07.95"
    assert result(report, "men-1000m", "Laurent Dubreuil")["nation"] == "CAN"


@pytest.mark.parametrize(
    "text",
    [
        "Men's 1000m: 1. Kjeld Nuis, Netherlands, 1:07.95.",
        "Final, men's 1000 m: 1. Kjeld Nuis (NED) 1:07.95",
    ],
)
def test_one_item_after_its_race_heading(text):
    report = parse_report(text)
    assert podium(report, "men-1000m") == [(1, "Kjeld Nuis")]
    assert result(report, "men-1000m", "Kjeld Nuis")["time"] == "1:07.95"


@pytest.mark.parametrize(
    "text",
    [
        "On day 2, Kjeld Nuis won the men's 1000m.",
        "Kjeld Nuis (NED) won the men's 1000m in 1:07.95 on lane 1, Thomas Krol (NED) was second.",
    ],
)
def test_a_lone_number_and_comma_is_not_a_rank(text):
    ranks = [rank for rank, _ in podium(parse_report(text), "men-1000m")]
    assert 2 not in ranks[:1] and ranks == sorted(ranks) and ranks[0] == 1


def test_world_cup_standings_in_wire_agate_are_not_results():
    text = (
        "World Cup standings, men's 500 metres (after six races): 1, Jenning de Boo, 412 points; 2, Laurent "
        "Dubreuil, 365."
    )
    assert parse_report(text)["races"] == []


def test_a_mass_start_agate_with_points_and_no_times():
    text = (
        "Tempo races ended.\n\nMen's mass start: 1, Bart Swings, Belgium, 60 pts; 2, Jorrit Bergsma, Netherlands, "
        "40 pts; 3, Andrea Giovannini, Italy, 20 pts."
    )
    report = parse_report(text)
    assert podium(report, "men-mass-start") == [(1, "Bart Swings"), (2, "Jorrit Bergsma"), (3, "Andrea Giovannini")]
    assert result(report, "men-mass-start", "Bart Swings")["time"] is None


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("Women's 500m\n1. Femke Kok (NED) 36.71\n2. Carolina Hiller (CAN) 37.32 PB", "personal best"),
        (
            "Women's 500m\nRank 1 | Femke Kok | NED | 36.71\nRank 2 | Carolina Hiller | CAN | 37.32 | NR",
            "national record",
        ),
        ("Women's 500m\n1. Femke Kok (NED) 36.71\n2. Carolina Hiller (CAN) 37.32 (TR)", "track record"),
    ],
)
def test_record_abbreviations_in_result_lists(text, record):
    report = parse_report(text)
    assert result(report, "women-500m", "Carolina Hiller")["record"] == record
    assert result(report, "women-500m", "Femke Kok")["record"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Men's 500m\n1. Jenning de Boo (NED) 33.84\n2. Yuma Murakami (JPN) 34.09\n2. Gao Tingyu (CHN) 34.09",
        "Men's 500m: 1. Jenning de Boo (NED) 33.84, 2. Yuma Murakami (JPN) 34.09, 2. Gao Tingyu (CHN) 34.09.",
        "MEN 500 M\nRank 1 | Jenning de Boo | NED | 33.84\nRank 2 | Yuma Murakami | JPN | 34.09\n"
        "Rank 2 | Gao Tingyu | CHN | 34.09",
    ],
)
def test_a_rank_listed_twice_with_one_time_is_a_tie(text):
    assert podium(parse_report(text), "men-500m") == [(1, "Jenning de Boo"), (2, "Yuma Murakami"), (2, "Gao Tingyu")]


def test_a_rank_listed_twice_with_different_times_is_left_out():
    report = parse_report(
        "Men's 500m\n1. Jenning de Boo (NED) 33.84\n2. Yuma Murakami (JPN) 34.09\n2. Gao Tingyu (CHN) 34.19"
    )
    assert podium(report, "men-500m") == [(1, "Jenning de Boo")]


@pytest.mark.parametrize(
    "text",
    [
        "Men's mass start\n1. Bart Swings (BEL) 60 pts 7:35.21\n2. Jorrit Bergsma (NED) 40 pts 7:35.40",
        "MEN MASS START\nRank 1 | Bart Swings | BEL | 60 points | 7:35.21\nRank 2 | Jorrit Bergsma | NED | 40 points"
        " | 7:35.40",
    ],
)
def test_a_mass_start_result_list_with_sprint_points(text):
    report = parse_report(text)
    assert podium(report, "men-mass-start") == [(1, "Bart Swings"), (2, "Jorrit Bergsma")]
    assert result(report, "men-mass-start", "Bart Swings")["time"] == "7:35.21"


@pytest.mark.parametrize(
    "text",
    [
        "Mass start World Cup standings: 1. Bart Swings (BEL) 360 pts, 2. Jorrit Bergsma (NED) 340 pts.",
        "In the men's mass start ranking, 1. Bart Swings (BEL) 360 points, 2. Jorrit Bergsma (NED) 340 points.",
    ],
)
def test_mass_start_standings_lists_are_not_results(text):
    assert parse_report(text)["races"] == []


def test_a_tie_shares_the_place_and_the_time():
    report = parse_report(
        "Tatsuya Shinhama (JPN) won the men's 500m in 34.75, and behind him Laurent Dubreuil (CAN) and Yuma "
        "Murakami (JPN) both clocked 34.88. Each received a silver medal."
    )
    assert podium(report, "men-500m") == [
        (1, "Tatsuya Shinhama"),
        (2, "Laurent Dubreuil"),
        (2, "Yuma Murakami"),
    ]
    assert result(report, "men-500m", "Yuma Murakami")["time"] == "34.88"


def test_a_disqualified_skater_takes_no_inferred_place():
    report = parse_report(
        "In the men's 1000m Kjeld Nuis (NED) took gold in 1:08.04. Pavel Kulizhnikov (RUS) crossed the line in "
        "1:08.10 but was disqualified, so the bronze went to Laurent Dubreuil (CAN) in 1:08.30."
    )
    assert podium(report, "men-1000m") == [(1, "Kjeld Nuis"), (3, "Laurent Dubreuil")]


@pytest.mark.parametrize(
    "text",
    [
        'Kodaira won the ladies\' 500m. Herzog was second. "I was second again, but it feels like a win," Herzog said.',
        "Kodaira won the ladies' 500m and Herzog was second. Herzog leads the World Cup standings with 310 points.",
    ],
)
def test_quotes_and_standings_change_nothing(text):
    text = text.replace("Kodaira", "Nao Kodaira (JPN)", 1).replace("Herzog was", "Vanessa Herzog (AUT) was", 1)
    assert podium(parse_report(text), "women-500m") == [(1, "Nao Kodaira"), (2, "Vanessa Herzog")]


def test_disagreeing_placings_keep_the_better_supported_one_and_warn_with_both_spans():
    text = (
        "In the men's 1000m Kjeld Nuis (NED) won in 1:08.04. Thomas Krol (NED) took silver in 1:08.21. "
        "Krol came third, a report said. Krol finished second, 0.17 behind Nuis."
    )
    report = parse_report(text)
    assert result(report, "men-1000m", "Thomas Krol")["rank"] == 2
    warning = next(w for w in report["warnings"] if w["code"] == "conflicting-placings")
    assert "better supported" in warning["message"]
    stated = [text[s["start"] : s["end"]] for s in warning["spans"]]
    assert any("came third" in span for span in stated) and any("took silver" in span for span in stated)


@pytest.mark.parametrize(
    "text",
    [
        "Thomas Krol (NED) won the men's 1000m. Runner-up Kjeld Nuis (NED) was 0.2 slower.",
        "Thomas Krol (NED) won the men's 1000m. Runner-up was Kjeld Nuis (NED).",
        "Men's 1000m winner Thomas Krol (NED) beat Kjeld Nuis (NED) into second.",
    ],
)
def test_a_role_word_is_not_part_of_the_name(text):
    report = parse_report(text)
    names = {athlete["name"] for athlete in report["athletes"]}
    assert names == {"Thomas Krol", "Kjeld Nuis"}


@pytest.mark.parametrize(
    "text",
    [
        "In the women's 500m, Kimi Goetz, of Flemington, New Jersey, was fifth.",
        "In the women's 500m, Kimi Goetz, of Salt Creek, New Mexico, finished fifth.",
        "Kimi Goetz, of Fort Wayne, was fifth in the women's 500m.",
    ],
)
def test_a_hometown_after_a_name_is_not_an_athlete(text):
    report = parse_report(text)
    assert podium(report, "women-500m") == [(5, "Kimi Goetz")]
    assert [athlete["name"] for athlete in report["athletes"]] == ["Kimi Goetz"]


@pytest.mark.parametrize(
    "text",
    [
        "At the Max Aicher Arena in Inzell, Joy Beune (NED) won the women's 3000m.",
        "Joy Beune (NED) won the women's 3000m in front of a full Gunda Niemann Halle.",
        "The Pettit National Ice Center was loud as Joy Beune (NED) won the women's 3000m.",
        "In Tomaszow Mazowiecki, Joy Beune (NED) won the women's 3000m.",
        "Joy Beune (NED) won the women's 3000m under the Viking Ship roof.",
    ],
)
def test_a_rink_or_town_is_not_an_athlete(text):
    report = parse_report(text)
    assert podium(report, "women-3000m") == [(1, "Joy Beune")]
    assert [athlete["name"] for athlete in report["athletes"]] == ["Joy Beune"]


@pytest.mark.parametrize(
    "credit",
    [
        "By Maria Jansen",
        "(Reporting by Tom Baxter; Editing by Clare Fallon)",
        "Photo: Lars Hagen",
        "By Maria Jansen, Staff Writer",
        "(Compiled by Tom Baxter; Edited by Clare Fallon)",
    ],
)
def test_a_credit_line_names_no_athlete(credit):
    report = parse_report(f"{credit}\n\nJoy Beune (NED) won the women's 3000m.\n")
    assert [athlete["name"] for athlete in report["athletes"]] == ["Joy Beune"]


def test_a_sentence_opening_with_by_still_names_athletes():
    report = parse_report("By the end of the women's 3000m, Joy Beune had beaten Ragne Wiklund into second.\n")
    assert {athlete["name"] for athlete in report["athletes"]} == {"Joy Beune", "Ragne Wiklund"}


@pytest.mark.parametrize(
    "text",
    [
        "Joy Beune (NED) won the women's 3000m, Ragne Wiklund told Yonhap News Agency afterwards.",
        "Joy Beune (NED) won the women's 3000m, as CBC Sports reported.",
        "Joy Beune (NED) won the women's 3000m.\nDNF Ragne Wiklund (NOR)",
    ],
)
def test_an_agency_or_status_word_is_not_part_of_a_name(text):
    names = {athlete["name"] for athlete in parse_report(text)["athletes"]}
    assert "Joy Beune" in names
    assert not any(word in name for name in names for word in ("News", "Sports", "DNF", "CBC Sports"))


@pytest.mark.parametrize(
    "text",
    [
        "In the ladies' mass start, Marijke Groenewoud (NED) won the sprint from Ivanie Blondin (CAN).",
        "Marijke Groenewoud (NED) took the race from Ivanie Blondin (CAN) in the women's mass start.",
        "Women's mass start: Marijke Groenewoud (NED) snatched the title from Ivanie Blondin (CAN) at the line.",
    ],
)
def test_the_one_a_race_is_won_from_is_not_the_winner(text):
    assert podium(parse_report(text), "women-mass-start")[0] == (1, "Marijke Groenewoud")


@pytest.mark.parametrize(
    "text",
    [
        "Men's 500m: Kania was fourth, just behind the bronze medallist, home favourite Laurent Dubreuil (CAN).",
        "Men's 500m: His 34.41 was good for fourth, a hundredth behind the bronze medallist, Laurent Dubreuil (CAN).",
        "Men's 500m: Her time put her fourth, ahead of the reigning champion, Laurent Dubreuil (CAN).",
    ],
)
def test_a_name_beside_the_object_of_a_preposition_is_not_the_subject(text):
    report = parse_report(text)
    race = next((r for r in report["races"] if r["id"] == "men-500m"), {"results": []})
    assert all(r["name"] != "Laurent Dubreuil" or r["rank"] != 4 for r in race["results"])


def test_a_name_after_a_person_noun_with_no_preposition_is_still_the_subject():
    report = parse_report("In the men's 500m, home favourite Laurent Dubreuil (CAN) was fourth.")
    assert podium(report, "men-500m") == [(4, "Laurent Dubreuil")]


@pytest.mark.parametrize(
    ("text", "winner", "other"),
    [
        ("The U.S. women placed fifth in the women's team pursuit, which was won by Japan.", "JPN", (5, "USA")),
        (
            "In the women's 500m, won by Erin Jackson (USA) in 37.10, Femke Kok (NED) was second.",
            "Erin Jackson",
            (2, "Femke Kok"),
        ),
        (
            "Femke Kok (NED) finished second in the women's 500m, a race taken by Erin Jackson (USA).",
            "Erin Jackson",
            (2, "Femke Kok"),
        ),
    ],
)
def test_a_race_won_by_someone_goes_to_them(text, winner, other):
    report = parse_report(text)
    [race] = report["races"]
    ranks = [(r["rank"], r["name"] or r["nation"]) for r in race["results"]]
    assert (1, winner) in ranks
    assert other in ranks


def test_won_by_a_margin_names_no_winner():
    report = parse_report("In the women's 500m Femke Kok (NED) won by two hundredths.")
    assert podium(report, "women-500m") == [(1, "Femke Kok")]


@pytest.mark.parametrize(
    "text",
    [
        "The men's 500m was won by American Jordan Stolz in 34.30, with Dubreuil second.",
        "The men's 500m was won by Jordan Stolz (USA) in 34.30, with Nuis second.",
    ],
)
def test_two_ranks_from_one_sentence_leave_the_rank_open(text):
    report = parse_report(text)
    ranks = [r["rank"] for race in report["races"] for r in race["results"] if r["name"] == "Jordan Stolz"]
    assert 2 not in ranks


def nation_of(report, race_id, who):
    return result(report, race_id, who)["nation"]


@pytest.mark.parametrize(
    "text",
    [
        "Kimi Goetz (USA) pipped Femke Kok to bronze in the women's 1000m. Kok (NED) was fourth.",
        "Kimi Goetz (USA) edged out Femke Kok for bronze in the women's 1000m, with Kok (NED) fourth.",
        "In the women's 1000m Kimi Goetz (USA) beat Femke Kok for bronze. Femke Kok (NED) ended fourth.",
    ],
)
def test_a_bracketed_code_belongs_to_the_name_before_it_not_after(text):
    report = parse_report(text)
    assert nation_of(report, "women-1000m", "Kimi Goetz") == "USA"
    assert nation_of(report, "women-1000m", "Femke Kok") == "NED"


@pytest.mark.parametrize(
    ("text", "who", "nation"),
    [
        ("Dutch sprinter Jenning de Boo won the men's 500m.", "Jenning de Boo", "NED"),
        ("Norway's world champion Sander Eitrem won the men's 5000m.", "Sander Eitrem", "NOR"),
        (
            "In the men's team pursuit the Italian trio of Davide Ghiotto, Andrea Giovannini and Michele Malfatti won.",
            "ITA",
            "ITA",
        ),
        ("Canadian veteran Ivanie Blondin won the women's mass start.", "Ivanie Blondin", "CAN"),
    ],
)
def test_a_nation_before_a_person_noun_describes_the_name(text, who, nation):
    report = parse_report(text)
    race = report["races"][0]
    assert [(r["name"] or r["nation"], r["nation"]) for r in race["results"]][0] == (who, nation)


@pytest.mark.parametrize(
    "text",
    [
        "Norway beat Femke Kok's Dutch team to the title; in the women's 1000m Femke Kok won.",
        "In the women's 1000m the Americans edged Femke Kok, who still won in 1:14.10.",
        "Women's 1000m: Japan and Femke Kok shared the headlines as Kok won in 1:14.10.",
    ],
)
def test_a_nation_before_a_verb_or_conjunction_says_nothing_of_the_next_name(text):
    assert nation_of(parse_report(text), "women-1000m", "Femke Kok") is None


@pytest.mark.parametrize(
    "text",
    [
        "In the women's 1000m Jutta Leerdam (NED) was 0.12 quicker than Miho Takagi. The Japanese took silver in "
        "1:15.00.",
        "Jutta Leerdam of the Netherlands finished ahead of Miho Takagi in the women's 1000m. The Japanese took "
        "silver in 1:15.00.",
        "Women's 1000m: Miho Takagi was beaten by Jutta Leerdam (NED). The Japanese took silver in 1:15.00.",
    ],
)
def test_a_nation_epithet_goes_to_the_one_skater_of_unknown_nation(text):
    report = parse_report(text)
    assert result(report, "women-1000m", "Miho Takagi")["rank"] == 2
    assert nation_of(report, "women-1000m", "Miho Takagi") == "JPN"


@pytest.mark.parametrize(
    "text",
    [
        "In the women's 1000m Jutta Leerdam was 0.12 quicker than Miho Takagi. The Japanese took silver.",
        "Jutta Leerdam finished ahead of Miho Takagi in the women's 1000m. The Japanese took silver.",
        "Women's 1000m: Miho Takagi was beaten by Jutta Leerdam. The Dutchwoman won.",
    ],
)
def test_a_nation_epithet_that_could_be_either_of_two_skaters_is_left_unread(text):
    report = parse_report(text)
    nations = {a["name"]: a["nation"] for a in report["athletes"]}
    placed = {r["name"] for race in report["races"] for r in race["results"] if r["rank"] is not None}
    # either skater could be meant: neither gets the epithet's nation or its placing
    assert nations == {"Jutta Leerdam": None, "Miho Takagi": None}
    assert not placed


@pytest.mark.parametrize(
    "text",
    [
        "Men's team sprint: Canada won in 1:19.88. The Dutch, Ronald Mulder, Kai Verbij and Kjeld Nuis, were third.",
        "Canada won the men's team sprint in 1:19.88. The Norwegians, Bjørn Magnussen, Henrik Fagerli Rukke and "
        "Håvard Lorentzen, took bronze.",
        "In the men's team sprint Canada won in 1:19.88, and the Americans, Cooper McLeod, Zach Stoppelmoor and "
        "Jordan Stolz, finished third.",
    ],
)
def test_a_team_followed_by_its_skaters_is_the_team(text):
    race = parse_report(text)["races"][0]
    third = next(r for r in race["results"] if r["rank"] == 3)
    assert third["name"] is None and third["nation"] in ("NED", "NOR", "USA")
    assert len(third["members"]) == 3


@pytest.mark.parametrize(
    "text",
    [
        "Jenning de Boo won the men's 500m. Kim Jun-ho of South Korea completed the podium, and Yuma Murakami "
        "could not match the Korean and had to accept the place just behind him.",
        "Jenning de Boo won the men's 500m and Kim Jun-ho took bronze. Yuma Murakami could not match Kim's late "
        "surge and finished behind him.",
    ],
)
def test_a_contender_stated_behind_the_bronze_does_not_fill_silver(text):
    ranks = dict((name, rank) for rank, name in podium(parse_report(text), "men-500m"))
    assert ranks.get("Yuma Murakami") != 2


@pytest.mark.parametrize(
    "text",
    [
        "Joy Beune won the women's 1500m in 1:53.90. Brittany Bowe clocked 1:54.10 and Han Mei 1:54.41. Ragne "
        "Wiklund was fourth in 1:54.80. Isabelle Weidemann faded to 1:55.38.",
        "Isabelle Weidemann clocked 1:55.38 in the women's 1500m. Joy Beune won in 1:53.90, Ragne Wiklund was "
        "fourth in 1:54.80, and Brittany Bowe (1:54.10) and Han Mei (1:54.41) were in between.",
    ],
)
def test_places_between_two_known_ones_go_by_time_when_the_rest_are_slower(text):
    assert podium(parse_report(text), "women-1500m")[:4] == [
        (1, "Joy Beune"),
        (2, "Brittany Bowe"),
        (3, "Han Mei"),
        (4, "Ragne Wiklund"),
    ]


def test_places_between_two_known_ones_stay_open_when_another_time_could_fit():
    text = (
        "Joy Beune won the women's 1500m in 1:53.90. Brittany Bowe clocked 1:54.10 and Han Mei 1:54.41. Ragne "
        "Wiklund was fourth in 1:54.80. Isabelle Weidemann clocked 1:54.50."
    )
    ranks = {name: rank for rank, name in podium(parse_report(text), "women-1500m")}
    assert "Brittany Bowe" not in ranks and "Han Mei" not in ranks


@pytest.mark.parametrize(
    ("text", "who", "nation"),
    [
        ("Women 500 m: Kaja Ziomek-Nogal POL 37.84 finished 5th.", "Kaja Ziomek-Nogal", "POL"),
        ("Women's 1500m: Miho Takagi won in 1:54.80. Joy Beune NED second 1:55.12.", "Joy Beune", "NED"),
        ("Men's 500m: Damian Żurek POL 34.35 won before Jenning de Boo NED 34.40.", "Damian Żurek", "POL"),
    ],
)
def test_a_bare_ioc_code_after_a_name_is_the_nation_not_part_of_the_name(text, who, nation):
    report = parse_report(text)
    rows = {r["name"]: r for race in report["races"] for r in race["results"]}
    assert rows[who]["nation"] == nation


@pytest.mark.parametrize(
    ("text", "who", "nation"),
    [
        ("Connor Howe, the Canadian, was fifth in the men's 1500m.", "Connor Howe", "CAN"),
        ("In the men's 10000m Sander Eitrem, the 21-year-old Norwegian, was third.", "Sander Eitrem", "NOR"),
        ("Jenning de Boo, another Dutchman, took the men's 500m.", "Jenning de Boo", "NED"),
        ("In the men's 500m Bjørn Magnussen, of Norway, settled for third.", "Bjørn Magnussen", "NOR"),
        ("Davide Ghiotto, the Italian whose back was sore, won the men's 10000m.", "Davide Ghiotto", "ITA"),
        ("In the men's 10000m Sander Eitrem, the big Norwegian hope, was third.", "Sander Eitrem", "NOR"),
        ("Cooper McLeod, the other American in the race, finished 11th in the men's 1000m.", "Cooper McLeod", "USA"),
        (
            "In the men's 500m Laurent Dubreuil, the Canadian veteran, had to make do with fifth.",
            "Laurent Dubreuil",
            "CAN",
        ),
        ("Nico Ihle, the third German starter, was 17th in the men's 1000m.", "Nico Ihle", "GER"),
        ("In the women's 500m Kimi Goetz, also of the United States, was fourth.", "Kimi Goetz", "USA"),
        ("Joy Beune, a Dutch skater in form, won the women's 3000m.", "Joy Beune", "NED"),
    ],
)
def test_a_nation_in_an_apposition_after_the_name(text, who, nation):
    assert nation_of(parse_report(text), parse_report(text)["races"][0]["id"], who) == nation


@pytest.mark.parametrize(
    "text",
    [
        "In the men's 10000m Sander Eitrem, a Dutch crowd favourite, was third.",
        "In the men's 10000m Sander Eitrem, the Norwegian team's youngest, was third.",
        "In the men's 10000m Sander Eitrem, the Dutch public's darling, was third.",
    ],
)
def test_an_apposition_that_goes_on_past_the_nation_says_nothing_of_the_name(text):
    assert nation_of(parse_report(text), "men-10000m", "Sander Eitrem") is None


def test_result_lines_below_the_copy_are_read_though_they_have_no_full_stop():
    report = parse_report(
        "16:58 - Good evening from the oval, where the men's 1000m is tonight's race.\n\n"
        "18:26 - OFFICIAL RESULT, men's 1000m\n"
        "Gold: Thomas Krol (NED) 1:07.96\n"
        "Silver: Kim Min-seok (KOR) 1:08.24\n"
        "Bronze: Laurent Dubreuil (CAN) 1:08.31\n"
    )
    assert podium(report, "men-1000m") == [(1, "Thomas Krol"), (2, "Kim Min-seok"), (3, "Laurent Dubreuil")]


def test_a_headline_with_a_time_above_the_copy_stays_a_headline():
    report = parse_report(
        "Kok storms to 500m win in 37.21\n\nFemke Kok (NED) won the women's 500m in 37.21. Jutta Leerdam was second."
    )
    race = report["races"][0]
    assert [(r["rank"], r["name"]) for r in race["results"]] == [(1, "Femke Kok"), (2, "Jutta Leerdam")]
    assert all(r["source"]["start"] > 40 for r in race["results"] if "source" in r)


@pytest.mark.parametrize(
    "text",
    [
        "Men's 1000m.\n\nTHOMAS KROL. The Dutchman is first under 1:08. Later Thomas Krol (NED) won in 1:07.96.",
        "Men's 1000m: Thomas Krol (NED) won in 1:07.96.\n\nWhat a race from THOMAS KROL.",
    ],
)
def test_a_name_in_capitals_is_the_same_skater_when_the_report_names_them_normally(text):
    report = parse_report(text)
    krol = [a for a in report["athletes"] if a["name"] == "Thomas Krol"]
    assert len(krol) == 1 and "THOMAS KROL" in krol[0]["aliases"]


def test_capitals_the_report_never_writes_normally_are_no_name():
    report = parse_report("SALT LAKE CITY - Thomas Krol (NED) won the men's 1000m.")
    assert [a["name"] for a in report["athletes"]] == ["Thomas Krol"]


@pytest.mark.parametrize(
    "text",
    [
        "Men's 1000m. Estonia's Marten Liiv clocks 1:08.95.\n\nNing Zhongyan is 0.06 up on Liiv and finishes in "
        "1:08.87. China has the lead, and the Estonian finishes second.",
        "Men's 1000m. Marten Liiv (EST) clocks 1:08.95.\n\nNing Zhongyan beats Liiv with 1:08.87, and the Estonian "
        "finishes second.",
    ],
)
def test_a_nation_epithet_goes_to_the_skater_of_that_nation_named_in_passing(text):
    report = parse_report(text)
    assert result(report, "men-1000m", "Marten Liiv")["rank"] == 2
    assert {a["name"]: a["nation"] for a in report["athletes"]}["Ning Zhongyan"] is None


def test_each_brief_of_a_digest_opens_with_its_own_dateline():
    report = parse_report(
        "NAGANO, Japan, Nov. 9 – Femke Kok (NED) won the women's 500m in 37.48.\n\n"
        "HEERENVEEN, Netherlands, Dec. 14 – Norway's Sander Eitrem won the men's 5000m in 6:06.41.\n\n"
        "CALGARY, Jan. 25 – Miho Takagi won the women's 1000m in 1:13.44."
    )
    winners = {race["id"]: race["results"][0]["name"] for race in report["races"]}
    assert winners == {"women-500m": "Femke Kok", "men-5000m": "Sander Eitrem", "women-1000m": "Miho Takagi"}


def test_a_heading_in_capitals_after_the_copy_is_no_dateline():
    report = parse_report(
        "Hamar hosted the championships.\n\nTEAM PURSUIT – WOMEN\n\nIvanie Blondin, Isabelle Weidemann and "
        "Valérie Maltais of Canada won in 2:55.48."
    )
    assert report["races"][0]["id"] == "women-team-pursuit"


@pytest.mark.parametrize(
    "text",
    [
        "Miho Takagi won the women's 1000m in 1:13.44, edging Jutta Leerdam into second by two hundredths.",
        "Miho Takagi won the women's 1000m, pushing Jutta Leerdam down into second place.",
        "In the women's 1000m Miho Takagi beat Jutta Leerdam into second.",
    ],
)
def test_edging_someone_into_a_place_gives_them_that_place(text):
    assert podium(parse_report(text), "women-1000m") == [(1, "Miho Takagi"), (2, "Jutta Leerdam")]


def test_pipping_someone_to_a_medal_gives_the_medal_to_the_subject():
    report = parse_report("In the women's 1000m Kimi Goetz pipped Femke Kok to bronze.")
    assert podium(report, "women-1000m") == [(3, "Kimi Goetz"), (4, "Femke Kok")]


@pytest.mark.parametrize(
    "text",
    [
        "Women 3000 m\nWinner Joy Beune (NED) 3:59.87, ahead of Ragne Wiklund (NOR) 4:00.41 and Martina Sáblíková "
        "(CZE) 4:01.05.",
        "Women's 3000m.\nWinner: Joy Beune (NED) 3:59.87, ahead of Ragne Wiklund (NOR) 4:00.41.",
        "Women's 3000m: Joy Beune won in 3:59.87, ahead of Ragne Wiklund NOR 4:00.41 and Martina Sáblíková CZE "
        "4:01.05.",
    ],
)
def test_a_winner_named_by_the_noun_and_the_one_just_behind(text):
    assert podium(parse_report(text), "women-3000m")[:2] == [(1, "Joy Beune"), (2, "Ragne Wiklund")]


def test_last_years_winner_is_no_winner():
    report = parse_report("Women's 3000m: last year's winner Joy Beune was fourth in 4:02.10.")
    assert podium(report, "women-3000m") == [(4, "Joy Beune")]


@pytest.mark.parametrize(
    "text",
    [
        "Men's 500m: Damian Żurek won. Third place for Kim Jun-ho (KOR) in 34.52.",
        "Men's 500m: Damian Żurek won in 34.35. Third place for Kim Jun-ho, fourth for Marek Kania.",
    ],
)
def test_a_place_for_someone_is_theirs_not_the_last_subjects(text):
    assert podium(parse_report(text), "men-500m")[:2] == [(1, "Damian Żurek"), (3, "Kim Jun-ho")]


@pytest.mark.parametrize(
    "text",
    [
        "Results of the weekend.\n\nMen's 500m\n1. Jenning de Boo (NED) 34.39, 2. Damian Żurek (POL) 34.44\nPiotr "
        "Michalski skated in "
        "Division B (see Saturday).",
        "Results of the weekend.\n\nMen's 500m\n1. Jenning de Boo (NED) 34.39, 2. Damian Żurek (POL) 34.44\n"
        "Michalski raced in the B Division "
        "on Saturday instead.",
    ],
)
def test_a_division_named_after_a_race_has_results_does_not_change_it(text):
    assert parse_report(text)["races"][0]["id"] == "men-500m"


@pytest.mark.parametrize(
    ("text", "name", "nation", "rank"),
    [
        (
            "Sander Eitrem won the men's 5000m. Patrick Roest was second and the Italian Ghiotto took third.",
            "Ghiotto",
            "ITA",
            3,
        ),
        ("In the men's 5000m, Norway's Eitrem won ahead of Patrick Roest.", "Eitrem", "NOR", 1),
        ("Femke Kok won the women's 500m. The Japanese Yoshida was second.", "Yoshida", "JPN", 2),
        ("In the women's 3000m the Czech Sáblíková came fifth.", "Sáblíková", "CZE", 5),
        ("The Dutchwoman Beune won the women's 3000m.", "Beune", "NED", 1),
    ],
)
def test_a_surname_after_its_nation_is_a_skater(text, name, nation, rank):
    report = parse_report(text)
    found = [r for race in report["races"] for r in race["results"] if r["name"] == name]
    assert [(r["rank"], r["nation"]) for r in found] == [(rank, nation)]
    assert any(a["name"] == name and a["nation"] == nation for a in report["athletes"])


@pytest.mark.parametrize(
    "text",
    [
        "Joy Beune won the women's 3000m. The Czech Sáblíková, for so many years the queen of the long distances, "
        "came fifth.",
        "Joy Beune won the women's 3000m. Martina Sáblíková (CZE), once the queen of the long distances, came fifth.",
        "Joy Beune won the women's 3000m. Martina Sáblíková, by far the oldest woman in the field, came fifth.",
    ],
)
def test_an_epithet_set_beside_a_name_is_that_skater(text):
    report = parse_report(text)
    race = report["races"][0]
    assert [(r["rank"], r["name"]) for r in race["results"]][0] == (1, "Joy Beune")
    assert all(r["name"] != "Joy Beune" or r["rank"] == 1 for r in race["results"])
    assert result(report, "women-3000m", "Joy Beune")["nation"] is None
    assert [r["rank"] for r in race["results"] if "Sáblíková" in r["name"]] == [5]


@pytest.mark.parametrize(
    "aside",
    [
        "who is concentrating on the 1000 metres this season",
        "who skipped the 1500m",
        "whose best distance is the 1000m",
    ],
)
def test_a_race_named_in_an_aside_about_a_skater_does_not_change_the_race(aside):
    report = parse_report(f"Femke Kok won the women's 500m in 37.02. Jutta Leerdam, {aside}, finished fourth in 37.40.")
    assert [race["id"] for race in report["races"]] == ["women-500m"]
    assert result(report, "women-500m", "Jutta Leerdam")["rank"] == 4


def test_an_aside_that_states_a_result_keeps_its_race():
    report = parse_report(
        "Jutta Leerdam, who won the women's 1000m in 1:13.40, was fourth in the women's 500m in 37.40."
    )
    assert result(report, "women-1000m", "Jutta Leerdam")["rank"] == 1
    assert result(report, "women-500m", "Jutta Leerdam")["rank"] == 4


@pytest.mark.parametrize(
    "text",
    [
        "Jutta Leerdam won the women's 1000m in 1:14.48 and then watched Miho Takagi come up short in second place.",
        "Jutta Leerdam won the women's 1000m in 1:14.48, then saw Miho Takagi finish second.",
        "Jutta Leerdam won the women's 1000m in 1:14.48 and could only watch as Femke Kok was third, "
        "with Miho Takagi second.",
    ],
)
def test_what_follows_a_perception_verb_is_said_of_its_object(text):
    report = parse_report(text)
    assert result(report, "women-1000m", "Jutta Leerdam")["rank"] == 1
    assert result(report, "women-1000m", "Miho Takagi")["rank"] == 2


@pytest.mark.parametrize(
    "aside",
    [
        "whose 10.41 opener was the fastest of the night",
        "whose first win came in 2016",
        "whose coach was third in this race in 1998",
    ],
)
def test_a_whose_aside_places_no_one(aside):
    report = parse_report(f"Femke Kok won the women's 500m in 37.29. Miho Takagi, {aside}, faded to fifth in 37.70.")
    assert podium(report, "women-500m") == [(1, "Femke Kok"), (5, "Miho Takagi")]


@pytest.mark.parametrize(
    "text",
    [
        "Miho Takagi of Japan won the women's 1000m, with Jutta Leerdam of the Netherlands and Brittany Bowe of the "
        "United States taking silver and bronze, respectively.",
        "Miho Takagi won the women's 1000m. Jutta Leerdam of the Netherlands and Brittany Bowe of the United States "
        "were second and third.",
        "In the women's 1000m, Jutta Leerdam from the Netherlands and Brittany Bowe from the United States took "
        "silver and bronze respectively.",
    ],
)
def test_names_with_their_nation_after_them_still_form_a_list(text):
    report = parse_report(text)
    assert result(report, "women-1000m", "Jutta Leerdam")["rank"] == 2
    assert result(report, "women-1000m", "Brittany Bowe")["rank"] == 3
    assert result(report, "women-1000m", "Brittany Bowe")["nation"] == "USA"


@pytest.mark.parametrize(
    "text",
    [
        "Kim Min-sun grabbed silver in the women's 500m on Saturday, while compatriot Kim Jun-ho added a bronze on "
        "the men's side.",
        "Femke Kok won the women's 1500m. Among the men, Kjeld Nuis took bronze.",
    ],
)
def test_a_placing_of_the_other_gender_does_not_join_the_race_before(text):
    report = parse_report(text)
    assert all(len(race["results"]) == 1 for race in report["races"])
    assert any(w["code"] == "unplaced-result" for w in report["warnings"])


@pytest.mark.parametrize(
    "text",
    [
        "Brittany Bowe finished second in the women's 1000m in 1:14.22, 0.19 behind Japan's Miho Takagi.",
        "In the women's 1000m Brittany Bowe was second, 0.19 seconds behind Miho Takagi.",
        "Brittany Bowe took silver in the women's 1000m in 1:14.22, 0.19s slower than Miho Takagi.",
    ],
)
def test_second_by_a_margin_behind_someone_makes_them_the_winner(text):
    report = parse_report(text)
    assert podium(report, "women-1000m") == [(1, "Miho Takagi"), (2, "Brittany Bowe")]
    assert result(report, "women-1000m", "Miho Takagi")["time"] is None


def test_third_by_a_margin_behind_someone_does_not_place_them():
    report = parse_report("Brittany Bowe was third in the women's 1000m, 0.40 behind Miho Takagi.")
    assert podium(report, "women-1000m") == [(3, "Brittany Bowe")]


@pytest.mark.parametrize(
    "text",
    [
        "Jordan Stolz won the men's 1000m in 1:06.84, ahead of Jenning de Boo of the Netherlands (1:07.31).",
        "Jordan Stolz won the men's 1000m in 1:06.84, ahead of Jenning de Boo of the Netherlands in 1:07.31.",
        "Jordan Stolz won the men's 1000m in 1:06.84, ahead of Jenning de Boo from the Netherlands, 1:07.31.",
    ],
)
def test_a_time_after_a_name_and_its_nation_is_that_skaters(text):
    report = parse_report(text)
    assert result(report, "men-1000m", "Jenning de Boo")["rank"] == 2
    assert result(report, "men-1000m", "Jenning de Boo")["time"] == "1:07.31"


@pytest.mark.parametrize(
    "text",
    [
        "Jordan Stolz won the men's 1000m in 1:06.84. Dubreuil came back to finish seventh.",
        "Jordan Stolz won the men's 1000m in 1:06.84. Yoshida was on the podium again, this time in third place.",
        "Jordan Stolz won the men's 1000m in 1:06.84, and Wennemars took bronze.",
    ],
)
def test_a_placing_said_of_a_skater_never_named_in_full_goes_to_no_one_else(text):
    report = parse_report(text)
    assert podium(report, "men-1000m") == [(1, "Jordan Stolz")]
    assert report["warnings"]


@pytest.mark.parametrize(
    "text",
    [
        "Jordan Stolz won the men's 1000m in 1:06.84. He then came fifth in the 1500m.",
        "Jordan Stolz won the men's 1000m in 1:06.84. Then came fifth place in the 1500m for him.",
    ],
)
def test_a_clause_about_the_skater_just_named_still_carries_him(text):
    report = parse_report(text)
    assert result(report, "men-1500m", "Jordan Stolz")["rank"] == 5


@pytest.mark.parametrize(
    "text",
    [
        "Kim Min-sun won the women's 500m in 37.05. Kayo Vos was fourth. For Kim Min-sun it was already the second "
        "World Cup victory of the season.",
        "Kayo Vos was fourth in the women's 500m. For Kim Min-sun, it was a first win of the season.",
    ],
)
def test_the_skater_a_clause_opens_on_with_for_is_its_topic(text):
    report = parse_report(text)
    assert podium(report, "women-500m") == [(1, "Kim Min-sun"), (4, "Kayo Vos")]


@pytest.mark.parametrize(
    "text",
    [
        "Femke Kok (NED) won the women's 500m in 36.32. In the men's race, Jenning de Boo (NED) won in 33.74.",
        "Femke Kok (NED) won the women's 500m in 36.32, and the men's title went to Jenning de Boo (NED) in 33.74.",
        "Femke Kok (NED) took the women's 500m in 36.32.\n\nThe men's event was closer: Jenning de Boo (NED) won in "
        "33.74.",
    ],
)
def test_the_other_genders_race_is_the_same_distance(text):
    report = parse_report(text)
    assert podium(report, "women-500m") == [(1, "Femke Kok")]
    assert podium(report, "men-500m") == [(1, "Jenning de Boo")]


def test_the_last_race_a_clause_names_is_the_one_it_tells():
    report = parse_report(
        "Jorrit Bergsma (NED) won the men's mass start. If the men's race was a slow burn, the ladies' race was a "
        "brawl, and Irene Schouten (NED) won it."
    )
    assert podium(report, "men-mass-start") == [(1, "Jorrit Bergsma")]
    assert podium(report, "women-mass-start") == [(1, "Irene Schouten")]


def test_a_gender_named_beside_the_team_settles_the_teams_race():
    report = parse_report(
        "The team sprints closed the night. The Dutch women won in 1:24.87, with Poland second. The men's title "
        "went to China in 1:17.95; Canada took bronze."
    )
    assert podium(report, "women-team-sprint") == [(1, "NED"), (2, "POL")]
    assert podium(report, "men-team-sprint") == [(1, "CHN"), (3, "CAN")]


@pytest.mark.parametrize(
    "text",
    [
        "Peder Kongshaug (NOR) beat Jordan Stolz (USA) in the men's 1500m, 1:41.40 to 1:41.52, with Connor Howe (CAN) "
        "third in 1:41.97.",
        "Peder Kongshaug (NOR) was too strong in the men's 1500m, 1:41.40 to Jordan Stolz's 1:41.52, and Connor Howe "
        "(CAN) was third in 1:41.97. Stolz is American.",
        "Peder Kongshaug (NOR) denied Jordan Stolz (USA) victory in the men's 1500m, 1:41.40 to 1:41.52; Connor Howe "
        "(CAN) was third in 1:41.97.",
    ],
)
def test_a_scoreline_sets_two_times_against_each_other(text):
    report = parse_report(text)
    assert podium(report, "men-1500m") == [(1, "Peder Kongshaug"), (2, "Jordan Stolz"), (3, "Connor Howe")]
    assert result(report, "men-1500m", "Jordan Stolz")["time"] == "1:41.52"
    assert result(report, "men-1500m", "Peder Kongshaug")["time"] == "1:41.40"


def test_a_scoreline_alone_places_no_one():
    report = parse_report("Peder Kongshaug (NOR) beat Jordan Stolz (USA) in the men's 1500m, 1:41.40 to 1:41.52.")
    assert all(not race["results"] or all(r["rank"] is None for r in race["results"]) for race in report["races"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the women's 500m, Lea Sophie Scholz (GER) finished 14th, one place ahead of her teammate Roxanne "
            "Dufter.",
            (15, "Roxanne Dufter"),
        ),
        (
            "In the women's 500m, Lea Sophie Scholz (GER) finished 14th, one place behind Roxanne Dufter (GER).",
            (13, "Roxanne Dufter"),
        ),
        (
            "In the women's 500m, Lea Sophie Scholz (GER) was 14th in 38.62, two places ahead of Germany's Roxanne "
            "Dufter.",
            (16, "Roxanne Dufter"),
        ),
    ],
)
def test_places_apart_from_a_placed_skater(text, expected):
    assert expected in podium(parse_report(text), "women-500m")


def test_a_korean_family_name_shared_by_two_skaters_named_earlier_is_left_unread():
    report = parse_report(
        "Kim Min-sun (KOR) won the women's 500m in 37.84.\n\n"
        "In the men's team sprint South Korea, with Kim Jun-ho leading off, were fourth.\n\n"
        "In the women's 1000m, Miho Takagi (JPN) won and Kim was eighth.\n"
    )
    assert all(row[1] != "Kim Jun-ho" for row in podium(report, "women-1000m"))


def test_a_family_name_right_after_its_full_name_is_that_skater():
    report = parse_report(
        "Kim Min-sun (KOR) won the women's 500m in 37.84. In the men's 500m, Kim Jun-ho (KOR) was third and Kim "
        "said he was happy."
    )
    assert podium(report, "men-500m") == [(3, "Kim Jun-ho")]


def test_a_time_after_her_is_not_the_named_skaters():
    report = parse_report(
        "Femke Kok (NED) won the women's 500m. Her 37.48 left Erin Jackson (USA) with silver in 37.62."
    )
    assert result(report, "women-500m", "Erin Jackson")["time"] == "37.62"


@pytest.mark.parametrize(
    "text",
    [
        "Sander Eitrem (NOR) won the men's 5000m. It was his first victory at home: he went through 3,000 metres in "
        "3:40.9.",
        "Sander Eitrem (NOR) took the win in the men's 5000m. His victory was built late: after 3000m he was 0.8 down.",
        "Sander Eitrem (NOR) won the men's 5000m. The victory came late; at 3,000 m he had been 0.8 down.",
    ],
)
def test_a_split_distance_is_not_a_race(text):
    report = parse_report(text)
    assert [race["id"] for race in report["races"]] == ["men-5000m"]


@pytest.mark.parametrize(
    "text",
    [
        "Jordan Stolz (USA) won the men's 1500m. (An earlier version of this story gave Stolz's time as 1:42.18.)",
        "Jordan Stolz (USA) won the men's 1500m; a previous version of this report said Stolz clocked 1:42.18.",
        "Jordan Stolz (USA) won the men's 1500m.\n\nThe original version of this story had Stolz in 1:42.18.",
    ],
)
def test_a_corrected_value_is_not_a_result(text):
    report = parse_report(text)
    assert podium(report, "men-1500m") == [(1, "Jordan Stolz")]
    assert result(report, "men-1500m", "Jordan Stolz")["time"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Francesca Lollobrigida (ITA) won the women's 3000m.\n\nLollobrigida's victory remains Italy's only medal, a "
        "statistic the locals hope to change when the mass start closes the programme.",
        "Francesca Lollobrigida (ITA) won the women's 3000m.\n\nHer victory will not be the last, she says, once the "
        "team pursuit begins on Friday.",
        "Francesca Lollobrigida (ITA) won the women's 3000m.\n\nShe has the win in the bag and will rest until the "
        "5000m starts next week.",
    ],
)
def test_a_race_still_to_come_gets_no_result(text):
    assert [race["id"] for race in parse_report(text)["races"]] == ["women-3000m"]


@pytest.mark.parametrize(
    "text",
    [
        "Claudia Pechstein came fourth over 3000 metres in 4:03.18.\n\nThird place went to Antoinette de Jong in "
        "4:03.10, and she was happy with it.",
        "Claudia Pechstein came fourth over 3000 metres in 4:03.18.\n\nAntoinette de Jong was third in 4:03.10; her "
        "coach was pleased.",
        "Claudia Pechstein came fourth over 3000 metres.\n\nAntoinette de Jong finished third, and she said the ice "
        "was slow.",
    ],
)
def test_a_pronoun_in_a_later_paragraph_of_the_race_gives_its_gender(text):
    report = parse_report(text)
    assert [race["id"] for race in report["races"]] == ["women-3000m"]
    assert podium(report, "women-3000m") == [(3, "Antoinette de Jong"), (4, "Claudia Pechstein")]


@pytest.mark.parametrize(
    "text, race_id",
    [
        ("Brittany Bowe bounced back in the women's races. In the 500, Erin Jackson won in 36.88.", "women-500m"),
        ("She skipped the 1,000, but in the women's 1,500, Brittany Bowe won in 1:53.40.", "women-1500m"),
        ("In the men's events, the 1,000 went to Jordan Stolz in 1:06.05.", "men-1000m"),
        ("The men's programme ended with Sunday's 5,000, won by Sander Eitrem in 6:08.71.", "men-5000m"),
    ],
)
def test_a_distance_written_without_its_unit_names_the_race(text, race_id):
    report = parse_report(text)
    assert [race["id"] for race in report["races"]] == [race_id]
    assert [result["rank"] for result in report["races"][0]["results"]] == [1]


@pytest.mark.parametrize(
    "text",
    [
        "The 1,000 fans in the stands saw Jordan Stolz win the men's 1500m in 1:42.10.",
        "Jordan Stolz, cheered on by some 500 supporters, won the men's 1500m in 1:42.10.",
    ],
)
def test_a_bare_number_before_a_noun_is_no_distance(text):
    assert [race["id"] for race in parse_report(text)["races"]] == ["men-1500m"]


@pytest.mark.parametrize(
    "text",
    [
        "The men raced on Saturday. Havard Lorentzen, the Olympic 500-metre champion, was fourth in the 1000 metres.",
        "The men raced on Saturday. The reigning 500 m champion Havard Lorentzen was fourth in the 1000 metres.",
        "The men raced on Saturday. Former 500-meter medallist Havard Lorentzen finished fourth in the 1000 metres.",
    ],
)
def test_a_title_over_a_distance_is_no_race(text):
    assert podium(parse_report(text), "men-1000m") == [(4, "Havard Lorentzen")]


@pytest.mark.parametrize(
    "text",
    [
        "Joy Beune kept the lead, although it was Ragne Wiklund who won the women's 3000m. "
        "The Norwegian clocked 3:57.48, and Beune was second in 3:58.10.",
        "Ragne Wiklund won the women's 3000m, with Joy Beune watching. The Norwegian clocked 3:57.48, and Beune was "
        "second.",
        "Ragne Wiklund took the women's 3000m while Joy Beune looked on. "
        "The Norwegian clocked 3:57.48; Beune was second.",
    ],
)
def test_an_epithet_two_skaters_of_unknown_nation_could_carry_is_left_unread(text):
    beune = result(parse_report(text), "women-3000m", "Joy Beune")
    assert beune["rank"] == 2
    assert beune["nation"] is None and beune["time"] in (None, "3:58.10")


@pytest.mark.parametrize(
    "text",
    [
        "Erin Jackson won the women's 500m in 37.12. Femke Kok won the overall 500m World Cup with 560 points.",
        "Erin Jackson won the women's 500m in 37.12. The 500m globe went to Femke Kok, fifth on the day.",
        "Erin Jackson won the women's 500m in 37.12, but Femke Kok took the Crystal Globe for the distance.",
    ],
)
def test_a_season_trophy_is_no_race_win(text):
    report = parse_report(text)
    assert [race["id"] for race in report["races"]] == ["women-500m"]
    assert all(placed["name"] != "Femke Kok" or placed["rank"] == 5 for placed in report["races"][0]["results"])


@pytest.mark.parametrize(
    "text",
    [
        "Femke Kok was fifth in the women's 500m. Kok, who won five of the season's eight 500m races, was calm.",
        "Femke Kok was fifth in the women's 500m. She has won four of her last six 500m starts.",
        "Femke Kok was fifth in the women's 500m, although she took three of the four 500m races before Christmas.",
    ],
)
def test_a_count_of_races_won_is_no_result(text):
    report = parse_report(text)
    assert [race["id"] for race in report["races"]] == ["women-500m"]
    assert podium(report, "women-500m") == [(5, "Femke Kok")]


@pytest.mark.parametrize(
    "text",
    [
        "Miho Takagi won the women's 1000m in 1:13.19.\n\nJutta Leerdam took silver in 1:13.83. "
        "She had handed her 500m spot to a teammate.",
        "Miho Takagi won the women's 1000m in 1:13.19.\n\nJutta Leerdam was second in 1:13.83. "
        "Leerdam skips the 500m on Sunday.",
        "Miho Takagi won the women's 1000m in 1:13.19.\n\nJutta Leerdam finished runner-up in 1:13.83, "
        "a day after her 500m ended in a fall.",
    ],
)
def test_a_later_distance_the_times_rule_out_is_not_the_paragraphs_race(text):
    report = parse_report(text)
    assert podium(report, "women-1000m") == [(1, "Miho Takagi"), (2, "Jutta Leerdam")]
    assert [race["id"] for race in report["races"]] == ["women-1000m"]


@pytest.mark.parametrize(
    "text",
    [
        "Ellia Smeding won the women's 1500m B Division in 1:58.41.\n\n"
        "There was no stopping Joy Beune in the A race. Miho Takagi was second in 1:55.90.",
        "Ellia Smeding won the women's 1500m B Division in 1:58.41.\n\n"
        "In the A race, Joy Beune won in 1:55.48. Miho Takagi was second in 1:55.90.",
        "Ellia Smeding won the B group of the women's 1500m in 1:58.41.\n\n"
        "Miho Takagi was second in the A race in 1:55.90, behind Joy Beune.",
    ],
)
def test_the_a_race_after_the_b_division_is_the_same_distance_in_the_top_division(text):
    report = parse_report(text)
    assert (2, "Miho Takagi") in podium(report, "women-1500m")
    assert podium(report, "women-1500m-b") == [(1, "Ellia Smeding")]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Pavel Kulizhnikov won the men's 500m at the Russian single distance championships. "
            "Natalia Voronina, bronze medallist of the 2018 Olympic Games, won the women's 3000m.",
            "National Speed Skating Championships",
        ),
        (
            "Jordan Stolz won the men's 1000m at the World Cup in Calgary. He was fourth at the 2022 Olympics.",
            "ISU World Cup Speed Skating",
        ),
        (
            "Kok, the 2018 Olympic Games sixth-placer, won the women's 500m at the European Championships.",
            "ISU European Speed Skating Championships",
        ),
        ("Ireen Wust, 2010 Olympic Games champion, won the women's 1500m in 1:55.10.", "Olympic Winter Games"),
    ],
)
def test_a_competition_with_a_year_before_it_is_another_edition(text, name):
    assert parse_report(text)["competition"]["name"] == name


@pytest.mark.parametrize(
    "text",
    [
        "Pavel Kulizhnikov won the men's 500m at the Russian single distance championships in 34.71.",
        "At the Dutch single distances championships, Pavel Kulizhnikov won the men's 500m in 34.71.",
    ],
)
def test_single_distance_championships_are_no_count_of_races(text):
    assert podium(parse_report(text), "men-500m") == [(1, "Pavel Kulizhnikov")]


@pytest.mark.parametrize(
    "text",
    [
        "Angelina Golikova was second in the women's 1000m. Golikova, who won the 500 m at the Russian Cup stage "
        "in Chelyabinsk a fortnight ago, leads the standings.",
        "Angelina Golikova was second in the women's 1000m. She had won the 500 m at the same rink in the "
        "national cup final three weeks earlier.",
        "Angelina Golikova was second in the women's 1000m, and she won the 500 m here in front of her family "
        "two seasons ago.",
    ],
)
def test_a_result_told_as_long_ago_is_no_result(text):
    assert [race["id"] for race in parse_report(text)["races"]] == ["women-1000m"]


@pytest.mark.parametrize(
    "text",
    [
        "Cornelius Kersten came 12th in the men's 1000m in 1:09.64 - a long way short of the eighth place he took "
        "in Calgary a fortnight ago.",
        "Cornelius Kersten was 12th in the men's 1000m - well short of his eighth place of three weeks ago.",
    ],
)
def test_a_dash_ends_what_long_ago_hides(text):
    assert podium(parse_report(text), "men-1000m") == [(12, "Cornelius Kersten")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In the men's mass start the bronze medal was taken by Sergey Trofimov.", [(3, "Sergey Trofimov")]),
        ("The women's 500m bronze was won by Kim Min-sun.", [(3, "Kim Min-sun")]),
        ("In the men's 1500m, silver was claimed by Kjeld Nuis.", [(2, "Kjeld Nuis")]),
        ("In the men's 1500m, the silver medal was picked up by Kjeld Nuis.", [(2, "Kjeld Nuis")]),
    ],
)
def test_a_medal_taken_by_someone_is_that_medal(text, expected):
    report = parse_report(text)
    race_id = report["races"][0]["id"]
    assert podium(report, race_id) == expected


@pytest.mark.parametrize(
    "text",
    [
        "1. Zurek does not flinch\n\nDamian Zurek won the men's 1000m in 1:08.19.\n\n2. Joy Beune's bib is going "
        "nowhere\n\nJoy Beune won the women's 1500m in 1:55.09.",
        "1. Damian Zurek rules at home\n\nZurek won the men's 1000m in 1:08.19.\n\n2. Joy Beune keeps the lead in "
        "the standings\n\nBeune won the women's 1500m in 1:55.09.",
    ],
)
def test_a_numbered_heading_is_no_ranked_list(text):
    report = parse_report(text)
    assert podium(report, "men-1000m") == [(1, "Damian Zurek")]
    assert podium(report, "women-1500m") == [(1, "Joy Beune")]


@pytest.mark.parametrize(
    "row",
    ["4. Jenning de Boo DNF", "4. Jenning de Boo (NED) 1:08.40", "4. Jenning de Boo"],
)
def test_a_one_item_row_still_ranks(row):
    text = f"Men's 1000m\n1. Jordan Stolz (USA) 1:07.80\n\nA long way back:\n{row}\n"
    assert (4, "Jenning de Boo") in podium(parse_report(text), "men-1000m")


@pytest.mark.parametrize(
    "text",
    [
        "Bart Swings, still the cleverest man in the pack, won the mass start.",
        "The mass start went to Bart Swings, a man who knows every trick.",
        "Irene Schouten, the finest woman in the pack, won the mass start.",
    ],
)
def test_man_or_woman_gives_the_races_gender(text):
    gender = "women" if "woman" in text else "men"
    assert [race["id"] for race in parse_report(text)["races"]] == [f"{gender}-mass-start"]


@pytest.mark.parametrize(
    "text",
    [
        "At 38, Ted-Jan Bloemen is not done yet. The Dutch-born veteran finished third in the men's 5000m.",
        "Ted-Jan Bloemen, the Dutch-born Canadian, finished third in the men's 5000m.",
        "The Norway-based Ted-Jan Bloemen finished third in the men's 5000m.",
    ],
)
def test_where_a_skater_was_born_or_lives_is_no_nation(text):
    bloemen = result(parse_report(text), "men-5000m", "Ted-Jan Bloemen")
    assert bloemen["rank"] == 3
    assert bloemen["nation"] in (None, "CAN")


@pytest.mark.parametrize(
    "text",
    [
        "The Polish fans got their money's worth: Marek Kania and Damian Zurek finished second and third in the "
        "men's 500 metres.",
        "The Polish supporters roared as Marek Kania and Damian Zurek finished second and third in the men's 500m.",
        "The Polish flags were out when Marek Kania and Damian Zurek finished second and third in the men's 500m.",
    ],
)
def test_fans_of_a_nation_are_no_competitor(text):
    assert podium(parse_report(text), "men-500m") == [(2, "Marek Kania"), (3, "Damian Zurek")]


@pytest.mark.parametrize(
    "text",
    [
        "Marijke Groenewoud and Francesca Lollobrigida were second and third respectively in the women's mass start.",
        "Ivanie Blondin won the women's mass start, Marijke Groenewoud and Francesca Lollobrigida finishing second "
        "and third respectively.",
        "In the women's mass start, Marijke Groenewoud and Francesca Lollobrigida took second and third place, "
        "respectively, behind Ivanie Blondin.",
    ],
)
def test_respectively_pairs_competitors_with_bare_ordinals(text):
    placed = dict((name, rank) for rank, name in podium(parse_report(text), "women-mass-start"))
    assert placed["Marijke Groenewoud"] == 2
    assert placed["Francesca Lollobrigida"] == 3


@pytest.mark.parametrize(
    "text",
    [
        "Ivanie Blondin won the women's mass start ahead of Marijke Groenewoud and Francesca Lollobrigida.",
        "Ivanie Blondin won the women's mass start from Marijke Groenewoud and Francesca Lollobrigida, attacking on "
        "the last lap.",
        "Ivanie Blondin (CAN) won the women's mass start in 8:21.30, ahead of Marijke Groenewoud (NED) and "
        "Francesca Lollobrigida (ITA).",
        "Ivanie Blondin took the women's mass start from a reduced group ahead of Marijke Groenewoud and Francesca "
        "Lollobrigida.",
    ],
)
def test_a_win_ahead_of_two_skaters_puts_them_second_and_third(text):
    assert podium(parse_report(text), "women-mass-start") == [
        (1, "Ivanie Blondin"),
        (2, "Marijke Groenewoud"),
        (3, "Francesca Lollobrigida"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the times say the order is not the order of the names
        "Jordan Stolz won the men's 1000m in 1:06.05 ahead of Jenning de Boo (1:06.50) and Ning Zhongyan (1:06.30).",
        # the rest of the sentence tells the places
        "Jordan Stolz won the men's 1000m ahead of Jenning de Boo and Ning Zhongyan, who shared second place.",
    ],
)
def test_a_win_ahead_of_two_skaters_is_not_read_as_their_order_when_the_text_says_otherwise(text):
    placed = podium(parse_report(text), "men-1000m")
    assert (3, "Ning Zhongyan") not in placed
    assert (2, "Jenning de Boo") not in placed or (2, "Ning Zhongyan") in placed


@pytest.mark.parametrize(
    "text",
    [
        "HEERENVEEN, Netherlands (AP) - Jordan Stolz won the men's 1000m in 1:06.50. Miho Takagi owns the 1000m gold "
        "from Beijing, won in 1:13.19 ahead of Jutta Leerdam and Brittany Bowe.",
        "HEERENVEEN, Netherlands (AP) - Jordan Stolz won the men's 1000m in 1:06.50. He still remembers the 1500m "
        "silver in Calgary, taken in 1:43.90 behind Kjeld Nuis.",
        "HEERENVEEN, Netherlands (AP) - Jordan Stolz won the men's 1000m in 1:06.50. The women's 1000m title in "
        "Beijing, claimed in 1:13.19, went to Miho Takagi.",
    ],
)
def test_a_participle_after_another_venue_tells_of_that_venue(text):
    report = parse_report(text)
    assert [r["id"] for r in report["races"]] == ["men-1000m"]
    assert podium(report, "men-1000m") == [(1, "Jordan Stolz")]


@pytest.mark.parametrize(
    "text",
    [
        "Ivanie Blondin won the women's mass start, with Marijke Groenewoud and Francesca Lollobrigida second and "
        "third.",
        "Ivanie Blondin won the women's mass start; Marijke Groenewoud and Francesca Lollobrigida were second and "
        "third.",
        "Women's mass start: Ivanie Blondin first, Marijke Groenewoud and Francesca Lollobrigida second and third.",
    ],
)
def test_names_listed_before_listed_ordinals_take_them_in_order(text):
    assert podium(parse_report(text), "women-mass-start") == [
        (1, "Ivanie Blondin"),
        (2, "Marijke Groenewoud"),
        (3, "Francesca Lollobrigida"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kjeld Nuis was fourth in the men's 1000m, Joep Wennemars fifth and Laurent Dubreuil, Connor Howe and "
        "Cooper McLeod sixth, seventh and eighth.",
        "In the men's 1000m Kjeld Nuis was fourth, and Laurent Dubreuil (CAN), Connor Howe (CAN) and Cooper McLeod "
        "(USA) sixth, seventh and eighth.",
    ],
)
def test_three_names_take_three_listed_ordinals_in_order(text):
    placed = dict((name, rank) for rank, name in podium(parse_report(text), "men-1000m"))
    assert (placed["Laurent Dubreuil"], placed["Connor Howe"], placed["Cooper McLeod"]) == (6, 7, 8)


@pytest.mark.parametrize(
    "text",
    [
        "Canadians Laurent Dubreuil and Connor Howe were second and third in the men's 1000m.",
        "The Canadian pair Laurent Dubreuil and Connor Howe were second and third in the men's 1000m.",
        "The Canadian duo Laurent Dubreuil and Connor Howe finished second and third in the men's 1000m.",
    ],
)
def test_a_plural_nation_word_before_a_list_of_names_is_each_ones_nation(text):
    report = parse_report(text)
    assert podium(report, "men-1000m") == [(2, "Laurent Dubreuil"), (3, "Connor Howe")]
    assert [result(report, "men-1000m", who)["nation"] for who in ("Laurent Dubreuil", "Connor Howe")] == [
        "CAN",
        "CAN",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Norwegian Sander Eitrem and Kjeld Nuis were second and third in the men's 1500m.",
        "Canadian Laurent Dubreuil and Jordan Stolz were second and third in the men's 1000m.",
    ],
)
def test_a_singular_nation_word_is_the_nation_of_the_first_name_only(text):
    report = parse_report(text)
    second = report["races"][0]["results"][1]
    assert second["rank"] == 3
    assert second["nation"] is None


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch trio Joy Beune, Antoinette Rijpma-de Jong and Marijke Groenewoud won the women's team pursuit in "
        "2:55.10.",
        "The Dutch squad Joy Beune, Antoinette Rijpma-de Jong and Marijke Groenewoud won the women's team pursuit "
        "in 2:55.10.",
    ],
)
def test_a_nation_trio_named_by_its_members_is_one_team(text):
    (team,) = next(r for r in parse_report(text)["races"] if r["id"] == "women-team-pursuit")["results"]
    assert (team["rank"], team["nation"], team["time"]) == (1, "NED", "2:55.10")
    assert team["members"] == ["Joy Beune", "Antoinette Rijpma-de Jong", "Marijke Groenewoud"]


GALLERY = (
    "Photo 1 of 4: Jutta Leerdam of the Netherlands celebrates after winning gold in the women's 1000 m in 1:12.31. "
    "(Photo: Getty Images)\n\n"
    "Photo 2 of 4: Femke Kok (NED) looks up at the scoreboard after clocking 1:12.58, good enough for silver. "
    "(Photo: Reuters)\n\n"
    "Photo 3 of 4: Miho Takagi of Japan salutes the crowd after taking bronze in 1:12.94. (Photo: AP)\n\n"
    "Photo 4 of 4: Supporters in orange wigs pack the stands before the race. (Photo: Getty Images)\n"
)


def test_captions_written_as_sentences_state_results():
    report = parse_report(GALLERY)
    assert [r["id"] for r in report["races"]] == ["women-1000m"]
    assert podium(report, "women-1000m") == [(1, "Jutta Leerdam"), (2, "Femke Kok"), (3, "Miho Takagi")]
    assert [r["time"] for r in report["races"][0]["results"]] == ["1:12.31", "1:12.58", "1:12.94"]


@pytest.mark.parametrize(
    "text",
    [
        # a caption that disagrees with the text (a file photo) adds nothing and makes no second race
        "Jutta Leerdam won the women's 1000m in 1:13.00, ahead of Femke Kok.\n\n"
        "Femke Kok (NED) celebrates after winning the women's 1000m. (Photo: ANP)\n\n"
        "Miho Takagi was third.\n",
        # a caption before the text that tells the race
        "Femke Kok of the Netherlands celebrates her silver in the women's 1000m. (Photo: ANP)\n\n"
        "Jutta Leerdam won the women's 1000m in 1:13.00, ahead of Femke Kok. Miho Takagi was third.\n",
    ],
)
def test_a_caption_never_makes_a_second_race(text):
    report = parse_report(text)
    assert [r["id"] for r in report["races"]] == ["women-1000m"]
    assert podium(report, "women-1000m") == [(1, "Jutta Leerdam"), (2, "Femke Kok"), (3, "Miho Takagi")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jutta Leerdam celebrated after winning the women's 1000m in 1:12.31.", [(1, "Jutta Leerdam")]),
        ("Jutta Leerdam waved to the crowd after taking silver in the women's 1000m.", [(2, "Jutta Leerdam")]),
        # a result of its own in the sentence: the one after "after" is an earlier one
        (
            "Jutta Leerdam won the women's 1000m after finishing fourth in the 500m on Friday.",
            [(1, "Jutta Leerdam")],
        ),
    ],
)
def test_a_reaction_after_a_result_is_that_result(text, expected):
    assert podium(parse_report(text), "women-1000m") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jenning de Boo powers down the home straight on his way to gold in the men's 500m.", 1),
        ("Femke Kok was on her way to silver in the women's 500m.", 2),
        ("Jordan Stolz set a track record on his way to victory in the men's 1000m.", 1),
    ],
)
def test_on_the_way_to_a_medal_is_that_medal(text, expected):
    (race,) = parse_report(text)["races"]
    assert [r["rank"] for r in race["results"]] == [expected]


@pytest.mark.parametrize(
    "text, race_id",
    [
        ("Ladies' MS to close. Marijke Groenewoud takes it in 8:31.45, ahead of Ivanie Blondin.", "women-mass-start"),
        ("Men's TP: Norway won in 3:41.06, the USA second in 3:41.72.", "men-team-pursuit"),
        ("Women's TS: Canada won in 1:27.80.", "women-team-sprint"),
    ],
)
def test_abbreviated_team_and_mass_start_events_after_a_gender(text, race_id):
    assert [r["id"] for r in parse_report(text)["races"]] == [race_id]


def test_ms_without_a_gender_before_it_is_no_race():
    assert parse_report("MS Dhoni watched from the stands as Femke Kok won the women's 500m.")["races"][0]["id"] == (
        "women-500m"
    )
    assert len(parse_report("MS Dhoni watched from the stands as Femke Kok won the women's 500m.")["races"]) == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Women's 500m: Erin Jackson was second in 37.44. Another World Cup win for Femke Kok, her second in a row.",
            [(1, "Femke Kok"), (2, "Erin Jackson")],
        ),
        (
            "In the women's 500m, Erin Jackson was second. Gold for Femke Kok, bronze for Kim Min-sun.",
            [(1, "Femke Kok"), (2, "Erin Jackson"), (3, "Kim Min-sun")],
        ),
        (
            "Kim Min-sun was third in the women's 500m. It was a first win of the season for Femke Kok.",
            [(1, "Femke Kok"), (3, "Kim Min-sun")],
        ),
    ],
)
def test_a_win_or_medal_for_someone_is_theirs(text, expected):
    assert podium(parse_report(text), "women-500m") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Femke Kok won the women's 500m in 37.29, Erin Jackson 2nd in 37.44, Kim Min-sun 3rd with 37.58.",
        "Femke Kok won the women's 500m, with Erin Jackson second and Kim Min-sun third.",
        "Femke Kok won the women's 500m; Erin Jackson was second, Kim Min-sun third in 37.58.",
    ],
)
def test_an_ordinal_after_a_hyphenated_given_name_is_that_skaters(text):
    assert podium(parse_report(text), "women-500m") == [(1, "Femke Kok"), (2, "Erin Jackson"), (3, "Kim Min-sun")]


@pytest.mark.parametrize(
    "text",
    [
        "Yuma Murakami took bronze in the men's 500m. Laurent Dubreuil, third on Friday, fell on the opening straight.",
        "Yuma Murakami took bronze in the men's 500m, while Kim Jun-ho, third on Friday, fell on the opening straight.",
        "Yuma Murakami took bronze in the men's 500m. Kim Jun-ho, second in the first 500m, fell at the start.",
    ],
)
def test_a_place_on_another_day_in_an_aside_is_no_result(text):
    assert podium(parse_report(text), "men-500m") == [(3, "Yuma Murakami")]


@pytest.mark.parametrize(
    "text",
    [
        "In the women's 500m, Femke Kok won with Miho Takagi third, our Serena Pergher finished seventh in 38.02.",
        "In the women's 500m, Femke Kok won in 37.41, with our Serena Pergher finishing seventh in 38.02.",
    ],
)
def test_our_skater_opens_a_clause_of_her_own(text):
    assert (7, "Serena Pergher") in podium(parse_report(text), "women-500m")
    assert (1, "Femke Kok") in podium(parse_report(text), "women-500m")


@pytest.mark.parametrize(
    "text",
    [
        "Men's 1000m. Jordan Stolz, Ning Zhongyan and Kjeld Nuis all went under 1:09.\nPodium: Stolz, Ning, Nuis.",
        "Men's 1000m podium: Jordan Stolz, Ning Zhongyan and Kjeld Nuis.",
        "Men's 1000m. Podium - Jordan Stolz (USA), Ning Zhongyan (CHN), Kjeld Nuis (NED).",
    ],
)
def test_a_podium_list_ranks_in_order(text):
    assert podium(parse_report(text), "men-1000m") == [(1, "Jordan Stolz"), (2, "Ning Zhongyan"), (3, "Kjeld Nuis")]


@pytest.mark.parametrize(
    "text",
    [
        "Jordan Stolz won the men's 1000m. The top five, as the scoreboard had it: Stolz (USA) 1:06.12, Ning "
        "Zhongyan (CHN) 1:06.45, Kjeld Nuis (NED) 1:06.58, Joep Wennemars (NED) 1:06.71, Laurent Dubreuil (CAN) "
        "1:06.90.",
        "Men's 1000m, top five: Jordan Stolz 1:06.12; Ning Zhongyan 1:06.45; Kjeld Nuis 1:06.58; Joep Wennemars "
        "1:06.71; Laurent Dubreuil 1:06.90.",
        "In the men's 1000m the first five were: Jordan Stolz, Ning Zhongyan, Kjeld Nuis, Joep Wennemars and "
        "Laurent Dubreuil.",
    ],
)
def test_a_list_the_text_calls_the_top_five_ranks_in_order(text):
    assert [name for _, name in podium(parse_report(text), "men-1000m")] == [
        "Jordan Stolz",
        "Ning Zhongyan",
        "Kjeld Nuis",
        "Joep Wennemars",
        "Laurent Dubreuil",
    ]
    assert [rank for rank, _ in podium(parse_report(text), "men-1000m")] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    "text",
    [
        # four names for a top five
        "Men's 1000m, top five: Jordan Stolz 1:06.12, Ning Zhongyan 1:06.45, Kjeld Nuis 1:06.58, Joep Wennemars "
        "1:06.71.",
        # times out of order: not a list in finishing order
        "Men's 1000m, top three: Jordan Stolz 1:06.12, Ning Zhongyan 1:06.85, Kjeld Nuis 1:06.58.",
    ],
)
def test_a_top_list_that_does_not_add_up_ranks_no_one(text):
    assert [r["rank"] for race in parse_report(text)["races"] for r in race["results"]] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jenning de Boo won the men's 500m. Men's 1000m podium: Jordan Stolz, de Boo (NED), Ning Zhongyan.", 2),
        ("Antoinette de Jong skated well. In the women's 3000m, Joy Beune won and de Jong (NED) was fourth.", 4),
        ("Jorrit van der Velde started well. In the men's 1500m, van der Velde (NED) was third.", 3),
    ],
)
def test_a_family_name_with_its_particle_is_the_skater_named_in_full(text, expected):
    report = parse_report(text)
    ranks = {r["name"]: r["rank"] for race in report["races"] for r in race["results"] if race["id"] != "men-500m"}
    assert expected in ranks.values()
    assert not any(name in ranks for name in ("Boo", "Velde", "Jong"))


def test_a_split_read_as_a_time_does_not_keep_a_list_from_its_race():
    text = (
        "Jordan Stolz won the men's 1000m. Ning Zhongyan led at 600 metres, 40.65 to 40.69.\n\n"
        "The top three: Jordan Stolz 1:06.12, Ning Zhongyan 1:06.45, Kjeld Nuis 1:06.58."
    )
    assert podium(parse_report(text), "men-1000m") == [(1, "Jordan Stolz"), (2, "Ning Zhongyan"), (3, "Kjeld Nuis")]


@pytest.mark.parametrize(
    "text",
    [
        "Marijke Groenewoud took bronze in the women's 1500m. Her coach remembered last season, when she came "
        "eleventh in the same race.",
        "Marijke Groenewoud took bronze in the women's 1500m. It was a long way from a year ago, when she finished "
        "eleventh and thought of quitting.",
    ],
)
def test_a_when_clause_after_a_past_time_tells_of_that_time(text):
    assert podium(parse_report(text), "women-1500m") == [(3, "Marijke Groenewoud")]


@pytest.mark.parametrize(
    "text",
    [
        "Brittany Bowe skated 1:52.67 for fourth in the women's 1500m.",
        "In the women's 1500m Brittany Bowe clocked 1:52.67 for fourth in her pair's best time.",
    ],
)
def test_a_time_for_a_place_is_that_place(text):
    assert podium(parse_report(text), "women-1500m") == [(4, "Brittany Bowe")]


def test_a_place_said_again_where_no_race_is_named_is_the_race_it_was_given_in():
    text = (
        "Erin Jackson placed third in the women's 500m. Brittany Bowe was fourth in the women's 1500m.\n\n"
        "Jackson is 33. Her bronze was the 22nd World Cup podium of her career."
    )
    report = parse_report(text)
    assert podium(report, "women-1500m") == [(4, "Brittany Bowe")]
    assert podium(report, "women-500m") == [(3, "Erin Jackson")]


@pytest.mark.parametrize(
    "text",
    [
        "Magnus Fjellheim took silver in the men's 1500m. Peder Kongshaug held on down the last lap to finish in "
        "1:45.08 and win.",
        "Magnus Fjellheim took silver in the men's 1500m. Peder Kongshaug won, with a 27.9 lap to finish in 1:45.08.",
        "Magnus Fjellheim took silver in the men's 1500m. Peder Kongshaug won; his opening lap set him up to clock "
        "1:45.08.",
    ],
)
def test_a_finishing_time_after_a_lap_is_no_split(text):
    kongshaug = result(parse_report(text), "men-1500m", "Peder Kongshaug")
    assert (kongshaug["rank"], kongshaug["time"]) == (1, "1:45.08")


@pytest.mark.parametrize(
    "text, name, nation",
    [
        ("Peder Kongshaug won the men's 1500m in 1:45.08.", "Peder Kongshaug", None),
        ("Finn Joni Kalliomaki won the men's 1500m in 1:45.08.", "Joni Kalliomaki", "FIN"),
        ("Dane Viktor Hald Thorup won the men's mass start.", "Viktor Hald Thorup", "DEN"),
    ],
)
def test_a_demonym_that_is_also_a_given_name(text, name, nation):
    (race,) = parse_report(text)["races"]
    assert [(r["name"], r["nation"]) for r in race["results"]] == [(name, nation)]


@pytest.mark.parametrize(
    "text",
    [
        "Chiara Pedrotti won the women's mass start; Poland's Zofia Nowak crashed in the final bend.",
        "Chiara Pedrotti won the women's mass start after a late attack in the final bend.",
    ],
)
def test_the_final_bend_is_no_b_final(text):
    assert podium(parse_report(text), "women-mass-start") == [(1, "Chiara Pedrotti")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Chiara Pedrotti won the women's mass start. Katie Lorenzen out-sprinted Evi de Vries for silver.",
            [(1, "Chiara Pedrotti"), (2, "Katie Lorenzen"), (3, "Evi de Vries")],
        ),
        (
            "In the women's mass start, nobody could follow Chiara Pedrotti, who crossed the line alone.",
            [(1, "Chiara Pedrotti")],
        ),
    ],
)
def test_out_sprinted_and_crossing_the_line_alone(text, expected):
    assert podium(parse_report(text), "women-mass-start") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Men's 1500m: Thomas Krol (NED) won in 1:44.62. Morishige's compatriot Tatsuya Shinhama was fourth.",
        "Men's 1500m: Thomas Krol (NED) won in 1:44.62, and Murakami's teammate Tatsuya Shinhama was fourth.",
        "Men's 1500m: Thomas Krol (NED) won. Further back, Kim's countryman Tatsuya Shinhama came fourth.",
    ],
)
def test_the_compatriot_of_someone_else_is_not_of_the_nation_named_before(text):
    assert result(parse_report(text), "men-1500m", "Tatsuya Shinhama")["nation"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Japan's Morishige misses out on a first World Cup win by two thousandths\n\nWataru Morishige was second "
        "in the men's 500m. Jenning de Boo won.",
        "Dutchman de Boo edges out the rest of the field in a thrilling sprint\n\nJenning de Boo won the men's 500m "
        "ahead of Wataru Morishige.",
        "Canadian Dubreuil is back on the podium after a long and difficult autumn\n\nLaurent Dubreuil finished "
        "third in the men's 500m.",
    ],
)
def test_a_headline_gives_nations_but_no_placings(text):
    report = parse_report(text)
    race = next(r for r in report["races"] if r["id"] == "men-500m")
    expected = {"Wataru Morishige": "JPN", "Jenning de Boo": "NED", "Laurent Dubreuil": "CAN"}
    named = [r for r in race["results"] if r["nation"] is not None]
    assert named and all(r["nation"] == expected[r["name"]] for r in named)


def test_a_headline_alone_places_no_one():
    report = parse_report(
        "Japan's Morishige wins the men's 500m in Obihiro on a cold Saturday\n\nThe crowd saw a fast race on Saturday."
    )
    assert all(not race["results"] for race in report["races"])


@pytest.mark.parametrize(
    ("text", "nation"),
    [
        ("Men's 500m: Tatsuya Shinhama (JPN) won. Another Japanese, Yuma Murakami, finished eighth.", "JPN"),
        ("Men's 500m: Jenning de Boo won. A fellow Norwegian, Bjørn Magnussen, was fourth.", "NOR"),
        ("Men's 500m: Jenning de Boo won, and the other Canadian, Laurent Dubreuil, was third.", "CAN"),
    ],
)
def test_another_of_a_nation_before_a_name(text, nation):
    report = parse_report(text)
    race = report["races"][0]
    assert [r["nation"] for r in race["results"] if r["rank"] > 1] == [nation]


@pytest.mark.parametrize(
    "text",
    [
        "Men's 500m: Kjeld Nuis (NED) won. Behind the Japanese, Erik Larsen was fourth.",
        "Men's 500m: Kjeld Nuis (NED) won. Just like the American, Erik Larsen was fourth.",
        "Men's 500m: Kjeld Nuis (NED) won. Unlike the Canadian, Erik Larsen finished fourth.",
    ],
)
def test_an_epithet_does_not_refer_to_a_name_after_it(text):
    assert result(parse_report(text), "men-500m", "Erik Larsen")["nation"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Men's 1500m: Thomas Krol and Joey Mantia raced in the last pairs. The American's first win in three years "
        "left Krol with silver.",
        "Men's 1500m: Thomas Krol and Joey Mantia raced late. The Norwegian's victory left Krol second.",
    ],
)
def test_a_win_owned_by_someone_unknown_is_no_one_elses(text):
    assert podium(parse_report(text), "men-1500m") == [(2, "Thomas Krol")]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan's Yekaterina Aydova won the women's 1000 m B race in 1:15.62.",
        "The women's 1000m B race went to Yekaterina Aydova (KAZ) in 1:15.62.",
        "In the women's 1,000 metres B race, Yekaterina Aydova (KAZ) was fastest and won in 1:15.62.",
    ],
)
def test_a_distance_before_b_race_is_the_b_division(text):
    assert podium(parse_report(text), "women-1000m-b") == [(1, "Yekaterina Aydova")]


@pytest.mark.parametrize(
    "text",
    [
        "Metoděj Jílek won the men's 5000m B race in 6:13.48. His time would have been good for fourth in the A race.",
        "Metoděj Jílek won the men's 5000m B race in 6:13.48. In the A race he would have finished fourth.",
        "Metoděj Jílek won the men's 5000m B race in 6:13.48. With that time he could have placed fourth in the A "
        "race.",
    ],
)
def test_a_place_that_would_have_been_is_no_result(text):
    report = parse_report(text)
    assert [race["id"] for race in report["races"]] == ["men-5000m-b"]
    assert podium(report, "men-5000m-b") == [(1, "Metoděj Jílek")]


@pytest.mark.parametrize(
    ("text", "race_id"),
    [
        ("Last one, the women's 5k: Joy Beune won in 6:49.12, ahead of Ragne Wiklund.", "women-5000m"),
        ("Joy Beune took the women's 10K in 13:51.10, ahead of Ragne Wiklund.", "women-10000m"),
        ("Joy Beune won the women's 3 km in 3:57.12, ahead of Ragne Wiklund.", "women-3000m"),
    ],
)
def test_kilometres_name_the_long_distances(text, race_id):
    report = parse_report(text)
    assert [race["id"] for race in report["races"]] == [race_id]
    assert podium(report, race_id) == [(1, "Joy Beune"), (2, "Ragne Wiklund")]


@pytest.mark.parametrize(
    "text",
    [
        "Men's 500m: Kjeld Nuis won in 34.40. And Patrick Roest was sixth, I think?",
        "Men's 500m: Kjeld Nuis won in 34.40. Did Patrick Roest really finish sixth?",
        "Men's 500m: Kjeld Nuis won in 34.40. Patrick Roest sixth, behind all those sprinters?",
    ],
)
def test_a_question_states_no_place(text):
    assert podium(parse_report(text), "men-500m") == [(1, "Kjeld Nuis")]


def test_a_time_in_a_question_is_still_the_skaters_time():
    report = parse_report("Women's 1500m: Joy Beune won. I mean, 1:54.61 for Joy Beune, at sea level, in November?")
    assert result(report, "women-1500m", "Joy Beune")["time"] == "1:54.61"


@pytest.mark.parametrize(
    ("text", "race_id", "expected"),
    [
        (
            "Women's 3000m: Indra Médard did not start; the staff kept her fresh for the team pursuit. Ragne Wiklund "
            "won in 3:55.84, ahead of Joy Beune.",
            "women-3000m",
            [(1, "Ragne Wiklund"), (2, "Joy Beune")],
        ),
        (
            "Men's 1000m: Jordan Stolz won in 1:06.90. Kjeld Nuis skipped it to focus on the 1500m. Joep Wennemars "
            "was second in 1:07.35.",
            "men-1000m",
            [(1, "Jordan Stolz"), (2, "Joep Wennemars")],
        ),
        (
            "Men's 5000m: Sander Eitrem won in 6:08.77. Patrick Roest is saving his legs for Sunday's 10,000m. "
            "Davide Ghiotto was second in 6:09.90.",
            "men-5000m",
            [(1, "Sander Eitrem"), (2, "Davide Ghiotto")],
        ),
    ],
)
def test_a_race_still_to_come_named_in_passing_does_not_change_the_race(text, race_id, expected):
    report = parse_report(text)
    assert [race["id"] for race in report["races"]] == [race_id]
    assert podium(report, race_id) == expected


def test_a_race_still_to_come_at_the_end_of_a_paragraph_is_the_next_paragraphs_race():
    report = parse_report(
        "Men's 5000m: Sander Eitrem won in 6:08.77. Peder Kongshaug sat it out to save himself for the 1500m.\n\n"
        "It was the right call. Kongshaug held on for 1:44.57 and second place behind Jordan Stolz."
    )
    assert podium(report, "men-1500m") == [(2, "Peder Kongshaug")]


@pytest.mark.parametrize(
    "text",
    [
        "Women's 3000m: Ragne Wiklund skated in the last pair and won in 3:59.88. So I finished second, with "
        "Isabelle Weidemann in third.",
        "Women's 3000m: Ragne Wiklund won in 3:59.88. I was second, and Isabelle Weidemann third.",
        "Women's 3000m: Ragne Wiklund won in 3:59.88. My time was only good for second; Isabelle Weidemann was third.",
    ],
)
def test_a_place_of_the_writer_is_not_the_last_skaters(text):
    podium_ = podium(parse_report(text), "women-3000m")
    assert (1, "Ragne Wiklund") in podium_
    assert all(name != "Ragne Wiklund" for rank, name in podium_ if rank != 1)


@pytest.mark.parametrize(
    "text",
    [
        "Women's 1500m: Joy Beune won. I mean, Ragne Wiklund was second, which nobody expected.",
        "Women's 1500m: Joy Beune won. And I think Ragne Wiklund was second.",
        "Women's 1500m: Joy Beune won. I guess Ragne Wiklund was second, just ahead of Miho Takagi.",
    ],
)
def test_a_speakers_hedge_is_not_a_first_person_subject(text):
    assert (2, "Ragne Wiklund") in podium(parse_report(text), "women-1500m")


@pytest.mark.parametrize(
    "text",
    [
        "Nikola Zdráhalová had a quiet weekend. In the women's 1500 m, won by Miho Takagi in 1:55.40 ahead of the "
        "Dutchwoman Antoinette Rijpma-de Jong (1:55.92) and the American Brittany Bowe (1:56.30), she finished "
        "eleventh.",
        "Nikola Zdráhalová had a quiet weekend. Miho Takagi won the women's 1500 m in 1:55.40 ahead of the Dutchwoman "
        "Antoinette Rijpma-de Jong (1:55.92) and the American Brittany Bowe (1:56.30), and she was only eleventh.",
        "Nikola Zdráhalová had a quiet weekend. In the women's 1500 m, won by the Japanese Miho Takagi in 1:55.40 "
        "ahead of Antoinette Rijpma-de Jong (1:55.92) and the Canadian Ivanie Blondin (1:56.30), she came eleventh.",
    ],
)
def test_won_ahead_of_two_skaters_before_a_clause_about_another(text):
    podium_ = podium(parse_report(text), "women-1500m")
    assert podium_[:3] == [(1, "Miho Takagi"), (2, "Antoinette Rijpma-de Jong"), (3, podium_[2][1])]
    assert podium_[2][1] in ("Brittany Bowe", "Ivanie Blondin")


def test_runner_up_before_a_name_in_a_list_is_that_skaters():
    report = parse_report(
        "Stolz completed his treble in the men's 1,500 metres, where 1:44.81 was enough to see off runner-up Kjeld "
        "Nuis (1:45.12) and Norway's Peder Kongshaug, third in 1:45.40."
    )
    assert (2, "Kjeld Nuis") in podium(report, "men-1500m")


@pytest.mark.parametrize(
    "text",
    [
        "Nikola Zdráhalová had a quiet weekend. In the 1500 m, won by the Japanese Miho Takagi in 1:55.40 ahead of "
        "Brittany Bowe (1:56.30), she finished eleventh in 1:58.03.",
        "Nikola Zdráhalová had a quiet weekend. In the women's 1500 m, won by Miho Takagi ahead of Brittany Bowe, she "
        "was eleventh.",
        "Nikola Zdráhalová had a quiet weekend. In the women's 1500 m, which Miho Takagi won ahead of Brittany Bowe, "
        "she came eleventh in 1:58.03.",
    ],
)
def test_a_pronoun_is_not_someone_the_sentence_already_placed(text):
    report = parse_report(text)
    race = next(r for r in report["races"] if r["id"] == "women-1500m")
    assert (1, "Miho Takagi") in podium(report, "women-1500m")
    assert all(r["rank"] != 11 or r["name"] not in ("Miho Takagi", "Brittany Bowe") for r in race["results"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Women's 1000m: Jutta Leerdam won in 1:13.05, with American Kimi Goetz (1:13.30) and Japan's Miho Takagi "
            "(1:13.38) completing the podium.",
            [(1, "Jutta Leerdam"), (2, "Kimi Goetz"), (3, "Miho Takagi")],
        ),
        (
            "Women's 1000m: Jutta Leerdam won in 1:13.05; Kimi Goetz (USA, 1:13.30) and Miho Takagi (1:13.38) "
            "completed the podium.",
            [(1, "Jutta Leerdam"), (2, "Kimi Goetz"), (3, "Miho Takagi")],
        ),
    ],
)
def test_a_bracketed_time_after_a_name_keeps_the_list_together(text, expected):
    assert podium(parse_report(text), "women-1000m") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nikola Zdráhalová had a quiet weekend. In the women's 1500 m, won by Miho Takagi in 1:55.40 ahead of Brittany "
        "Bowe and the Canadian Ivanie Blondin, she finished eleventh.",
        "Nikola Zdráhalová had a quiet weekend. The women's 1500 m, won by the Japanese Miho Takagi in 1:55.40, was "
        "a fast race.",
        "Nikola Zdráhalová had a quiet weekend. In the women's 1500 m, taken by Miho Takagi in 1:55.40, the pace was "
        "high.",
    ],
)
def test_the_agent_of_a_passive_win_owns_the_time(text):
    report = parse_report(text)
    assert result(report, "women-1500m", "Miho Takagi")["time"] == "1:55.40"
    race = next(r for r in report["races"] if r["id"] == "women-1500m")
    assert all(r["time"] != "1:55.40" for r in race["results"] if r["name"] != "Miho Takagi")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "JORDAN STOLZ (USA)\nWon the men's 1000 m in 1:07.32, his third title of the week.",
            [(1, "Jordan Stolz")],
        ),
        (
            "JENNING DE BOO (NED)\nTook bronze in the men's 1000 m in 1:07.85, ahead of Laurent Dubreuil.",
            [(3, "Jenning de Boo")],
        ),
        (
            "ERIN JACKSON (USA)\nFinished fourth in the women's 500 m in 37.44, three hundredths off the podium.",
            [(4, "Erin Jackson")],
        ),
    ],
)
def test_a_block_under_a_name_in_capitals_is_about_that_skater(text, expected):
    report = parse_report(text)
    assert [(r["rank"], r["name"]) for race in report["races"] for r in race["results"]] == expected


@pytest.mark.parametrize(
    "text",
    [
        "CHUNG JAE-WON (KOR)\nCrossed the line second in the men's mass start but was disqualified for a push.",
        "CHUNG JAE-WON (KOR)\nFinished second in the men's mass start, then was disqualified for impeding.",
        "CHUNG JAE-WON (KOR)\nTook silver in the men's mass start but was later disqualified.",
    ],
)
def test_a_place_taken_away_in_the_same_sentence_is_no_result(text):
    report = parse_report(text)
    assert all(r["name"] != "Chung Jae-Won" for race in report["races"] for r in race["results"])


@pytest.mark.parametrize(
    "text",
    [
        "Women's 500m: Femke Kok won. Win part lost, place part returned at 7/4.",
        "Women's 500m: Femke Kok won. Sure, we backed Erin Jackson to win at 5/1.",
        "Women's 500m: Femke Kok won. Most pundits had picked Erin Jackson to take gold.",
    ],
)
def test_bets_and_tips_are_no_results(text):
    assert podium(parse_report(text), "women-500m") == [(1, "Femke Kok")]


@pytest.mark.parametrize(
    "text",
    [
        "JENNING DE BOO (NED)\nTook bronze in the men's 1000 m in 1:07.85, two hundredths ahead of Canada's Laurent "
        "Dubreuil.",
        "Men's 1000m: Jenning de Boo was third in 1:07.85. He finished ahead of Canada's Laurent Dubreuil.",
        "Men's 1000m: Jenning de Boo took bronze in 1:07.85, just in front of Norway's Bjørn Magnussen.",
    ],
)
def test_a_name_after_a_possessive_nation_after_a_preposition_is_an_object(text):
    podium_ = podium(parse_report(text), "men-1000m")
    assert (3, "Jenning de Boo") in podium_
    assert all(rank != 3 for rank, name in podium_ if name != "Jenning de Boo")


def test_a_race_won_for_a_possessive_nation_name_is_hers():
    report = parse_report("1:12.45 – the time that won the women's 1000m for Japan's Miho Takagi.")
    assert podium(report, "women-1000m") == [(1, "Miho Takagi")]


@pytest.mark.parametrize(
    "text",
    [
        "Women's 500m: Femke Kok won in 37.21 ahead of Erin Jackson of the United States (37.36) and Japan's Yukino "
        "Yoshida (37.48).",
        "Women's 500m: Femke Kok won in 37.21, holding off Erin Jackson (37.36) and Japan's Yukino Yoshida (37.48).",
        "Women's 500m: Femke Kok held off Erin Jackson of the United States and Yukino Yoshida of Japan to win in "
        "37.21.",
    ],
)
def test_a_winner_ahead_of_or_holding_off_two_skaters(text):
    assert podium(parse_report(text), "women-500m") == [
        (1, "Femke Kok"),
        (2, "Erin Jackson"),
        (3, "Yukino Yoshida"),
    ]


def test_a_who_clause_with_times_does_not_stop_the_pair():
    report = parse_report(
        "Jenning de Boo won the men's 500 m in 34.19, ahead of Canada's Laurent Dubreuil and Kim Jun-ho of South "
        "Korea, who were timed at 34.33 and 34.41."
    )
    assert podium(report, "men-500m") == [(1, "Jenning de Boo"), (2, "Laurent Dubreuil"), (3, "Kim Jun-ho")]


@pytest.mark.parametrize(
    "text",
    [
        "Women's 1000m: the top five read Leerdam, Miho Takagi of Japan (1:13.71), Leerdam's compatriot Femke Kok "
        "(1:13.90), Brittany Bowe (1:14.22) and fellow American Kimi Goetz (1:14.35). Jutta Leerdam won in 1:13.38.",
        "Jutta Leerdam won the women's 1000m in 1:13.38. The top five reads Leerdam, Miho Takagi, the Dutchwoman "
        "Femke Kok, Brittany Bowe and Kimi Goetz.",
        "Jutta Leerdam won the women's 1000m. Top five: Leerdam 1:13.38, Miho Takagi 1:13.71, her teammate Femke Kok "
        "1:13.90, Brittany Bowe 1:14.22, Kimi Goetz 1:14.35.",
    ],
)
def test_a_top_five_read_out_in_a_sentence(text):
    assert podium(parse_report(text), "women-1000m") == [
        (1, "Jutta Leerdam"),
        (2, "Miho Takagi"),
        (3, "Femke Kok"),
        (4, "Brittany Bowe"),
        (5, "Kimi Goetz"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sander Eitrem took the men's 5,000 metres in 6:03.88, more than a second clear of Italian Davide Ghiotto.",
        "Sander Eitrem won the men's 5000m in 6:03.88, finishing 1.2 seconds clear of Davide Ghiotto.",
        "Men's 5000m: Sander Eitrem won comfortably, well clear of Davide Ghiotto.",
    ],
)
def test_a_winner_clear_of_one_skater(text):
    assert podium(parse_report(text), "men-5000m") == [(1, "Sander Eitrem"), (2, "Davide Ghiotto")]


@pytest.mark.parametrize(
    ("text", "nation"),
    [
        ("Women's 500m: Erin Jackson, of Ocala, Fla., finished second in 37.21.", "USA"),
        ("Men's 1000m: Antoine Gélinas-Beaulieu, of Sherbrooke, Que., placed ninth.", "CAN"),
        ("Women's 500m: Kimi Goetz, from Flemington, New Jersey, was fifth.", "USA"),
        ("Men's 1000m: Connor Howe, of Canmore, Alberta, was fourth.", "CAN"),
        ("Women's 1000m: Brittany Bowe (Ocala, Fla.) earned silver.", "USA"),
        ("Men's mass start: Emery Lehman (Oak Park, Ill.) finished 11th.", "USA"),
        ("Men's 1000m: Laurent Dubreuil (Lévis, Que.) was third.", "CAN"),
    ],
)
def test_a_hometowns_state_or_province_gives_the_nation(text, nation):
    report = parse_report(text)
    assert [r["nation"] for race in report["races"] for r in race["results"]] == [nation]


@pytest.mark.parametrize(
    "text",
    [
        "Women's 500m: Erin Jackson, of Ocala, finished second in 37.21.",
        "Women's 500m: Erin Jackson, of the Ocala club, finished second in 37.21.",
        "Women's 500m: Nana Takagi, of Tbilisi, Georgia, finished second in 37.21.",
        "Women's 500m: Nana Takagi (Tbilisi, Georgia) finished second in 37.21.",
    ],
)
def test_a_hometown_without_a_known_state_gives_no_nation(text):
    report = parse_report(text)
    assert [r["nation"] for race in report["races"] for r in race["results"]] == [None]


@pytest.mark.parametrize(
    ("text", "nation"),
    [
        ("Men's mass start: Bart Swings won. Jorrit Bergsma (Netherlands) took third place.", "NED"),
        ("Men's mass start: Bart Swings won. Jorrit Bergsma (the Netherlands) took third place.", "NED"),
        ("Men's mass start: Bart Swings won. Chung Jae-won (South Korea) took third place.", "KOR"),
    ],
)
def test_a_country_in_brackets_after_a_name(text, nation):
    report = parse_report(text)
    assert [r["nation"] for r in report["races"][0]["results"] if r["rank"] == 3] == [nation]


@pytest.mark.parametrize(
    "text",
    [
        "Men's 10000m: Sander Eitrem, the best of the Norwegians, finished fourth in 13:01.44.",
        "Men's 10000m: Sander Eitrem was the best of the Norwegians and finished fourth.",
        "Men's 10000m: Sander Eitrem, the fastest of the Norwegians, finished fourth.",
        "Men's 10000m: Sander Eitrem was the next-best Norwegian in fourth.",
        "Men's 10000m: Sander Eitrem was the second-best Norwegian, fourth in 13:01.44.",
        "Men's 10000m: Sander Eitrem, the only other Norwegian in the field, finished fourth.",
        "Men's 10000m: Sander Eitrem made it two Norwegians in the top four, finishing fourth.",
    ],
)
def test_the_best_of_a_nations_skaters_is_of_that_nation(text):
    assert result(parse_report(text), "men-10000m", "Sander Eitrem")["nation"] == "NOR"


@pytest.mark.parametrize(
    "text",
    [
        "Women's 500m: Femke Kok (NED) won. Jutta Leerdam, Kok's great rival and compatriot, was fifth.",
        "Women's 500m: Femke Kok (NED) won. Jutta Leerdam, Kok's training partner, came fifth.",
        "Women's 500m: Femke Kok (NED) won, and Jutta Leerdam, Kok's old rival, was fifth.",
    ],
)
def test_a_possessive_in_an_apposition_is_not_a_second_subject(text):
    assert (5, "Jutta Leerdam") in podium(parse_report(text), "women-500m")


def test_times_with_a_unit_in_brackets_keep_a_pair_together():
    report = parse_report(
        "Men's 500m: Håvard Lorentzen (NOR) won in 34.71s, ahead of the two Poles Piotr Michalski (34.80s) and "
        "Damian Żurek (34.85s)."
    )
    assert podium(report, "men-500m") == [(1, "Håvard Lorentzen"), (2, "Piotr Michalski"), (3, "Damian Żurek")]


@pytest.mark.parametrize(
    "text",
    [
        "Men's 1500m: Jordan Stolz won in 1:41.72, Peder Kongshaug 3rd in 1:42.90 and Connor Howe 4th in 1:42.95.\n\n"
        "EDIT: Howe and Kongshaug were the other way round. Howe was 3rd in 1:42.90, Kongshaug 4th in 1:42.95.",
        "Men's 1500m: Jordan Stolz won in 1:41.72, Peder Kongshaug 3rd in 1:42.90 and Connor Howe 4th in 1:42.95.\n\n"
        "Correction: Connor Howe was third in 1:42.90 and Peder Kongshaug fourth in 1:42.95, not the other way round.",
        "Men's 1500m: Jordan Stolz won in 1:41.72, Peder Kongshaug 3rd in 1:42.90 and Connor Howe 4th in 1:42.95.\n\n"
        "UPDATE: The men's 1500m podium has changed. The official result now shows Connor Howe third in 1:42.90, "
        "with Peder Kongshaug fourth in 1:42.95.",
    ],
)
def test_a_correction_replaces_what_it_corrects(text):
    report = parse_report(text)
    assert [race["id"] for race in report["races"]] == ["men-1500m"]
    assert podium(report, "men-1500m") == [(1, "Jordan Stolz"), (3, "Connor Howe"), (4, "Peder Kongshaug")]
    assert result(report, "men-1500m", "Connor Howe")["time"] == "1:42.90"


def test_a_numbered_post_correcting_an_earlier_one():
    report = parse_report(
        "6/ Women's 1000m: Jutta Leerdam 2nd in 1:14.66, Femke Kok 4th in 1:14.97. Takagi won.\n\n"
        "8/ Correction to 6/: it was Kok 2nd, not Leerdam. Femke Kok 1:14.66, Jutta Leerdam 4th in 1:14.97."
    )
    assert podium(report, "women-1000m")[:2] == [(2, "Femke Kok"), (4, "Jutta Leerdam")]


def test_a_new_race_of_another_kind_is_no_correction():
    report = parse_report(
        "Men's 1500m: Jordan Stolz won in 1:41.72.\n\nUPDATE: In the women's 1500m, Joy Beune won in 1:54.02."
    )
    assert sorted(race["id"] for race in report["races"]) == ["men-1500m", "women-1500m"]


@pytest.mark.parametrize(
    "text",
    [
        "Stolz returns to Milwaukee\n\nPosted 9:12 a.m. | Last updated 6:05 p.m.\n\nMILWAUKEE – Norway's Ragne "
        "Wiklund, fifth in Calgary, won the women's 1500m in 1:54.20.",
        "By Anna Smith\n\nMILWAUKEE – Norway's Ragne Wiklund, fifth in Calgary, won the women's 1500m in 1:54.20.",
        "Updated 18:05\n\nMILWAUKEE – Norway's Ragne Wiklund, fifth in Calgary, won the women's 1500m in 1:54.20.",
    ],
)
def test_a_dateline_after_a_posted_line_still_names_the_venue(text):
    report = parse_report(text)
    assert report["competition"]["venue"] == "Milwaukee"
    assert podium(report, "women-1500m") == [(1, "Ragne Wiklund")]


@pytest.mark.parametrize(
    "text",
    [
        "Women's 500m: Vanessa Herzog just missed the podium in fourth place – four hundredths behind Kaja "
        "Ziomek-Nogal, who took third in 37,60.",
        "Women's 500m: Vanessa Herzog finished fourth in 37,64, behind Kaja Ziomek-Nogal, who took third in 37,60.",
        "Women's 500m: Kaja Ziomek-Nogal, who took third in 37,60, was four hundredths ahead of Vanessa Herzog, "
        "fourth in 37,64.",
    ],
)
def test_a_decimal_comma_does_not_end_a_clause(text):
    report = parse_report(text)
    assert podium(report, "women-500m") == [(3, "Kaja Ziomek-Nogal"), (4, "Vanessa Herzog")]
    assert result(report, "women-500m", "Kaja Ziomek-Nogal")["time"] == "37.60"


@pytest.mark.parametrize(
    "text",
    [
        "Men's 5000m: Sander Eitrem won in 6:08,91; the Czech Metoděj Jílek (6:10,33) and the Dutchman Beau Snellink "
        "(6:11,87) completed the podium.",
        "Men's 5000m: Sander Eitrem won in 6:08.91, and the Czech Metoděj Jílek (6:10.33) and the Dutchman Beau "
        "Snellink (6:11.87) completed the podium.",
    ],
)
def test_two_skaters_named_by_nation_complete_the_podium_in_time_order(text):
    assert podium(parse_report(text), "men-5000m") == [
        (1, "Sander Eitrem"),
        (2, "Metoděj Jílek"),
        (3, "Beau Snellink"),
    ]


def test_a_skater_ahead_of_whom_the_winner_finished_has_a_bracketed_time_and_second_place():
    report = parse_report("The women's 500m was won by Femke Kok in 37,31, ahead of the American Erin Jackson (37,52).")
    assert podium(report, "women-500m") == [(1, "Femke Kok"), (2, "Erin Jackson")]


@pytest.mark.parametrize(
    "text",
    [
        "Jordan Stolz won the men's 1,000 meters in 1:06.04. Stolz pulled away on the last lap. Fellow American Cooper "
        "McLeod finished sixth.\n\nOn Sunday the 20-year-old settled for silver in the 1,500 meters in 1:41.62.",
        "Jordan Stolz won the men's 1000m in 1:06.04. Stolz led from the start. Cooper McLeod was sixth.\n\n"
        "A day later the world champion took silver in the men's 1500m.",
        "Jordan Stolz won the men's 1000m. Stolz was untouchable. Cooper McLeod came sixth.\n\n"
        "In the men's 1500m, the 21-year-old had to settle for silver behind Joep Wennemars.",
    ],
)
def test_an_epithet_opening_a_paragraph_is_about_the_texts_protagonist(text):
    report = parse_report(text)
    assert (2, "Jordan Stolz") in podium(report, "men-1500m")
    assert all(name != "Cooper McLeod" for _, name in podium(report, "men-1500m"))


@pytest.mark.parametrize(
    "text",
    [
        "Men's team pursuit: Norway were a tenth down at the bell but won in 3:35.41.",
        "Men's team pursuit: Norway, two tenths behind at halfway, won in 3:35.41.",
        "Men's team pursuit: Norway won in 3:35.41 after being a tenth off the pace with two laps to go.",
    ],
)
def test_tenths_of_a_second_are_no_tenth_place(text):
    assert podium(parse_report(text), "men-team-pursuit") == [(1, "NOR")]


@pytest.mark.parametrize(
    "text",
    [
        "Women's 3000m: Joy Beune won in 3:52.88, second-fastest ever behind Martina Sáblíková's 3:52.02. "
        "Martina Sáblíková was fourth in 3:55.14.",
        "Women's 3000m: Joy Beune won in 3:52.88, the quickest ever at this rink after Martina Sáblíková's 3:52.02. "
        "Martina Sáblíková was fourth in 3:55.14.",
    ],
)
def test_a_time_from_the_all_time_list_is_no_result(text):
    assert result(parse_report(text), "women-3000m", "Martina Sáblíková")["time"] == "3:55.14"


@pytest.mark.parametrize(
    "text",
    [
        "Women's 1000m: Jutta Leerdam won in 1:13.02. Femke Kok was a second slower.",
        "Women's 1000m: Jutta Leerdam won in 1:13.02. Femke Kok finished a second behind her.",
        "Women's 1000m: Jutta Leerdam won in 1:13.02, and Femke Kok was two seconds off the pace.",
    ],
)
def test_seconds_behind_are_no_second_place(text):
    assert podium(parse_report(text), "women-1000m") == [(1, "Jutta Leerdam")]


@pytest.mark.parametrize(
    ("text", "race_id", "expected"),
    [
        (
            "Women's 3000m: Irene Schouten won in 3:59.12. Isabelle Weidemann (CAN), an Olympic champion in the team "
            "pursuit, rounded out the podium in 4:00.88.",
            "women-3000m",
            [(1, "Irene Schouten"), (3, "Isabelle Weidemann")],
        ),
        (
            "In the women's mass start, Ivanie Blondin beat Irene Schouten in the sprint for silver, and the "
            "Dutchwoman went home with a bronze to go with her 3000m gold.",
            "women-mass-start",
            [(2, "Ivanie Blondin"), (3, "Irene Schouten")],
        ),
        (
            "Men's 1000m: Jordan Stolz won in 1:06.90. Kjeld Nuis, the world champion over 1500m, was third.",
            "men-1000m",
            [(1, "Jordan Stolz"), (3, "Kjeld Nuis")],
        ),
    ],
)
def test_a_race_named_in_an_aside_about_a_skater_is_not_the_race_told(text, race_id, expected):
    report = parse_report(text)
    assert [race["id"] for race in report["races"]] == [race_id]
    assert podium(report, race_id) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Women's 1000m: Miho Takagi won in 1:14.85. She had one more race in her legs and very nearly won that too. "
        "In the women's 1500m she was second in 1:55.90, behind Joy Beune (NED), who won in 1:55.60.",
        "Women's 1000m: Miho Takagi won in 1:14.85. She almost won the 1500m as well. In the women's 1500m she was "
        "second in 1:55.90, behind Joy Beune (NED), who won in 1:55.60.",
    ],
)
def test_nearly_won_is_no_win(text):
    report = parse_report(text)
    assert sorted(race["id"] for race in report["races"]) == ["women-1000m", "women-1500m"]
    assert podium(report, "women-1500m") == [(1, "Joy Beune"), (2, "Miho Takagi")]


def test_an_apposition_naming_another_distance_keeps_the_race():
    report = parse_report(
        "Women's 5000m: Martina Sáblíková won in 6:52.14. Marijke Groenewoud, best known as a mass start "
        "specialist, called her silver a nice surprise."
    )
    assert [race["id"] for race in report["races"]] == ["women-5000m"]
    assert podium(report, "women-5000m") == [(1, "Martina Sáblíková"), (2, "Marijke Groenewoud")]


def test_a_race_inserted_after_a_name_is_the_race_told():
    report = parse_report("Jordan Stolz won the men's 1000m. Kjeld Nuis, in the men's 1500m, was second in 1:44.10.")
    assert podium(report, "men-1500m") == [(2, "Kjeld Nuis")]


@pytest.mark.parametrize(
    ("text", "race_id"),
    [
        (
            "The 1500 metres: the silver medallist, Antoinette Rijpma-de Jong, skated with tape on her boot. Her coach "
            "spent the break on his knees with a screwdriver. She was runner-up in 1:54.71, and she laughed about it.",
            "women-1500m",
        ),
        (
            "The 1500 metres: Kjeld Nuis took silver in 1:44.71. His coach had told him to wait, and he did. She, his "
            "coach, said he was brave; he laughed about his last lap.",
            "men-1500m",
        ),
    ],
)
def test_a_race_takes_the_gender_most_of_its_pronouns_give(text, race_id):
    assert [race["id"] for race in parse_report(text)["races"]] == [race_id]


def test_a_race_with_pronouns_of_both_genders_in_step_has_none():
    report = parse_report("The 1500 metres: Alex Smith took silver in 1:50.71. He and she both said it was hard.")
    assert [race["gender"] for race in report["races"]] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Men's 5000m: Eitrem's compatriot Hallgeir Engebraaten finished fourth. Norway's Sander Eitrem had won.",
        "Men's 5000m: Hallgeir Engebraaten, Eitrem's teammate, finished fourth. Sander Eitrem (NOR) won in 6:02.10.",
        "Men's 5000m: Sander Eitrem won. Eitrem's countryman Hallgeir Engebraaten was fourth. The Norwegian Sander "
        "Eitrem said it was his best race.",
    ],
)
def test_a_compatriot_takes_the_nation_told_later_of_the_one_named(text):
    assert result(parse_report(text), "men-5000m", "Hallgeir Engebraaten")["nation"] == "NOR"


@pytest.mark.parametrize(
    "text",
    [
        "Women's team sprint: Japan won in 1:27.48. The Netherlands, with Angel Daleman leading out, had to be "
        "content with silver in 1:28.10.",
        "Women's team sprint: Japan won in 1:27.48. The Netherlands, with Angel Daleman opening fast, took silver in "
        "1:28.10.",
    ],
)
def test_a_with_aside_ending_in_a_participle_leaves_the_team_the_subject(text):
    assert podium(parse_report(text), "women-team-sprint") == [(1, "JPN"), (2, "NED")]


@pytest.mark.parametrize(
    "text",
    [
        "Men's 1000m: Kjeld Nuis grabbed 3rd by one hundredth over fellow Dutchman Jenning de Boo.",
        "Men's 1000m: Kjeld Nuis was third, ahead of his fellow Dutchman Jenning de Boo.",
        "Men's 1000m: Kjeld Nuis beat fellow Dutchman Jenning de Boo to third place.",
    ],
)
def test_a_fellow_of_a_nation_shares_it_with_the_one_named_before(text):
    assert result(parse_report(text), "men-1000m", "Kjeld Nuis")["nation"] == "NED"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Women's 3000m: Irene Schouten led a Dutch one-two, clocking 3:59.82, clear of Antoinette de Jong.", 2),
        (
            "Women's 1500m: Joy Beune won in 1:55.84, with Marijke Groenewoud second and Antoinette Rijpma-de Jong "
            "third, completing a Dutch sweep of the podium.",
            3,
        ),
        (
            "Women's 1500m: Joy Beune won ahead of Marijke Groenewoud and Antoinette Rijpma-de Jong: an all-Dutch "
            "podium sweep.",
            3,
        ),
    ],
)
def test_a_nations_one_two_or_sweep_gives_the_top_places_that_nation(text, places):
    report = parse_report(text)
    race = report["races"][0]
    assert [r["nation"] for r in race["results"] if r["rank"] <= places] == ["NED"] * places


@pytest.mark.parametrize(
    "text",
    [
        "Women's 500m: Femke Kok won. Silver and bronze went to Erin Jackson and Jutta Leerdam.",
        "Women's 500m: Femke Kok won. Second and third places went to Erin Jackson (USA) and Jutta Leerdam (NED).",
        "Women's 500m: Femke Kok won in 37.02; the silver and the bronze medals went to Erin Jackson (37.19) and "
        "Jutta Leerdam (37.31).",
    ],
)
def test_two_places_going_to_two_skaters_in_order(text):
    assert podium(parse_report(text), "women-500m") == [
        (1, "Femke Kok"),
        (2, "Erin Jackson"),
        (3, "Jutta Leerdam"),
    ]


@pytest.mark.parametrize(
    ("update", "expected"),
    [
        (
            "UPDATE: Takagi's time corrected to 1:14.61. Jutta Leerdam was second and Miho Takagi third.",
            [(1, "Femke Kok"), (2, "Jutta Leerdam"), (3, "Miho Takagi")],
        ),
        (
            "UPDATE: Takagi's time corrected to 1:14.61 after a timing fault. Leerdam moves up to silver.",
            [(1, "Femke Kok")],
        ),
    ],
)
def test_a_time_corrected_later_replaces_the_podium_it_changes(update, expected):
    report = parse_report(
        "Women's 1000m: Femke Kok won in 1:14.02, ahead of Miho Takagi (1:14.49) and Jutta Leerdam (1:14.55).\n\n"
        + update
    )
    assert podium(report, "women-1000m") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Women's 500m: Femke Kok (NED) won in 36.98.\n\nMen's 500m: the Dutchman took it in 34.28.",
        "Femke Kok (NED) won the women's 500m in 36.98.\n\nIn the men's 500m, the Dutchman was fastest and won in "
        "34.28.",
    ],
)
def test_a_male_epithet_is_not_a_woman_placed_in_a_womens_race(text):
    report = parse_report(text)
    assert all(r["name"] != "Femke Kok" for race in report["races"] if race["gender"] == "men" for r in race["results"])


@pytest.mark.parametrize(
    ("text", "race_id", "expected"),
    [
        (
            "W500: Kok keeps her streak\nFemke Kok won in 36.71. P4 went to Kurumi Inagawa.",
            "women-500m",
            [(1, "Femke Kok"), (4, "Kurumi Inagawa")],
        ),
        (
            "M1000: Stolz again\nJordan Stolz won in 1:06.42. Joep Wennemars was P7.",
            "men-1000m",
            [(1, "Jordan Stolz"), (7, "Joep Wennemars")],
        ),
        ("MTP\nThe United States won in 3:35.12; Italy finished P5.", "men-team-pursuit", [(1, "USA"), (5, "ITA")]),
    ],
)
def test_compact_race_headings_and_p_positions(text, race_id, expected):
    report = parse_report(text)
    assert [race["id"] for race in report["races"]] == [race_id]
    assert podium(report, race_id) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Men's 1000m: Jordan Stolz won in 1:06.42. The old mark (1:06.57) belonged to Pavel Kulizhnikov.",
        "Men's 1000m: Jordan Stolz won in 1:06.42; the previous record belonged to Pavel Kulizhnikov.",
        "Men's 1000m: Jordan Stolz won in 1:06.42. The best time before today belonged to Pavel Kulizhnikov.",
    ],
)
def test_a_record_that_belonged_to_someone_is_no_win(text):
    assert podium(parse_report(text), "men-1000m") == [(1, "Jordan Stolz")]


@pytest.mark.parametrize(
    "text",
    [
        "Women's 1500m: Maya Desrochers won in 2:01.74. Clubmate Ava Lindqvist was fifth.",
        "Women's 1500m: Maya Desrochers won in 2:01.74. Teammate Ava Lindqvist was fifth.",
        "Women's 1000m: Jutta Leerdam won in 1:14.32.\n\nHup Jutta!",
    ],
)
def test_a_word_before_a_name_is_not_part_of_it(text):
    report = parse_report(text)
    names = [r["name"] for race in report["races"] for r in race["results"]]
    assert not any(name.startswith(("Clubmate", "Teammate", "Hup")) for name in names)


@pytest.mark.parametrize(
    "text",
    [
        "Men's 500m\n1st Jenning de Boo (NED, 34.08). 2nd Kim Jun-ho (KOR, 34.19, +0.11). 3rd Laurent Dubreuil (CAN, "
        "34.22).",
        "Men's 500m\n1st Jenning de Boo (NED) 34.08\n2nd Kim Jun-ho (KOR) 34.19\n3rd Laurent Dubreuil (CAN) 34.22",
        "Men's 500m\nP1 Jenning de Boo (NED, 34.08). P2 Kim Jun-ho (KOR, 34.19). P3 Laurent Dubreuil (CAN, 34.22).",
    ],
)
def test_lines_opening_on_a_place_and_a_name(text):
    assert podium(parse_report(text), "men-500m") == [
        (1, "Jenning de Boo"),
        (2, "Kim Jun-ho"),
        (3, "Laurent Dubreuil"),
    ]


def test_an_enumeration_is_no_place():
    report = parse_report("Men's 500m: Jenning de Boo won.\n\nSecond, Laurent Dubreuil showed he is back in form.")
    assert podium(report, "men-500m") == [(1, "Jenning de Boo")]


@pytest.mark.parametrize(
    "text",
    [
        "Men's mass start: Livio Wenger collected five points in the intermediate sprints – three for winning the "
        "second one. Bart Swings won the race ahead of Jorrit Bergsma.",
        "Men's mass start: Livio Wenger took three points for winning the first sprint. Bart Swings won the race "
        "ahead of Jorrit Bergsma.",
    ],
)
def test_points_for_winning_a_sprint_are_no_win(text):
    assert podium(parse_report(text), "men-mass-start") == [(1, "Bart Swings"), (2, "Jorrit Bergsma")]


@pytest.mark.parametrize(
    "text",
    [
        "Men's 5000m: Casey Dawson won in 6:18.44. The hard-luck story belonged to Lucas Brandvold, who fell.",
        "Men's 5000m: Casey Dawson won in 6:18.44. The biggest cheer went to Lucas Brandvold.",
        "Men's 5000m: Casey Dawson won in 6:18.44. The sympathy of the crowd belonged to Lucas Brandvold.",
    ],
)
def test_something_that_went_to_a_skater_is_no_race_they_won(text):
    assert podium(parse_report(text), "men-5000m") == [(1, "Casey Dawson")]


def test_the_one_a_headline_belongs_to_is_the_topic():
    report = parse_report(
        "The headline belongs to Maya Desrochers. Racing in the women's 1500 m, the 17-year-old won in 2:01.74."
    )
    assert podium(report, "women-1500m") == [(1, "Maya Desrochers")]


@pytest.mark.parametrize(
    "text",
    [
        "Men's 500m: Laurent Dubreuil took bronze in 34.41. He was second at halfway through the season's World Cup "
        "standings.",
        "Men's 500m: Laurent Dubreuil took bronze in 34.41, and he is now fourth in the overall World Cup ranking.",
        "Men's 500m: Laurent Dubreuil took bronze in 34.41. He sits second behind de Boo in the standings.",
    ],
)
def test_a_place_in_the_standings_is_no_race_place(text):
    assert podium(parse_report(text), "men-500m") == [(3, "Laurent Dubreuil")]


@pytest.mark.parametrize(
    ("text", "race_id"),
    [
        ("In the men's five thousand metres, Sander Eitrem won ahead of Metoděj Jílek.", "men-5000m"),
        ("In the women's five hundred, Femke Kok won ahead of Kim Min-sun.", "women-500m"),
        (
            "There was another Dutch win in the women's fifteen hundred: Joy Beune won ahead of Ragne Wiklund.",
            "women-1500m",
        ),
    ],
)
def test_distances_written_in_words(text, race_id):
    report = parse_report(text)
    assert [race["id"] for race in report["races"]] == [race_id]
    assert [rank for rank, _ in podium(report, race_id)] == [1, 2]


def test_a_number_of_fans_in_words_is_no_distance():
    report = parse_report("Five thousand fans watched Femke Kok win the women's 500m in 37.02.")
    assert [race["id"] for race in report["races"]] == ["women-500m"]


@pytest.mark.parametrize(
    "text",
    [
        "Women's 500m: Femke Kok won in 37.48. Then comes the first roar of the afternoon: Andżelika Wójcik stops the "
        "clock at 37.79 and finishes fourth.",
        "Women's 500m: Femke Kok won in 37.48. It was the second Polish cheer of the day when Andżelika Wójcik "
        "finished fourth.",
        "Women's 500m: Femke Kok won in 37.48. In the third pair, Andżelika Wójcik finished fourth.",
    ],
)
def test_an_ordinal_before_a_noun_is_no_place(text):
    assert podium(parse_report(text), "women-500m") == [(1, "Femke Kok"), (4, "Andżelika Wójcik")]


@pytest.mark.parametrize(
    ("text", "race_id"),
    [
        (
            "Earlier, Poland's Piotr Michalski was the quickest in the men's Division B 1,000 m, in 1:08.64.",
            "men-1000m-b",
        ),
        ("Jordan Stolz was the fastest in the men's 1000m, in 1:06.88.", "men-1000m"),
        ("Joy Beune was the quickest in the women's 3000m, in 3:58.10.", "women-3000m"),
    ],
)
def test_the_fastest_in_a_named_race_won_it(text, race_id):
    report = parse_report(text)
    assert [race["id"] for race in report["races"]] == [race_id]
    assert [rank for rank, _ in podium(report, race_id)] == [1]


def test_the_fastest_in_part_of_a_race_did_not_win_it():
    report = parse_report("Women's 1000m: Femke Kok was the fastest in the first 200 metres but finished fourth.")
    assert podium(report, "women-1000m") == [(4, "Femke Kok")]


@pytest.mark.parametrize(
    "text",
    [
        "Men's 1500m: Peder Kongshaug held on for 1:44.57. Only the American Jordan Stolz was faster than the "
        "Norwegian, in 1:44.03.",
        "Men's 1500m: Peder Kongshaug (NOR) clocked 1:44.57, and only Jordan Stolz went faster than Kongshaug.",
    ],
)
def test_the_only_one_faster_won_and_the_one_beaten_was_second(text):
    assert podium(parse_report(text), "men-1500m") == [(1, "Jordan Stolz"), (2, "Peder Kongshaug")]


@pytest.mark.parametrize(
    "text",
    [
        "Women's 5000m: Martina Sáblíková took bronze. Only Merel Conijn and Isabelle Weidemann were faster.",
        "Women's 5000m: Martina Sáblíková took bronze. Only Merel Conijn and Isabelle Weidemann went faster than "
        "Sáblíková.",
        "Women's 5000m: Martina Sáblíková took bronze; only Merel Conijn, then Isabelle Weidemann, skated faster.",
    ],
)
def test_two_who_were_faster_are_not_ranked_without_their_order(text):
    assert podium(parse_report(text), "women-5000m") == [(3, "Martina Sáblíková")]


def test_a_medal_lost_is_no_medal():
    report = parse_report("Women's 1000m: Femke Kok was third in 1:14.58; on the last lap she lost silver by 0.18.")
    assert podium(report, "women-1000m") == [(3, "Femke Kok")]


@pytest.mark.parametrize(
    "text",
    [
        "Men's 1500m: Kjeld Nuis and Thomas Krol (both NED) were second and third behind Jordan Stolz.",
        "Men's 1500m: Kjeld Nuis and Thomas Krol, both of the Netherlands, were second and third.",
        "Men's 1500m: Kjeld Nuis and Thomas Krol, both from the Netherlands, finished second and third.",
    ],
)
def test_both_of_a_nation_is_no_tie(text):
    report = parse_report(text)
    assert podium(report, "men-1500m")[-2:] == [(2, "Kjeld Nuis"), (3, "Thomas Krol")]
    assert result(report, "men-1500m", "Thomas Krol")["nation"] == "NED"


@pytest.mark.parametrize(
    "text",
    [
        "Men's 1500m: Jordan Stolz won. The Netherlands' Kjeld Nuis was second.",
        "Men's 1500m: Jordan Stolz won. Kjeld Nuis, representing the Netherlands, was second.",
        "Men's 1500m: Jordan Stolz won. Kjeld Nuis, skating for the Netherlands, was second.",
    ],
)
def test_more_ways_to_give_a_skaters_country(text):
    assert result(parse_report(text), "men-1500m", "Kjeld Nuis")["nation"] == "NED"


@pytest.mark.parametrize(
    ("text", "second_race"),
    [
        ("Femke Kok won the women's 500m, then finished second to Jutta Leerdam in the women's 1000m.", "women-1000m"),
        ("Jordan Stolz won the men's 1000m, then took silver in the men's 1500m behind Peder Kongshaug.", "men-1500m"),
        ("Joy Beune won the women's 3000m, and then came second in the women's 1500m.", "women-1500m"),
    ],
)
def test_then_a_place_in_another_race_is_that_races(text, second_race):
    report = parse_report(text)
    assert len(report["races"]) == 2
    assert [rank for rank, _ in podium(report, second_race)] == [2]


def test_then_without_another_race_adds_nothing():
    report = parse_report("Femke Kok won the women's 500m in 37.02, then celebrated with the fans.")
    assert podium(report, "women-500m") == [(1, "Femke Kok")]


@pytest.mark.parametrize(
    ("text", "races"),
    [
        ("Jordan Stolz won both the men's 1000m and the 1500m.", ["men-1000m", "men-1500m"]),
        ("Joy Beune won both the women's 1500m and 3000m in Calgary.", ["women-1500m", "women-3000m"]),
        ("Femke Kok took both the women's 500m and the women's 1000m.", ["women-500m", "women-1000m"]),
    ],
)
def test_a_win_of_both_races_is_a_win_in_each(text, races):
    report = parse_report(text)
    assert [race["id"] for race in report["races"]] == races
    assert all([r["rank"] for r in race["results"]] == [1] for race in report["races"])


def test_a_win_and_another_race_named_after_it_is_one_win():
    report = parse_report("Jordan Stolz won the men's 1000m and the 1500m went to Peder Kongshaug.")
    assert podium(report, "men-1000m") == [(1, "Jordan Stolz")]
    assert all(r["name"] != "Jordan Stolz" for race in report["races"][1:] for r in race["results"])


@pytest.mark.parametrize(
    "text",
    [
        "Men's 1500m: Jordan Stolz won. Kjeld Nuis was second in a season's best 1:43.68.",
        "Men's 1500m: Jordan Stolz won. Kjeld Nuis was second, clocking a season's best 1:43.68.",
        "Men's 1500m: Jordan Stolz won. Kjeld Nuis was second in 1:43.68, a season's best.",
    ],
)
def test_a_seasons_best_is_no_time_from_another_season(text):
    report = parse_report(text)
    assert result(report, "men-1500m", "Kjeld Nuis")["rank"] == 2
    assert result(report, "men-1500m", "Kjeld Nuis")["time"] == "1:43.68"


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("Men's 1500m: Kjeld Nuis was second in a season's best 1:43.68.", "season best"),
        ("Men's 1500m: Kjeld Nuis was second in a season-best 1:43.68.", "season best"),
        ("Men's 1500m: Kjeld Nuis was second in a personal-best 1:43.68.", "personal best"),
    ],
)
def test_hyphenated_and_possessive_bests(text, record):
    found = result(parse_report(text), "men-1500m", "Kjeld Nuis")
    assert (found["rank"], found["time"], found["record"]) == (2, "1:43.68", record)


@pytest.mark.parametrize(
    ("text", "race_id", "expected"),
    [
        (
            "Women's team sprint: Poland (Kaja Ziomek-Nogal, Andżelika Wójcik, Karolina Bosiek) took gold in 1:26.80 "
            "ahead of the United States.",
            "women-team-sprint",
            [(1, "POL"), (2, "USA")],
        ),
        (
            "Women's team pursuit: Canada won in 2:53.66, ahead of the Netherlands and Japan.",
            "women-team-pursuit",
            [(1, "CAN"), (2, "NED"), (3, "JPN")],
        ),
        (
            "Men's team pursuit: Italy won in 3:42.10, well clear of the United States.",
            "men-team-pursuit",
            [(1, "ITA"), (2, "USA")],
        ),
    ],
)
def test_a_team_won_ahead_of_countries_named_with_the(text, race_id, expected):
    assert podium(parse_report(text), race_id) == expected


@pytest.mark.parametrize(
    ("text", "race_id", "expected"),
    [
        (
            "Women's team pursuit: gold went to Canada, silver to the Netherlands and bronze to Japan.",
            "women-team-pursuit",
            [(1, "CAN"), (2, "NED"), (3, "JPN")],
        ),
        (
            "Men's team sprint: China won from the Netherlands and Norway.",
            "men-team-sprint",
            [(1, "CHN"), (2, "NED"), (3, "NOR")],
        ),
        (
            "Women's 1000m: Jutta Leerdam won. Femke Kok added a silver to go with her 500m gold.",
            "women-1000m",
            [(1, "Jutta Leerdam"), (2, "Femke Kok")],
        ),
    ],
)
def test_medals_to_countries_in_a_list(text, race_id, expected):
    assert podium(parse_report(text), race_id) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Men's 500m: De Boo beat Dubreuil by 0.03 seconds; Jenning de Boo clocked 34.12 and Laurent Dubreuil 34.15.",
        "De Boo wins again! Men's 500m: Jenning de Boo won in 34.12.",
        "Men's 500m: Van der Poel's rival De Boo was quickest. Jenning de Boo won in 34.12.",
    ],
)
def test_a_family_name_with_a_particle_before_the_full_name_is_one_skater(text):
    report = parse_report(text)
    names = {a["name"] for a in report["athletes"]}
    assert "Jenning de Boo" in names and "De Boo" not in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Women's 1500m: Joy Beune won. Behind her came Miho Takagi and Ragne Wiklund.",
            [(1, "Joy Beune"), (2, "Miho Takagi"), (3, "Ragne Wiklund")],
        ),
        (
            "Women's 1500m: Joy Beune won in 1:54.20. Right behind Joy Beune finished Miho Takagi (1:54.80).",
            [(1, "Joy Beune"), (2, "Miho Takagi")],
        ),
        (
            "Women's 1500m: Miho Takagi was fifth. Just behind her came Ragne Wiklund.",
            [(5, "Miho Takagi"), (6, "Ragne Wiklund")],
        ),
    ],
)
def test_the_ones_who_came_behind_a_placed_skater_take_the_next_places(text, expected):
    assert podium(parse_report(text), "women-1500m") == expected


def test_behind_someone_without_a_place_gives_nothing():
    report = parse_report("Women's 1500m: Joy Beune was strong. Behind her came Miho Takagi.")
    assert all(not race["results"] for race in report["races"])


@pytest.mark.parametrize(
    ("text", "told", "other"),
    [
        (
            "Miho Takagi won the women's 1000m in 1:14.20. Jordan Stolz won it in 1:07.71, and Jenning de Boo was "
            "second in 1:08.19.",
            ("women-1000m", [(1, "Miho Takagi")]),
            ("men-1000m", [(1, "Jordan Stolz"), (2, "Jenning de Boo")]),
        ),
        (
            "Miho Takagi took the women's 1500m in 1:53.40.\nLast pair: Kjeld Nuis wins in 1:43.02 and Peder "
            "Kongshaug is second in 1:43.50.",
            ("women-1500m", [(1, "Miho Takagi")]),
            ("men-1500m", [(1, "Kjeld Nuis"), (2, "Peder Kongshaug")]),
        ),
        (
            "Jordan Stolz won the men's 1000m in 1:07.10. Then Jutta Leerdam won in 1:16.80, ahead of Femke Kok in "
            "1:17.05.",
            ("men-1000m", [(1, "Jordan Stolz")]),
            ("women-1000m", [(1, "Jutta Leerdam"), (2, "Femke Kok")]),
        ),
    ],
)
def test_times_only_the_other_gender_skates_tell_that_race(text, told, other):
    report = parse_report(text)
    assert podium(report, told[0]) == told[1]
    assert podium(report, other[0]) == other[1]


@pytest.mark.parametrize(
    "text",
    [
        # times either gender can skate keep the race told
        "Femke Kok won the women's 500m in 37.02. Erin Jackson was second in 37.15.",
        # a time no race of this kind takes moves nothing
        "Miho Takagi won the women's 1000m in 1:14.20. Jutta Leerdam was second in 1:01.50.",
    ],
)
def test_times_either_gender_or_neither_skates_keep_the_race(text):
    report = parse_report(text)
    assert [race["gender"] for race in report["races"]] == ["women"]
    assert len(report["races"][0]["results"]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Short track\n\nSuzanne Schulting won the women's 1000m in 1:28.40, with Kim Boutin second.\n\n"
        "Speed skating\n\nJutta Leerdam won the women's 1500m in 1:54.10, ahead of Miho Takagi.",
        "BIATHLON:\nJohannes Thingnes Bø won the men's 10km sprint, and Sturla Holm Lægreid was second.\n\n"
        "LONG TRACK:\nJutta Leerdam won the women's 1500m in 1:54.10, ahead of Miho Takagi.",
        "Jutta Leerdam won the women's 1500m in 1:54.10, ahead of Miho Takagi.\n\nIn short track, Suzanne "
        "Schulting won the women's 1000m, and Kim Boutin was second.",
        "Jutta Leerdam won the women's 1500m in 1:54.10, ahead of Miho Takagi.\n\nFigure skating\n\nKaori "
        "Sakamoto won the women's free skate, with Loena Hendrickx second.",
    ],
)
def test_another_sports_section_in_a_round_up_states_no_skating_results(text):
    report = parse_report(text)
    assert [race["id"] for race in report["races"]] == ["women-1500m"]
    assert podium(report, "women-1500m") == [(1, "Jutta Leerdam"), (2, "Miho Takagi")]


def test_a_sport_named_in_passing_hides_nothing():
    text = (
        "Jutta Leerdam, who came over from short track as a junior, won the women's 1500m in 1:54.10, ahead of "
        "Miho Takagi."
    )
    assert podium(parse_report(text), "women-1500m") == [(1, "Jutta Leerdam"), (2, "Miho Takagi")]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Jutta Leerdam won the women's 1000m in 1:13.44, ahead of Joy Beune. In the women's 1500m Joy Beune "
            "won, with Jutta Leerdam second.\n\nPatrick Roest won the men's 5000m in 6:09.02. Leerdam and Beune "
            "shared top spot.",
            [(1, "Patrick Roest")],
        ),
        (
            "Jutta Leerdam won the women's 1000m, and she was second in the women's 500m.\n\nPatrick Roest won the "
            "men's 5000m in 6:09.02, and Leerdam was third.",
            [(1, "Patrick Roest")],
        ),
    ],
)
def test_a_skater_placed_in_more_races_of_the_other_gender_is_no_result(text, kept):
    report = parse_report(text)
    assert podium(report, "men-5000m") == kept
    assert any(w["code"] == "other-gender" for w in report["warnings"])


def test_a_skater_placed_once_in_each_gender_keeps_both():
    report = parse_report(
        "Jutta Leerdam won the women's 1000m.\n\nIn the men's 1500m, Kjeld Nuis won and Leerdam was third."
    )
    assert podium(report, "women-1000m") == [(1, "Jutta Leerdam")]
    assert (3, "Jutta Leerdam") in podium(report, "men-1500m")


@pytest.mark.parametrize(
    ("text", "race", "expected"),
    [
        (
            "Jordan Stolz won the men's 1000m in 1:07.10.\n\nKjeld Nuis — 5/10\nSixth in the same race in 1:08.64.",
            "men-1000m",
            (6, "Kjeld Nuis", "1:08.64"),
        ),
        (
            "Joy Beune won the women's 3000m in 3:57.46.\n\nAntoinette Rijpma-de Jong (5/10)\nFifth in the 3000m "
            "and four seconds down on Beune.",
            "women-3000m",
            (5, "Antoinette Rijpma-de Jong", None),
        ),
        (
            "Miho Takagi won the women's 1000m in 1:14.20. Brittany Bowe had a quiet day. Fourth in 1:15.02, she "
            "never found her rhythm.",
            "women-1000m",
            (4, "Brittany Bowe", "1:15.02"),
        ),
    ],
)
def test_a_sentence_opening_on_a_place_goes_on_about_the_skater_before(text, race, expected):
    rank, name, time = expected
    report = parse_report(text)
    assert (rank, name) in podium(report, race)
    assert result(report, race, name)["time"] == time


@pytest.mark.parametrize(
    "text",
    [
        # the skater the place belongs to is not the one the sentence names
        "Davide Ghiotto won the men's 5000m in 6:10.82. Spare a thought for Beau Snellink. Fourth in the 5000 "
        "metres: his 6:14.39 against the 6:14.37 of his compatriot Patrick Roest.",
        # the place does not open the sentence
        "Davide Ghiotto won the men's 5000m in 6:10.82. Patrick Roest watched, and we cheered for a club mate "
        "instead: fourth in 6:14.39.",
    ],
)
def test_a_place_opening_a_sentence_names_no_one_else(text):
    assert podium(parse_report(text), "men-5000m") == [(1, "Davide Ghiotto")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Men's 1500m\n\nPair 6: Kjeld Nuis 1:44.31, new leader. Peder Kongshaug crosses in 1:45.02 and slots in "
            "second.\n\nPair 10: Jordan Stolz 1:43.71, new leader.\n\nStolz wins, Nuis takes silver and "
            "Kongshaug, second after pair 6, ends up third.",
            [(1, "Jordan Stolz"), (2, "Kjeld Nuis"), (3, "Peder Kongshaug")],
        ),
        (
            "In the men's 1500m, Kjeld Nuis moved into second place after pair 6, but finished fourth.",
            [(4, "Kjeld Nuis")],
        ),
    ],
)
def test_a_place_held_while_pairs_are_still_to_skate_is_no_result(text, expected):
    assert podium(parse_report(text), "men-1500m") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jordan Stolz won the men's 1500m in 1:43.10.\n\nWorth knowing: when the circuit last stopped here, a year "
        "ago, Femke Kok won the women's 500m.",
        "Jordan Stolz won the men's 1500m in 1:43.10. When the World Cup came here two seasons ago, Femke Kok won "
        "the women's 500m and Erin Jackson was second.",
        "Jordan Stolz won the men's 1500m in 1:43.10. On this ice a week earlier, Femke Kok won the women's 500m.",
    ],
)
def test_a_time_told_before_the_first_name_is_the_whole_sentences(text):
    assert [race["id"] for race in parse_report(text)["races"]] == ["men-1500m"]


def test_a_time_told_after_a_name_is_that_clauses():
    text = "Femke Kok, who won here a year ago, won the women's 500m again in 36.99."
    assert podium(parse_report(text), "women-500m") == [(1, "Femke Kok")]


@pytest.mark.parametrize(
    "text",
    [
        "Ivanie Blondin won the women's mass start. Ivanie takes the middle laps in the pursuit. The Dutch were "
        "ahead at halfway.",
        "Ivanie Blondin won the women's mass start, and the Dutch are still looking for answers.",
        "Ivanie Blondin won the women's mass start. The Norwegian were nowhere, the Dutch have work to do.",
    ],
)
def test_a_nation_adjective_with_a_plural_verb_is_its_skaters(text):
    report = parse_report(text)
    assert result(report, "women-mass-start", "Ivanie Blondin")["nation"] is None


def test_a_nation_adjective_with_a_singular_verb_is_a_skater():
    text = "Jutta Leerdam won the women's 1000m. The Dutch was second in the 500m too."
    assert podium(parse_report(text), "women-500m") == [(2, "Jutta Leerdam")]


@pytest.mark.parametrize(
    "text",
    [
        "Ning Zhongyan won the men's 1500m, while Han Mei took bronze in the women's 1500m.\n\nPeder Kongshaug "
        "of Norway finished third in 1:45.38.",
        "Ning Zhongyan won the men's 1500m in 1:44.96, and Han Mei was third in the women's 1500m.\n\nBehind the "
        "winner, Peder Kongshaug finished third in 1:45.38.",
    ],
)
def test_times_pick_the_other_gender_of_the_same_distance_told_before(text):
    report = parse_report(text)
    assert (3, "Peder Kongshaug") in podium(report, "men-1500m")
    assert podium(report, "women-1500m") == [(3, "Han Mei")]


@pytest.mark.parametrize(
    "text",
    [
        "Poland won the men's team sprint from the Netherlands and Canada.",
        "Poland won the team sprint for men from the Netherlands and Canada.",
        "In the men's team sprint Poland won from the Netherlands and Canada.",
    ],
)
def test_nations_a_team_won_from_are_the_next_places(text):
    report = parse_report(text)
    assert [(r["rank"], r["nation"]) for r in report["races"][0]["results"]] == [(1, "POL"), (2, "NED"), (3, "CAN")]


@pytest.mark.parametrize(
    "text",
    [
        "Jutta Leerdam (NED) won the women's 1000m, from Brittany Bowe (USA, 1:14.95).",
        "Jutta Leerdam (NED) won the women's 1000m, from Brittany Bowe (USA).",
        "Jutta Leerdam (NED) won the women's 1000m. Second, from Brittany Bowe (USA) 1:14.95.",
    ],
)
def test_a_name_with_its_code_after_from_is_a_skater_not_a_hometown(text):
    names = [athlete["name"] for athlete in parse_report(text)["athletes"]]
    assert "Brittany Bowe" in names


def test_a_hometown_after_from_is_still_a_place():
    text = "Erin Jackson, from Ocala Florida, won the women's 500m."
    names = [athlete["name"] for athlete in parse_report(text)["athletes"]]
    assert names == ["Erin Jackson"]


@pytest.mark.parametrize(
    ("text", "who", "nation"),
    [
        ("Peder Kongshaug was third in the men's 1500m in 1:41.02, a Norwegian record.", "Peder Kongshaug", "NOR"),
        ("In the women's 500m Femke Kok won in 36.41, a new Dutch record.", "Femke Kok", "NED"),
        ("Mathias Voste was fifth in the men's 1500m in 1:44.90, a Belgian national record.", "Mathias Voste", "BEL"),
    ],
)
def test_a_national_record_set_tells_the_skaters_nation(text, who, nation):
    report = parse_report(text)
    row = result(report, report["races"][0]["id"], who)
    assert (row["nation"], row["record"]) == (nation, "national record")


@pytest.mark.parametrize(
    "text",
    [
        "In the women's 500m Femke Kok won in 36.41, just outside the Dutch record of 36.40.",
        "In the women's 500m Femke Kok won in 36.41, a time Leerdam's Dutch record still beats.",
        "In the women's 500m Femke Kok won in 36.41; the Dutch record stood at 36.40.",
    ],
)
def test_a_national_record_that_is_not_the_skaters_own_says_nothing_of_her_nation(text):
    assert result(parse_report(text), "women-500m", "Femke Kok")["nation"] is None


@pytest.mark.parametrize(
    ("text", "nations"),
    [
        (
            "In the women's 1000m Miho Takagi won, and fellow Japanese Kurumi Inagawa and Ayano Sato were ninth and "
            "10th, respectively.",
            ["JPN", "JPN", "JPN"],
        ),
        (
            "In the men's 1000m Ning Zhongyan won, with fellow Chinese Gao Tingyu and Lian Ziwen fifth and sixth.",
            ["CHN"] * 3,
        ),
        # a singular nation word before a list belongs to its first name alone
        (
            "In the men's 1000m Kjeld Nuis won, with Swiss Livio Wenger second and Ning Zhongyan third.",
            [None, "SUI", None],
        ),
        (
            "In the men's 1000m Kjeld Nuis won, with fellow Dutchman Thomas Krol second and Ning Zhongyan third.",
            ["NED", "NED", None],
        ),
    ],
)
def test_fellow_and_a_nation_word_the_same_in_the_plural_covers_the_names_listed(text, nations):
    assert [row["nation"] for row in parse_report(text)["races"][0]["results"]] == nations


@pytest.mark.parametrize(
    "text",
    [
        "In the men's 500m Laurent Dubreuil came closest, just 0.02 back, and edged out Kim Jun-ho for silver.",
        "In the men's 500m Laurent Dubreuil was 0.02 slower than the winner, but beat Kim Jun-ho for silver.",
        "In the men's 500m Laurent Dubreuil trailed by two hundredths, and then pipped Kim Jun-ho for silver.",
    ],
)
def test_a_clause_opening_on_and_and_a_verb_keeps_the_sentences_subject(text):
    assert podium(parse_report(text), "men-500m") == [(2, "Laurent Dubreuil"), (3, "Kim Jun-ho")]


def test_a_clause_opening_on_and_and_a_name_has_that_name_as_subject():
    report = parse_report("In the men's 500m Jenning de Boo won, and Laurent Dubreuil edged out Kim Jun-ho for silver.")
    assert podium(report, "men-500m") == [(1, "Jenning de Boo"), (2, "Laurent Dubreuil"), (3, "Kim Jun-ho")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the women's mass start Ivanie Blondin beat Park Ji-woo in the sprint for silver, leaving the Korean "
            "with bronze.",
            [(2, "Ivanie Blondin"), (3, "Park Ji-woo")],
        ),
        # the one left is placed; the subject's own place comes from its own words, not from being next
        (
            "In the women's mass start Ivanie Blondin won, leaving Park Ji-woo to settle for bronze.",
            [(1, "Ivanie Blondin"), (3, "Park Ji-woo")],
        ),
        (
            "In the women's 500m Femke Kok won in 36.41, which left Jutta Leerdam in second.",
            [(1, "Femke Kok"), (2, "Jutta Leerdam")],
        ),
        ("In the women's 500m Femke Kok won in 36.41, leaving the ice in tears.", [(1, "Femke Kok")]),
    ],
)
def test_leaving_a_skater_with_a_place_gives_that_place_to_the_skater_left(text, expected):
    assert podium(parse_report(text), parse_report(text)["races"][0]["id"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sander Eitrem won the men's 5000m in 6:08.74.\n\nIn the B Division, Nikola Zdráhalová won the women's 1500m "
        "in 1:57.63. Viktor Hald Thorup took the men's 5000m in 6:16.52.",
        "Sander Eitrem won the men's 5000m in 6:08.74.\n\nB Division round-up\n\nNikola Zdráhalová won the women's "
        "1500m in 1:57.63.\n\nViktor Hald Thorup took the men's 5000m in 6:16.52.",
        "Sander Eitrem won the men's 5000m in 6:08.74.\n\nAnd in Division B, Nikola Zdráhalová won the women's 1500m "
        "in 1:57.63, while Viktor Hald Thorup took the men's 5000m in 6:16.52.",
    ],
)
def test_a_division_opening_a_paragraph_or_heading_a_section_goes_on_to_its_next_races(text):
    races = {race["id"]: [r["name"] for r in race["results"]] for race in parse_report(text)["races"]}
    assert races == {
        "men-5000m": ["Sander Eitrem"],
        "women-1500m-b": ["Nikola Zdráhalová"],
        "men-5000m-b": ["Viktor Hald Thorup"],
    }


def test_a_division_frame_ends_with_its_paragraph():
    report = parse_report(
        "In the B Division, Nikola Zdráhalová won the women's 1500m in 1:57.63.\n\n"
        "Sander Eitrem won the men's 5000m in 6:08.74."
    )
    assert [race["id"] for race in report["races"]] == ["women-1500m-b", "men-5000m"]


@pytest.mark.parametrize(
    "text",
    [
        "Marijke Groenewoud won the women's 3000m; she went through the first 1,000 metres in 1:21.4 and won in "
        "4:02.71.",
        "Marijke Groenewoud covered the opening 1000m in 1:21.4 and won the women's 3000m in 4:02.71.",
        "In the women's 3000m Marijke Groenewoud was through the first 1000 m in 1:21.4 and won in 4:02.71.",
    ],
)
def test_a_first_stretch_of_a_race_is_a_split_not_a_race(text):
    report = parse_report(text)
    assert [race["id"] for race in report["races"]] == ["women-3000m"]
    assert result(report, "women-3000m", "Marijke Groenewoud")["time"] == "4:02.71"


@pytest.mark.parametrize(
    "text",
    [
        "Marijke Groenewoud, who was third over 3000m in Heerenveen last month, struck back over the same distance "
        "here. She won in 4:02.71, with Joy Beune second.",
        "Marijke Groenewoud, who was beaten over 3000m a week ago, won over the same distance here in 4:02.71, and she "
        "left Joy Beune in second.",
    ],
)
def test_the_same_distance_is_the_one_named_in_the_aside_before_it(text):
    report = parse_report(text)
    assert [race["id"] for race in report["races"]] == ["women-3000m"]
    assert podium(report, "women-3000m") == [(1, "Marijke Groenewoud"), (2, "Joy Beune")]


@pytest.mark.parametrize(
    "text",
    [
        "Patrick Roest tied for bronze in the men's 500m. He made that shared bronze count in the men's 5000m, "
        "winning in 6:10.22.",
        "Patrick Roest took bronze in the men's 500m. This bronze was worth more than gold, he said, after he won the "
        "men's 5000m in 6:10.22.",
    ],
)
def test_a_medal_named_with_that_or_this_is_the_one_told_before(text):
    report = parse_report(text)
    assert [r["rank"] for r in report["races"][1]["results"]] == [1]


@pytest.mark.parametrize(
    "text",
    [
        "Joy Beune and Patrick Roest lead after a day that had a dead heat, a disqualification and a men's 5000m won "
        "by Patrick Roest in 6:10.22.",
        "A day of drama: a fall, a late disqualification, and Patrick Roest winning the men's 5000m in 6:10.22.",
    ],
)
def test_a_disqualification_or_fall_named_as_an_event_of_the_day_takes_no_ones_place(text):
    assert podium(parse_report(text), "men-5000m") == [(1, "Patrick Roest")]


@pytest.mark.parametrize(
    "text",
    [
        "Men's 1500m: Jordan Stolz (USA) 1:43.58 ahead of Peder Kongshaug and Connor Howe.",
        "Result, men's 1500m: Jordan Stolz 1:43.58, ahead of Peder Kongshaug and Connor Howe.",
        "Men's 1500m: Jordan Stolz ahead of Peder Kongshaug and Connor Howe.",
    ],
)
def test_a_results_line_with_no_verb_names_the_winner_before_ahead_of(text):
    assert podium(parse_report(text), "men-1500m") == [(1, "Jordan Stolz"), (2, "Peder Kongshaug"), (3, "Connor Howe")]


def test_ahead_of_in_a_sentence_with_a_verb_is_no_win():
    report = parse_report("In the men's 1500m: Kjeld Nuis finished in 1:44.91, ahead of Connor Howe.")
    assert all(r["rank"] != 1 for race in report["races"] for r in race["results"])


@pytest.mark.parametrize(
    "confirmation",
    [
        "14:52 – Confirmed, men's 1500m: Jordan Stolz (USA) 1:43.58 ahead of Peder Kongshaug and Connor Howe.",
        "14:52 - OFFICIAL RESULT, men's 1500m: 1. Jordan Stolz 1:43.58, 2. Peder Kongshaug, 3. Connor Howe.",
        "14:52 – Final results, men's 1500m: 1. Jordan Stolz 1:43.58, 2. Peder Kongshaug, 3. Connor Howe.",
    ],
)
def test_a_confirmed_result_replaces_the_live_places_and_keeps_the_times_told_before(confirmation):
    report = parse_report(
        "14:31 – Men's 1500m under way. Connor Howe (CAN) goes top with 1:44.60.\n\n"
        "14:44 – Peder Kongshaug (NOR) goes top with 1:44.37. Howe pushed down to second.\n\n" + confirmation
    )
    assert [race["id"] for race in report["races"]] == ["men-1500m"]
    rows = [(r["rank"], r["name"], r["time"]) for r in report["races"][0]["results"]]
    assert rows == [
        (1, "Jordan Stolz", "1:43.58"),
        (2, "Peder Kongshaug", "1:44.37"),
        (3, "Connor Howe", "1:44.60"),
    ]


def test_a_correction_of_a_numbered_race_goes_to_that_race():
    report = parse_report(
        "Femke Kok won the first women's 500m in 37.01, with Erin Jackson second.\n\n"
        "Jutta Leerdam won the second women's 500m in 37.20, with Kok second.\n\n"
        "Official result, first women's 500m: 1. Femke Kok 37.01, 2. Kimi Goetz, 3. Erin Jackson."
    )
    assert podium(report, "women-500m-1") == [(1, "Femke Kok"), (2, "Kimi Goetz"), (3, "Erin Jackson")]
    assert podium(report, "women-500m-2") == [(1, "Jutta Leerdam"), (2, "Femke Kok")]


@pytest.mark.parametrize(
    "sprint",
    [
        "16:11 – Second sprint goes to Jorrit Bergsma, who now leads the points.",
        "16:11 – Jorrit Bergsma takes the first sprint and its three points.",
        "16:11 – The third sprint went to Jorrit Bergsma.",
    ],
)
def test_a_numbered_sprint_of_a_mass_start_is_no_race(sprint):
    report = parse_report(
        "16:05 – Men's mass start, 16 laps.\n\n" + sprint + "\n\n16:17 – Bart Swings wins the men's mass start!"
    )
    assert [race["id"] for race in report["races"]] == ["men-mass-start"]
    assert podium(report, "men-mass-start") == [(1, "Bart Swings")]


@pytest.mark.parametrize(
    "text",
    [
        "Davide Ghiotto, roared on by a crowd that had sat through the women's race for him, won the men's 10,000 "
        "metres in 12:44.19.",
        "After the women's 3000m had ended, Davide Ghiotto won the men's 10,000 metres in 12:44.19.",
    ],
)
def test_the_gender_written_with_the_distance_is_the_races(text):
    assert [race["id"] for race in parse_report(text)["races"]] == ["men-10000m"]


@pytest.mark.parametrize(
    "text",
    [
        "In the men's 10000m Vladimir Semirunniy (POL) took bronze in 12:48.60, clear of Metoděj Jílek. The young "
        "Czech was fourth in 12:49.55.",
        "In the men's 10000m Vladimir Semirunniy (POL) took bronze in 12:48.60, clear of Metoděj Jílek. The "
        "talented Czech was fourth in 12:49.55.",
    ],
)
def test_a_nation_word_after_the_and_an_adjective_names_a_skater_of_that_nation(text):
    assert podium(parse_report(text), "men-10000m") == [(3, "Vladimir Semirunniy"), (4, "Metoděj Jílek")]


@pytest.mark.parametrize(
    "text",
    [
        "In the men's 10000m Beau Snellink took silver. Sander Eitrem finished in 12:46.80, which would have been "
        "good enough for silver, but was disqualified at the crossing, a foul that left Snellink in the outer lane.",
        "In the men's 10000m Beau Snellink took silver. Sander Eitrem clocked 12:46.80 and was then disqualified for "
        "impeding Snellink.",
    ],
)
def test_a_clause_opening_on_but_was_keeps_the_sentences_subject(text):
    assert podium(parse_report(text), "men-10000m") == [(2, "Beau Snellink")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jordan Stolz won the men's 1000m on Friday.\n\nMen's 500m, race two\n1. Kim Jun-ho (KOR) 34.36\n"
            "2. Damian Żurek (POL) 34.41\n\n"
            "The women's mass start came down to the last lap. Marijke Groenewoud won by a skate length.",
            {
                "men-1000m": [(1, "Jordan Stolz")],
                "men-500m": [(1, "Kim Jun-ho"), (2, "Damian Żurek")],
                "women-mass-start": [(1, "Marijke Groenewoud")],
            },
        ),
        (
            "Jordan Stolz won the men's 1000m on Friday.\n\nMen's 500m, race two\n1. Kim Jun-ho (KOR) 34.36\n"
            "2. Damian Żurek (POL) 34.41\n\n"
            "The B Division mass starts were run on Sunday morning. Aurora Grinden Løvås won the women's race.",
            {
                "men-1000m": [(1, "Jordan Stolz")],
                "men-500m": [(1, "Kim Jun-ho"), (2, "Damian Żurek")],
                "women-mass-start-b": [(1, "Aurora Grinden Løvås")],
            },
        ),
    ],
)
def test_a_paragraph_opening_on_another_race_leaves_the_section_of_its_heading(text, expected):
    report = parse_report(text)
    assert {race["id"]: podium(report, race["id"]) for race in report["races"]} == expected


def test_a_race_named_in_passing_under_a_heading_stays_in_the_headings_race():
    report = parse_report(
        "Women's 3000m\nJoy Beune won in 3:55.20 ahead of Ragne Wiklund.\n\n"
        "Beune, a member of the Dutch team pursuit squad, was never troubled."
    )
    assert [race["id"] for race in report["races"]] == ["women-3000m"]


@pytest.mark.parametrize(
    "text",
    [
        "Jordan Stolz won the second men's 1000m in 1:07.71; Jenning de Boo, Friday's runner-up, was sixth.",
        "Jordan Stolz won the second men's 1000m in 1:07.71, and Jenning de Boo, Saturday's winner, came sixth.",
    ],
)
def test_an_apposition_naming_an_earlier_days_place_is_no_place_in_this_race(text):
    report = parse_report(text)
    assert podium(report, report["races"][0]["id"]) == [(1, "Jordan Stolz"), (6, "Jenning de Boo")]


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "SEOUL, Nov. 18 (Yonhap) -- South Korea's Kim Min-sun finished sixth in the women's 500 meters at a speed "
            "skating World Cup event in Salt Lake City over the weekend.",
            "Salt Lake City",
        ),
        (
            "BEIJING, Dec. 7 (Xinhua) -- China's Ning Zhongyan won the men's 1500m at the ISU World Cup Speed "
            "Skating in Calgary on Saturday.",
            "Calgary",
        ),
        # the dateline's own city, and a past or next stop elsewhere, leave the dateline's venue
        (
            "HAMAR, Norway (Saturday) – Joy Beune won the women's 3000m. Groenewoud, third at the World Cup in "
            "Heerenveen last month, was second.",
            "Hamar",
        ),
        (
            "HAMAR, Norway, Feb 2 (Reuters) - Jordan Stolz won the men's 1000m before the next World Cup stop in "
            "Calgary.",
            "Hamar",
        ),
    ],
)
def test_a_wire_filed_at_home_names_where_the_races_were(text, venue):
    assert parse_report(text)["competition"]["venue"] == venue


def test_a_result_at_the_venue_a_wire_names_is_no_result_elsewhere():
    report = parse_report(
        "SEOUL, Nov. 18 (Yonhap) -- South Korea's Kim Min-sun finished sixth in the women's 500 meters at a speed "
        "skating World Cup event in Salt Lake City over the weekend."
    )
    assert podium(report, "women-500m") == [(6, "Kim Min-sun")]


@pytest.mark.parametrize(
    "text",
    [
        "In the women's 3000m Claudia Pechstein finished 11th in 4:09.33 as the best of the German women.",
        "In the women's 3000m Claudia Pechstein came 11th as the top German.",
        "In the women's 3000m Claudia Pechstein was 11th, as the highest-placed of the Germans.",
    ],
)
def test_as_the_best_of_a_nations_skaters_tells_the_subjects_nation(text):
    assert result(parse_report(text), "women-3000m", "Claudia Pechstein")["nation"] == "GER"


@pytest.mark.parametrize(
    ("text", "nation"),
    [
        (
            "Patrick Beckert won the men's 5000m. Patrick Beckert, Felix Rijhnen and Fridtjof Petzold formed the "
            "German trio that was fourth in the men's team pursuit.",
            "GER",
        ),
        # no group noun after the nation word: the skaters beat the Germans, they were not among them
        ("Patrick Beckert won the men's 5000m, and he and Felix Rijhnen were the Germans' nightmare.", None),
    ],
)
def test_skaters_who_formed_a_nations_trio_are_of_that_nation(text, nation):
    assert result(parse_report(text), "men-5000m", "Patrick Beckert")["nation"] == nation


@pytest.mark.parametrize(
    ("text", "who", "nation"),
    [
        (
            "Jutta Leerdam won the women's 1000m in 1:14.28. Her Dutch teammate Femke Kok had to settle for silver.",
            "Jutta Leerdam",
            "NED",
        ),
        (
            "Sander Eitrem won the men's 5000m. His Norwegian teammate Hallgeir Engebråten was fourth.",
            "Sander Eitrem",
            "NOR",
        ),
        # a rival of a nation says nothing of the owner's
        ("Jordan Stolz won the men's 1000m. His Dutch rival Jenning de Boo was second.", "Jordan Stolz", None),
        # "her" cannot be the man the text was about
        ("Jordan Stolz won the men's 1000m. Her Dutch teammate Femke Kok won the women's 500m.", "Jordan Stolz", None),
    ],
)
def test_his_or_her_teammate_of_a_nation_is_of_the_owners_nation(text, who, nation):
    report = parse_report(text)
    assert result(report, report["races"][0]["id"], who)["nation"] == nation


SECTIONS_BY_NATION = (
    "World Cup weekend: how the nations fared\n\n"
    "Five races, three nations on top.\n\n"
    "{first}\n"
    "Jutta Leerdam: gold in the women's 1000m (1:14.12).\n"
    "Femke Kok: fourth in the women's 500m (37.40), two hundredths behind Miho Takagi.\n\n"
    "{second}\n"
    "Laurent Dubreuil: bronze in the men's 500m (34.41).\n"
    "Connor Howe: fourth in the men's 1500m (1:44.68).\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("NETHERLANDS", "CANADA"),
        ("Team Netherlands (2 medals)", "Team Canada: one medal"),
        ("The Netherlands", "Canada"),
    ],
)
def test_an_entry_under_a_country_heading_is_of_that_country(first, second):
    report = parse_report(SECTIONS_BY_NATION.format(first=first, second=second))
    assert result(report, "women-1000m", "Jutta Leerdam")["nation"] == "NED"
    assert result(report, "women-500m", "Femke Kok")["nation"] == "NED"
    assert result(report, "men-500m", "Laurent Dubreuil")["nation"] == "CAN"
    assert result(report, "men-1500m", "Connor Howe")["nation"] == "CAN"


def test_a_country_heading_says_nothing_of_skaters_named_inside_an_entry():
    report = parse_report(SECTIONS_BY_NATION.format(first="NETHERLANDS", second="CANADA"))
    names = {m["name"]: m.get("nation") for m in report["athletes"]}
    assert names.get("Miho Takagi") is None


def test_a_country_heading_yields_to_the_nation_written_with_the_name():
    text = SECTIONS_BY_NATION.format(first="NETHERLANDS", second="CANADA").replace(
        "Connor Howe:", "Italy's Davide Ghiotto:"
    )
    assert result(parse_report(text), "men-1500m", "Davide Ghiotto")["nation"] == "ITA"


def test_a_country_heading_holds_for_its_own_section_only():
    text = SECTIONS_BY_NATION.format(first="NETHERLANDS", second="CANADA") + (
        "\nJordan Stolz: gold in the men's 1000m (1:06.88).\n"
    )
    assert result(parse_report(text), "men-1000m", "Jordan Stolz")["nation"] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Results of the day.\n\nBrittany Bowe: fourth in the women's 1000m (1:14.77).", [(4, "Brittany Bowe")]),
        ("Results of the day.\n\nKim Min-sun (KOR): ninth in the women's 1000m.", [(9, "Kim Min-sun")]),
        ("Results of the day.\n\nJoy Beune: second in the women's 1000m, 1:14.50.", [(2, "Joy Beune")]),
        # the entry does not say who was fourth
        (
            "Jutta Leerdam won the women's 1000m. Kok skipped it, so we cheered for Angel: fourth in the 1000m.",
            [(1, "Jutta Leerdam")],
        ),
    ],
)
def test_an_ordinal_after_a_name_and_colon_places_that_name(text, expected):
    assert podium(parse_report(text), "women-1000m") == expected


@pytest.mark.parametrize("turn", ["14:42 — Men's turn.", "Now the men.", "Over to the men's race.", "And now the men:"])
def test_a_line_handing_the_ice_to_the_other_gender_starts_its_race(turn):
    text = (
        "World Sprint Championships, day one.\n\n"
        "Femke Kok opens the first 500m with 37.31. Jutta Leerdam is second in 37.55, and Kaja Ziomek-Nogal fourth "
        f"in 37.70.\n{turn}\nJenning de Boo won it in 34.41, ahead of Marek Kania in 34.48."
    )
    report = parse_report(text)
    assert ("women-500m", (4, "Kaja Ziomek-Nogal")) in [
        (r["id"], p) for r in report["races"] for p in podium(report, r["id"])
    ]
    assert result(report, "men-500m", "Jenning de Boo")["rank"] == 1


@pytest.mark.parametrize(
    "second",
    [
        "Marek Kania won the men's second 500m in 34.39, ahead of Jordan Stolz.",
        "Marek Kania won the second men's 500m in 34.39, ahead of Jordan Stolz.",
    ],
)
def test_a_race_called_the_second_is_numbered_so_when_the_first_had_times_but_no_places(second):
    text = (
        "Hamar, Saturday.\n\nIn the men's 500m Jenning de Boo posted 34.41 and Marek Kania 34.48.\n\n"
        f"Sunday.\n\n{second}"
    )
    report = parse_report(text)
    assert [r["id"] for r in report["races"]] == ["men-500m-2"]
    assert podium(report, "men-500m-2") == [(1, "Marek Kania"), (2, "Jordan Stolz")]


def test_rounds_told_with_times_do_not_number_the_race():
    text = (
        "Milan, Monday.\n\nIn the women's team pursuit quarterfinals Canada clocked 2:56.31.\n\n"
        "In the final Canada won the women's team pursuit in 2:55.97, ahead of the Netherlands."
    )
    assert [r["id"] for r in parse_report(text)["races"]] == ["women-team-pursuit"]


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("TOMASZÓW MAZOWIECKI – Joy Beune won the women's 3000m in 3:58.12 on Saturday.", "Tomaszów Mazowiecki"),
        ("KOLOMNA — Pavel Kulizhnikov won the men's 500m in 34.51.", "Kolomna"),
        ("Tomaszow Mazowiecki, Poland - Joy Beune won the women's 3000m in 3:58.12.", "Tomaszow Mazowiecki"),
    ],
)
def test_a_dateline_names_the_venue_as_the_text_spells_it(text, venue):
    assert parse_report(text)["competition"]["venue"] == venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # a past Games named by its host, and a medal won there, against the one place the results are from
        (
            "Season opener, with the first results from Obihiro\n\nNine months after the Beijing Games, the season "
            "is back. Erin Jackson took gold in Beijing. Femke Kok won the women's 500m in 37.41 on Friday.",
            "Obihiro",
        ),
        (
            "Since the Olympics in Sochi, nobody has dominated like this. At the World Cup in Calgary on Saturday, "
            "Jordan Stolz won the men's 1000m in 1:06.11.",
            "Calgary",
        ),
        # a place still to come, or one of weeks ago, is not where the races were
        (
            "On the opening weekend of the World Cup season in Heerenveen, Pechstein, hoping to reach the Olympic "
            "Games in Beijing, was 11th in the women's 3000m. Beune won the 3000m in Heerenveen.",
            "Heerenveen",
        ),
        (
            "Kok, who won at the World Cup in Hamar three weeks ago, was beaten in the women's 500m. Jackson won in "
            "37.02.",
            None,
        ),
        # a digest of several meetings names no one venue
        (
            "SPORT IN BRIEF\n\nAt the World Cup in Calgary, Erin Jackson won the women's 500m in 36.90.\n\nAt the "
            "Dutch championships in Heerenveen, Patrick Roest won the men's 5000m.\n\nAt the Junior World Cup in "
            "Inzell, Finn Sonnekalb won the men's 1500m.",
            None,
        ),
    ],
)
def test_without_a_dateline_the_venue_is_where_the_text_says_the_races_were(text, venue):
    assert parse_report(text)["competition"]["venue"] == venue


def test_a_time_just_before_a_result_told_of_another_venue_is_kept():
    text = (
        "INZELL – Cornelius Kersten came 12th in the men's 1000m in 1:09.64 - a long way short of the eighth place he "
        "bagged in Calgary a fortnight ago. Jordan Stolz won the men's 1000m in 1:07.10."
    )
    assert result(parse_report(text), "men-1000m", "Cornelius Kersten")["time"] == "1:09.64"


@pytest.mark.parametrize(
    "aside",
    [
        "Femke Kok was a regular in the top three without ever quite running away with it.",
        "Without winning a race all autumn, Femke Kok still leads the standings.",
        "Our three tips for the day were Femke Kok, Jordan Stolz and Irene Schouten, with Kok the runner-up.",
        "My predictions: Femke Kok first, Jutta Leerdam second.",
    ],
)
def test_what_a_skater_did_not_do_and_what_was_tipped_places_no_one(aside):
    report = parse_report(f"{aside} Ragne Wiklund won the women's 3000m in 4:01.77, ahead of Irene Schouten.")
    assert podium(report, "women-3000m") == [(1, "Ragne Wiklund"), (2, "Irene Schouten")]


@pytest.mark.parametrize(
    "might_have_been",
    [
        "Dahl Johansson's time would have put him seventh in the A race on Friday.",
        "His time could even have earned him a top-ten place in the A race.",
        "On that form he might have been fifth in the A race.",
    ],
)
def test_what_might_have_been_in_the_a_race_leaves_the_b_race_told(might_have_been):
    text = (
        "Heerenveen, Saturday.\n\nMEN'S 1500M – DIVISION B\n- 1st: Allan Dahl Johansson (NOR) 1:46.10\n"
        f"- 2nd: Szymon Palka (POL) 1:46.32\n{might_have_been} Gabriel Odor (AUT) finished fifth."
    )
    report = parse_report(text)
    assert [r["id"] for r in report["races"]] == ["men-1500m-b"]
    assert podium(report, "men-1500m-b") == [(1, "Allan Dahl Johansson"), (2, "Szymon Palka"), (5, "Gabriel Odor")]


@pytest.mark.parametrize("bullet", ["- ", "• ", "* ", ""])
def test_a_bulleted_ordinal_line_places_the_name_after_it(bullet):
    text = (
        "Heerenveen, Saturday.\n\nWOMEN'S 1500M\n"
        f"{bullet}1st: Joy Beune (NED) 1:53.10\n{bullet}2nd: Miho Takagi (JPN) 1:53.62\n{bullet}Third: Ragne Wiklund "
        "(NOR) 1:54.01"
    )
    assert podium(parse_report(text), "women-1500m") == [(1, "Joy Beune"), (2, "Miho Takagi"), (3, "Ragne Wiklund")]


@pytest.mark.parametrize(
    "bronze",
    [
        "In the race for bronze, Kjeld Nuis beat Thomas Krol.",
        "In the fight for the bronze medal, Kjeld Nuis edged out Thomas Krol.",
        "In the battle for third place, Kjeld Nuis beat Thomas Krol by a hundredth.",
    ],
)
def test_a_race_for_bronze_framing_the_sentence_gives_its_winner_bronze_and_the_loser_fourth(bronze):
    report = parse_report(f"Jordan Stolz won the men's 1000m in 1:06.50. {bronze}")
    assert podium(report, "men-1000m") == [(1, "Jordan Stolz"), (3, "Kjeld Nuis"), (4, "Thomas Krol")]


def test_a_bronze_final_of_teams_told_as_a_scoreline():
    text = (
        "Japan won the women's team pursuit in 2:53.87, ahead of Canada. In the race for bronze, the United States "
        "were comfortably quicker than China, 2:57.30 to 2:59.14."
    )
    assert podium(parse_report(text), "women-team-pursuit") == [(1, "JPN"), (2, "CAN"), (3, "USA"), (4, "CHN")]


@pytest.mark.parametrize(
    "battle",
    [
        "Kjeld Nuis won the battle for bronze.",
        "Kjeld Nuis took the fight for third place.",
        "In the battle for bronze, nobody could separate them.",
    ],
)
def test_winning_the_battle_for_a_place_is_no_win_of_the_race(battle):
    report = parse_report(f"Jordan Stolz won the men's 1000m in 1:06.50. {battle}")
    assert (1, "Kjeld Nuis") not in podium(report, "men-1000m")
    assert (3, "Jordan Stolz") not in podium(report, "men-1000m")


@pytest.mark.parametrize(
    "before",
    [
        "At last season's championships in Heerenveen the same three Poles finished fourth.",
        "In last year's final, Poland were fourth.",
        "At last season's European Championships, the Poles came home fourth.",
    ],
)
def test_a_sentence_set_at_last_seasons_event_places_no_one_now(before):
    text = f"Poland won the men's team sprint in 1:19.04, ahead of Norway. {before}"
    assert podium(parse_report(text), "men-team-sprint") == [(1, "POL"), (2, "NOR")]


@pytest.mark.parametrize(
    "text",
    [
        "Femke Kok won the women's 500m in 37.41, ahead of Erin Jackson of the United States (37.58) and South "
        "Korea's Kim Min-sun (37.66).",
        "Femke Kok won the women's 500m in 37.41, ahead of Erin Jackson and South Korea's Kim Min-sun.",
        "Femke Kok won the women's 500m in 37.02, ahead of Erin Jackson of the United States and South Korea's Kim "
        "Min-sun, who took silver and bronze respectively.",
        "Femke Kok won the women's 500m in 37.41, ahead of Erin Jackson (USA) and South Korea's Kim Min-sun.",
    ],
)
def test_a_nations_possessive_may_open_the_second_of_two_beaten(text):
    report = parse_report(text)
    assert podium(report, "women-500m") == [(1, "Femke Kok"), (2, "Erin Jackson"), (3, "Kim Min-sun")]
    assert result(report, "women-500m", "Kim Min-sun")["nation"] == "KOR"


@pytest.mark.parametrize(
    "text",
    [
        "Joy Beune won the women's 3000m, with former world champion Jutta Leerdam down in seventh (4:01.74).",
        "Joy Beune won the women's 3000m, with the Olympic champion Jutta Leerdam only seventh in 4:01.74.",
        "Joy Beune won the women's 3000m, while former champion Jutta Leerdam was seventh (4:01.74).",
    ],
)
def test_a_time_after_another_skaters_place_is_not_the_winners(text):
    assert result(parse_report(text), "women-3000m", "Joy Beune")["time"] is None


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Jordan Stolz beat Kjeld Nuis in 1:06.50 to win the men's 1000m.", "1:06.50"),
        (
            "Miho Takagi skated alone after her pair partner withdrew – Poland's Kaja Ziomek-Nogal pulled out – and "
            "still took third in the women's 1000m in 1:14.61.",
            "1:14.61",
        ),
    ],
)
def test_a_time_after_another_skater_with_no_place_of_theirs_is_the_subjects(text, time):
    report = parse_report(text)
    race = report["races"][0]
    assert race["results"][0]["time"] == time


@pytest.mark.parametrize(
    "table",
    [
        "Men's 1000m\n1   Jordan Stolz        USA   1:06.50\n2   Ning Zhongyan       CHN   1:07.01\n",
        "Men's 1000m\n1.  Jordan Stolz\tUSA\t1:06.50\n2.  Ning Zhongyan\t\tCHN\t1:07.01\n",
        "MEN'S 1000 M\n1  Stolz Jordan   USA  1:06.50\n2  Ning Zhongyan   CHN  1:07.01  PB\n",
    ],
)
def test_a_code_in_its_own_column_of_an_aligned_table_is_the_nation(table):
    report = parse_report(table)
    assert [r["nation"] for r in report["races"][0]["results"]] == ["USA", "CHN"]


@pytest.mark.parametrize(
    ("text", "race_id", "named", "nation"),
    [
        (
            "Joy Beune won the women's 3000m. Norway's women were further back: Ragne Wiklund was ninth and Sofie "
            "Karoline Haugen 12th.",
            "women-3000m",
            ["Ragne Wiklund", "Sofie Karoline Haugen"],
            "NOR",
        ),
        (
            "In the women's 3000m Joy Beune won. Of the Germans, Claudia Pechstein was 11th and Michelle Uhrig 14th.",
            "women-3000m",
            ["Claudia Pechstein", "Michelle Uhrig"],
            "GER",
        ),
        (
            "Femke Kok won the women's 500m. Among the other Japanese, Miho Takagi was seventh and Arisa Go ninth.",
            "women-500m",
            ["Miho Takagi", "Arisa Go"],
            "JPN",
        ),
        (
            "In the men's 5000m Sander Eitrem won in 6:09.12 and the Dutch took the remaining podium places, Patrick "
            "Roest second and Beau Snellink third.",
            "men-5000m",
            ["Patrick Roest", "Beau Snellink"],
            "NED",
        ),
        (
            "Jutta Leerdam won the women's 1000m in 1:13.10. The Dutch took the other two medals: Joy Beune finished "
            "second in 1:13.40 and Femke Kok third.",
            "women-1000m",
            ["Joy Beune", "Femke Kok"],
            "NED",
        ),
    ],
)
def test_a_nations_people_opening_a_clause_give_their_nation_to_the_skaters_listed(text, race_id, named, nation):
    report = parse_report(text)
    assert [result(report, race_id, who)["nation"] for who in named] == [nation] * len(named)


def test_a_nations_people_opening_a_list_of_places_are_not_a_competitor():
    text = (
        "Jutta Leerdam won the women's 1000m in 1:13.10. The Dutch took the other two medals: Joy Beune finished "
        "second in 1:13.40 and Femke Kok third."
    )
    assert podium(parse_report(text), "women-1000m") == [(1, "Jutta Leerdam"), (2, "Joy Beune"), (3, "Femke Kok")]


@pytest.mark.parametrize(
    ("text", "race_id", "who"),
    [
        (
            "Femke Kok won the women's 500m. The Americans had to watch: Kok won ahead of Erin Jackson.",
            "women-500m",
            "Erin Jackson",
        ),
        (
            "The Dutch dominated the women's 1000m: Femke Kok won and Erin Jackson was third.",
            "women-1000m",
            "Erin Jackson",
        ),
        (
            "Femke Kok won the women's 500m. Among the Americans, Erin Jackson was fourth, but Kim Min-sun was third.",
            "women-500m",
            "Kim Min-sun",
        ),
        (
            "In the women's 3000m Joy Beune won. The Japanese skater was ninth: Ragne Wiklund.",
            "women-3000m",
            "Ragne Wiklund",
        ),
    ],
)
def test_a_nations_people_do_not_give_their_nation_past_a_word_that_lets_others_in(text, race_id, who):
    report = parse_report(text)
    race = next((r for r in report["races"] if r["id"] == race_id), {"results": []})
    assert all(r["nation"] is None for r in race["results"] if r["name"] == who)


@pytest.mark.parametrize(
    ("text", "race_id", "expected"),
    [
        (
            "Women's 1,000 — 1, Jutta Leerdam, Netherlands, 1:12.06. 2, Miho Takagi, Japan, 1:12.31. 3, Brittany "
            "Bowe, United States, 1:12.48.",
            "women-1000m",
            [
                (1, "Jutta Leerdam", "NED", "1:12.06"),
                (2, "Miho Takagi", "JPN", "1:12.31"),
                (3, "Brittany Bowe", "USA", "1:12.48"),
            ],
        ),
        (
            "Men's 5,000 meters: 1, Sander Eitrem, Norway, 6:09.84. 2, Davide Ghiotto, Italy, 6:10.12. 3, Beau "
            "Snellink, Netherlands, 6:11.02. DNF — Patrick Roest, Netherlands.",
            "men-5000m",
            [
                (1, "Sander Eitrem", "NOR", "6:09.84"),
                (2, "Davide Ghiotto", "ITA", "6:10.12"),
                (3, "Beau Snellink", "NED", "6:11.02"),
            ],
        ),
        (
            "Ladies' 500m. 1, Femke Kok, Netherlands, 36.98. 2, Erin Jackson, United States, 37.20. 3, Kim Min-sun, "
            "South Korea, 37.31.",
            "women-500m",
            [(1, "Femke Kok", "NED", "36.98"), (2, "Erin Jackson", "USA", "37.20"), (3, "Kim Min-sun", "KOR", "37.31")],
        ),
    ],
)
def test_agate_items_ended_by_full_stops_are_one_ranked_list(text, race_id, expected):
    race = next(r for r in parse_report(text)["races"] if r["id"] == race_id)
    assert [(r["rank"], r["name"], r["nation"], r["time"]) for r in race["results"]] == expected


@pytest.mark.parametrize(
    "text",
    [
        "MEN'S 1500M\n🥇 🇺🇸 Jordan Stolz 1:43.57\n🥈 🇳🇱 Kjeld Nuis 1:44.02\n🥉 🇳🇴 Peder Kongshaug 1:44.19\n",
        "Men's 1500m results are in!\n🥇 Jordan Stolz 🇺🇸 1:43.57\n🥈 Kjeld Nuis 🇳🇱 1:44.02\n"
        "🥉 Peder Kongshaug 🇳🇴 1:44.19",
        "The men's 1500m podium: 🥇 🇺🇸 Jordan Stolz (1:43.57), 🥈 🇳🇱 Kjeld Nuis (1:44.02), 🥉 🇳🇴 Peder Kongshaug "
        "(1:44.19).",
    ],
)
def test_medal_and_flag_emojis_give_places_and_nations(text):
    race = parse_report(text)["races"][0]
    assert [(r["rank"], r["name"], r["nation"], r["time"]) for r in race["results"]] == [
        (1, "Jordan Stolz", "USA", "1:43.57"),
        (2, "Kjeld Nuis", "NED", "1:44.02"),
        (3, "Peder Kongshaug", "NOR", "1:44.19"),
    ]


@pytest.mark.parametrize(
    ("text", "nation"),
    [
        ("Heartbreak for 🇳🇱 Jenning de Boo, who ends up fourth in the men's 500m.", "NED"),
        ("Jenning de Boo 🇳🇱 was fourth in the men's 500m.", "NED"),
        ("Jenning de Boo (CAN) 🇳🇱 was fourth in the men's 500m.", "CAN"),
        ("🇺🇳 Jenning de Boo was fourth in the men's 500m.", None),
    ],
)
def test_a_flag_next_to_a_name_is_its_nation_unless_one_is_written(text, nation):
    assert result(parse_report(text), "men-500m", "Jenning de Boo")["nation"] == nation


def test_a_count_of_medal_emojis_is_no_placing():
    report = parse_report("Women's 1000m: Jutta Leerdam won in 1:13.62. Six 🥇 for 🇳🇱 today, with Femke Kok 🇳🇱 too.")
    assert podium(report, "women-1000m") == [(1, "Jutta Leerdam")]


@pytest.mark.parametrize(
    ("text", "race_id", "who", "rank", "time"),
    [
        (
            "Kjeld Nuis won the men's 1500m in 1:44.31. Patrick Beckert, the other German in the race and far more "
            "at home over 5000 and 10,000 metres, finished 17th in 1:48.03.",
            "men-1500m",
            "Patrick Beckert",
            17,
            "1:48.03",
        ),
        (
            "Jordan Stolz won the men's 1500m in 1:43.10. Ted-Jan Bloemen, the Calgarian who won Olympic 10,000-metre "
            "gold in 2018, was 11th in 1:46.93 and called it a tune-up for the 5,000 metres later in the season.",
            "men-1500m",
            "Ted-Jan Bloemen",
            11,
            "1:46.93",
        ),
        (
            "Joy Beune won the women's 1500m in 1:54.90. Martina Sáblíková, long the queen of the 5000 metres, "
            "finished eighth in 1:57.80.",
            "women-1500m",
            "Martina Sáblíková",
            8,
            "1:57.80",
        ),
    ],
)
def test_a_distance_no_stated_time_fits_is_not_the_race_of_that_time(text, race_id, who, rank, time):
    report = parse_report(text)
    assert [r["id"] for r in report["races"]] == [race_id]
    assert (result(report, race_id, who)["rank"], result(report, race_id, who)["time"]) == (rank, time)


@pytest.mark.parametrize(
    ("text", "races"),
    [
        (
            "Jordan Stolz won the men's 1500m in 1:43.10. Kjeld Nuis won the men's 1000m in 1:07.50.",
            ["men-1500m", "men-1000m"],
        ),
        (
            "Jordan Stolz won the men's 1500m in 1:43.10. Kjeld Nuis, Olympic champion over 1500m, was second in the "
            "1000m in 1:07.50.",
            ["men-1500m", "men-1000m"],
        ),
    ],
)
def test_a_distance_a_stated_time_fits_is_the_race_of_that_time(text, races):
    assert [r["id"] for r in parse_report(text)["races"]] == races


@pytest.mark.parametrize(
    "text",
    [
        "In the men's 10000m Davide Ghiotto, skating in the third-to-last pair, won in 12:51.34.",
        "In the men's 10000m Davide Ghiotto, out in the second-last pair, won in 12:51.34.",
        "Davide Ghiotto started in the third from last pair and won the men's 10000m in 12:51.34.",
    ],
)
def test_a_pair_counted_from_the_last_is_no_place(text):
    assert podium(parse_report(text), "men-10000m") == [(1, "Davide Ghiotto")]


@pytest.mark.parametrize(
    ("text", "race_id", "placed", "not_placed"),
    [
        (
            "Sander Eitrem clocked 6:09.35 in the men's 5000m to beat the 6:10.02 that Davide Ghiotto of Italy had "
            "posted an hour earlier, leaving the Italian second.",
            "men-5000m",
            ("Davide Ghiotto", 2),
            ("Sander Eitrem", 2),
        ),
        (
            "Kim Min-sun beat Erin Jackson (USA) in the women's 500m, leaving the American in third.",
            "women-500m",
            ("Erin Jackson", 3),
            ("Kim Min-sun", 3),
        ),
        (
            "Jordan Stolz won the men's 1000m. Jenning de Boo overtook Ning Zhongyan of China on the last lap, leaving "
            "the Chinese fourth.",
            "men-1000m",
            ("Ning Zhongyan", 4),
            ("Jenning de Boo", 4),
        ),
    ],
)
def test_a_place_left_to_an_epithet_is_that_skaters_not_the_subjects(text, race_id, placed, not_placed):
    ranks = {name: rank for rank, name in podium(parse_report(text), race_id)}
    assert ranks.get(placed[0]) == placed[1]
    assert ranks.get(not_placed[0]) != not_placed[1]


@pytest.mark.parametrize(
    ("text", "race_id", "expected"),
    [
        (
            "In the women's 500m, Kim Min-sun came in 0.12 seconds behind the winner, Japan's Kurumi Inagawa, to take "
            "silver in 37.89 seconds.",
            "women-500m",
            [(1, "Kurumi Inagawa", None), (2, "Kim Min-sun", "37.89")],
        ),
        (
            "Park Ji-woo crossed the line third in the women's mass start, 0.31 second behind winner Marijke "
            "Groenewoud.",
            "women-mass-start",
            [(1, "Marijke Groenewoud", None), (3, "Park Ji-woo", None)],
        ),
        (
            "In the women's 1000m, Jutta Leerdam was a tenth slower than the eventual winner Femke Kok and took silver "
            "in 1:13.20.",
            "women-1000m",
            [(1, "Femke Kok", None), (2, "Jutta Leerdam", "1:13.20")],
        ),
    ],
)
def test_the_winner_named_after_behind_is_first_and_the_time_stays_the_subjects(text, race_id, expected):
    race = next(r for r in parse_report(text)["races"] if r["id"] == race_id)
    assert [(r["rank"], r["name"], r["time"]) for r in race["results"]] == expected


@pytest.mark.parametrize(
    ("text", "who", "nation"),
    [
        ("In the men's 500m Wataru Morishige was fifth for Japan in 34.58.", "Wataru Morishige", "JPN"),
        ("Connor Howe gave Canada its other individual medal, taking silver in the men's 1500m.", "Connor Howe", "CAN"),
        (
            "Park Ji-woo salvaged a medal for South Korea in the women's mass start, finishing third.",
            "Park Ji-woo",
            "KOR",
        ),
        ("Marijke Groenewoud won gold for the Netherlands in the women's mass start.", "Marijke Groenewoud", "NED"),
    ],
)
def test_the_country_a_lone_subject_places_for_is_its_nation(text, who, nation):
    report = parse_report(text)
    assert report["races"][0]["results"][0]["name"] == who
    assert report["races"][0]["results"][0]["nation"] == nation


@pytest.mark.parametrize(
    "text",
    [
        "Jordan Stolz won the men's 1000m ahead of Kjeld Nuis, a silver for the Netherlands.",
        "Jordan Stolz won the men's 1000m, bad news for Norway.",
        "Jordan Stolz gave Norway nothing to cheer, winning the men's 1000m.",
    ],
)
def test_a_country_not_placed_for_by_the_subject_is_not_its_nation(text):
    assert result(parse_report(text), "men-1000m", "Jordan Stolz")["nation"] is None


@pytest.mark.parametrize(
    "text",
    [
        "The men's mass start needed semi-finals, and Bart Swings only just made it: he was sixth in the second "
        "semi-final, behind winner Chung Jae-won. In the final Swings won in 7:42.31.",
        "In the men's mass start Bart Swings, only third in his semifinal, won the final in 7:42.31.",
        "Chung Jae-won, the winner of the first semi-final, was ninth in the men's mass start final. Bart Swings "
        "won in 7:42.31.",
    ],
)
def test_places_in_a_semi_final_are_not_places_in_the_final(text):
    report = parse_report(text)
    assert result(report, "men-mass-start", "Bart Swings")["rank"] == 1
    assert all(r["rank"] != 1 for r in report["races"][0]["results"] if r["name"] == "Chung Jae-won")
