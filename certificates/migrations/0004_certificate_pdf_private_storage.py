import academy.private_files
from django.db import migrations, models


def move_pdfs(apps, schema_editor):
    from certificates.storage import move_pdfs_to_private

    move_pdfs_to_private(apps.get_model("certificates", "Certificate"))


def move_pdfs_back(apps, schema_editor):
    from certificates.storage import move_pdfs_to_public

    move_pdfs_to_public(apps.get_model("certificates", "Certificate"))


class Migration(migrations.Migration):
    # Moving writes no rows; a run stopped midway is finished by running it again.
    dependencies = [
        ("certificates", "0003_bulk_job_done_derived"),
    ]

    operations = [
        migrations.AlterField(
            model_name="certificate",
            name="pdf",
            field=models.FileField(
                storage=academy.private_files.private_storage, upload_to="certificates/%Y/"
            ),
        ),
        migrations.RunPython(move_pdfs, move_pdfs_back),
    ]
