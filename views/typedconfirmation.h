#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace sextant::views {

// "Type payments-api to confirm": a line edit that reports whether its text is
// exactly the expected word (case and spaces count, nothing is trimmed), so a
// dangerous button can stay disabled until the operator has read the name.
class TypedConfirmation : public QWidget {
    Q_OBJECT
public:
    explicit TypedConfirmation(QWidget *parent = nullptr);

    void setExpected(const QString &expected);
    QString expected() const { return m_expected; }
    bool isMatched() const;
    QLineEdit *edit() const { return m_edit; }

signals:
    void matchedChanged(bool matched);

private:
    void onEdited();

    QString m_expected;
    QLabel *m_prompt;
    QLineEdit *m_edit;
    QLabel *m_hint;
    bool m_matched = false;
};

} // namespace sextant::views
