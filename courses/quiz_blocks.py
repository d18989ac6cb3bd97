"""StreamField blocks for quiz questions.

Every question and every option carries the stable id Wagtail gives stream
and list items; attempts refer to them, so an answer can only name an
option of the question it belongs to.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

ERROR_ONE_CORRECT = "Mark exactly one option as correct."
ERROR_SOME_CORRECT = "Mark at least one option as correct."
ERROR_NO_ACCEPTED_ANSWER = "Give at least one accepted answer."

EXPLANATION_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300)
    correct = blocks.BooleanBlock(required=False)


class QuestionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(max_length=1000)
    points = blocks.IntegerBlock(min_value=1, max_value=100, default=1)
    explanation = blocks.RichTextBlock(
        features=EXPLANATION_FEATURES,
        required=False,
        help_text="Shown as feedback when answers are revealed.",
    )


class SingleChoiceBlock(QuestionBlock):
    options = blocks.ListBlock(OptionBlock(), min_num=2, max_num=10)

    def clean(self, value):
        value = super().clean(value)
        if sum(1 for option in value["options"] if option["correct"]) != 1:
            raise StructBlockValidationError(
                block_errors={"options": ValidationError(ERROR_ONE_CORRECT)}
            )
        return value

    class Meta:
        icon = "radio-full"
        label = "Single choice"


class MultipleChoiceBlock(QuestionBlock):
    options = blocks.ListBlock(OptionBlock(), min_num=2, max_num=10)
    scoring = blocks.ChoiceBlock(
        choices=[
            ("all_or_nothing", "All or nothing"),
            ("partial", "Partial credit (right choices minus wrong ones)"),
        ],
        default="all_or_nothing",
    )

    def clean(self, value):
        value = super().clean(value)
        if not any(option["correct"] for option in value["options"]):
            raise StructBlockValidationError(
                block_errors={"options": ValidationError(ERROR_SOME_CORRECT)}
            )
        return value

    class Meta:
        icon = "list-ul"
        label = "Multiple choice"


class TrueFalseBlock(QuestionBlock):
    correct_answer = blocks.BooleanBlock(required=False, help_text="Ticked: the statement is true.")

    class Meta:
        icon = "tick-inverse"
        label = "True or false"


class ShortTextBlock(QuestionBlock):
    accepted_answers = blocks.ListBlock(
        blocks.CharBlock(max_length=200),
        min_num=1,
        help_text="Compared after trimming, ignoring case and Unicode form differences.",
    )

    def clean(self, value):
        value = super().clean(value)
        if not [answer for answer in value["accepted_answers"] if answer.strip()]:
            raise StructBlockValidationError(
                block_errors={"accepted_answers": ValidationError(ERROR_NO_ACCEPTED_ANSWER)}
            )
        return value

    class Meta:
        icon = "edit"
        label = "Short text"


class NumericBlock(QuestionBlock):
    answer = blocks.DecimalBlock(decimal_places=6, max_digits=20)
    tolerance = blocks.DecimalBlock(
        decimal_places=6,
        max_digits=20,
        min_value=Decimal(0),
        default=Decimal(0),
        help_text="Answers within this distance of the correct one count as right.",
    )

    class Meta:
        icon = "order"
        label = "Number"


class QuizQuestionsBlock(blocks.StreamBlock):
    single_choice = SingleChoiceBlock()
    multiple_choice = MultipleChoiceBlock()
    true_false = TrueFalseBlock()
    short_text = ShortTextBlock()
    numeric = NumericBlock()

    class Meta:
        min_num = 1
