"""Why a quiz request is refused; each message is shown to the trainee as it is."""


class QuizError(Exception):
    """A request that breaks a quiz rule. Nothing was written."""

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class NotLearningError(QuizError):
    """The user is not (or no longer) an active trainee of a cohort of the quiz's course."""


class AttemptNotFound(QuizError):
    """Not this user's attempt, or no attempt at all: views answer 404 either way."""
