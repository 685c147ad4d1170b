#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace verdict {

// Edit → Settings…: the person's name, the theme, the font size and the
// language. Theme and font size apply at once on OK or Apply; the language
// on the next start.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // Stores what the dialog shows and applies the theme and font size.
    void apply();

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *themeBox() const { return m_theme; }
    QSpinBox *fontSizeBox() const { return m_fontSize; }
    QComboBox *languageBox() const { return m_language; }

signals:
    void personChanged(const QString &name);

private:
    void updateButtons();

    QLineEdit *m_name = nullptr;
    QComboBox *m_theme = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_startLanguage;
};

} // namespace verdict
