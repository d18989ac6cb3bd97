"""Load test: trainees studying and instructors reading reports at once.

Run by scripts/loadtest (make loadtest), which prepares a PostgreSQL
database with the demo academy, serves it with gunicorn and production
settings, and writes the plan this file reads (LOADTEST_PLAN, made by
benchmarks/loadtest_plan.py). Each simulated trainee logs in as a different
demo trainee with a seat in a running cohort, then opens "My learning", the
course, lessons (marking them complete), quizzes (starting an attempt and
submitting answers) and public certificate pages. Two instructors log in to
the admin and open their cohorts' progress reports and quiz results.

Requests are named by endpoint, so the statistics group
/learn/lessons/123/complete/ and /learn/lessons/456/complete/ together.

The server runs production settings unchanged (secure cookies, HSTS, the
HTTPS redirect): gunicorn stands where it would behind the TLS-terminating
proxy, so every request says X-Forwarded-Proto: https and X-Forwarded-For:
<the user's own address>, as the proxy would, and the client sends its secure
cookies over the plain loopback connection.
"""

import html
import itertools
import json
import os
import random
import re
from http.cookiejar import DefaultCookiePolicy
from pathlib import Path

from locust import HttpUser, between, task

PLAN = json.loads(Path(os.environ["LOADTEST_PLAN"]).read_text())
_trainees = itertools.cycle(PLAN["trainees"])
_instructors = itertools.cycle(PLAN["instructors"])
_addresses = (f"10.0.{number // 250}.{number % 250 + 1}" for number in itertools.count())

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
INPUT = re.compile(r"<input\b[^>]*>")
ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
START = re.compile(r'action="(/learn/quiz/\d+/start/)"')
CONTINUE = re.compile(r'href="(/learn/quiz/attempts/\d+/)"')
SUBMIT = re.compile(r'action="(/learn/quiz/attempts/\d+/submit/)"')


# The client sits behind the simulated proxy too, so its cookie jars send
# secure cookies over the loopback connection. requests builds new jars with
# the default policy for every request and redirect: only a class-wide
# change reaches them (this process is the load client, nothing else).
DefaultCookiePolicy.return_ok_secure = lambda policy, cookie, request: True


class AcademyUser(HttpUser):
    abstract = True

    def on_start(self):
        origin = "https://" + self.host.split("://", 1)[1].rstrip("/")
        # The proxy's headers make Django see HTTPS and each trainee's own
        # address (ALLAUTH_TRUSTED_PROXY_COUNT=1); a browser's Origin header is
        # what CSRF checks on a secure POST.
        self.client.headers.update(
            {
                "X-Forwarded-Proto": "https",
                "X-Forwarded-For": next(_addresses),
                "Origin": origin,
            }
        )

    def get(self, url, name, expect=None):
        with self.client.get(url, name=name, catch_response=True) as response:
            if response.ok and expect and expect not in response.text:
                response.failure(f"{expect!r} not in the page")
            return response

    def post(self, url, name, data, page_text, expect=None):
        match = CSRF.search(page_text)
        if match is None:
            return None
        data = {"csrfmiddlewaretoken": match.group(1), **data}
        with self.client.post(url, name=name, data=data, catch_response=True) as response:
            if response.ok and expect and expect not in response.url:
                response.failure(f"ended outside {expect}")
            return response

    def login(self, url, fields, leaves):
        page = self.get(url, name=url, expect="csrfmiddlewaretoken")
        self.post(url, name=url, data=fields, page_text=page.text, expect=leaves)


class Trainee(AcademyUser):
    weight = 1
    wait_time = between(0.5, 2.5)

    def on_start(self):
        super().on_start()
        self.plan = next(_trainees)
        self.login(
            "/accounts/login/",
            {"login": self.plan["email"], "password": self.plan["password"]},
            leaves="/learn/",
        )

    @task(2)
    def dashboard(self):
        self.get("/learn/", name="/learn/", expect="My learning")

    @task(2)
    def course(self):
        self.get(self.plan["course"], name="/courses/[course]/")

    @task(6)
    def lesson(self):
        lesson = random.choice(self.plan["lessons"])
        page = self.get(
            lesson["url"], name="/courses/[course]/[module]/[lesson]/", expect="panel completion"
        )
        complete = f"/learn/lessons/{lesson['id']}/complete/"
        if page.ok and f'action="{complete}"' in page.text:
            self.post(
                complete,
                name="/learn/lessons/[id]/complete/",
                data={"then": random.choice(["next", "stay"])},
                page_text=page.text,
            )

    @task(2)
    def quiz(self):
        quiz = random.choice(self.plan["quizzes"])
        page = self.get(
            quiz["url"], name="/courses/[course]/[module]/[quiz]/", expect="Your attempts"
        )
        if not page.ok:
            return
        if started := START.search(page.text):
            attempt = self.post(
                started.group(1),
                name="/learn/quiz/[id]/start/",
                data={},
                page_text=page.text,
                expect="/learn/quiz/attempts/",
            )
        elif resumed := CONTINUE.search(page.text):
            attempt = self.get(resumed.group(1), name="/learn/quiz/attempts/[id]/")
        else:
            return  # no attempts left: reading the quiz page was the visit
        if attempt is None or not attempt.ok or not (submit := SUBMIT.search(attempt.text)):
            return
        self.post(
            submit.group(1),
            name="/learn/quiz/attempts/[id]/submit/",
            data=quiz_answers(attempt.text),
            page_text=attempt.text,
            expect="/results/",
        )

    @task(1)
    def certificate(self):
        public_id = random.choice(PLAN["certificates"])
        self.get(f"/certificates/verify/{public_id}/", name="/certificates/verify/[uuid]/")

    @task(1)
    def certificate_lookup(self):
        self.get("/certificates/verify/", name="/certificates/verify/")


class Instructor(AcademyUser):
    fixed_count = 2
    wait_time = between(2, 5)

    def on_start(self):
        super().on_start()
        self.plan = next(_instructors)
        # Staff sign in at the site's sign-in too; /admin/login/ only hands over.
        self.login(
            "/accounts/login/?next=/admin/",
            {"login": self.plan["email"], "password": self.plan["password"], "next": "/admin/"},
            leaves="/admin/",
        )

    @task(1)
    def reports(self):
        self.get("/admin/academy/reports/", name="/admin/academy/reports/")

    @task(4)
    def cohort_report(self):
        cohort = random.choice(self.plan["cohorts"])
        self.get(
            f"/admin/academy/cohorts/{cohort}/report/",
            name="/admin/academy/cohorts/[id]/report/",
        )

    @task(1)
    def cohort_report_csv(self):
        cohort = random.choice(self.plan["cohorts"])
        self.get(
            f"/admin/academy/cohorts/{cohort}/report/?export=csv",
            name="/admin/academy/cohorts/[id]/report/?export=csv",
        )

    @task(2)
    def quiz_results(self):
        cohort = random.choice(self.plan["cohorts"])
        self.get(
            f"/admin/academy/cohorts/{cohort}/quizzes/",
            name="/admin/academy/cohorts/[id]/quizzes/",
        )


def quiz_answers(page: str) -> dict[str, list[str]]:
    """A plausible answer to every question of an attempt form (some right, some wrong)."""
    choices: dict[str, list[str]] = {}
    answers: dict[str, list[str]] = {}
    for tag in INPUT.findall(page):
        attributes = dict(ATTRIBUTE.findall(tag))
        name, kind = attributes.get("name"), attributes.get("type")
        if not name or name == "csrfmiddlewaretoken":
            continue
        if kind in ("radio", "checkbox"):
            choices.setdefault(name, []).append(html.unescape(attributes.get("value", "")))
        elif kind == "text":
            numeric = attributes.get("inputmode") == "decimal"
            answers[name] = [str(random.randint(1, 100)) if numeric else "open data"]
    for name, values in choices.items():
        answers[name] = [random.choice(values)]
    return answers
