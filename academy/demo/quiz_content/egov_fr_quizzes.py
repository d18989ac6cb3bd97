"""Quiz du cours : Services publics numériques : concevoir pour l'usager."""

QUIZZES = {
    "course_slug": "services-publics-numeriques",
    "module_slug_for_pre": "partir-des-besoins",
    "module_slug_for_final": "lancer-mesurer-ameliorer",
    # ------------------------------------------------------------------ Pré-évaluation
    "pre": {
        "slug": "pre-assessment",
        "title": "Avant de commencer : que savez-vous déjà ?",
        "intro": (
            "<p>Ce court quiz montre ce que vous savez déjà sur la conception de services "
            "publics numériques. Il ne compte pas dans votre résultat. Répondez "
            "honnêtement ; si vous ne savez pas, choisissez la réponse qui vous semble la plus "
            "juste. À la fin du cours, vous pourrez comparer ce score avec celui de "
            "l'évaluation finale pour mesurer vos progrès.</p>"
        ),
        "minutes": 10,
        "questions": [
            {
                "type": "single_choice",
                "prompt": "Qu'est-ce qu'un service public centré sur l'usager ?",
                "points": 1,
                "explanation": (
                    "<p>Un service centré sur l'usager part de la question : qui utilise ce "
                    "service, dans quelle situation, et que cherche-t-il à accomplir ? "
                    "L'organisation interne s'adapte ensuite à ces réponses (leçon « Qu'est-ce "
                    "qu'un service centré sur l'usager ? »).</p>"
                ),
                "options": [
                    {
                        "text": (
                            "Un service conçu à partir de ce que l'usager cherche à accomplir, "
                            "auquel l'organisation interne s'adapte"
                        ),
                        "correct": True,
                    },
                    {
                        "text": (
                            "Un service qui reproduit en ligne l'organisation interne de "
                            "l'administration"
                        ),
                        "correct": False,
                    },
                    {
                        "text": "Un service qui propose un formulaire pour chaque direction",
                        "correct": False,
                    },
                    {
                        "text": "Un service qui exige d'abord de gros moyens techniques",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "true_false",
                "prompt": (
                    "Un parcours usager décrit seulement les étapes que la personne suit sur "
                    "le site web."
                ),
                "points": 1,
                "explanation": (
                    "<p>Faux. Le parcours couvre toutes les étapes, du besoin jusqu'au "
                    "résultat : en ligne, mais aussi au guichet, au téléphone et à la maison "
                    "(leçon « Cartographier le parcours de l'usager »).</p>"
                ),
                "correct_answer": False,
            },
            {
                "type": "multiple_choice",
                "prompt": (
                    "Parmi ces règles, lesquelles aident à écrire en langage clair ? "
                    "Plusieurs réponses possibles."
                ),
                "points": 1,
                "explanation": (
                    "<p>Le cours propose de commencer par l'essentiel, d'écrire des phrases "
                    "courtes, de préférer les mots courants (« envoyer » plutôt que « procéder "
                    "à la transmission ») et de parler directement au lecteur (« vous devez » "
                    "plutôt que « l'usager est tenu de »).</p>"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": (
                            "Commencer par l'essentiel : ce que la personne doit faire, et "
                            "avant quelle date"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "Écrire des phrases courtes, avec une idée par phrase",
                        "correct": True,
                    },
                    {
                        "text": "Présenter sous forme de liste les documents à fournir",
                        "correct": True,
                    },
                    {
                        "text": "Écrire « procéder à la transmission » plutôt que « envoyer »",
                        "correct": False,
                    },
                    {
                        "text": "Écrire « l'usager est tenu de » plutôt que « vous devez »",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "short_text",
                "prompt": (
                    "Quel logiciel lit une page à voix haute pour une personne malvoyante ?"
                ),
                "points": 1,
                "explanation": (
                    "<p>Le lecteur d'écran lit la page à voix haute. Si un bouton est une "
                    "image sans texte, il annonce seulement « image » : chaque image utile "
                    "doit donc avoir une description textuelle (vidéo « L'accessibilité en "
                    "pratique »).</p>"
                ),
                "accepted_answers": [
                    "lecteur d'écran",
                    "lecteur d’écran",
                    "lecteur d'ecran",
                    "lecteur d’ecran",
                    "lecteurs d'écran",
                    "lecteurs d'ecran",
                    "lecteur écran",
                    "lecteur ecran",
                    "screen reader",
                ],
            },
            {
                "type": "numeric",
                "prompt": (
                    "Sur 2 000 personnes qui commencent une démarche en ligne, 1 300 la "
                    "terminent. Quel est le taux d'achèvement, en pourcentage ?"
                ),
                "points": 1,
                "explanation": (
                    "<p>1 300 ÷ 2 000 = 0,65, soit un taux d'achèvement de 65 %. C'est la "
                    "part des démarches en ligne menées à terme, le premier des quatre "
                    "indicateurs de la leçon « Mesurer la qualité d'un service ».</p>"
                ),
                "answer": "65",
                "tolerance": "0",
            },
        ],
    },
    # ------------------------------------------------------------------ Évaluation finale
    "final": {
        "slug": "final-assessment",
        "title": "Évaluation finale",
        "intro": (
            "<p>Cette évaluation porte sur les trois modules du cours : partir des besoins "
            "des usagers, concevoir simple et accessible, et lancer, mesurer, améliorer. "
            "Certaines questions décrivent une situation et vous demandent ce que vous "
            "feriez. Il faut obtenir 70 % des points pour réussir, et vous pouvez revoir les "
            "leçons avant un nouvel essai.</p>"
        ),
        "minutes": 20,
        "pass_mark": 70,
        "questions": [
            {
                "type": "single_choice",
                "prompt": (
                    "Vous menez un entretien avec un usager. Quelle question suit les "
                    "conseils du cours ?"
                ),
                "points": 1,
                "explanation": (
                    "<p>Le but est de comprendre ce que les gens vivent, pas de leur demander "
                    "ce qu'ils veulent. On pose des questions ouvertes sur des situations "
                    "réelles et on évite les questions qui suggèrent la réponse (leçon "
                    "« Mener des entretiens avec les usagers »).</p>"
                ),
                "options": [
                    {
                        "text": (
                            "« Racontez-moi la dernière fois que vous avez demandé ce document. »"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "« Vous aimeriez une application, n'est-ce pas ? »",
                        "correct": False,
                    },
                    {
                        "text": "« Que voulez-vous que nous construisions pour vous ? »",
                        "correct": False,
                    },
                    {
                        "text": "« Vous trouvez notre formulaire clair, n'est-ce pas ? »",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "true_false",
                "prompt": (
                    "Pour entendre les usagers les plus éloignés du numérique, il suffit de "
                    "recruter les participants aux entretiens par internet."
                ),
                "points": 1,
                "explanation": (
                    "<p>Faux. En recrutant uniquement par internet, vous n'entendez que les "
                    "personnes déjà à l'aise en ligne. Allez aussi au guichet, au marché ou "
                    "dans les centres de santé.</p>"
                ),
                "correct_answer": False,
            },
            {
                "type": "single_choice",
                "prompt": (
                    "Vous cartographiez le parcours des usagers pour une démarche. Comment "
                    "obtenir une carte fidèle ?"
                ),
                "points": 2,
                "explanation": (
                    "<p>Il faut suivre de vraies personnes plutôt que la procédure officielle "
                    ": passer une matinée au guichet, écouter les appels du standard, lire les "
                    "réclamations. On découvre ainsi des étapes imprévues, comme un "
                    "intermédiaire payé ou un deuxième déplacement (leçon « Cartographier le "
                    "parcours de l'usager »).</p>"
                ),
                "options": [
                    {
                        "text": (
                            "Passer du temps au guichet, écouter les appels du standard et "
                            "lire les réclamations"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "Relire la procédure officielle et les textes de loi",
                        "correct": False,
                    },
                    {
                        "text": "Demander au prestataire informatique de décrire le site",
                        "correct": False,
                    },
                    {
                        "text": "S'appuyer seulement sur le nombre de visites du site",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "single_choice",
                "prompt": (
                    "Vous réécrivez en langage clair une page qui explique une démarche. Où "
                    "placer la référence à la loi ?"
                ),
                "points": 2,
                "explanation": (
                    "<p>Clair ne veut pas dire simpliste : le langage clair garde l'exactitude "
                    "juridique, mais la place au bon endroit. Le texte principal explique, et "
                    "la référence à la loi peut figurer en bas de page (leçon « Écrire en "
                    "langage clair »).</p>"
                ),
                "options": [
                    {
                        "text": "En bas de page, après le texte qui explique la démarche",
                        "correct": True,
                    },
                    {
                        "text": "Nulle part : le langage clair supprime les références à la loi",
                        "correct": False,
                    },
                    {
                        "text": "En tête de page, avant ce que la personne doit faire",
                        "correct": False,
                    },
                    {
                        "text": "Dans chaque phrase, pour rester exact",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "multiple_choice",
                "prompt": (
                    "Beaucoup d'usagers n'ont qu'un téléphone d'entrée de gamme et une "
                    "connexion lente. Quelles mesures suivent les conseils du cours ? "
                    "Plusieurs réponses possibles."
                ),
                "points": 2,
                "explanation": (
                    "<p>Le cours recommande de concevoir d'abord pour un petit écran, "
                    "d'alléger les pages, de permettre d'enregistrer un formulaire pour le "
                    "reprendre plus tard et de proposer le SMS ou l'USSD. Dans le cas de la "
                    "demande de bourse, découper le long formulaire en courtes étapes a réduit "
                    "les abandons.</p>"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": "Concevoir d'abord pour un petit écran",
                        "correct": True,
                    },
                    {
                        "text": "Alléger les pages : peu d'images, pas de vidéo automatique",
                        "correct": True,
                    },
                    {
                        "text": (
                            "Permettre d'enregistrer le formulaire et de le reprendre plus tard"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "Proposer le SMS ou les codes USSD pour les téléphones basiques",
                        "correct": True,
                    },
                    {
                        "text": "Regrouper toute la démarche sur une seule longue page",
                        "correct": False,
                    },
                    {
                        "text": "Ajouter une vidéo de présentation qui démarre toute seule",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "short_text",
                "prompt": (
                    "Comment appelle-t-on le fait d'observer une personne qui essaie "
                    "d'accomplir une tâche réelle avec votre service, sans l'aider ?"
                ),
                "points": 1,
                "explanation": (
                    "<p>C'est un test d'utilisabilité. On regarde où la personne hésite, se "
                    "trompe ou abandonne ; cinq participants suffisent souvent pour repérer la "
                    "plupart des problèmes importants (leçon « Tester avec de vrais "
                    "usagers »).</p>"
                ),
                "accepted_answers": [
                    "test d'utilisabilité",
                    "test d’utilisabilité",
                    "test d'utilisabilite",
                    "test d’utilisabilite",
                    "tests d'utilisabilité",
                    "tests d'utilisabilite",
                    "test utilisateur",
                    "test utilisateurs",
                    "test usager",
                    "test d'usabilité",
                    "test d'usabilite",
                ],
            },
            {
                "type": "numeric",
                "prompt": (
                    "Un service coûte 6 000 000 unités de monnaie locale par an et traite "
                    "4 000 démarches par an. Quel est le coût par démarche, en unités de "
                    "monnaie locale ?"
                ),
                "points": 1,
                "explanation": (
                    "<p>Le coût par démarche est le coût total divisé par le nombre de "
                    "démarches : 6 000 000 ÷ 4 000 = 1 500. C'est l'un des quatre indicateurs "
                    "de base de la leçon « Mesurer la qualité d'un service », à comparer "
                    "chaque mois et par canal.</p>"
                ),
                "answer": "1500",
                "tolerance": "0",
            },
            {
                "type": "multiple_choice",
                "prompt": (
                    "Quelles habitudes le cours recommande-t-il à l'équipe qui fait vivre un "
                    "service en ligne ? Plusieurs réponses possibles."
                ),
                "points": 2,
                "explanation": (
                    "<p>Le cours recommande une petite équipe stable qui lit chaque semaine "
                    "les commentaires, corrige d'abord ce qui bloque le plus de personnes, "
                    "publie ses améliorations et dispose d'un budget annuel pour faire vivre "
                    "le service. Une grande refonte tous les dix ans est l'approche à éviter "
                    "(leçon « Améliorer en continu »).</p>"
                ),
                "scoring": "all_or_nothing",
                "options": [
                    {
                        "text": "Lire chaque semaine les commentaires et les réclamations",
                        "correct": True,
                    },
                    {
                        "text": "Corriger d'abord les problèmes qui bloquent le plus de personnes",
                        "correct": True,
                    },
                    {
                        "text": "Publier la liste des améliorations récentes",
                        "correct": True,
                    },
                    {
                        "text": "Attendre une grande refonte tous les dix ans pour tout corriger",
                        "correct": False,
                    },
                    {
                        "text": (
                            "Faire valider chaque petite correction par un comité pendant "
                            "plusieurs mois"
                        ),
                        "correct": False,
                    },
                ],
            },
        ],
    },
}
