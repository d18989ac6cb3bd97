"""Second pass of a trainee import: the rows against the database, then the writes.

The writes are the bulk equivalent of ``services.enrollment_add`` for
existing accounts and ``services.invitation_create`` for new addresses: the
same rules, audit entries and emails, in a number of queries that does not
grow with the number of rows (a few per 500 rows for the lookups).
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

from academy.models import Profile
from courses import emails
from courses.imports.reading import COLUMNS, RowError, TraineeRow, shown, trainees_read
from courses.models import SEAT_STATUSES, Cohort, Enrollment, EnrollmentStatus, Invitation

User = get_user_model()

IMPORT_ACTION = "academy.import_trainees"
# Addresses per query when looking accounts up: well below every database's
# limit on query parameters.
LOOKUP_CHUNK = 500
PROFILE_FIELDS = [profile_field for profile_field, _ in COLUMNS.values() if profile_field]
# Enrolments an import leaves as they are, as ``services.enrollment_add`` does.
KEPT_STATUSES = (*SEAT_STATUSES, EnrollmentStatus.WAITLISTED)

ERROR_AMBIGUOUS = "{value} belongs to more than one account: enrol this trainee by hand."
ERROR_SAME_ACCOUNT = "{value} belongs to the same account as line {line}."
ERROR_INACTIVE = "{value} belongs to a deactivated account."


@dataclass
class ImportResult:
    """What an import did, or, for a dry run, would do."""

    dry_run: bool
    rows: int = 0
    enrolled: int = 0
    waitlisted: int = 0
    invited: int = 0
    unchanged: int = 0
    profiles_completed: int = 0
    errors: list[RowError] = field(default_factory=list)

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
            "profiles_completed": self.profiles_completed,
        }

    def summary(self) -> str:
        """One sentence: what happened, or for a dry run what would happen."""
        outcome = (
            f"{self.enrolled} enrolled, {self.waitlisted} waitlisted, "
            f"{self.invited} invited, {self.unchanged} unchanged"
        )
        if self.profiles_completed:
            outcome += f"; {self.profiles_completed} existing profile(s) completed"
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
    profiles: list[Profile] = field(default_factory=list)
    unchanged: int = 0

    def result(self, *, dry_run: bool) -> ImportResult:
        statuses = [enrollment.status for enrollment in self.enrollments]
        return ImportResult(
            dry_run=dry_run,
            rows=len(self.rows),
            enrolled=statuses.count(EnrollmentStatus.ACTIVE),
            waitlisted=statuses.count(EnrollmentStatus.WAITLISTED),
            invited=len(self.invitations),
            unchanged=self.unchanged,
            profiles_completed=len(self.profiles),
            errors=self.errors,
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


def _plan(cohort: Cohort, rows: list[TraineeRow], acting_user) -> _Plan:
    plan = _Plan(rows=rows, now=timezone.now())
    accounts = _accounts_by_email([row.email for row in rows])
    enrollments = {e.user_id: e for e in Enrollment.objects.filter(cohort=cohort)}
    taken = sum(enrollment.status in SEAT_STATUSES for enrollment in enrollments.values())
    free = None if cohort.capacity is None else max(cohort.capacity - taken, 0)
    invited = set(
        Invitation.objects.filter(
            cohort=cohort, accepted_at__isnull=True, expires_at__gt=plan.now
        ).values_list("email", flat=True)
    )
    lines_of_users: dict[int, int] = {}
    matched = []
    for row in rows:
        users = accounts.get(row.email)
        if not users:
            if row.email in invited:
                # Their link still works: a second click or a re-run must not email them again.
                plan.unchanged += 1
            else:
                plan.invitations.append(_invitation(cohort, row, acting_user, plan.now))
            continue
        problem = _account_problem(row, users, lines_of_users)
        if problem:
            plan.errors.append(RowError(row.line, problem))
            continue
        user = users[0]
        lines_of_users[user.pk] = row.line
        matched.append((row, user))
        enrollment = enrollments.get(user.pk)
        if enrollment is not None and enrollment.status in KEPT_STATUSES:
            plan.unchanged += 1
            continue
        has_seat = free is None or free > 0
        plan.enrollments.append(_enrollment(cohort, user, enrollment, has_seat, plan.now))
        if has_seat and free is not None:
            free -= 1
    plan.profiles = _completed_profiles(matched)
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
    """An invitation as services.invitation_create makes it."""
    return Invitation(
        cohort=cohort,
        email=row.email,
        profile_data=row.profile_data(),
        invited_by=acting_user,
        expires_at=now + datetime.timedelta(days=settings.INVITATION_VALID_DAYS),
    )


def _completed_profiles(matched: list) -> list[Profile]:
    """Existing accounts' profiles with their empty fields filled in; never overwritten."""
    profiles = {}
    for chunk in _chunks([user.pk for _, user in matched]):
        profiles.update({p.user_id: p for p in Profile.objects.filter(user_id__in=chunk)})
    completed = []
    for row, user in matched:
        profile = profiles.get(user.pk) or Profile(user=user)
        empty = [
            (name, value)
            for name, value in row.profile_data().items()
            if value and not getattr(profile, name)
        ]
        for name, value in empty:
            setattr(profile, name, value)
        if empty:
            completed.append(profile)
    return completed


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
    # A profile the trainee created meanwhile wins over the file.
    Profile.objects.bulk_create([p for p in plan.profiles if p.pk is None], ignore_conflicts=True)
    Profile.objects.bulk_update([p for p in plan.profiles if p.pk is not None], PROFILE_FIELDS)


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
