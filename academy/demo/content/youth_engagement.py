"""Course: Youth Engagement in the Digital Future (foundation, English)."""

COURSE = {
    "slug": "youth-engagement-digital-future",
    "title": "Youth Engagement in the Digital Future",
    "summary": (
        "A practical introduction to involving young people in digital policies "
        "and programmes: understanding their needs, designing real participation, "
        "and building skills and leadership."
    ),
    "level": "foundation",
    "language": "en",
    "estimated_hours": 5,
    "topics": ["Youth engagement", "Digital inclusion", "Digital economy"],
    "learning_outcomes": [
        "Explain why young people should help shape digital policies and services.",
        "Identify the main barriers that keep some young people offline or unable "
        "to use digital tools well.",
        "Choose a participation method that fits your goal, from consultation to "
        "youth-led projects.",
        "Plan simple safeguarding measures for activities that involve young "
        "people, online and offline.",
        "Design a skills or innovation programme with clear, measurable results.",
    ],
    "instructors": [
        {
            "full_name": "Mariam Haddad-Ortiz",
            "email": "m.haddad-ortiz@academy.example",
            "title": "Youth Engagement Lead",
        },
        {
            "full_name": "Tendai Moyo-Carvalho",
            "email": "t.moyo-carvalho@academy.example",
            "title": "Digital Skills Programme Adviser",
        },
    ],
    "modules": [
        # ------------------------------------------------------------------
        {
            "slug": "young-people-and-the-digital-world",
            "title": "Young people and the digital world",
            "summary": (
                "Why youth voices matter, who is being left out, and how to "
                "listen before you design."
            ),
            "lessons": [
                {
                    "slug": "why-youth-engagement-matters",
                    "title": "Why youth engagement matters",
                    "summary": (
                        "Working with young people, not only for them, leads to "
                        "better digital policies and services."
                    ),
                    "minutes": 15,
                    "body": [
                        ("text",
                         "<p>In many emerging economies, a large share of the "
                         "population is under 30. Young people are often the first "
                         "in their families to use digital services, and they will "
                         "live longest with the results of today's digital "
                         "policies. Yet they are rarely in the room when those "
                         "policies are written.</p>"
                         "<p><b>Youth engagement</b> means involving young people "
                         "in a meaningful way in decisions that affect them: "
                         "naming problems, designing solutions, testing services "
                         "and holding institutions to account. It is not the same "
                         "as running an awareness campaign <i>for</i> young people. "
                         "It means working <i>with</i> them.</p>"
                         "<p>You do not need a large budget to begin. One "
                         "consultation done well, with honest feedback to the "
                         "young people who took part, is worth more than a big "
                         "event that is forgotten the next day.</p>"),
                        ("heading", "What governments gain"),
                        ("text",
                         "<ul>"
                         "<li><b>Better services:</b> young users quickly spot "
                         "confusing forms, slow websites and apps that do not work "
                         "on low-cost phones.</li>"
                         "<li><b>Wider reach:</b> young people often carry "
                         "information to parents and grandparents who are less "
                         "confident online.</li>"
                         "<li><b>New ideas:</b> students and young entrepreneurs "
                         "often propose low-cost solutions that officials had not "
                         "considered.</li>"
                         "<li><b>Legitimacy:</b> policies made with young people "
                         "are more likely to be understood and accepted by "
                         "them.</li></ul>"
                         "<p>Engagement also builds the next generation of public "
                         "servants. A young person who helped improve a ministry "
                         "website may one day work in that ministry, or lead "
                         "it.</p>"),
                        ("quote", {
                            "text": (
                                "Do not just ask us to like your page. Ask us what "
                                "is broken, and then let us help you fix it."
                            ),
                            "attribution": (
                                "Youth panel member, in a composite consultation "
                                "scenario used in this course"
                            ),
                        }),
                        ("knowledge_check", {
                            "question": (
                                "Which activity is the clearest example of youth "
                                "engagement rather than communication?"
                            ),
                            "options": [
                                {
                                    "text": (
                                        "A poster campaign about a new e-services "
                                        "portal, aimed at students."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "This informs young people, which is useful, "
                                        "but it gives them no role in decisions."
                                    ),
                                },
                                {
                                    "text": (
                                        "Young users test the portal before launch, "
                                        "and the team changes it based on their "
                                        "feedback."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Young people influence the result, "
                                        "which is the heart of engagement."
                                    ),
                                },
                                {
                                    "text": "A popular singer promotes the portal online.",
                                    "correct": False,
                                    "feedback": (
                                        "Promotion can widen reach, but young people "
                                        "still have no say in the service."
                                    ),
                                },
                            ],
                        }),
                    ],
                },
                {
                    "slug": "the-youth-digital-divide",
                    "title": "Who is left out? The youth digital divide",
                    "summary": (
                        "Not all young people are connected, skilled and confident "
                        "online."
                    ),
                    "minutes": 20,
                    "body": [
                        ("text",
                         "<p>It is easy to assume that all young people are "
                         "'digital natives'. In reality, the digital divide runs "
                         "through every generation. A university student in the "
                         "capital with a laptop and home internet lives a very "
                         "different digital life from a young woman in a rural "
                         "village who shares one phone with her family and buys "
                         "data in small amounts.</p>"
                         "<p>When you plan youth programmes, look beyond averages "
                         "and ask who is missing. Remember that barriers combine. A "
                         "young woman with a disability in a rural area may face "
                         "several barriers at once. A programme designed for the "
                         "'average' young person rarely reaches her unless someone "
                         "plans for her from the start.</p>"),
                        ("heading", "Common barriers"),
                        ("text",
                         "<ul>"
                         "<li><b>Cost:</b> devices and mobile data can take a large "
                         "part of a young person's income.</li>"
                         "<li><b>Connectivity:</b> rural and remote areas may have "
                         "weak coverage or none at all.</li>"
                         "<li><b>Skills:</b> using social media is not the same as "
                         "checking whether information is reliable, writing a CV "
                         "or avoiding scams.</li>"
                         "<li><b>Gender norms:</b> in some communities, girls have "
                         "less access to phones, or less freedom to use them.</li>"
                         "<li><b>Disability:</b> many websites and apps do not work "
                         "with screen readers or for people with low vision.</li>"
                         "<li><b>Language:</b> much online content is not available "
                         "in local languages.</li></ul>"),
                        ("image", {
                            "caption": "Four layers of meaningful digital inclusion",
                            "labels": [
                                "Access to a device and connection",
                                "Basic and safe-use skills",
                                "Confidence and support",
                                "Meaningful, productive use",
                            ],
                        }),
                        ("callout", {
                            "kind": "note",
                            "title": "Collect data that shows the gaps",
                            "text": (
                                "<p>When you register participants, record age, sex, "
                                "location and disability status where it is lawful "
                                "and safe to do so. Without this, you cannot see who "
                                "your programme reaches and who it misses. Keep the "
                                "data secure, and collect only what you need.</p>"
                            ),
                        }),
                        ("knowledge_check", {
                            "question": (
                                "A youth coding programme in the capital reports high "
                                "satisfaction. What is the most important follow-up "
                                "question?"
                            ),
                            "options": [
                                {
                                    "text": "How many likes did it get on social media?",
                                    "correct": False,
                                    "feedback": (
                                        "Likes show visibility, not who benefited or "
                                        "who was left out."
                                    ),
                                },
                                {
                                    "text": (
                                        "Which groups of young people did not take "
                                        "part, and why?"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Satisfied participants tell you "
                                        "nothing about those who could not join."
                                    ),
                                },
                                {
                                    "text": "Could it teach more advanced programming languages?",
                                    "correct": False,
                                    "feedback": (
                                        "Content matters, but first check whether the "
                                        "programme reaches the right people."
                                    ),
                                },
                            ],
                        }),
                    ],
                },
                {
                    "slug": "listening-before-designing",
                    "title": "Listening before designing",
                    "summary": (
                        "Simple ways to understand young people's needs before you "
                        "write a project plan."
                    ),
                    "minutes": 20,
                    "body": [
                        ("text",
                         "<p>Many youth programmes are designed in an office and "
                         "then presented to young people as finished. A better "
                         "approach is to listen first. Before you write a project "
                         "plan, spend time understanding how young people in your "
                         "target group actually use technology, what they need, "
                         "and what stops them.</p>"
                         "<p>Listening is also about respect. Explain who you are, "
                         "why you are asking and how the answers will be used. "
                         "Keep answers anonymous unless participants agree "
                         "otherwise, and never promise changes you cannot "
                         "deliver.</p>"),
                        ("heading", "Practical listening methods"),
                        ("text",
                         "<ul>"
                         "<li><b>Short mobile surveys</b> sent by SMS or messaging "
                         "apps. Keep them to five or six questions, and make them "
                         "free to answer.</li>"
                         "<li><b>Focus groups</b> of six to ten young people, held "
                         "in a familiar place such as a school, youth centre or "
                         "community hall.</li>"
                         "<li><b>Observation:</b> sit with young people while they "
                         "try to complete a real online task, such as applying for "
                         "a scholarship, and note where they get stuck.</li>"
                         "<li><b>Partner organisations:</b> youth clubs, student "
                         "unions and NGOs can help you reach groups that do not "
                         "trust government.</li></ul>"
                         "<p>Mix methods where you can. A survey tells you how "
                         "common a problem is; a conversation tells you why it "
                         "happens.</p>"),
                        ("document", {
                            "title": "Guide for a youth listening session",
                            "description": (
                                "A simple plan for a 90-minute focus group with "
                                "young people."
                            ),
                            "lines": [
                                "Youth listening session: 90-minute guide",
                                "Before: agree the purpose, get consent (and parental "
                                "consent for minors), choose an accessible venue, "
                                "cover transport costs.",
                                "0-10 min: welcome, introductions, explain how ideas "
                                "will be used.",
                                "10-30 min: warm-up. Which apps and services do you "
                                "use every week?",
                                "30-60 min: when did a digital service help you, or "
                                "fail you?",
                                "60-80 min: if you led the ministry for a day, what "
                                "would you change?",
                                "80-90 min: explain next steps and when participants "
                                "will hear back.",
                                "After: send participants a short summary within two "
                                "weeks.",
                            ],
                        }),
                        ("callout", {
                            "kind": "tip",
                            "title": "Always report back",
                            "text": (
                                "<p>Young people quickly lose interest if they never "
                                "hear what happened to their ideas. Send a short "
                                "message or hold a follow-up meeting. Explain what "
                                "you changed, what you could not change, and why. "
                                "Honest answers, even disappointing ones, build more "
                                "trust than silence.</p>"
                            ),
                        }),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "designing-meaningful-participation",
            "title": "Designing meaningful participation",
            "summary": (
                "Choose the right level of participation, avoid tokenism and keep "
                "young participants safe."
            ),
            "lessons": [
                {
                    "slug": "levels-of-participation",
                    "title": "Levels of participation",
                    "summary": (
                        "From informing young people to supporting projects they "
                        "lead themselves."
                    ),
                    "minutes": 15,
                    "body": [
                        ("text",
                         "<p>Not all participation is equal. A useful way to think "
                         "about it is as a ladder. On the lower steps, young people "
                         "are present but have little influence. On the higher "
                         "steps, they share decisions or lead initiatives "
                         "themselves. The idea is widely associated with Sherry "
                         "Arnstein's ladder of citizen participation and Roger "
                         "Hart's later version for children and young people.</p>"
                         "<p>This course uses a simplified ladder with four "
                         "levels.</p>"),
                        ("image", {
                            "caption": (
                                "From informing to youth-led: four levels of "
                                "participation"
                            ),
                            "labels": [
                                "Informed", "Consulted", "Co-designing", "Youth-led",
                            ],
                        }),
                        ("heading", "What each level looks like"),
                        ("text",
                         "<ul>"
                         "<li><b>Informed:</b> young people receive clear "
                         "information about a policy or service.</li>"
                         "<li><b>Consulted:</b> their views are requested, and the "
                         "institution explains how those views were used.</li>"
                         "<li><b>Co-designing:</b> young people work alongside "
                         "officials to shape the solution.</li>"
                         "<li><b>Youth-led:</b> young people start and run a "
                         "project, with support and resources from the "
                         "institution.</li></ul>"
                         "<p>Every level has its place. Informing is necessary, but "
                         "rarely enough on its own. Choose the level that fits your "
                         "goal and your resources, and be honest with participants "
                         "about how much influence they will really have. Promising "
                         "co-design and delivering only consultation is a quick way "
                         "to lose trust.</p>"
                         "<p>Here is an example. A ministry is building an online "
                         "service for young job seekers. At the <i>informed</i> "
                         "level, it announces the service on radio. At the "
                         "<i>consulted</i> level, it runs a survey on draft "
                         "screens. At the <i>co-designing</i> level, young job "
                         "seekers join design workshops every two weeks. At the "
                         "<i>youth-led</i> level, a youth organisation receives a "
                         "small grant to run peer support for new users. The same "
                         "project can use several levels at different "
                         "stages.</p>"),
                        ("knowledge_check", {
                            "question": (
                                "A ministry invites one student to sit on stage at a "
                                "launch event, with no chance to speak. What is "
                                "this?"
                            ),
                            "options": [
                                {
                                    "text": "Co-designing",
                                    "correct": False,
                                    "feedback": (
                                        "Co-design means shaping the solution. Here "
                                        "the student has no influence at all."
                                    ),
                                },
                                {
                                    "text": (
                                        "Tokenism: the student is present for "
                                        "appearance, not participation"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Being visible without a voice sits "
                                        "below the ladder of real participation."
                                    ),
                                },
                                {
                                    "text": "Youth-led action",
                                    "correct": False,
                                    "feedback": (
                                        "Youth-led means young people start and run "
                                        "the initiative. That is not the case here."
                                    ),
                                },
                            ],
                        }),
                    ],
                },
                {
                    "slug": "youth-councils-and-co-design",
                    "title": "Youth advisory councils and co-design",
                    "summary": (
                        "Standing youth bodies and co-design sessions, and how to "
                        "make them count."
                    ),
                    "minutes": 20,
                    "body": [
                        ("text",
                         "<p>A <b>youth advisory council</b> is a standing group of "
                         "young people who advise an institution over a period of "
                         "time, often one or two years. Unlike a one-off "
                         "consultation, a council allows relationships and "
                         "knowledge to grow. Members learn how government works, "
                         "and officials learn how young people think.</p>"
                         "<p><b>Co-design sessions</b> are organised around a "
                         "specific product, such as a new job-matching portal, and "
                         "may include council members as well as other young "
                         "users.</p>"
                         "<p>Agree clear terms of reference at the start: how "
                         "members are chosen, how long they serve, how often they "
                         "meet, and how the institution will respond to their "
                         "advice.</p>"),
                        ("callout", {
                            "kind": "warning",
                            "title": "Watch for tokenism",
                            "text": (
                                "<p>Warning signs include councils with no budget, "
                                "meetings held after decisions are already made, "
                                "members chosen only from elite schools, and no "
                                "feedback on the advice given. Tokenism damages "
                                "trust more than having no council at all.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "A youth panel for a digital skills strategy",
                            "country": "Composite scenario (Southern Africa)",
                            "context": (
                                "<p>This composite case draws on several national "
                                "experiences. A ministry of ICT was preparing a "
                                "five-year digital skills strategy.</p>"
                            ),
                            "challenge": (
                                "<p>Early drafts were written by officials and "
                                "consultants. Youth organisations said the drafts "
                                "were unrealistic, for example because they assumed "
                                "that all trainees had laptops and reliable "
                                "electricity.</p>"
                            ),
                            "approach": (
                                "<p>The ministry formed a panel of twenty young "
                                "people from different provinces, with places "
                                "reserved for young women, rural youth and young "
                                "people with disabilities. Members received data "
                                "bundles and travel costs. They met monthly, "
                                "reviewed drafts and ran their own online survey of "
                                "their peers.</p>"
                            ),
                            "outcome": (
                                "<p>The final strategy included mobile-first "
                                "training, offline learning materials and community "
                                "training hubs. The panel kept meeting after the "
                                "launch to monitor progress.</p>"
                            ),
                            "questions": [
                                "Which young people would be missing if you recruited "
                                "only through universities?",
                                "What practical support would panel members in your "
                                "country need?",
                            ],
                        }),
                        ("knowledge_check", {
                            "question": (
                                "Why did the ministry in the case give panel members "
                                "data bundles and travel costs?"
                            ),
                            "options": [
                                {
                                    "text": "To reward members for agreeing with it.",
                                    "correct": False,
                                    "feedback": (
                                        "Support must never depend on agreement. Its "
                                        "purpose is to remove barriers."
                                    ),
                                },
                                {
                                    "text": (
                                        "To remove cost barriers, so that young "
                                        "people with fewer resources could take part."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Without this support, the panel "
                                        "would hear mostly from better-off youth."
                                    ),
                                },
                                {
                                    "text": "Because an international treaty required it.",
                                    "correct": False,
                                    "feedback": (
                                        "The reason was practical: making "
                                        "participation possible for everyone."
                                    ),
                                },
                            ],
                        }),
                    ],
                },
                {
                    "slug": "safeguarding-young-participants",
                    "title": "Safeguarding young participants",
                    "summary": (
                        "Prevent harm to young people in your programmes, and know "
                        "what to do if it happens."
                    ),
                    "minutes": 20,
                    "body": [
                        ("text",
                         "<p>When institutions work with young people, especially "
                         "those under 18, they take on a duty of care. "
                         "<b>Safeguarding</b> means preventing harm to participants "
                         "and knowing what to do if harm occurs. Online activities "
                         "bring added risks: exposure of personal details, "
                         "harassment, and contact from adults with bad "
                         "intentions.</p>"),
                        ("video", {
                            "title": "Safeguarding in youth digital programmes",
                            "duration_minutes": 4,
                            "transcript": (
                                "<p>Hello everyone. Today we are talking about "
                                "safeguarding, which simply means keeping young "
                                "people safe while they take part in your "
                                "programmes.</p>"
                                "<p>Let me start with a question. If a "
                                "fifteen-year-old in your online workshop says that "
                                "another participant is threatening her, who does "
                                "she tell, and what happens next? If you are not "
                                "sure, you need a safeguarding plan before you "
                                "start.</p>"
                                "<p>A good plan has a few basic parts. First, a named "
                                "safeguarding lead: one trained person that everyone "
                                "knows they can contact. Second, clear rules for "
                                "staff. For example, adults do not hold private "
                                "one-to-one chats with minors; messages go through "
                                "official group channels. Third, consent. For "
                                "participants under the legal age, you need "
                                "permission from a parent or guardian, and you must "
                                "explain in simple words what the activity "
                                "involves.</p>"
                                "<p>Fourth, protect personal data. Do not publish "
                                "full names, schools or photos of minors without "
                                "permission, and never share their phone numbers in "
                                "large groups.</p>"
                                "<p>Finally, make reporting easy. Tell participants "
                                "at the start how to raise a concern, and take every "
                                "report seriously. Safeguarding is not paperwork. It "
                                "is how you earn the trust of young people and their "
                                "families.</p>"
                            ),
                        }),
                        ("callout", {
                            "kind": "warning",
                            "title": "Never share minors' contact details in open groups",
                            "text": (
                                "<p>Large messaging groups can show every member's "
                                "phone number to everyone else. For groups that "
                                "include minors, use settings or platforms that hide "
                                "numbers, or communicate through a moderated "
                                "channel.</p>"
                            ),
                        }),
                        ("knowledge_check", {
                            "question": (
                                "An adult mentor wants to message a 16-year-old "
                                "participant privately to give feedback. What should "
                                "the programme rules say?"
                            ),
                            "options": [
                                {
                                    "text": "It is fine if the mentor is experienced.",
                                    "correct": False,
                                    "feedback": (
                                        "Experience does not replace clear rules, "
                                        "which protect both the young person and the "
                                        "mentor."
                                    ),
                                },
                                {
                                    "text": (
                                        "Feedback goes through official, visible "
                                        "channels, such as a group chat or a message "
                                        "copied to a coordinator."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Visible channels keep contact "
                                        "professional and safe."
                                    ),
                                },
                                {
                                    "text": "The mentor asks the participant to keep it private.",
                                    "correct": False,
                                    "feedback": (
                                        "Asking a young person to keep contact secret "
                                        "is a serious warning sign."
                                    ),
                                },
                            ],
                        }),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "skills-jobs-and-leadership",
            "title": "Skills, jobs and leadership",
            "summary": (
                "Build skills pathways, run innovation challenges that last, and "
                "measure what changes."
            ),
            "lessons": [
                {
                    "slug": "digital-skills-pathways",
                    "title": "Building digital skills pathways",
                    "summary": (
                        "Connect training steps to real opportunities such as jobs, "
                        "study and business."
                    ),
                    "minutes": 20,
                    "body": [
                        ("text",
                         "<p>Young people need more than a single training course. "
                         "They need a <b>pathway</b>: a sequence of learning steps "
                         "that leads from basic skills to real opportunities, such "
                         "as a job, further study or starting a business. A "
                         "pathway helps a young person see where each course leads "
                         "and what comes next.</p>"
                         "<p>Pathways also help institutions work together. A "
                         "ministry of education, a telecom regulator and a youth "
                         "ministry may each run courses. Mapping them as one "
                         "pathway shows the gaps and the overlaps.</p>"),
                        ("heading", "Three levels of skills"),
                        ("text",
                         "<ul>"
                         "<li><b>Foundation skills:</b> using a smartphone and a "
                         "computer, finding and checking information, using email, "
                         "and staying safe online.</li>"
                         "<li><b>Work-ready skills:</b> office software, digital "
                         "marketing, online customer service, basic data analysis "
                         "and digital payments.</li>"
                         "<li><b>Specialist skills:</b> software development, data "
                         "science, cybersecurity, network support and "
                         "design.</li></ul>"
                         "<p>Most young people need the first two levels. A "
                         "programme that only teaches coding may impress visitors "
                         "but miss the majority. At every level, soft skills "
                         "matter too: teamwork, problem solving and clear "
                         "communication.</p>"
                         "<p>Make pathways easy to enter and easy to continue. "
                         "Offer short modules that work on a phone, recognise "
                         "learning from NGOs and online platforms, and give "
                         "certificates that employers trust. Plan support for "
                         "learners who face extra barriers, such as childcare for "
                         "young mothers or transport for rural learners.</p>"),
                        ("callout", {
                            "kind": "tip",
                            "title": "Link training to real demand",
                            "text": (
                                "<p>Before designing courses, talk to local "
                                "employers, business associations and public "
                                "agencies about the skills they struggle to find. "
                                "Invite them to help design assessments, offer "
                                "internships or mentor trainees. Training without a "
                                "next step often leaves young people certified but "
                                "still unemployed.</p>"
                            ),
                        }),
                        ("knowledge_check", {
                            "question": (
                                "A district has many young people with no computer "
                                "experience and few technology companies. Which "
                                "programme fits best?"
                            ),
                            "options": [
                                {
                                    "text": "An advanced course in machine learning.",
                                    "correct": False,
                                    "feedback": (
                                        "Without foundation skills, few participants "
                                        "could follow or use such a course."
                                    ),
                                },
                                {
                                    "text": (
                                        "Foundation and work-ready skills, linked to "
                                        "local businesses and public services."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. This meets young people where they "
                                        "are and connects them to real "
                                        "opportunities."
                                    ),
                                },
                                {
                                    "text": "A one-day motivational event with no follow-up.",
                                    "correct": False,
                                    "feedback": (
                                        "Inspiration helps, but without training and "
                                        "a next step, little changes."
                                    ),
                                },
                            ],
                        }),
                    ],
                },
                {
                    "slug": "youth-innovation-challenges",
                    "title": "Youth innovation challenges and hackathons",
                    "summary": (
                        "Turn short events into solutions that public institutions "
                        "actually use."
                    ),
                    "minutes": 20,
                    "body": [
                        ("text",
                         "<p>Innovation challenges invite young people to propose "
                         "solutions to a public problem, often in teams and over a "
                         "short, intense period. A <b>hackathon</b> is one format, "
                         "usually lasting one to three days. Other formats run over "
                         "several months, with training, mentoring and small "
                         "grants between stages.</p>"
                         "<p>Challenges can generate fresh ideas, but many end with "
                         "a prize ceremony and nothing more. The difference lies in "
                         "planning what happens <i>after</i> the event, before the "
                         "event is even announced.</p>"
                         "<p>Before launching a challenge, answer three questions. "
                         "Which problem is it, and which department owns it? What "
                         "data and support will teams receive? What will happen to "
                         "the best idea: a pilot, a contract or a grant?</p>"),
                        ("case_study", {
                            "title": "From hackathon to working service",
                            "country": "Composite scenario (West Africa)",
                            "context": (
                                "<p>This composite case combines elements from "
                                "several city and national programmes. A city "
                                "government ran a weekend hackathon on improving "
                                "waste collection.</p>"
                            ),
                            "challenge": (
                                "<p>Earlier events had produced good prototypes that "
                                "were never used, because no department was ready to "
                                "adopt them and the teams had no money to "
                                "continue.</p>"
                            ),
                            "approach": (
                                "<p>This time, the sanitation department defined the "
                                "problem in advance, shared anonymised route data, "
                                "and committed to pilot the best idea. The winning "
                                "team received a three-month contract, mentoring "
                                "from city staff and a group of neighbourhoods to "
                                "test with.</p>"
                            ),
                            "outcome": (
                                "<p>The team built a simple SMS service that let "
                                "residents report missed collections. The "
                                "department kept it after the pilot, and the young "
                                "founders went on to offer similar services to "
                                "other towns.</p>"
                            ),
                            "questions": [
                                "Which public problem in your institution could young "
                                "innovators help with?",
                                "Which department would need to commit to adopting "
                                "the result?",
                            ],
                        }),
                        ("quote", {
                            "text": "A prize is a moment. A pilot contract is a future.",
                            "attribution": "Tendai Moyo-Carvalho, course instructor",
                        }),
                        ("knowledge_check", {
                            "question": (
                                "What made the difference between this hackathon and "
                                "the earlier ones?"
                            ),
                            "options": [
                                {
                                    "text": "A larger cash prize for the winners.",
                                    "correct": False,
                                    "feedback": (
                                        "A prize alone does not give a solution a "
                                        "home inside government."
                                    ),
                                },
                                {
                                    "text": (
                                        "A committed department, real data and a "
                                        "funded pilot after the event."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Planning for adoption turned a "
                                        "prototype into a working service."
                                    ),
                                },
                                {
                                    "text": "A longer event lasting a full week.",
                                    "correct": False,
                                    "feedback": (
                                        "Length matters less than what happens after "
                                        "the event ends."
                                    ),
                                },
                            ],
                        }),
                    ],
                },
                {
                    "slug": "measuring-impact",
                    "title": "Measuring impact and sustaining engagement",
                    "summary": (
                        "Look beyond attendance to measure what really changes for "
                        "young people."
                    ),
                    "minutes": 20,
                    "body": [
                        ("text",
                         "<p>Youth programmes are often judged by how many people "
                         "attended. Attendance matters, but it says little about "
                         "change. To know whether a programme works, measure what "
                         "happened to participants and to the institution. Decide "
                         "what you will measure before the programme starts, and "
                         "collect a baseline, so that you can compare the "
                         "situation before and after.</p>"),
                        ("image", {
                            "caption": "A simple cycle for lasting youth engagement",
                            "labels": [
                                "Plan with young people",
                                "Engage",
                                "Measure results",
                                "Report back",
                                "Adjust",
                            ],
                        }),
                        ("text",
                         "<p>Useful indicators go beyond headcounts. For skills "
                         "programmes, track completion, and whether participants "
                         "are working, studying or running a business six months "
                         "later. For participation programmes, track how many "
                         "youth recommendations were adopted, and whether "
                         "participants felt heard. Always break results down by "
                         "sex, location and disability, so you can see who "
                         "benefits.</p>"
                         "<p>Sustaining engagement means planning beyond a single "
                         "project. Keep a list of past participants who agreed to "
                         "be contacted, invite them back as mentors or "
                         "facilitators, and set aside a small budget every year. "
                         "Institutions that keep their promises find that each "
                         "new round of engagement is easier, because trust is "
                         "already there.</p>"),
                        ("document", {
                            "title": "Youth programme indicator sheet",
                            "description": (
                                "Sample indicators to adapt for your own programme."
                            ),
                            "lines": [
                                "Youth programme indicator sheet",
                                "Reach: participants by age, sex, location and "
                                "disability",
                                "Completion: share of participants who finish",
                                "Skills: change in test scores before and after",
                                "Outcomes: in work, study or business six months "
                                "later",
                                "Influence: youth recommendations adopted by the "
                                "institution",
                                "Voice: share who say their views were taken "
                                "seriously",
                                "Continuity: share who stay involved, for example "
                                "as mentors",
                            ],
                        }),
                        ("callout", {
                            "kind": "note",
                            "title": "Make young people part of the evaluation",
                            "text": (
                                "<p>Young people can help design survey questions, "
                                "interview their peers and present the findings. "
                                "This improves the evaluation and builds their own "
                                "skills in research and public speaking. Where "
                                "possible, pay them for their time, as you would "
                                "any other contributor.</p>"
                            ),
                        }),
                        ("knowledge_check", {
                            "question": (
                                "Which indicator tells you most about the real impact "
                                "of a skills programme?"
                            ),
                            "options": [
                                {
                                    "text": "The number of people at the opening ceremony.",
                                    "correct": False,
                                    "feedback": (
                                        "Attendance at an event says nothing about "
                                        "what participants gained."
                                    ),
                                },
                                {
                                    "text": (
                                        "The share of participants in work, study or "
                                        "business six months later."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. This outcome shows whether the "
                                        "programme changed young people's lives."
                                    ),
                                },
                                {
                                    "text": "The number of photos posted online.",
                                    "correct": False,
                                    "feedback": (
                                        "Photos are good for visibility, not for "
                                        "measuring impact."
                                    ),
                                },
                            ],
                        }),
                    ],
                },
            ],
        },
    ],
}
