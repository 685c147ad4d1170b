#pragma once

#include "domain/rubric.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QWidget;

namespace verdict {

class OptionTable;

// Edits a rubric's taxonomies: the list of taxonomies (key and title) and
// the values of the selected one. Authors tag SFT examples with domain,
// intent, difficulty and language; red-team entries take technique,
// harm_category and severity.
class TaxonomyEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit TaxonomyEditor(QWidget *parent = nullptr);

    void setTaxonomies(const QList<Taxonomy> &taxonomies);
    QList<Taxonomy> taxonomies() const;

    QListWidget *list() const { return m_list; }
    OptionTable *values() const { return m_values; }
    int currentRow() const { return m_current; }
    void addTaxonomy();
    void removeTaxonomy();
    void selectTaxonomy(int row);

signals:
    // The taxonomies were edited: `undoText` says how, `typedIn` is the field
    // typed in (null for other edits).
    void changed(const QString &undoText, QWidget *typedIn);

private:
    void readForm();
    void showCurrent();
    void relabel();

    QList<Taxonomy> m_taxonomies;
    int m_current = -1;
    bool m_loading = false;
    QListWidget *m_list = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_title = nullptr;
    OptionTable *m_values = nullptr;
};

} // namespace verdict
