#include "dialogs/settingsdialog.h"

#include "common/appearance.h"
#include "common/appsettings.h"
#include "common/languages.h"
#include "dialogs/identifiervalidator.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace verdict {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_name = new QLineEdit(AppSettings::person(), this);
    m_name->setObjectName(QStringLiteral("personName"));
    m_name->setAccessibleDescription(tr("Your name as it is recorded on every annotation you make"));
    m_name->setPlaceholderText(tr("For example kim"));
    m_name->setValidator(new IdentifierValidator(IdentifierKind::Name, m_name));
    auto *nameLabel = new QLabel(tr("Your &name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Same as the system"), int(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(AppSettings::theme()))));
    m_theme->setAccessibleDescription(tr("The colours of every window"));
    auto *themeLabel = new QLabel(tr("&Theme:"), this);
    themeLabel->setBuddy(m_theme);
    form->addRow(themeLabel, m_theme);

    m_fontSize = new QSpinBox(this);
    m_fontSize->setObjectName(QStringLiteral("fontSize"));
    // One below the smallest size stands for the desktop's own size.
    m_fontSize->setRange(AppSettings::MinFontSize - 1, AppSettings::MaxFontSize);
    m_fontSize->setSpecialValueText(tr("Same as the system"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(AppSettings::fontSize() > 0 ? AppSettings::fontSize() : m_fontSize->minimum());
    m_fontSize->setAccessibleDescription(tr("The size of text in every window, in points"));
    auto *fontLabel = new QLabel(tr("&Font size:"), this);
    fontLabel->setBuddy(m_fontSize);
    form->addRow(fontLabel, m_fontSize);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    const QString system = Languages::systemLanguage();
    QString systemName;
    for (const Languages::Language &l : Languages::available()) {
        if (l.code == system)
            systemName = l.name;
    }
    m_language->addItem(tr("Same as the system (%1)").arg(systemName), QString());
    for (const Languages::Language &l : Languages::available())
        m_language->addItem(l.name, l.code);
    m_startLanguage = AppSettings::language();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_startLanguage)));
    m_language->setAccessibleDescription(tr("The language of the interface; it changes when Verdict starts again"));
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    m_languageNote = new QLabel(tr("A new language takes effect when Verdict is started again."), this);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    form->addRow(QString(), m_languageNote);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, Qt::Horizontal, this);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleDescription(tr("Keep these settings and close"));
    m_buttons->button(QDialogButtonBox::Apply)->setAccessibleDescription(tr("Keep these settings"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleDescription(tr("Close without changing anything"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(m_name, &QLineEdit::textChanged, this, &SettingsDialog::updateButtons);
    setMinimumWidth(460);
    updateButtons();
}

void SettingsDialog::updateButtons()
{
    // A name once given cannot be taken away: annotations need someone to belong to.
    const bool ok = !m_name->text().trimmed().isEmpty() || AppSettings::person().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(ok);
}

void SettingsDialog::apply()
{
    const QString name = m_name->text().trimmed();
    if (!name.isEmpty() && name != AppSettings::person()) {
        AppSettings::setPerson(name);
        emit personChanged(name);
    }
    const auto theme = AppSettings::Theme(m_theme->currentData().toInt());
    const int fontSize = m_fontSize->value() < AppSettings::MinFontSize ? 0 : m_fontSize->value();
    AppSettings::setTheme(theme);
    AppSettings::setFontSize(fontSize);
    AppSettings::setLanguage(m_language->currentData().toString());
    Appearance::apply(theme, fontSize);
}

} // namespace verdict
