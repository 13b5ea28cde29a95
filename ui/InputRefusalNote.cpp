// SPDX-License-Identifier: MIT
#include "InputRefusalNote.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLocale>
#include <QSpinBox>

namespace rackline {

namespace {

/// "between 1 and 100,000,000 units": the editor's own range in its own words.
QString rangeText(QAbstractSpinBox *editor)
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        return InputRefusalNote::tr("between %1 and %2").arg(QLocale().toString(spin->minimum()), QLocale().toString(spin->maximum()));
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        const QLocale locale;
        return InputRefusalNote::tr("between %1 and %2")
            .arg(locale.toString(spin->minimum(), 'f', spin->decimals()), locale.toString(spin->maximum(), 'f', spin->decimals()));
    }
    return {};
}

double minimumOf(QAbstractSpinBox *editor)
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        return spin->minimum();
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
        return spin->minimum();
    return 0;
}

QString minimumText(QAbstractSpinBox *editor)
{
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
        return QLocale().toString(spin->minimum(), 'f', spin->decimals());
    return QLocale().toString(minimumOf(editor), 'f', 0);
}

} // namespace

InputRefusalNote::InputRefusalNote(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("inputRefusalNote"));
    setWordWrap(true);
    setMargin(6);
    // Red on either theme; the text says it all, the colour only draws the eye.
    setStyleSheet(QStringLiteral("color: #d32f2f; font-weight: 600;"));
    retranslateUi();
    hide();
}

void InputRefusalNote::retranslateUi()
{
    setAccessibleName(tr("Input problem"));
}

void InputRefusalNote::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        clearNote();
    }
    QLabel::changeEvent(event);
}

void InputRefusalNote::watch(QAbstractSpinBox *editor)
{
    editor->installEventFilter(this);
}

void InputRefusalNote::clearNote()
{
    clear();
    hide();
}

void InputRefusalNote::showNote(const QString &text)
{
    setText(text);
    show();
}

bool InputRefusalNote::eventFilter(QObject *watched, QEvent *event)
{
    auto *editor = qobject_cast<QAbstractSpinBox *>(watched);
    if (!editor)
        return false;
    if (event->type() == QEvent::FocusOut && !editor->hasAcceptableInput()) {
        showNote(unfinishedValueReason(editor));
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !editor->hasAcceptableInput()) {
        showNote(unfinishedValueReason(editor));
        return false;
    }
    const QString typed = key->text();
    if (typed.isEmpty() || !typed.at(0).isPrint() || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
        return false;
    // Let the editor handle the key now, then see whether it took it: a refused key leaves
    // the text as it was. (QObject::event is public; this is the editor's own handler.)
    const QString before = editor->text();
    static_cast<QObject *>(editor)->event(event);
    if (editor->text() == before)
        showNote(refusedKeyReason(editor, typed));
    else
        clearNote();
    return true;
}

QString InputRefusalNote::refusedKeyReason(QAbstractSpinBox *editor, const QString &typed) const
{
    const QString field = editor->accessibleName();
    const QChar c = typed.at(0);
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        if (!c.isDigit())
            return tr("%1: type the month as year-month in digits, e.g. 2027-03; “%2” is not a digit.").arg(field, typed);
        if (date->currentSection() == QDateTimeEdit::MonthSection)
            return tr("%1: a month is 01 to 12.").arg(field);
        return tr("%1: the year must be between %2 and %3.")
            .arg(field, QString::number(date->minimumDate().year()), QString::number(date->maximumDate().year()));
    }
    const QLocale locale;
    if (c == QLatin1Char('-') || c == locale.negativeSign().at(0)) {
        if (minimumOf(editor) >= 0)
            return tr("%1 cannot be negative: the smallest is %2.").arg(field, minimumText(editor));
    }
    if (c.isDigit() || c == locale.decimalPoint().at(0) || c == locale.groupSeparator().at(0))
        return tr("%1 must be %2.").arg(field, rangeText(editor));
    return tr("%1 takes a number: “%2” is not a digit.").arg(field, typed);
}

QString InputRefusalNote::unfinishedValueReason(QAbstractSpinBox *editor) const
{
    const QString field = editor->accessibleName();
    if (qobject_cast<QDateEdit *>(editor))
        return tr("%1: “%2” is not a month; the previous month is kept.").arg(field, editor->text());
    return tr("%1 must be %2; the previous value is kept.").arg(field, rangeText(editor));
}

} // namespace rackline
