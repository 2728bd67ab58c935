"""The body of each default Word template; the tags name the keys of each document's
`docx_context` and of docx_render.common_context (org, logo, qr, signature, reference…)."""

from __future__ import annotations

from collections.abc import Callable

from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from formation.documents.docx_blocks import (
    NAVY,
    facts,
    para,
    signature,
    small,
    table,
    tag,
    title,
)

I_SIGNED = ("Je soussigné(e) ", "*{{ org.representative }}*", ", {{ org.role }} de ",
            "*{{ org.name }}*", ", organisme de formation, atteste que ", "*{{ participant }}*",
            "{{ employer_phrase }}")


def realisation(doc: DocumentObject) -> None:
    title(doc, "CERTIFICAT DE RÉALISATION")
    para(doc, "Je soussigné(e) ", "*{{ org.representative }}*", ", représentant légal du "
         "dispensateur de l'action concourant au développement des compétences ",
         "*{{ org.name }}*", ",")
    para(doc, "atteste que :")
    para(doc, "*{{ participant }}*").paragraph_format.left_indent = Mm(6)
    tag(doc, "{%p if employer %}")
    para(doc, "salarié(e) de l'entreprise ", "*{{ employer }}*").paragraph_format.left_indent = Mm(6)
    tag(doc, "{%p endif %}")
    para(doc, "a suivi l'action ", "*{{ course_title }}*")
    para(doc, "Nature de l'action concourant au développement des compétences :")
    tag(doc, "{%p for n in natures %}")
    para(doc, "{{ n.box }}  {{ n.label }}").paragraph_format.left_indent = Mm(6)
    tag(doc, "{%p endfor %}")
    para(doc, "qui s'est déroulée du ", "*{{ start }}*", " au ", "*{{ end }}*")
    para(doc, "pour une durée de ", "*{{ duration }}*", ". ¹ ²")
    small(doc.add_paragraph(), "{{ keeping }}")
    signature(doc)
    doc.add_paragraph()
    tag(doc, "{%p for note in footnotes %}")
    small(doc.add_paragraph(), "{{ note }}")
    tag(doc, "{%p endfor %}")


def end_of_training(doc: DocumentObject) -> None:
    title(doc, "ATTESTATION DE FIN DE FORMATION", "Article L. 6353-1 du Code du travail")
    para(doc, *I_SIGNED, " a suivi l'action ", "*{{ course_title }}*", ".")
    facts(doc)
    doc.add_paragraph("Objectifs et résultats de l'évaluation des acquis", style="Heading 2")
    tag(doc, "{%p if has_results %}")
    table(doc, ["N°", "Objectif pédagogique", "Résultat"],
          ["{{ o.number }}", "{{ o.text }}", "{{ o.result }}"], "o in objectives", [12, 120, 40])
    tag(doc, "{%p else %}")
    tag(doc, "{%p for o in objectives %}")
    para(doc, "{{ o.number }}. {{ o.text }}").paragraph_format.left_indent = Mm(6)
    tag(doc, "{%p endfor %}")
    para(doc, "*{{ see_grid }}*")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if assessment_methods %}")
    small(doc.add_paragraph(), "Modalités d'évaluation : {{ assessment_methods }}")
    tag(doc, "{%p endif %}")
    signature(doc)


def attendance(doc: DocumentObject) -> None:
    title(doc, "ATTESTATION D'ASSIDUITÉ")
    para(doc, *I_SIGNED, " a suivi la formation ", "*{{ course_title }}*",
         " (session {{ session_code }}), {{ dates }}{{ place_phrase }}, avec l'assiduité suivante :")
    figures = doc.add_table(rows=2, cols=3)
    figures.style = doc.styles["Table Grid"]
    for i, (value, label) in enumerate([("{{ attended }}", "heures suivies"),
                                        ("{{ planned }}", "heures prévues"),
                                        ("{{ rate }}", "taux d'assiduité")]):
        top, bottom = figures.cell(0, i).paragraphs[0], figures.cell(1, i).paragraphs[0]
        top.alignment = bottom.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = top.add_run(value)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(14), NAVY
        small(bottom, label)
    para(doc, "")
    para(doc, "{{ absences }}")
    doc.add_paragraph("Détail par demi-journée", style="Heading 2")
    table(doc, ["Date", "Demi-journée", "Horaires", "Présence", "Heures suivies"],
          ["{{ h.date }}", "{{ h.part }}", "{{ h.times }}", "{{ h.presence }}", "{{ h.hours }}"],
          "h in half_days", [26, 24, 28, 64, 30])
    small(doc.add_paragraph(), "{{ how }}")
    signature(doc)


def convocation(doc: DocumentObject) -> None:
    for parts in (("*{{ addressee }}*",), ("{{ structure }}",), ("",), ("{{ where_when }}",)):
        paragraph = para(doc, *parts)
        paragraph.paragraph_format.left_indent = Mm(95)
        paragraph.paragraph_format.space_after = Pt(0)
    title(doc, "CONVOCATION")
    para(doc, "*Objet :* ", "convocation à la formation ", "*{{ course_title }}*",
         " (session {{ session_code }})")
    para(doc, "{{ greeting }}")
    para(doc, "Nous avons le plaisir de vous confirmer votre inscription à cette formation. "
              "Voici les informations pratiques pour y participer.")
    facts(doc)
    doc.add_paragraph("À prévoir", style="Heading 2")
    para(doc, "{{ bring }}")
    doc.add_paragraph("Besoins spécifiques", style="Heading 2")
    para(doc, "{{ needs }}")
    tag(doc, "{%p if accessibility %}")
    small(doc.add_paragraph(), "{{ accessibility }}")
    tag(doc, "{%p endif %}")
    para(doc, "En cas d'empêchement, merci de nous prévenir au plus tôt : une autre personne "
              "pourra peut-être prendre votre place.")
    para(doc, "{{ closing }}")
    signature(doc, "Pour l'organisme de formation", verification=False, place=False)


def programme(doc: DocumentObject) -> None:
    kicker = small(doc.add_paragraph(), "{{ kicker }}", bold=True)
    kicker.runs[0].font.color.rgb = NAVY
    name = doc.add_paragraph().add_run("{{ course_title }}")
    name.bold, name.font.size = True, Pt(16)
    small(doc.add_paragraph(), "Réf. {{ course_code }} · à jour au {{ updated }}")
    doc.add_paragraph()
    facts(doc, "r in key_facts")
    doc.add_paragraph("Objectifs pédagogiques", style="Heading 2")
    para(doc, "{{ can_do }}")
    tag(doc, "{%p for o in objectives %}")
    doc.add_paragraph("{{ o }}", style="List Bullet")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p for s in sections %}")
    doc.add_paragraph("{{ s.heading }}", style="Heading 2")
    tag(doc, "{%p for line in s.lines %}")
    para(doc, "{{ line }}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")


def convention(doc: DocumentObject) -> None:
    title(doc, "{{ title }}", "{{ subtitle }}")
    para(doc, "*Entre les soussignés :*")
    tag(doc, "{%p for p in parties %}")
    doc.add_paragraph("{{ p }}", style="List Number")
    tag(doc, "{%p endfor %}")
    para(doc, "est conclue la convention suivante.")
    tag(doc, "{%p for a in articles %}")
    doc.add_paragraph("{{ a.heading }}", style="Heading 2")
    tag(doc, "{%p for x in a.paragraphs %}")
    para(doc, "{{ x }}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p if a.with_table %}")
    table(doc, ["Participant·e", "Financement prévu", "Prix"],
          ["{{ t.name }}", "{{ t.funding }}", "{{ t.price }}"], "t in trainees", [92, 45, 35])
    para(doc, "*Total : {{ total }}*")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")
    doc.add_paragraph()
    para(doc, "{{ made_at }}")
    grid = doc.add_table(rows=1, cols=2)
    left, right = grid.rows[0].cells
    para(left, "*Pour l'organisme de formation*")
    small(left.add_paragraph(), "{{ org.name }}")
    left.add_paragraph().add_run("{{ signature }}")
    para(left, "*{{ org.signatory }}*")
    para(right, "*Pour le bénéficiaire*")
    small(right.add_paragraph(), "{{ client }}")
    small(right.add_paragraph(), "Nom, qualité, cachet et signature, précédés de la mention "
                                 "« Lu et approuvé »")
    for _ in range(3):
        right.add_paragraph()
    para(right, "*{{ client_contact }}*")
    for cell in (left, right):
        if not cell.paragraphs[0].text:
            cell.paragraphs[0]._element.getparent().remove(cell.paragraphs[0]._element)
    doc.add_paragraph()


BODIES: dict[str, Callable[[DocumentObject], None]] = {
    "certificat-realisation": realisation,
    "attestation-fin-formation": end_of_training,
    "attestation-assiduite": attendance,
    "convocation": convocation,
    "programme": programme,
    "convention": convention,
}
