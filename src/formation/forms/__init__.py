"""Questionnaires and grids (needs, positioning, assessment, satisfaction, follow-up…) as templates.

One TOML template (`forms/*.toml`, or the organisation's copies) drives the screen form, the fillable
PDF and the import of answers; answers are stored by field id. No Qt, no PDF here.
"""

from formation.forms.catalog import default_folders, load_all, user_folder
from formation.forms.model import (
    Field,
    FormKind,
    Phase,
    Question,
    QuestionType,
    Respondent,
    Section,
    Template,
    fields_for,
    normalise,
    question_fields,
    validate_answers,
)
from formation.forms.parser import TemplateError, check_template, load_template

__all__ = [
    "Field", "FormKind", "Phase", "Question", "QuestionType", "Respondent", "Section", "Template",
    "TemplateError", "check_template", "default_folders", "fields_for", "load_all", "load_template",
    "normalise", "question_fields", "user_folder", "validate_answers",
]
