"""Grading of every question type: pure functions, no database."""

import random
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from courses.quizzes.grading import (
    ERROR_ANSWER_TOO_LONG,
    ERROR_DUPLICATE_FIELD,
    ERROR_INVALID_TRUE_FALSE,
    ERROR_UNKNOWN_OPTION,
    ERROR_UNKNOWN_QUESTION,
    MULTIPLE_CHOICE,
    NUMERIC,
    SHORT_TEXT,
    SINGLE_CHOICE,
    TRUE_FALSE,
    AnswerError,
    Option,
    Question,
    clean_answers,
    correct_answer_text,
    grade,
    grade_question,
    normalise_text,
    parse_number,
    questions_from_stream,
)
from tests.quiz_factories import (
    ALL_RIGHT,
    multiple_choice,
    numeric,
    sample_questions,
    short_text,
    single_choice,
    stream_value,
    true_false,
)


def single(points=1, id="q1"):
    return Question(
        id=id,
        kind=SINGLE_CHOICE,
        points=points,
        options=(
            Option(f"{id}-a", "Lagos", False),
            Option(f"{id}-b", "Abuja", True),
            Option(f"{id}-c", "Kano", False),
        ),
    )


def multiple(scoring, correct_flags=(True, True, True, False, False), points=3, id="m1"):
    return Question(
        id=id,
        kind=MULTIPLE_CHOICE,
        points=points,
        scoring=scoring,
        options=tuple(
            Option(f"{id}-{index}", f"Option {index}", flag)
            for index, flag in enumerate(correct_flags)
        ),
    )


def text_question(*accepted, points=1):
    return Question(id="t1", kind=SHORT_TEXT, points=points, accepted_answers=accepted)


def number_question(answer, tolerance="0", points=1):
    return Question(
        id="n1", kind=NUMERIC, points=points, answer=Decimal(answer), tolerance=Decimal(tolerance)
    )


def points(question, answer) -> Decimal:
    return grade_question(question, answer).points


# Reading questions from the StreamField -------------------------------------


def test_questions_keep_the_stream_ids_of_questions_and_options():
    questions = questions_from_stream(stream_value(*sample_questions()))

    assert [question.id for question in questions] == [
        "q-single",
        "q-multiple",
        "q-true-false",
        "q-text",
        "q-number",
    ]
    assert [(option.id, option.correct) for option in questions[0].options] == [
        ("single-lead", True),
        ("single-every", False),
        ("single-nobody", False),
    ]
    assert questions[1].scoring == "partial"
    assert questions[2].correct_answer is True
    assert questions[3].accepted_answers == ("São Paulo", "Sao Paulo")
    assert (questions[4].answer, questions[4].tolerance) == (Decimal("12.5"), Decimal("0.1"))


def test_the_sample_answers_score_full_marks():
    questions = questions_from_stream(stream_value(*sample_questions()))

    result = grade(questions, clean_answers(questions, ALL_RIGHT), pass_mark=70)

    assert (result.score, result.max_score, result.percent, result.passed) == (
        Decimal("10.00"),
        Decimal("10.00"),
        Decimal("100.00"),
        True,
    )


# Single choice ------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "expected"),
    [("q1-b", "2.00"), ("q1-a", "0.00"), (None, "0.00"), ("", "0.00"), ("q2-b", "0.00")],
    ids=["right", "wrong", "unanswered", "blank", "option-of-another-question"],
)
def test_single_choice(answer, expected):
    assert points(single(points=2), answer) == Decimal(expected)


def test_single_choice_option_of_another_question_is_refused_when_cleaning():
    questions = [single(id="q1"), single(id="q2")]
    with pytest.raises(AnswerError, match=ERROR_UNKNOWN_OPTION):
        clean_answers(questions, {"q1": ["q2-b"]})


def test_single_choice_unknown_option_is_refused():
    with pytest.raises(AnswerError, match=ERROR_UNKNOWN_OPTION):
        clean_answers([single()], {"q1": ["no-such-option"]})


def test_single_choice_with_two_values_is_refused():
    with pytest.raises(AnswerError, match=ERROR_DUPLICATE_FIELD):
        clean_answers([single()], {"q1": ["q1-a", "q1-b"]})


# Multiple choice ------------------------------------------------------------


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        ([0, 1, 2], "3.00"),
        ([0, 1], "0.00"),
        ([0, 1, 2, 3], "0.00"),
        ([], "0.00"),
        ([3, 4], "0.00"),
    ],
    ids=["exact", "missing-one", "one-extra", "none", "only-wrong"],
)
def test_multiple_choice_all_or_nothing(chosen, expected):
    question = multiple("all_or_nothing")
    assert points(question, [f"m1-{index}" for index in chosen]) == Decimal(expected)


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        ([0, 1, 2], "3.00"),  # 3 right of 3
        ([0, 1], "2.00"),  # (2 − 0) / 3 × 3
        ([0, 1, 3], "1.00"),  # (2 − 1) / 3 × 3
        ([0, 1, 2, 3, 4], "1.00"),  # (3 − 2) / 3 × 3
        ([0, 3], "0.00"),  # (1 − 1) / 3
        ([0, 3, 4], "0.00"),  # (1 − 2) / 3 floors at 0
        ([3, 4], "0.00"),  # (0 − 2) / 3 floors at 0
        ([], "0.00"),
    ],
)
def test_multiple_choice_partial_credit(chosen, expected):
    question = multiple("partial")
    assert points(question, [f"m1-{index}" for index in chosen]) == Decimal(expected)


def test_partial_credit_is_rounded_down_to_two_places():
    question = multiple("partial", correct_flags=(True, True, True, False), points=1)
    assert points(question, ["m1-0", "m1-1"]) == Decimal("0.66")


def test_multiple_choice_answer_is_stored_in_question_order():
    question = multiple("partial")
    assert clean_answers([question], {"m1": ["m1-2", "m1-0"]}) == {"m1": ["m1-0", "m1-2"]}


def test_multiple_choice_repeating_an_option_is_refused():
    with pytest.raises(AnswerError, match=ERROR_DUPLICATE_FIELD):
        clean_answers([multiple("partial")], {"m1": ["m1-0", "m1-0"]})


def test_multiple_choice_option_of_another_question_is_refused():
    questions = [multiple("partial", id="m1"), multiple("partial", id="m2")]
    with pytest.raises(AnswerError, match=ERROR_UNKNOWN_OPTION):
        clean_answers(questions, {"m1": ["m1-0", "m2-1"]})


# True or false -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("correct", "answer", "expected"),
    [
        (True, "true", "1.00"),
        (True, "false", "0.00"),
        (False, "false", "1.00"),
        (False, "true", "0.00"),
        (False, None, "0.00"),
        (True, "TRUE", "0.00"),
    ],
)
def test_true_false(correct, answer, expected):
    question = Question(id="tf", kind=TRUE_FALSE, correct_answer=correct)
    assert points(question, answer) == Decimal(expected)


@pytest.mark.parametrize("value", ["yes", "1", "TRUE", "on"])
def test_true_false_other_values_are_refused(value):
    with pytest.raises(AnswerError, match=ERROR_INVALID_TRUE_FALSE):
        clean_answers([Question(id="tf", kind=TRUE_FALSE)], {"tf": [value]})


def test_true_false_twice_is_refused():
    with pytest.raises(AnswerError, match=ERROR_DUPLICATE_FIELD):
        clean_answers([Question(id="tf", kind=TRUE_FALSE)], {"tf": ["true", "false"]})


# Short text --------------------------------------------------------------


@pytest.mark.parametrize(
    ("accepted", "answer"),
    [
        ("Café", "CAFE\u0301"),  # decomposed accent, upper case
        ("cafe\u0301", "Café"),  # the author typed the decomposed form
        ("São Paulo", "  São   Paulo "),  # trimmed, inner spaces collapsed
        ("São Paulo", "São\u00a0Paulo"),  # no-break space
        ("São Paulo", "São\tPaulo\n"),
        ("Straße", "STRASSE"),  # ß folds to ss
        ("STRASSE", "straße"),
        ("Istanbul", "İSTANBUL"),  # Turkish dotted capital I
        ("ılık", "ILIK"),  # Turkish dotless i
        ("GDPR", "ＧＤＰＲ"),  # full-width letters
        ("Article 25", "Article ２５"),  # full-width digits
        ("Café", "Ca\u200bfé"),  # a zero-width space pasted along
        ("ﬁnance", "FINANCE"),  # the fi ligature
        ("السجل المدني", " السجل  المدني "),  # Arabic, spacing only
        ("لا", "\ufefb"),  # Arabic presentation form of lam-alef
        ("数据治理", "数据治理"),
        ("ΣΟΦΙΑ", "σοφια"),  # Greek, final sigma
    ],
)
def test_short_text_matches_after_normalising(accepted, answer):
    assert points(text_question(accepted), answer) == Decimal("1.00")


@pytest.mark.parametrize(
    ("accepted", "answer"),
    [
        ("São Paulo", "Sao Paulo"),  # accents are not stripped
        ("São Paulo", "SãoPaulo"),  # words must stay apart
        ("GDPR", "G D P R"),
        ("Addis Ababa", "Addis Ababa."),  # punctuation counts
        ("Dakar", ""),
        ("Dakar", "   "),
    ],
)
def test_short_text_differences_that_still_count(accepted, answer):
    assert points(text_question(accepted), answer) == Decimal("0.00")


def test_short_text_accepts_any_of_several_answers():
    question = text_question("Addis Ababa", "Addis Abeba", "አዲስ አበባ")
    for answer in ("addis abeba", "ADDIS ABABA", "አዲስ  አበባ"):
        assert points(question, answer) == Decimal("1.00"), answer
    assert points(question, "Addis") == Decimal("0.00")


def test_a_blank_accepted_answer_never_matches_a_blank_answer():
    question = text_question("", "Dakar")
    assert points(question, "") == Decimal("0.00")
    assert points(question, " ") == Decimal("0.00")


def test_short_text_longer_than_allowed_is_refused():
    with pytest.raises(AnswerError, match=ERROR_ANSWER_TOO_LONG):
        clean_answers([text_question("x")], {"t1": ["x" * 501]})
    assert clean_answers([text_question("x")], {"t1": ["x" * 500]}) == {"t1": "x" * 500}


def test_short_text_twice_is_refused():
    with pytest.raises(AnswerError, match=ERROR_DUPLICATE_FIELD):
        clean_answers([text_question("x")], {"t1": ["x", "x"]})


def test_normalise_text():
    assert normalise_text("  São \u00a0 PAULO\n") == "são paulo"


# Numbers -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("42", "42"),
        ("  42 ", "42"),
        ("-3.5", "-3.5"),
        ("+2", "2"),
        ("\u22124", "-4"),  # the typographic minus sign
        ("12.", "12"),
        (".5", "0.5"),
        ("3,5", "3.5"),  # comma as the decimal separator
        ("-0,125", "-0.125"),
        ("0,500", "0.5"),  # a thousands separator never follows a lone zero
        ("1234,567", "1234.567"),  # not a valid thousands grouping either
        ("1,2345", "1.2345"),
        ("1e3", "1000"),
        ("2.5E-2", "0.025"),
        ("１２３", "123"),  # full-width digits
        ("１２，５", "12.5"),  # full-width comma
        ("٣٫٥", "3.5"),  # Arabic-Indic digits and decimal separator
        ("४२", "42"),  # Devanagari digits
        ("99999999999999999999999999999999999999", "99999999999999999999999999999999999999"),
    ],
)
def test_parse_number_reads(text, expected):
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "NaN",
        "nan",
        "sNaN",
        "inf",
        "-inf",
        "Infinity",
        "∞",
        "1,000",  # 1.000 or 1000? Ambiguous: not read at all
        "-12,500",
        "1,234.5",  # no thousands separators
        "1.234,5",
        "1,2,3",
        "1 000",
        "0x10",
        "1/2",
        "12%",
        "1e",
        "1e99999",  # more exponent than any answer needs
        "--1",
        "9" * 61,  # longer than any number typed by hand
        "²",  # a superscript is not a digit
        "10²",  # NFKC alone would read 102
    ],
)
def test_parse_number_refuses(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("10.5", "1.00"),  # the upper bound is inclusive
        ("9.5", "1.00"),  # and the lower one
        ("10,5", "1.00"),
        ("10.500001", "0.00"),
        ("9.4999999", "0.00"),
        ("10", "1.00"),
        ("1e1", "1.00"),
        ("NaN", "0.00"),
        ("inf", "0.00"),
        ("ten", "0.00"),
        ("1e400", "0.00"),
        ("-1e400", "0.00"),
        ("", "0.00"),
    ],
)
def test_numeric_with_tolerance(answer, expected):
    assert points(number_question("10", tolerance="0.5"), answer) == Decimal(expected)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("-273.15", "1.00"),
        ("-273.16", "1.00"),
        ("-273.14", "1.00"),
        ("−273,15", "1.00"),
        ("-273.17", "0.00"),
        ("273.15", "0.00"),
    ],
)
def test_numeric_negative_answer(answer, expected):
    assert points(number_question("-273.15", tolerance="0.01"), answer) == Decimal(expected)


def test_numeric_comparison_is_exact_beyond_ordinary_precision():
    question = number_question("0.1")
    assert points(question, "0.1") == Decimal("1.00")
    assert points(question, "0.10000000000000000000000000000001") == Decimal("0.00")
    assert points(question, "0.1000000000000000000000000000000") == Decimal("1.00")


def test_numeric_huge_answer_and_tolerance():
    question = number_question("99999999999999.999999", tolerance="99999999999999.999999")
    assert points(question, "0") == Decimal("1.00")
    assert points(question, "199999999999999.999998") == Decimal("1.00")
    assert points(question, "199999999999999.999999") == Decimal("0.00")


def test_numeric_non_number_text_is_kept_and_simply_wrong():
    assert clean_answers([number_question("5")], {"n1": ["five"]}) == {"n1": "five"}


# Totals ----------------------------------------------------------------


def test_percent_has_two_places_rounded_down_and_decides_the_pass():
    questions = [single(points=1, id=f"q{index}") for index in range(3)]
    answers = {"q0": "q0-b", "q1": "q1-b", "q2": "q2-a"}

    result = grade(questions, answers, pass_mark=67)

    assert (result.score, result.max_score) == (Decimal("2.00"), Decimal("3.00"))
    assert result.percent == Decimal("66.66")
    assert result.passed is False
    assert grade(questions, answers, pass_mark=66).passed is True


def test_a_score_exactly_at_the_pass_mark_passes():
    questions = [single(points=1, id=f"q{index}") for index in range(10)]
    answers = {f"q{index}": f"q{index}-b" for index in range(7)}

    result = grade(questions, answers, pass_mark=70)

    assert (result.percent, result.passed) == (Decimal("70.00"), True)
    assert grade(questions, answers, pass_mark=71).passed is False


def test_points_per_question_add_up_to_the_score():
    questions = [multiple("partial", correct_flags=(True, True, True, False), points=1)] * 3
    questions = [
        Question(**{**question.__dict__, "id": f"m{index}"})
        for index, question in enumerate(questions)
    ]
    answers = {f"m{index}": ["m1-0", "m1-1"] for index in range(3)}

    result = grade(questions, answers, pass_mark=50)

    assert result.score == sum(r.points for r in result.results.values())
    assert result.score == Decimal("1.98")


def test_no_answers_score_nothing_and_every_question_is_unanswered():
    questions = questions_from_stream(stream_value(*sample_questions()))

    result = grade(questions, {}, pass_mark=0)

    assert result.score == Decimal("0.00")
    assert result.max_score == Decimal("10.00")
    assert not any(r.answered for r in result.results.values())
    assert result.passed is True  # a pass mark of 0 passes anyone


def test_missing_fields_are_unanswered_but_unknown_fields_are_forged():
    questions = questions_from_stream(stream_value(*sample_questions()))
    assert clean_answers(questions, {"q-single": ["single-lead"]}) == {"q-single": "single-lead"}
    with pytest.raises(AnswerError, match=ERROR_UNKNOWN_QUESTION):
        clean_answers(questions, {"q-single": ["single-lead"], "q-extra": ["1"]})


def test_correct_answers_in_words():
    questions = questions_from_stream(stream_value(*sample_questions()))
    assert [correct_answer_text(question) for question in questions] == [
        ["One lead agency"],
        ["Digital identity", "Payments"],
        ["True"],
        ["São Paulo", "Sao Paulo"],
        ["12.5 (± 0.1)"],
    ]


# Properties -------------------------------------------------------------------

QUESTIONS = questions_from_stream(
    stream_value(
        *sample_questions(),
        # More shapes: all or nothing, several correct options, an exact number.
        multiple_choice(
            "Which are registries?",
            [("Civil", True), ("Land", True), ("Weather", False), ("Business", True)],
            points=3,
        ),
        single_choice("Pick one", [("Yes", False), ("No", True)], points=5),
        true_false("The sky is green.", False),
        short_text("Say hello", ["Hello", "Bonjour", "مرحبا"]),
        numeric("How many?", "-7"),
    )
)
QUESTION_IDS = [question.id for question in QUESTIONS]
OPTION_IDS = [option.id for question in QUESTIONS for option in question.options]

field_names = st.one_of(st.sampled_from(QUESTION_IDS), st.text(max_size=12))
field_values = st.one_of(
    st.text(max_size=30),
    st.sampled_from(OPTION_IDS + ["true", "false", "12.5", "NaN", "1e999", "-0"]),
)
raw_answers = st.dictionaries(
    field_names,
    st.one_of(field_values, st.lists(field_values, max_size=4)),
    max_size=12,
)
any_values = st.one_of(
    st.none(),
    st.integers(),
    st.floats(allow_nan=True),
    st.booleans(),
    field_values,
    st.lists(st.one_of(field_values, st.integers(), st.none()), max_size=4),
    st.dictionaries(st.text(max_size=3), st.text(max_size=3), max_size=2),
)


def assert_bounded(result):
    assert Decimal(0) <= result.score <= result.max_score
    assert Decimal(0) <= result.percent <= Decimal(100)
    for question_result in result.results.values():
        assert Decimal(0) <= question_result.points <= question_result.max_points


@settings(max_examples=300, deadline=None)
@given(raw_answers)
def test_property_cleaning_refuses_only_with_answer_error_and_grading_is_bounded(raw):
    try:
        cleaned = clean_answers(QUESTIONS, raw)
    except AnswerError:
        return
    assert set(cleaned) <= set(QUESTION_IDS)
    assert_bounded(grade(QUESTIONS, cleaned, pass_mark=70))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(QUESTION_IDS), any_values, max_size=10))
def test_property_grading_never_raises_on_arbitrary_answers(answers):
    assert_bounded(grade(QUESTIONS, answers, pass_mark=70))


@st.composite
def choice_question_and_answer(draw):
    count = draw(st.integers(min_value=2, max_value=10))
    flags = draw(st.lists(st.booleans(), min_size=count, max_size=count))
    if not any(flags):
        flags[draw(st.integers(min_value=0, max_value=count - 1))] = True
    scoring = draw(st.sampled_from(["partial", "all_or_nothing"]))
    question = multiple(scoring, correct_flags=tuple(flags), points=draw(st.integers(1, 100)))
    chosen = draw(st.lists(st.sampled_from([o.id for o in question.options]), unique=True))
    return question, chosen, draw(st.randoms(use_true_random=False))


@settings(max_examples=300, deadline=None)
@given(choice_question_and_answer())
def test_property_option_order_never_changes_the_score(case):
    question, chosen, rng = case
    options = list(question.options)
    rng.shuffle(options)
    shuffled = Question(**{**question.__dict__, "options": tuple(options)})
    chosen_shuffled = list(chosen)
    rng.shuffle(chosen_shuffled)

    assert grade_question(shuffled, chosen_shuffled) == grade_question(question, chosen)


@settings(max_examples=100, deadline=None)
@given(raw_answers, st.randoms(use_true_random=False))
def test_property_question_order_never_changes_the_grade(raw, rng: random.Random):
    reordered = list(QUESTIONS)
    rng.shuffle(reordered)
    try:
        cleaned = clean_answers(QUESTIONS, raw)
    except AnswerError:
        return
    assert grade(reordered, cleaned, pass_mark=70) == grade(QUESTIONS, cleaned, pass_mark=70)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_property_a_text_matches_itself_in_capitals_and_with_extra_space(text):
    question = text_question(text)
    expected = Decimal("1.00") if normalise_text(text) else Decimal("0.00")
    assert points(question, f"  {text.upper()} ") == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_property_parse_number_never_raises_and_gives_finite_numbers(text):
    number = parse_number(text)
    assert number is None or number.is_finite()
