"""The few fixed words a certificate prints, in each course language.

Everything else printed comes from the template, which admins write in its
own language. Unknown languages print in English.
"""

PRINTED_WORDS = {
    "en": {
        "completion": "Completion",
        "distinction": "Completion with distinction",
        "participation": "Participation",
        "issued": "Issued",
        "valid_until": "valid until",
        "verify_at": "Verify at",
    },
    "fr": {
        "completion": "Réussite",
        "distinction": "Réussite avec mention",
        "participation": "Participation",
        "issued": "Délivré le",
        "valid_until": "valable jusqu’au",
        "verify_at": "Vérifier sur",
    },
    "es": {
        "completion": "Aprobado",
        "distinction": "Aprobado con distinción",
        "participation": "Participación",
        "issued": "Expedido el",
        "valid_until": "válido hasta el",
        "verify_at": "Verificar en",
    },
    "ar": {
        "completion": "إتمام",
        "distinction": "إتمام بامتياز",
        "participation": "مشاركة",
        "issued": "صدر في",
        "valid_until": "صالح حتى",
        "verify_at": "للتحقق",
    },
    "zh": {
        "completion": "结业",
        "distinction": "优秀结业",
        "participation": "参与",
        "issued": "颁发日期",
        "valid_until": "有效期至",
        "verify_at": "验证网址",
    },
    "ru": {
        "completion": "Успешное окончание",
        "distinction": "Окончание с отличием",
        "participation": "Участие",
        "issued": "Выдан",
        "valid_until": "действителен до",
        "verify_at": "Проверка",
    },
    "pt": {
        "completion": "Conclusão",
        "distinction": "Conclusão com distinção",
        "participation": "Participação",
        "issued": "Emitido em",
        "valid_until": "válido até",
        "verify_at": "Verificar em",
    },
}


def printed_words(language: str) -> dict[str, str]:
    return PRINTED_WORDS.get(language, PRINTED_WORDS["en"])
