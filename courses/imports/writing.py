"""Second pass of a trainee import: the rows against the database, then the writes.

Who is enrolled without being asked:

- An academy admin (the model-level ``manage_enrolments`` permission), or the
  command line run on the server without ``--as``, enrols every existing
  account directly: they can see every account anyway.
- Anyone else (an instructor) enrols directly only the trainees they already
  teach: the address is the ``User.email`` of an active account with an open
  enrolment in one of the cohorts they manage.
- Every other row, whether or not an account uses the address, gets the same
  invitation a new address gets; the invitee joins (or is waitlisted) only on
  accepting it. The importer's report and emails are the same in both cases,
  so an import never tells whether an address has an account.

No import changes an existing profile. The file's profile values travel in
the invitation and fill only an account created to accept it
(``services.invitation_accept``).

The writes are the bulk equivalent of ``services.enrollment_add`` and
``services.invitation_create``: the same rules, audit entries and emails, in
a number of queries that does not grow with the number of rows (a few per
500 rows for the lookups).
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import timezone
from wagtail.log_actions import LogContext, log
from wagtail.models import ModelLogEntry

from courses import emails
from courses.imports.reading import RowError, TraineeRow, shown, trainees_read
from courses.models import (
    OPEN_STATUSES,
    SEAT_STATUSES,
    Cohort,
    Enrollment,
    EnrollmentStatus,
    Invitation,
)
from courses.permissions import can_on_all_cohorts
from courses.selectors import cohorts_for

User = get_user_model()

IMPORT_ACTION = "academy.import_trainees"
# Addresses per query when looking accounts up: well below every database's
# limit on query parameters.
LOOKUP_CHUNK = 500
# Enrolments an import leaves as they are, as ``services.enrollment_add`` does.
KEPT_STATUSES = (*SEAT_STATUSES, EnrollmentStatus.WAITLISTED)

# Only an importer who may enrol any account ever reads these: to anyone else an
# account they do not teach is indistinguishable from an address nobody uses.
ERROR_AMBIGUOUS = "{value} belongs to more than one account: enrol this trainee by hand."
ERROR_SAME_ACCOUNT = "{value} belongs to the same account as line {line}."
ERROR_INACTIVE = "{value} belongs to a deactivated account."

# What became of a row, as the importer reads it. An address without an account
# and an account the importer may not enrol directly both read "invited".
OUTCOME_ENROLLED = "enrolled"
OUTCOME_WAITLISTED = "waitlisted"
OUTCOME_INVITED = "invited"
OUTCOME_UNCHANGED = "unchanged"
OUTCOME_LABELS = {
    OUTCOME_ENROLLED: "Enrolled",
    OUTCOME_WAITLISTED: "Waitlisted (the cohort is full)",
    OUTCOME_INVITED: "Invited by email: joins on accepting",
    OUTCOME_UNCHANGED: "Unchanged (already in the cohort or already invited)",
}


@dataclass(frozen=True)
class RowOutcome:
    line: int
    email: str
    outcome: str

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self.outcome]

    def __str__(self) -> str:
        return f"Line {self.line}: {self.email}: {self.label}"


@dataclass
class ImportResult:
    """What an import did, or, for a dry run, would do."""

    dry_run: bool
    rows: int = 0
    enrolled: int = 0
    waitlisted: int = 0
    invited: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    outcomes: list[RowOutcome] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def counts(self) -> dict:
        return {
            "rows": self.rows,
            "enrolled": self.enrolled,
            "waitlisted": self.waitlisted,
            "invited": self.invited,
            "unchanged": self.unchanged,
        }

    def summary(self) -> str:
        """One sentence: what happened, or for a dry run what would happen."""
        outcome = (
            f"{self.enrolled} enrolled, {self.waitlisted} waitlisted, "
            f"{self.invited} invited, {self.unchanged} unchanged"
        )
        if self.dry_run:
            return f"Dry run, nothing written. {self.rows} trainee(s) read; would be: {outcome}."
        return f"{self.rows} trainee(s) imported: {outcome}."


# Checking against the database -------------------------------------------------


@dataclass
class _Plan:
    """What the import writes, decided row by row in file order; nothing saved yet."""

    rows: list[TraineeRow]
    now: datetime.datetime
    errors: list[RowError] = field(default_factory=list)
    enrollments: list[Enrollment] = field(default_factory=list)
    invitations: list[Invitation] = field(default_factory=list)
    outcomes: list[RowOutcome] = field(default_factory=list)

    def add(self, row: TraineeRow, outcome: str) -> None:
        self.outcomes.append(RowOutcome(row.line, row.email, outcome))

    def result(self, *, dry_run: bool) -> ImportResult:
        outcomes = [row_outcome.outcome for row_outcome in self.outcomes]
        return ImportResult(
            dry_run=dry_run,
            rows=len(self.rows),
            enrolled=outcomes.count(OUTCOME_ENROLLED),
            waitlisted=outcomes.count(OUTCOME_WAITLISTED),
            invited=outcomes.count(OUTCOME_INVITED),
            unchanged=outcomes.count(OUTCOME_UNCHANGED),
            errors=self.errors,
            outcomes=self.outcomes if not self.errors else [],
        )


def _chunks(items: list, size: int = LOOKUP_CHUNK):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _accounts_by_email(wanted: list[str]) -> dict[str, list]:
    """Accounts per lower-cased address, from User.email and from allauth's addresses."""
    found: dict[str, dict] = defaultdict(dict)
    for chunk in _chunks(wanted):
        users = User.objects.annotate(email_lower=Lower("email")).filter(email_lower__in=chunk)
        for user in users:
            found[user.email_lower][user.pk] = user
        addresses = (
            EmailAddress.objects.annotate(email_lower=Lower("email"))
            .filter(email_lower__in=chunk)
            .select_related("user")
        )
        for address in addresses:
            found[address.email_lower].setdefault(address.user_id, address.user)
    return {email: list(users.values()) for email, users in found.items()}


def enrols_any_account(acting_user) -> bool:
    """Whether the importer may enrol every existing account without asking it.

    The command line without ``--as`` is the academy itself, run on its server;
    an academy admin holds the model-level permission and sees every account.
    """
    return acting_user is None or can_on_all_cohorts(acting_user, "manage_enrolments")


def _accounts_known_to(acting_user, accounts: dict[str, list]) -> dict[str, object]:
    """The rows' accounts the importer may enrol directly, by address.

    An instructor knows a trainee by the address their cohorts' enrolment
    lists show (``User.email``) and only while the trainee is part of one of
    those cohorts. Anything else (several accounts, a deactivated one, an
    address added in account settings) the importer cannot see, so it must not
    be treated differently from an address nobody uses.
    """
    candidates = {
        email: users[0]
        for email, users in accounts.items()
        if len(users) == 1 and users[0].is_active and users[0].email.lower() == email
    }
    taught = set()
    cohorts = cohorts_for(acting_user, "manage_enrolments")
    for chunk in _chunks([user.pk for user in candidates.values()]):
        taught.update(
            Enrollment.objects.filter(
                cohort__in=cohorts, user_id__in=chunk, status__in=OPEN_STATUSES
            ).values_list("user_id", flat=True)
        )
    return {email: user for email, user in candidates.items() if user.pk in taught}


def accounts_taught_by(acting_user, emails: list[str]) -> dict[str, object]:
    """Of these (lower-cased) addresses, those of trainees the user already teaches."""
    return _accounts_known_to(acting_user, _accounts_by_email(emails))


def _plan(cohort: Cohort, rows: list[TraineeRow], acting_user) -> _Plan:
    plan = _Plan(rows=rows, now=timezone.now())
    accounts = _accounts_by_email([row.email for row in rows])
    if not enrols_any_account(acting_user):
        # Everything the rest of the plan learns about an account comes from here:
        # an account the importer may not enrol directly is invited like a stranger.
        known = _accounts_known_to(acting_user, accounts)
        accounts = {email: [user] for email, user in known.items()}
    enrollments = {e.user_id: e for e in Enrollment.objects.filter(cohort=cohort)}
    taken = sum(enrollment.status in SEAT_STATUSES for enrollment in enrollments.values())
    free = None if cohort.capacity is None else max(cohort.capacity - taken, 0)
    invited = set(
        Invitation.objects.filter(
            cohort=cohort, accepted_at__isnull=True, expires_at__gt=plan.now
        ).values_list("email", flat=True)
    )
    lines_of_users: dict[int, int] = {}
    for row in rows:
        users = accounts.get(row.email)
        if not users:
            if row.email in invited:
                # Their link still works: a second click or a re-run must not email them again.
                plan.add(row, OUTCOME_UNCHANGED)
            else:
                plan.invitations.append(_invitation(cohort, row, acting_user, plan.now))
                plan.add(row, OUTCOME_INVITED)
            continue
        problem = _account_problem(row, users, lines_of_users)
        if problem:
            plan.errors.append(RowError(row.line, problem))
            continue
        user = users[0]
        lines_of_users[user.pk] = row.line
        enrollment = enrollments.get(user.pk)
        if enrollment is not None and enrollment.status in KEPT_STATUSES:
            plan.add(row, OUTCOME_UNCHANGED)
            continue
        has_seat = free is None or free > 0
        plan.enrollments.append(_enrollment(cohort, user, enrollment, has_seat, plan.now))
        plan.add(row, OUTCOME_ENROLLED if has_seat else OUTCOME_WAITLISTED)
        if has_seat and free is not None:
            free -= 1
    return plan


def _account_problem(row: TraineeRow, users: list, lines_of_users: dict) -> str | None:
    if len(users) > 1:
        return ERROR_AMBIGUOUS.format(value=shown(row.email))
    if users[0].pk in lines_of_users:
        return ERROR_SAME_ACCOUNT.format(value=shown(row.email), line=lines_of_users[users[0].pk])
    if not users[0].is_active:
        return ERROR_INACTIVE.format(value=shown(row.email))
    return None


def _enrollment(cohort, user, enrollment, has_seat: bool, now) -> Enrollment:
    """A new or reopened enrolment, seated or waitlisted as services.enrollment_add does."""
    enrollment = enrollment or Enrollment()
    enrollment.cohort, enrollment.user = cohort, user
    enrollment.status = EnrollmentStatus.ACTIVE if has_seat else EnrollmentStatus.WAITLISTED
    enrollment.status_changed_at = now
    if has_seat and enrollment.activated_at is None:
        enrollment.activated_at = now
    if not has_seat:
        enrollment.waitlisted_at = now
    return enrollment


def _invitation(cohort, row: TraineeRow, acting_user, now) -> Invitation:
    """An invitation as services.invitation_create makes it.

    Every invitation carries the row's profile values, whether or not an account
    uses the address, so no two invitations differ by it; accepting fills them
    in only for an account created after the invitation.
    """
    return Invitation(
        cohort=cohort,
        email=row.email,
        profile_data=row.profile_data(),
        invited_by=acting_user,
        expires_at=now + datetime.timedelta(days=settings.INVITATION_VALID_DAYS),
    )


# Writing ------------------------------------------------------------------------


def trainees_import(
    *, cohort: Cohort, data: bytes, acting_user, dry_run: bool = False
) -> ImportResult:
    """Check a CSV file and, unless it is a dry run or any row is wrong, import it all."""
    rows, errors = trainees_read(data)
    if errors:
        return ImportResult(dry_run=dry_run, errors=errors)
    if dry_run:
        return _plan(cohort, rows, acting_user).result(dry_run=True)
    with transaction.atomic(), LogContext(user=acting_user) as log_context:
        # Lock the cohort for the whole import, so the seats counted are the seats given
        # and no concurrent enrolment takes one in between.
        cohort = Cohort.objects.select_for_update().get(pk=cohort.pk)
        plan = _plan(cohort, rows, acting_user)
        if plan.errors:
            return plan.result(dry_run=False)
        _write(cohort, plan)
        _audit(cohort, plan, acting_user, log_context.uuid)
        result = plan.result(dry_run=False)
        log(instance=cohort, action=IMPORT_ACTION, user=acting_user, data=result.counts())
    enrollment_ids = [enrollment.pk for enrollment in plan.enrollments]
    invitation_ids = [invitation.pk for invitation in plan.invitations]
    if enrollment_ids or invitation_ids:
        # Email only once everything is committed: a rolled-back import sends nothing.
        transaction.on_commit(lambda: _send_emails(enrollment_ids, invitation_ids))
    return result


def _write(cohort: Cohort, plan: _Plan) -> None:
    reopened = [enrollment for enrollment in plan.enrollments if enrollment.pk is not None]
    Enrollment.objects.bulk_create([e for e in plan.enrollments if e.pk is None])
    Enrollment.objects.bulk_update(
        reopened, ["status", "status_changed_at", "activated_at", "waitlisted_at"]
    )
    for chunk in _chunks([invitation.email for invitation in plan.invitations]):
        # Open but expired invitations are replaced, as invitation_create does.
        Invitation.objects.filter(cohort=cohort, accepted_at__isnull=True, email__in=chunk).delete()
    Invitation.objects.bulk_create(plan.invitations)


def _audit(cohort: Cohort, plan: _Plan, acting_user, uuid) -> None:
    """The entries enrollment_add and invitation_create would write, in one insert."""
    enrollment_type = ContentType.objects.get_for_model(Enrollment)
    cohort_type = ContentType.objects.get_for_model(Cohort)
    common = {"user": acting_user, "uuid": uuid, "timestamp": plan.now}
    entries = [
        ModelLogEntry(
            content_type=enrollment_type,
            object_id=str(enrollment.pk),
            label=str(enrollment),
            action="academy.enrol",
            data={
                "cohort": cohort.pk,
                "trainee": enrollment.user.get_username(),
                "status": enrollment.status,
            },
            **common,
        )
        for enrollment in plan.enrollments
    ]
    entries += [
        ModelLogEntry(
            content_type=cohort_type,
            object_id=str(cohort.pk),
            label=str(cohort),
            action="academy.invite",
            data={"email": invitation.email},
            **common,
        )
        for invitation in plan.invitations
    ]
    ModelLogEntry.objects.bulk_create(entries)


def _send_emails(enrollment_ids: list[int], invitation_ids: list[int]) -> None:
    # One email task per trainee, as the single services queue them; one transaction
    # around them all spares the database queue a commit per task.
    with transaction.atomic():
        for enrollment_id in enrollment_ids:
            emails.send_enrollment_status(enrollment_id=enrollment_id)
        for invitation_id in invitation_ids:
            emails.send_invitation(invitation_id=invitation_id)
