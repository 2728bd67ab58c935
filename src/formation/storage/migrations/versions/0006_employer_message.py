"""the message to employers, editable

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The wording fixed in the code until this revision, copied here so that this migration does not
# change when the default of the application does: existing settings keep sending the same message.
EMPLOYER_SUBJECT = "Votre regard d'employeur sur la formation « {formation} »"
EMPLOYER_BODY = """Bonjour,

{prenom} {nom}, salarié·e de votre structure, a suivi la formation « {formation} » {dates}. \
Quelques mois plus tard, votre regard d'employeur nous aide à vérifier que cette formation a \
répondu à vos besoins, et à améliorer les suivantes.

Vous trouverez ci-joint un court questionnaire. Vous pouvez le remplir directement dans le PDF, \
l'enregistrer, puis nous le renvoyer en réponse à ce message.

Merci d'avance pour votre aide.

{organisme}"""


def upgrade() -> None:
    with op.batch_alter_table("mail_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("employer_subject_template", sa.Text(), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("employer_body_template", sa.Text(), server_default="", nullable=False)
        )

    mail_settings = sa.table(
        "mail_settings",
        sa.column("employer_subject_template", sa.Text()),
        sa.column("employer_body_template", sa.Text()),
    )
    op.execute(
        mail_settings.update().values(
            employer_subject_template=EMPLOYER_SUBJECT, employer_body_template=EMPLOYER_BODY
        )
    )


def downgrade() -> None:
    with op.batch_alter_table("mail_settings", schema=None) as batch_op:
        batch_op.drop_column("employer_body_template")
        batch_op.drop_column("employer_subject_template")
