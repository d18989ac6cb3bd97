"""Where certificate PDFs live, and moving the ones saved while they were still public.

Issued PDFs are private files (academy.private_files): the owner and those
who issue get them through the PDF view, nobody gets them by URL. PDFs
written before that lived in the public media folder under the same names;
``move_pdfs_to_private`` moves them (the data migration and
``manage.py move_private_files`` both call it).
"""

from academy.private_files import (
    MoveSummary,
    files_under,
    move_files,
    move_to_private,
    private_storage,
    public_storage,
)

# Certificate.pdf's upload_to, by year, in whichever storage holds the PDFs.
PDF_FOLDER = "certificates"


def move_pdfs_to_private(certificate_model) -> MoveSummary:
    """Move every certificate's PDF, and anything else left in the public PDF folder.

    Takes the model so a migration can pass its historical one. A database
    without certificates moves nothing: the public folder it sees may be
    another database's (a shared development media folder).
    """
    names = list(
        certificate_model.objects.exclude(pdf="").order_by("pk").values_list("pdf", flat=True)
    )
    if not names:
        return MoveSummary()
    return move_to_private([*names, *files_under(public_storage(), PDF_FOLDER)])


def move_pdfs_to_public(certificate_model) -> MoveSummary:
    """The way back, for undoing the migration: every certificate's PDF to the public folder."""
    names = certificate_model.objects.exclude(pdf="").order_by("pk").values_list("pdf", flat=True)
    return move_files(list(names), source=private_storage(), target=public_storage())
