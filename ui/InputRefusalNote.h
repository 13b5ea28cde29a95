// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

class QAbstractSpinBox;

namespace rackline {

/// A red line that says why a number or month field refused what was typed ("Count cannot
/// be negative: the smallest is 1"), where Qt's validators would only swallow the key.
/// The fields keep refusing as before, so a bad value never reaches the model; this only
/// gives the reason. The field's accessible name names it in the message.
class InputRefusalNote : public QLabel
{
    Q_OBJECT

public:
    explicit InputRefusalNote(QWidget *parent = nullptr);

    /// Explains refused keys and values of `editor` (a QSpinBox, QDoubleSpinBox or QDateEdit).
    void watch(QAbstractSpinBox *editor);
    /// Hides the message (the selection changed, or a key was accepted).
    void clearNote();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    /// A language change clears a note written in the old language.
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showNote(const QString &text);
    /// Why `typed` was refused in `editor`.
    QString refusedKeyReason(QAbstractSpinBox *editor, const QString &typed) const;
    /// Why the editor's unfinished text is not a value it accepts (it goes back to the last one).
    QString unfinishedValueReason(QAbstractSpinBox *editor) const;
};

} // namespace rackline
