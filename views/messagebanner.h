#pragma once

#include <QFrame>

class QLabel;

namespace sextant::views {

// A message in the application's header or above a tab's content: a plain
// line for information; an icon in a frame tinted with the status colour for
// a warning or an error. Hidden until a message is shown. The tint follows
// palette changes.
class MessageBanner : public QFrame {
    Q_OBJECT
public:
    enum class Tone { Info, Warning, Error };

    // The text label is named `name`, the frame `name` + "Frame".
    MessageBanner(const QString &name, QWidget *parent);

    void showMessage(Tone tone, const QString &text);
    // Hides the banner and forgets its text.
    void clearMessage();
    QString text() const;
    Tone tone() const { return m_tone; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTone();

    QLabel *m_icon;
    QLabel *m_text;
    Tone m_tone = Tone::Info;
    bool m_applying = false;
};

} // namespace sextant::views
